package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

class GammaTest extends UnivariateContinuousContract<Gamma> {

    @Override
    List<Gamma> instances() {
        return List.of(Gamma.of(1, 1), Gamma.of(2.5, 0.5), Gamma.of(0.7, 3), Gamma.of(30, 2),
                Gamma.of(1e6, 1), Gamma.of(1e6, 1e6), Gamma.of(12.5, 1e-3));
    }

    /**
     * commons-math3 (shape, scale = 1/rate) for shape ≥ 1. For shape &lt; 1 its small-argument
     * branch loses digits (at Gamma(0.7, 3), x = 1.5e-15 it is off by 0.015 against mpmath), so
     * there the textbook formula with Hipparchus's logGamma is the reference; it has no
     * cancellation for small shapes.
     */
    @Override
    double referenceLogDensity(Gamma d, double x) {
        return referenceLogDensityOf(d, x);
    }

    static double referenceLogDensityOf(Gamma d, double x) {
        double k = d.shape();
        if (k >= 1) {
            return new GammaDistribution(null, k, 1 / d.rate()).logDensity(x);
        }
        return k * Math.log(d.rate()) + (k - 1) * Math.log(x) - d.rate() * x
                - org.hipparchus.special.Gamma.logGamma(k);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Gamma.of(-1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Gamma: shape must be positive and finite, got -1.0");
        assertThatThrownBy(() -> Gamma.of(1, 0))
                .hasMessage("Gamma: rate must be positive and finite, got 0.0");
        assertThatThrownBy(() -> Gamma.of(Double.NaN, 1)).hasMessageContaining("shape")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Gamma.of(1, Double.POSITIVE_INFINITY))
                .hasMessageContaining("rate").hasMessageContaining("Infinity");
    }

    @Test
    void tailsKeepRelativeAccuracyForSmallShape() {
        Gamma d = Gamma.of(0.1, 1);
        // mpmath: P(a, x) = exp(a log x - x - loggamma(a + 1)) * hyp1f1(1, a + 1, x)
        assertThat(d.cdf(1e-20)).isCloseTo(0.01051137006111777535452644610692418819111,
                withinPercentage(1e-12));
        // mpmath: 1 - P(0.1, 30)
        assertThat(d.survival(30)).isCloseTo(4.476766580012691725563065548524756705936e-16,
                withinPercentage(1e-12));
        assertThat(d.cdf(d.quantile(1e-30))).isCloseTo(1e-30, withinPercentage(1e-10));
        // The quantile of 1e-200 is about exp(-4605): it underflows to 0.
        assertThat(d.quantile(1e-200)).isZero();
        double p = 1 - 1e-15;
        assertThat(d.survival(d.quantile(p))).isCloseTo(1 - p, withinPercentage(1e-10));
    }

    @Test
    void tailsKeepRelativeAccuracyForLargeShape() {
        Gamma d = Gamma.of(1e6, 1);
        // mpmath: P(1e6, 992350) and 1 - P(1e6, 1007650) with P as above, maxterms=10**7
        assertThat(d.cdf(992350)).isCloseTo(8.64947381085059939545914697783768732347e-15,
                withinPercentage(1e-11));
        assertThat(d.survival(1007650)).isCloseTo(1.165491870943609626052481597438436378164e-14,
                withinPercentage(1e-11));
        // mpmath: gammainc(2.5, 50, inf, regularized=True)
        assertThat(Gamma.of(2.5, 1).survival(50))
                .isCloseTo(5.285148360943240056365997726945742229953e-20, withinPercentage(1e-12));
    }

    @Test
    void klOfNearlyEqualShapesKeepsRelativeAccuracy() {
        // mpmath: (3 - k2) digamma(3) - loggamma(3) + loggamma(k2), k2 = mpf(3.00000003)
        assertThat(ClosedForms.kl(Gamma.of(3, 1), Gamma.of(3.00000003, 1)).getAsDouble())
                .isCloseTo(1.777203272280094971705673638680723029623e-16, withinPercentage(1e-12));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (Gamma d : instances()) {
            assertThat(ClosedForms.kl(d, d).getAsDouble()).isEqualTo(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).getAsDouble())
                    .isCloseTo(d.entropy(), within(1e-14 * Math.max(1, Math.abs(d.entropy()))));
        }
    }

    @Property(tries = 200)
    void klIsNonNegativeAndCrossEntropyIsEntropyPlusKl(
            @ForAll @DoubleRange(min = -5, max = 12) double logShape1,
            @ForAll @DoubleRange(min = -5, max = 12) double logShape2,
            @ForAll @DoubleRange(min = -5, max = 5) double logRate1,
            @ForAll @DoubleRange(min = -5, max = 5) double logRate2) {
        Gamma p = Gamma.of(Math.exp(logShape1), Math.exp(logRate1));
        Gamma q = Gamma.of(Math.exp(logShape2), Math.exp(logRate2));
        double kl = ClosedForms.kl(p, q).getAsDouble();
        double crossEntropy = ClosedForms.crossEntropy(p, q).getAsDouble();
        assertThat(kl).isGreaterThanOrEqualTo(0);
        assertThat(crossEntropy).isCloseTo(p.entropy() + kl,
                within(1e-12 * (Math.abs(p.entropy()) + kl)));
    }
}
