package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.junit.jupiter.api.Test;

class ExponentialTest extends UnivariateContinuousContract<Exponential> {

    @Override
    List<Exponential> instances() {
        return List.of(Exponential.of(1), Exponential.of(2.5), Exponential.of(Math.E),
                Exponential.of(1e-10), Exponential.of(1e10));
    }

    @Override
    double referenceLogDensity(Exponential d, double x) {
        // commons-math3 parameterises by the mean.
        return new ExponentialDistribution(null, 1 / d.rate()).logDensity(x);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Exponential.of(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Exponential: rate must be positive and finite, got -1.0");
        assertThatThrownBy(() -> Exponential.of(0)).hasMessageContaining("rate")
                .hasMessageContaining("0.0");
        assertThatThrownBy(() -> Exponential.of(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Exponential.of(Double.POSITIVE_INFINITY))
                .hasMessageContaining("Infinity");
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        Exponential d = Exponential.of(2);
        // mpmath: exp(-40)
        assertThat(d.survival(20)).isCloseTo(4.24835425529158899532923478285865801788e-18,
                withinPercentage(1e-12));
        // mpmath: -expm1(-2 * mpf(1e-10))
        assertThat(d.cdf(1e-10)).isCloseTo(1.99999999980000000728777279497552709e-10,
                withinPercentage(1e-12));
        // mpmath: -log1p(-mpf(1e-300)) / 2
        assertThat(d.quantile(1e-300)).isCloseTo(5e-301, withinPercentage(1e-12));
        assertThat(d.quantile(1 - 0x1p-53)).isCloseTo(53 * Math.log(2) / 2,
                withinPercentage(1e-12));
    }

    @Test
    void entropyKeepsRelativeAccuracyNearItsZeroAtE() {
        // mpmath: 1 - log(mpf(2.718281828459045))
        assertThat(Exponential.of(Math.E).entropy())
                .isCloseTo(5.318237706605891370519835718099382153651e-17, withinPercentage(1e-12));
    }

    @Test
    void klOfNearlyEqualRatesKeepsRelativeAccuracy() {
        // mpmath: log(mpf(2.0)/mpf(2.00000002)) + mpf(2.00000002)/2 - 1
        assertThat(ClosedForms.kl(Exponential.of(2), Exponential.of(2.00000002)).getAsDouble())
                .isCloseTo(4.999999905891957999870522601477158757886e-17, withinPercentage(1e-12));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (Exponential d : instances()) {
            assertThat(ClosedForms.kl(d, d).getAsDouble()).isEqualTo(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).getAsDouble())
                    .isCloseTo(d.entropy(), withinPercentage(1e-12));
        }
    }

    @Property(tries = 200)
    void klIsNonNegativeAndCrossEntropyIsEntropyPlusKl(
            @ForAll @DoubleRange(min = -8, max = 8) double logRate1,
            @ForAll @DoubleRange(min = -8, max = 8) double logRate2) {
        Exponential p = Exponential.of(Math.exp(logRate1));
        Exponential q = Exponential.of(Math.exp(logRate2));
        double kl = ClosedForms.kl(p, q).getAsDouble();
        double crossEntropy = ClosedForms.crossEntropy(p, q).getAsDouble();
        assertThat(kl).isGreaterThanOrEqualTo(0);
        assertThat(crossEntropy).isCloseTo(p.entropy() + kl,
                org.assertj.core.api.Assertions.within(1e-12 * (Math.abs(p.entropy()) + kl)));
    }
}
