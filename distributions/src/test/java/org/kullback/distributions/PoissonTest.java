package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

class PoissonTest extends UnivariateDiscreteContract<Poisson> {

    /**
     * Rates down to 1e-3: below about 1e-4 all 100 000 samples of the contract are 0, so their
     * fourth moment is 0 and the contract's variance tolerance shrinks to 1e-12, below the rate
     * itself; {@link #aTinyRateBehaves()} covers 1e-10 without sampling.
     */
    @Override
    List<Poisson> instances() {
        return List.of(Poisson.of(0), Poisson.of(1e-3), Poisson.of(0.7), Poisson.of(3.5),
                Poisson.of(25), Poisson.of(1e4), Poisson.of(1e7));
    }

    @Override
    double referenceLogProbability(Poisson d, long k) {
        if (d.rate() == 0) {
            return Double.NaN;
        }
        return new PoissonDistribution(null, d.rate(), 1e-12, 10_000_000).logProbability((int) k);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Poisson.of(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Poisson: rate must be non-negative and finite, got -1.0");
        assertThatThrownBy(() -> Poisson.of(Double.NaN)).hasMessageContaining("rate")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Poisson.of(Double.POSITIVE_INFINITY))
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> DistributionSpec.parse("Poisson(-0.5)"))
                .hasMessage("Poisson: rate must be non-negative and finite, got -0.5");
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        Poisson large = Poisson.of(1e4);
        // mpmath: fsum(exp(k*log(1e4) - 1e4 - loggamma(k+1)) for k in range(0, 9301))
        assertThat(large.cdf(9300)).isCloseTo(7.3475725724859767e-13, withinPercentage(1e-11));
        // mpmath: the same terms summed over k > 10800
        assertThat(large.survival(10_800)).isCloseTo(1.358540341765306e-15, withinPercentage(1e-11));
        // the same sums: cdf(9304) = 9.866065294581133e-13 < 1e-12 <= cdf(9305) = 1.0617672e-12
        assertThat(large.quantile(1e-12)).isEqualTo(9305);
        // mpmath: terms of Poisson(1e7) summed over k > 1e7 + 30000 and k < 1e7 - 30000 + 1
        assertThat(Poisson.of(1e7).survival(1e7 + 30_000))
                .isCloseTo(1.2436218693136418e-21, withinPercentage(1e-11));
        assertThat(Poisson.of(1e7).cdf(1e7 - 30_000))
                .isCloseTo(1.1400730481358287e-21, withinPercentage(1e-11));
        // mpmath: the terms of Poisson(3.5) summed over k > 40
        assertThat(Poisson.of(3.5).survival(40))
                .isCloseTo(1.9954277895592308e-29, withinPercentage(1e-11));
        // mpmath: -expm1(-1e-10)
        assertThat(Poisson.of(1e-10).survival(0))
                .isCloseTo(9.9999999995000004e-11, withinPercentage(1e-11));
        // mpmath: the terms of Poisson(100) summed over k > 250
        assertThat(Poisson.of(100).survival(250))
                .isCloseTo(7.587806695337773e-37, withinPercentage(1e-11));
    }

    @Test
    void logProbabilityIsAccurateForHugeRates() {
        // mpmath: 1000100000*log(1e9) - 1e9 - loggamma(1000100001)
        assertThat(Poisson.of(1e9).logProbability(1_000_100_000L))
                .isCloseTo(-16.280454790927537, within(4e-15));
    }

    @Test
    void rateZeroIsThePointMassAtZero() {
        Poisson zero = Poisson.of(0);
        assertThat(zero.entropy()).isZero();
        assertThat(zero.cdf(0)).isEqualTo(1.0);
        assertThat(zero.quantile(0.9)).isZero();
        assertThat(zero.sample(new SplittableRandom(1))).isZero();
        assertThat(ClosedForms.kl(zero, Poisson.of(2))).hasValue(2.0);
        assertThat(ClosedForms.kl(Poisson.of(2), zero)).hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.crossEntropy(Poisson.of(2), zero))
                .hasValue(Double.POSITIVE_INFINITY);
    }

    @Test
    void klToAGeometricHandlesPointMasses() {
        assertThat(ClosedForms.kl(Poisson.of(2), Geometric.of(1)))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.crossEntropy(Poisson.of(2), Geometric.of(1)))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(Poisson.of(0), Geometric.of(1)).getAsDouble()).isEqualTo(0.0);
        assertThat(ClosedForms.kl(Poisson.of(0), Geometric.of(0.3)))
                .hasValue(-Math.log(0.3));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (Poisson d : instances()) {
            assertThat(ClosedForms.kl(d, d).getAsDouble()).as("%s", d).isEqualTo(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).getAsDouble()).as("%s", d)
                    .isEqualTo(d.entropy());
        }
    }

    @Test
    void aTinyRateBehaves() {
        double rate = 1e-10;
        Poisson tiny = Poisson.of(rate);
        // H = rate (1 - log rate) + O(rate^2 log rate)
        assertThat(tiny.entropy()).isCloseTo(rate * (1 - Math.log(rate)), withinPercentage(1e-7));
        assertThat(tiny.probability(0) + tiny.probability(1) + tiny.probability(2))
                .isCloseTo(1.0, within(1e-16));
        assertThat(tiny.cdf(0)).isEqualTo(Math.exp(-rate));
        assertThat(tiny.cdf(1) + tiny.survival(1)).isEqualTo(1.0);
        assertThat(tiny.quantile(0.5)).isZero();
        assertThat(tiny.quantile(1 - 1e-11)).isEqualTo(1);
        assertThat(tiny.sample(new SplittableRandom(7), 1000)).containsOnly(0.0);
    }

    @Property(tries = 200)
    void klMatchesTheSumOverTheSupport(@ForAll @DoubleRange(min = 0.01, max = 50) double rate1,
            @ForAll @DoubleRange(min = 0.01, max = 50) double rate2) {
        PoissonDistribution p = new PoissonDistribution(null, rate1, 1e-12, 10_000_000);
        PoissonDistribution q = new PoissonDistribution(null, rate2, 1e-12, 10_000_000);
        double sum = 0;
        for (int k = 0; k < 400; k++) {
            double probability = p.probability(k);
            if (probability > 0) {
                sum += probability * (p.logProbability(k) - q.logProbability(k));
            }
        }
        double kl = ClosedForms.kl(Poisson.of(rate1), Poisson.of(rate2)).getAsDouble();
        assertThat(kl).isGreaterThanOrEqualTo(0).isCloseTo(sum, within(1e-10 * (1 + sum)));
    }
}
