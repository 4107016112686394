package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.junit.jupiter.api.Test;

class ParetoTest extends UnivariateContinuousContract<Pareto> {

    @Override
    List<Pareto> instances() {
        return List.of(Pareto.of(1, 3), Pareto.of(2, 1), Pareto.of(1e-3, 10), Pareto.of(5, 4.5),
                Pareto.of(1e6, 1.5), Pareto.of(1, 100));
    }

    @Override
    double referenceLogDensity(Pareto d, double x) {
        return new ParetoDistribution(null, d.scale(), d.shape()).logDensity(x);
    }

    /** Sample moments are only checked where the fourth moment exists. */
    @Override
    boolean hasFiniteFourthMoment(Pareto d) {
        return d.shape() > 4;
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Pareto.of(-1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pareto: scale must be positive and finite, got -1.0");
        assertThatThrownBy(() -> Pareto.of(1, 0))
                .hasMessage("Pareto: shape must be positive and finite, got 0.0");
        assertThatThrownBy(() -> Pareto.of(Double.NaN, 1)).hasMessageContaining("NaN");
    }

    @Test
    void momentsAreInfiniteWhereTheIntegralsDiverge() {
        assertThat(Pareto.of(1, 1).mean()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Pareto.of(1, 0.5).variance()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Pareto.of(1, 2).variance()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Pareto.of(1, 2).mean()).isEqualTo(2.0);
        assertThat(Pareto.of(2, 3).variance()).isCloseTo(3.0, withinPercentage(1e-12));
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        // mpmath: (1/mpf(1e5))**3
        assertThat(Pareto.of(1, 3).survival(1e5)).isCloseTo(1e-15, withinPercentage(1e-12));
        // mpmath: 1 - (1/mpf(1.000000000001))**3
        assertThat(Pareto.of(1, 3).cdf(1.000000000001))
                .isCloseTo(3.000266701741021967986424249153646825245e-12, withinPercentage(1e-10));
        // mpmath: 2*(1 - mpf(1e-15))**(-0.5)
        assertThat(Pareto.of(2, 2).quantile(1e-15))
                .isCloseTo(2.0000000000000010000000000000008277054, withinPercentage(1e-13));
        assertThat(Pareto.of(2, 2).quantile(1 - 0x1p-53))
                .isCloseTo(2 * Math.pow(2, 26.5), withinPercentage(1e-12));
    }

    @Test
    void klIsInfiniteWhenPReachesBelowTheSupportOfQ() {
        Pareto p = Pareto.of(1, 2);
        Pareto q = Pareto.of(1 + 1e-12, 2);
        assertThat(ClosedForms.kl(p, q).getAsDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.crossEntropy(p, q).getAsDouble())
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(q, p).getAsDouble()).isFinite().isPositive();
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (Pareto d : instances()) {
            assertThat(ClosedForms.kl(d, d).getAsDouble()).isEqualTo(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).getAsDouble())
                    .isCloseTo(d.entropy(), within(1e-14 * Math.max(1, Math.abs(d.entropy()))));
        }
    }

    @Property(tries = 200)
    void klIsNonNegativeAndCrossEntropyIsEntropyPlusKl(
            @ForAll @DoubleRange(min = -5, max = 5) double logScale1,
            @ForAll @DoubleRange(min = -5, max = 5) double logScale2,
            @ForAll @DoubleRange(min = -3, max = 3) double logShape1,
            @ForAll @DoubleRange(min = -3, max = 3) double logShape2) {
        Pareto p = Pareto.of(Math.exp(logScale1), Math.exp(logShape1));
        Pareto q = Pareto.of(Math.exp(logScale2), Math.exp(logShape2));
        double kl = ClosedForms.kl(p, q).getAsDouble();
        double crossEntropy = ClosedForms.crossEntropy(p, q).getAsDouble();
        assertThat(kl).isGreaterThanOrEqualTo(0);
        if (p.scale() < q.scale()) {
            assertThat(kl).isEqualTo(Double.POSITIVE_INFINITY);
        } else {
            assertThat(crossEntropy).isCloseTo(p.entropy() + kl,
                    within(1e-12 * (Math.abs(p.entropy()) + kl)));
        }
    }
}
