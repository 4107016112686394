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
import org.apache.commons.math3.distribution.CauchyDistribution;
import org.junit.jupiter.api.Test;

class CauchyTest extends UnivariateContinuousContract<Cauchy> {

    @Override
    List<Cauchy> instances() {
        return List.of(Cauchy.of(0, 1), Cauchy.of(1.5, 0.3), Cauchy.of(-3, 20),
                Cauchy.of(0, 1e-10), Cauchy.of(0, 1e10), Cauchy.of(1e8, 1));
    }

    @Override
    double referenceLogDensity(Cauchy d, double x) {
        return new CauchyDistribution(null, d.location(), d.scale()).logDensity(x);
    }

    /** No moments exist; only the Kolmogorov–Smirnov check of the samples applies. */
    @Override
    boolean hasFiniteFourthMoment(Cauchy d) {
        return false;
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Cauchy.of(0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cauchy: scale must be positive and finite, got -1.0");
        assertThatThrownBy(() -> Cauchy.of(Double.NaN, 1))
                .hasMessage("Cauchy: location must be finite, got NaN");
        assertThatThrownBy(() -> Cauchy.of(0, 0))
                .hasMessage("Cauchy: scale must be positive and finite, got 0.0");
    }

    @Test
    void meanAndVarianceAreUndefined() {
        assertThat(Cauchy.of(2, 3).mean()).isNaN();
        assertThat(Cauchy.of(2, 3).variance()).isNaN();
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        Cauchy standard = Cauchy.of(0, 1);
        // 1/2 + atan(-1e15)/pi = 3.183098861837906715377675e-16 (mpmath)
        assertThat(standard.cdf(-1e15)).isCloseTo(3.183098861837906715377675e-16,
                withinPercentage(1e-12));
        // atan(1e-300)/pi = 3.183098861837906548249833e-301 (mpmath)
        assertThat(standard.survival(1e300)).isCloseTo(3.183098861837906548249833e-301,
                withinPercentage(1e-12));
        // -cot(pi 1e-300) = -3.183098861837906635612109e+299 (mpmath)
        assertThat(standard.quantile(1e-300)).isCloseTo(-3.183098861837906635612109e+299,
                withinPercentage(1e-12));
        // p = 0.999999999999999 (a double): cot(pi (1 - p)) = 318564507734592.1469722487
        assertThat(standard.quantile(0.999999999999999)).isCloseTo(318564507734592.1469722487,
                withinPercentage(1e-12));
        // tan(pi (p - 1/2)) at p = 0.4999999999 (a double) = -3.141592913526334924602296e-10
        assertThat(standard.quantile(0.4999999999)).isCloseTo(-3.141592913526334924602296e-10,
                withinPercentage(1e-10));
    }

    @Test
    void logDensityStaysFiniteFarOut() {
        // -log(pi) - log(1 + 1e600) = -1382.695785682276810689948 (mpmath)
        assertThat(Cauchy.of(0, 1).logDensity(1e300)).isCloseTo(-1382.695785682276810689948,
                withinPercentage(1e-12));
        // x - x0 = 2e308 overflows: -log(pi) - log(1 + 4e616) = -1420.923441531301432170019
        assertThat(Cauchy.of(-1e308, 1).logDensity(1e308))
                .isCloseTo(-1420.923441531301432170019, withinPercentage(1e-12));
        assertThat(Cauchy.of(0, 1).logDensity(Double.POSITIVE_INFINITY))
                .isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (Cauchy d : instances()) {
            assertThat(ClosedForms.kl(d, d)).hasValue(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).orElseThrow())
                    .isCloseTo(d.entropy(), within(4 * Math.ulp(d.entropy())));
        }
    }

    /**
     * KL between Cauchy distributions is symmetric and invariant under x ↦ cx; exact for
     * c = 4^k, whose square root is exact too.
     */
    @Property(tries = 200)
    void klIsNonNegativeSymmetricAndInvariantUnderScaling(
            @ForAll @DoubleRange(min = -10, max = 10) double location1,
            @ForAll @DoubleRange(min = 0.01, max = 100) double scale1,
            @ForAll @DoubleRange(min = -10, max = 10) double location2,
            @ForAll @DoubleRange(min = 0.01, max = 100) double scale2,
            @ForAll @IntRange(min = -15, max = 15) int k) {
        Cauchy p = Cauchy.of(location1, scale1);
        Cauchy q = Cauchy.of(location2, scale2);
        double kl = ClosedForms.kl(p, q).orElseThrow();
        double c = Math.scalb(1.0, 2 * k);
        assertThat(kl).isGreaterThanOrEqualTo(0).isFinite();
        assertThat(ClosedForms.kl(q, p)).hasValue(kl);
        assertThat(ClosedForms.kl(Cauchy.of(c * location1, c * scale1),
                Cauchy.of(c * location2, c * scale2))).hasValue(kl);
    }
}
