package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.junit.jupiter.api.Test;

class WeibullTest extends UnivariateContinuousContract<Weibull> {

    @Override
    List<Weibull> instances() {
        return List.of(Weibull.of(1, 1), Weibull.of(2, 1), Weibull.of(0.7, 2), Weibull.of(0.5, 2), Weibull.of(5, 0.1),
                Weibull.of(50, 3), Weibull.of(1.5, 1e6));
    }

    @Override
    double referenceLogDensity(Weibull d, double x) {
        return new WeibullDistribution(null, d.shape(), d.scale()).logDensity(x);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Weibull.of(-1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Weibull: shape must be positive and finite, got -1.0");
        assertThatThrownBy(() -> Weibull.of(1, 0))
                .hasMessage("Weibull: scale must be positive and finite, got 0.0");
        assertThatThrownBy(() -> Weibull.of(Double.NaN, 1)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Weibull.of(1, Double.POSITIVE_INFINITY))
                .hasMessageContaining("scale").hasMessageContaining("Infinity");
    }

    /** mpmath (40 digits): log(k/λ) + (k − 1) log(x/λ) − (x/λ)^k at x = 2^-1074 and 2^-1030. */
    @Test
    void logDensityStaysFiniteWhereXOverScaleUnderflows() {
        assertThat(Weibull.of(0.5, 3).logDensity(Double.MIN_VALUE))
                .isCloseTo(370.9775826357966310, withinPercentage(1e-12));
        assertThat(Weibull.of(3, 2).logDensity(Math.scalb(1.0, -1030)))
                .isCloseTo(-1428.864021206499064, withinPercentage(1e-12));
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        // mpmath: exp(-36)
        assertThat(Weibull.of(2, 1).survival(6))
                .isCloseTo(2.319522830243569388312263609738080041136e-16, withinPercentage(1e-12));
        // mpmath: -expm1(-sqrt(mpf(1e-20) / 2))
        assertThat(Weibull.of(0.5, 2).cdf(1e-20))
                .isCloseTo(7.07106781161547505010186778813894199102e-11, withinPercentage(1e-12));
        // mpmath: sqrt(-log1p(-mpf(1e-300)))
        assertThat(Weibull.of(2, 1).quantile(1e-300))
                .isCloseTo(1.000000000000000012529545917604379764353e-150, withinPercentage(1e-12));
        assertThat(Weibull.of(2, 1).quantile(1 - 0x1p-53))
                .isCloseTo(Math.sqrt(53 * Math.log(2)), withinPercentage(1e-12));
    }

    @Test
    void varianceKeepsRelativeAccuracyForLargeShape() {
        // mpmath: gamma(1 + 2/mpf(1000)) - gamma(1 + 1/mpf(1000))**2
        assertThat(Weibull.of(1000, 1).variance())
                .isCloseTo(1.64064268148499107370217360603e-6, withinPercentage(1e-10));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (Weibull d : instances()) {
            assertThat(ClosedForms.kl(d, d).getAsDouble()).isEqualTo(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).getAsDouble())
                    .isCloseTo(d.entropy(), within(1e-14 * Math.max(1, Math.abs(d.entropy()))));
        }
    }

    @Test
    void klOfNearlyEqualShapesKeepsRelativeAccuracy() {
        // mpmath (Bauckhage's formula, 50 digits): k2 = mpf(2.00000002), scales 1
        assertThat(ClosedForms.kl(Weibull.of(2, 1), Weibull.of(2.00000002, 1)).getAsDouble())
                .isCloseTo(9.1184031682550938936650351544213917580996943636023e-17,
                        withinPercentage(1e-12));
    }

    @Property(tries = 200)
    void klIsNonNegativeAndCrossEntropyIsEntropyPlusKl(
            @ForAll @DoubleRange(min = -1.5, max = 2.5) double logShape1,
            @ForAll @DoubleRange(min = -1.5, max = 2.5) double logShape2,
            @ForAll @DoubleRange(min = -3, max = 3) double logScale1,
            @ForAll @DoubleRange(min = -3, max = 3) double logScale2) {
        Weibull p = Weibull.of(Math.exp(logShape1), Math.exp(logScale1));
        Weibull q = Weibull.of(Math.exp(logShape2), Math.exp(logScale2));
        double kl = ClosedForms.kl(p, q).getAsDouble();
        double crossEntropy = ClosedForms.crossEntropy(p, q).getAsDouble();
        assertThat(kl).isGreaterThanOrEqualTo(0);
        if (Double.isFinite(kl)) {
            assertThat(crossEntropy).isCloseTo(p.entropy() + kl,
                    within(1e-12 * (Math.abs(p.entropy()) + kl)));
        }
    }
}
