package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.GeometricDistribution;
import org.junit.jupiter.api.Test;

class GeometricTest extends UnivariateDiscreteContract<Geometric> {

    @Override
    List<Geometric> instances() {
        return List.of(Geometric.of(0.5), Geometric.of(0.3), Geometric.of(1),
                Geometric.of(1 - 1e-13), Geometric.of(0.01), Geometric.of(1e-4));
    }

    @Override
    double referenceLogProbability(Geometric d, long k) {
        // commons-math3's geometric also counts failures before the first success.
        return new GeometricDistribution(null, d.p()).logProbability((int) k);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Geometric.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Geometric: p must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> Geometric.of(-0.1)).hasMessageContaining("-0.1");
        assertThatThrownBy(() -> Geometric.of(1.5)).hasMessageContaining("p")
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> Geometric.of(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        // mpmath: 0.5**1001
        assertThat(Geometric.of(0.5).survival(1000))
                .isCloseTo(4.6663180925160943949504477236191e-302, withinPercentage(1e-11));
        // mpmath: 0.7**201 (0.7 = 1 - 0.3 with 0.3 the double)
        assertThat(Geometric.of(0.3).survival(200.5))
                .isCloseTo(7.3232868039200733686104690821422e-32, withinPercentage(1e-11));
        // mpmath: p = 1e-12 (the double): cdf(0) = p, survival(1e12) = (1 - p)**(1e12 + 1)
        Geometric rare = Geometric.of(1e-12);
        assertThat(rare.cdf(0)).isCloseTo(9.9999999999999997988664762925562e-13,
                withinPercentage(1e-12));
        assertThat(rare.survival(1e12)).isCloseTo(0.36787944117089050983305554421469,
                withinPercentage(1e-10));
        // mpmath: ceil(log(1 - 0.999999)/log1p(-1e-3)) - 1 = 13808
        assertThat(Geometric.of(1e-3).quantile(0.999999)).isEqualTo(13808.0);
        assertThat(Geometric.of(0.5).quantile(1e-300)).isEqualTo(0.0);
        assertThat(Geometric.of(0.5).quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void quantileIsExactAtTheStepsOfTheCdf() {
        Geometric half = Geometric.of(0.5);
        for (int k = 0; k < 52; k++) {
            double cdf = half.cdf(k);
            assertThat(half.quantile(cdf)).as("quantile(cdf(%s))", k).isEqualTo(k);
            assertThat(half.quantile(Math.nextUp(cdf))).isEqualTo(k + 1.0);
        }
    }

    @Test
    void pointMassAtZero() {
        Geometric sure = Geometric.of(1);
        assertThat(sure.logProbability(0)).isEqualTo(0.0);
        assertThat(sure.logProbability(1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(sure.mean()).isEqualTo(0.0);
        assertThat(sure.variance()).isEqualTo(0.0);
        assertThat(sure.entropy()).isEqualTo(0.0);
        assertThat(sure.supportUpperBound()).isEqualTo(0.0);
    }

    @Test
    void klEdgeCases() {
        assertThat(GeometricDivergences.kl(Geometric.of(1), Geometric.of(0.5)))
                .isEqualTo(Math.log(2));
        assertThat(GeometricDivergences.kl(Geometric.of(0.5), Geometric.of(1)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(GeometricDivergences.crossEntropy(Geometric.of(0.5), Geometric.of(1)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(GeometricDivergences.kl(Geometric.of(1), Geometric.of(1))).isEqualTo(0.0);
        for (Geometric d : instances()) {
            assertThat(GeometricDivergences.kl(d, d)).as("KL(%s, %s)", d, d).isEqualTo(0.0);
            assertThat(ClosedForms.kl(d, d)).hasValue(0.0);
        }
        // mpmath: see reference_discrete.py, KL(Geometric(0.5)‖Geometric(0.500000001))
        assertThat(ClosedForms.kl(Geometric.of(0.5), Geometric.of(0.500000001)).getAsDouble())
                .isCloseTo(3.99999977374455150006834409227e-18, withinPercentage(1e-12));
    }

    @Property
    void klIsNonNegativeAndCrossEntropyIsEntropyPlusKl(
            @ForAll @DoubleRange(min = 0, max = 1, minIncluded = false) double a,
            @ForAll @DoubleRange(min = 0, max = 1, minIncluded = false) double b) {
        Geometric p = Geometric.of(a);
        Geometric q = Geometric.of(b);
        double kl = GeometricDivergences.kl(p, q);
        double crossEntropy = GeometricDivergences.crossEntropy(p, q);
        assertThat(kl).isGreaterThanOrEqualTo(0.0);
        if (Double.isInfinite(kl)) {
            assertThat(crossEntropy).isEqualTo(Double.POSITIVE_INFINITY);
        } else {
            assertThat(crossEntropy).isCloseTo(p.entropy() + kl, within(1e-13 * crossEntropy));
        }
    }
}
