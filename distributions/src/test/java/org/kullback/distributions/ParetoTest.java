package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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

    /**
     * The contract's claim, checked in \( t = \log(x/x_m) \). The contract cuts \( x \) at
     * quantile(1e-14) \( = x_m(1 + 10^{-14}/\alpha) \), a few ulps above \( x_m \), where the
     * 64 Gauss–Legendre nodes collapse onto equal doubles and Hipparchus rejects the rule; in
     * \( t \) (where \( \log(X/x_m) \) is exponential) the same probability cuts give wide
     * pieces.
     */
    @Override
    @TestFactory
    Stream<DynamicTest> densityIntegratesToOne() {
        return instances().stream().map(d -> DynamicTest.dynamicTest(
                "density integrates to 1 (in log x): " + d, () -> assertThat(
                        integrateDensityInLogSpace(d, d.scale())).isCloseTo(1.0, within(1e-8))));
    }

    /**
     * \( \int p(x)\,dx = \int p(c e^t)\,c e^t\,dt \), cut at the contract's probability grid;
     * starts at \( x = \max(c, \text{quantile}(10^{-16})) \) and ends at quantile(1 − 1e-12).
     */
    static double integrateDensityInLogSpace(UnivariateContinuous d, double origin) {
        double[] grid = PROBABILITY_GRID;
        double[] cuts = new double[grid.length + 2];
        cuts[0] = Math.log(Math.max(origin, d.quantile(1e-16)) / origin);
        for (int i = 0; i < grid.length; i++) {
            cuts[i + 1] = Math.log(d.quantile(grid[i]) / origin);
        }
        cuts[cuts.length - 1] = Math.log(d.quantile(1 - 1e-12) / origin);
        GaussIntegratorFactory gauss = new GaussIntegratorFactory();
        double total = 0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            if (cuts[i + 1] > cuts[i]) {
                total += gauss.legendre(64, cuts[i], cuts[i + 1]).integrate(t -> {
                    double x = origin * Math.exp(t);
                    return d.density(x) * x;
                });
            }
        }
        return total;
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
