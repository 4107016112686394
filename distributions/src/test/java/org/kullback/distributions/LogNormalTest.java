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
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;

class LogNormalTest extends UnivariateContinuousContract<LogNormal> {

    @Override
    List<LogNormal> instances() {
        return List.of(LogNormal.of(0, 1), LogNormal.of(1.5, 0.3), LogNormal.of(-3, 2),
                LogNormal.of(0, 1e-6), LogNormal.of(5, 2.5), LogNormal.of(100, 0.01),
                LogNormal.of(-700, 1));
    }

    @Override
    double referenceLogDensity(LogNormal d, double x) {
        return new LogNormalDistribution(null, d.mu(), d.sigma()).logDensity(x);
    }

    /** Sample moments of a log-normal with a large sigma converge far too slowly to check. */
    @Override
    boolean hasFiniteFourthMoment(LogNormal d) {
        return d.sigma() <= 0.5;
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> LogNormal.of(0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LogNormal: sigma must be positive and finite, got -1.0");
        assertThatThrownBy(() -> LogNormal.of(0, 0)).hasMessage(
                "LogNormal: sigma must be positive and finite, got 0.0");
        assertThatThrownBy(() -> LogNormal.of(Double.NaN, 1))
                .hasMessage("LogNormal: mu must be finite, got NaN");
        assertThatThrownBy(() -> LogNormal.of(Double.NEGATIVE_INFINITY, 1))
                .hasMessage("LogNormal: mu must be finite, got -Infinity");
        assertThatThrownBy(() -> LogNormal.of(0, Double.POSITIVE_INFINITY))
                .hasMessage("LogNormal: sigma must be positive and finite, got Infinity");
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        LogNormal standard = LogNormal.of(0, 1);
        // erfc(log(1e10)/sqrt(2))/2 = 1.284175630643529712440822e-117 (mpmath), in both tails.
        assertThat(standard.survival(1e10)).isCloseTo(1.284175630643529712440822e-117,
                withinPercentage(1e-11));
        assertThat(standard.cdf(1e-10)).isCloseTo(1.284175630643529712440822e-117,
                withinPercentage(1e-11));
        assertThat(standard.cdf(0)).isZero();
        assertThat(standard.logDensity(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(standard.logDensity(-1)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void cdfWithLargeMuKeepsTheDigitsOfX() {
        // x = 2.4323089739791293e43 (the double nearest e^99.9); mpmath:
        // erfc(-(log(x) - 100)/0.01/sqrt(2))/2 = 7.619853024204665736905913e-24. Rounding log x
        // to a double first costs 5.6e-14 here.
        assertThat(LogNormal.of(100, 0.01).cdf(2.4323089739791293e43))
                .isCloseTo(7.619853024204665736905913e-24, withinPercentage(1e-12));
    }

    @Test
    void entropyNearItsZeroKeepsRelativeAccuracy() {
        // sigma = exp(-1)/sqrt(2 pi e) rounded; mpmath: 1 + 1/2 + log(2 pi sigma^2)/2
        // = 7.272095852129309409794487e-17, where the terms cancel to 1e-16.
        assertThat(LogNormal.of(1, 0.08901605491595148).entropy())
                .isCloseTo(7.272095852129309409794487e-17, withinPercentage(1e-12));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (LogNormal d : instances()) {
            assertThat(ClosedForms.kl(d, d)).hasValue(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).orElseThrow())
                    .isCloseTo(d.entropy(), within(4 * Math.ulp(d.entropy())));
        }
    }

    /** X ↦ X^c maps LN(µ, σ) to LN(cµ, cσ); KL is invariant under bijections. */
    @Property(tries = 200)
    void klIsNonNegativeAndInvariantUnderPowersOfX(
            @ForAll @DoubleRange(min = -5, max = 5) double mu1,
            @ForAll @DoubleRange(min = 0.05, max = 20) double sigma1,
            @ForAll @DoubleRange(min = -5, max = 5) double mu2,
            @ForAll @DoubleRange(min = 0.05, max = 20) double sigma2,
            @ForAll @IntRange(min = -30, max = 30) int k) {
        double kl = ClosedForms.kl(LogNormal.of(mu1, sigma1), LogNormal.of(mu2, sigma2))
                .orElseThrow();
        double c = Math.scalb(1.0, k);
        assertThat(kl).isGreaterThanOrEqualTo(0).isFinite();
        assertThat(ClosedForms.kl(LogNormal.of(c * mu1, c * sigma1),
                LogNormal.of(c * mu2, c * sigma2))).hasValue(kl);
    }
}
