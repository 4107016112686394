package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.distribution.GumbelDistribution;
import org.junit.jupiter.api.Test;

class GumbelTest extends UnivariateContinuousContract<Gumbel> {

    @Override
    List<Gumbel> instances() {
        return List.of(Gumbel.of(0, 1), Gumbel.of(1.5, 0.3), Gumbel.of(-3, 20),
                Gumbel.of(0, 1e-10), Gumbel.of(0, 1e10), Gumbel.of(1e8, 1));
    }

    @Override
    double referenceLogDensity(Gumbel d, double x) {
        return new GumbelDistribution(null, d.location(), d.scale()).logDensity(x);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Gumbel.of(0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Gumbel: scale must be positive and finite, got -1.0");
        assertThatThrownBy(() -> Gumbel.of(Double.NEGATIVE_INFINITY, 1))
                .hasMessage("Gumbel: location must be finite, got -Infinity");
        assertThatThrownBy(() -> Gumbel.of(0, 0))
                .hasMessage("Gumbel: scale must be positive and finite, got 0.0");
    }

    @Test
    void isTheDistributionOfMaxima() {
        Gumbel standard = Gumbel.of(0, 1);
        // F(0) = exp(-1); the mean is the Euler–Mascheroni constant, right of the mode 0.
        assertThat(standard.cdf(0)).isEqualTo(Math.exp(-1));
        assertThat(standard.mean()).isEqualTo(0.5772156649015329);
        assertThat(standard.logDensity(Double.NEGATIVE_INFINITY))
                .isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        Gumbel standard = Gumbel.of(0, 1);
        // -expm1(-exp(-40)) = 4.248354255291588986304978e-18 (mpmath)
        assertThat(standard.survival(40)).isCloseTo(4.248354255291588986304978e-18,
                withinPercentage(1e-12));
        // exp(-exp(3.5)) = 4.150896920109036319240741e-15 (mpmath)
        assertThat(standard.cdf(-3.5)).isCloseTo(4.150896920109036319240741e-15,
                withinPercentage(1e-11));
        // -log(-log(1e-300)) = -6.537814919904156859198164 (mpmath)
        assertThat(standard.quantile(1e-300)).isCloseTo(-6.537814919904156859198164,
                withinPercentage(1e-12));
        // p = 0.999999999999999 (a double): -log(-log(p)) = 34.53957599234088151672245
        assertThat(standard.quantile(0.999999999999999)).isCloseTo(34.53957599234088151672245,
                withinPercentage(1e-12));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (Gumbel d : instances()) {
            assertThat(ClosedForms.kl(d, d)).hasValue(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).orElseThrow())
                    .isCloseTo(d.entropy(), within(4 * Math.ulp(d.entropy())));
        }
    }

    @Test
    void klBeyondTheDoubleRangeIsInfinite() {
        // e^t Γ(1 + r) with r = 1e10 is far beyond the largest double.
        assertThat(ClosedForms.kl(Gumbel.of(0, 1), Gumbel.of(0, 1e-10)))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(Gumbel.of(0, 1e300), Gumbel.of(0, 1e-300)))
                .hasValue(Double.POSITIVE_INFINITY);
    }

    /** KL is invariant under x ↦ cx, which maps G(µ, β) to G(cµ, cβ); exact for c = 2^k. */
    @Property(tries = 200)
    void klIsNonNegativeAndInvariantUnderScaling(
            @ForAll @DoubleRange(min = -5, max = 5) double location1,
            @ForAll @DoubleRange(min = 0.1, max = 10) double scale1,
            @ForAll @DoubleRange(min = -5, max = 5) double location2,
            @ForAll @DoubleRange(min = 0.1, max = 10) double scale2,
            @ForAll @IntRange(min = -30, max = 30) int k) {
        double kl = ClosedForms.kl(Gumbel.of(location1, scale1), Gumbel.of(location2, scale2))
                .orElseThrow();
        double c = Math.scalb(1.0, k);
        assertThat(kl).isGreaterThanOrEqualTo(0).isNotNaN();
        assertThat(ClosedForms.kl(Gumbel.of(c * location1, c * scale1),
                Gumbel.of(c * location2, c * scale2))).hasValue(kl);
    }
}
