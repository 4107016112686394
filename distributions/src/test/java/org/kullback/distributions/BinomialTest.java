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
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class BinomialTest extends UnivariateDiscreteContract<Binomial> {

    @Override
    List<Binomial> instances() {
        return List.of(Binomial.of(0, 0.3), Binomial.of(10, 0), Binomial.of(10, 1),
                Binomial.of(1, 0.5), Binomial.of(10, 0.3), Binomial.of(20, 0.999),
                Binomial.of(1000, 0.01), Binomial.of(100_000, 1e-4), Binomial.of(1_000_000, 0.5));
    }

    @Override
    double referenceLogProbability(Binomial d, long k) {
        return new BinomialDistribution(null, d.trials(), d.p()).logProbability((int) k);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Binomial.of(2.5, 0.3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Binomial: trials must be a non-negative integer, got 2.5");
        assertThatThrownBy(() -> Binomial.of(-1, 0.3))
                .hasMessage("Binomial: trials must be a non-negative integer, got -1");
        assertThatThrownBy(() -> Binomial.of(3e9, 0.3))
                .hasMessage("Binomial: trials must be a non-negative integer, got 3.0E9");
        assertThatThrownBy(() -> Binomial.of(Double.NaN, 0.3)).hasMessageContaining("trials")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Binomial.of(10, 1.5))
                .hasMessage("Binomial: p must be a probability in [0, 1], got 1.5");
        assertThatThrownBy(() -> Binomial.of(10, Double.NaN)).hasMessageContaining("p must")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> DistributionSpec.parse("Binomial(2.5, 0.3)"))
                .hasMessage("Binomial: trials must be a non-negative integer, got 2.5");
    }

    @Test
    void printsTrialsAsAnInteger() {
        assertThat(Binomial.of(10, 0.3)).hasToString("Binomial(10, 0.3)");
        assertThat(DistributionSpec.parse("Binomial(trials=10, p=0.3)"))
                .isEqualTo(Binomial.of(10, 0.3));
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        Binomial large = Binomial.of(1_000_000, 0.5);
        // mpmath: fsum(exp(logbin(1e6, 0.5, j)) for j in range(503001, 1000001)), logbin by loggamma
        assertThat(large.survival(503_000)).isCloseTo(9.8042421292433723e-10, withinPercentage(1e-11));
        // mpmath: fsum(exp(logbin(1e6, 0.5, j)) for j in range(0, 497001))
        assertThat(large.cdf(497_000)).isCloseTo(9.9257488196151038e-10, withinPercentage(1e-11));
        // the same sums give cdf(497001) = 1.0048722144129503e-9 >= 1e-9 > cdf(497000)
        assertThat(large.quantile(1e-9)).isEqualTo(497_001);
        // survival(502999) = 9.9257e-10 by the same sums, so 1 - p = 9.85e-10 lies between
        assertThat(large.quantile(1 - 9.85e-10)).isEqualTo(503_000);
        // mpmath: exp(1000 * log1p(-0.01))
        assertThat(Binomial.of(1000, 0.01).cdf(0))
                .isCloseTo(4.3171247410658242e-5, withinPercentage(1e-11));
        // mpmath: fsum(exp(logbin(1000, 0.01, j)) for j in range(41, 1001))
        assertThat(Binomial.of(1000, 0.01).survival(40))
                .isCloseTo(1.1006428530488457e-13, withinPercentage(1e-11));
        // mpmath: fsum(exp(logbin(20, 0.999, j)) for j in range(0, 11))
        assertThat(Binomial.of(20, 0.999).cdf(10))
                .isCloseTo(1.8308331132328401e-25, withinPercentage(1e-11));
        // mpmath: -expm1(10 * log(0.9999999999)): the lower tail at n - 1 when p is nearly 1
        assertThat(Binomial.of(10, 0.9999999999).cdf(9))
                .isCloseTo(1.0000000822903709e-9, withinPercentage(1e-11));
    }

    @Test
    void logProbabilityIsAccurateForHugeTrials() {
        // mpmath: loggamma(1e9+1) - loggamma(500010001) - loggamma(499990001) + 1e9*log(0.5)
        assertThat(Binomial.of(1_000_000_000, 0.5).logProbability(500_010_000L))
                .isCloseTo(-10.787424271181266, within(2e-15));
    }

    @Test
    void klIsInfiniteWhereTheSupportIsNotCovered() {
        Binomial p = Binomial.of(10, 0.3);
        assertThat(ClosedForms.kl(p, Binomial.of(9, 0.3))).hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(p, Binomial.of(10, 0))).hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(p, Binomial.of(20, 1))).hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(Binomial.of(10, 1), Binomial.of(9, 0.5)))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(Binomial.of(5, 0.2), Binomial.of(5, 0)))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(p, Poisson.of(0))).hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.crossEntropy(p, Binomial.of(9, 0.3)))
                .hasValue(Double.POSITIVE_INFINITY);
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (Binomial d : instances()) {
            assertThat(ClosedForms.kl(d, d).getAsDouble()).as("%s", d).isEqualTo(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).getAsDouble()).as("%s", d)
                    .isEqualTo(d.entropy());
        }
        assertThat(ClosedForms.kl(Binomial.of(0, 0.3), Binomial.of(0, 0.7)).getAsDouble())
                .isEqualTo(0.0);
        assertThat(ClosedForms.kl(Binomial.of(0, 0.3), Poisson.of(0)).getAsDouble())
                .isEqualTo(0.0);
    }

    @Test
    void pointMassesHaveZeroEntropyAndConstantSamples() {
        Binomial allSuccesses = Binomial.of(7, 1);
        assertThat(allSuccesses.entropy()).isZero();
        assertThat(allSuccesses.quantile(0)).isEqualTo(7);
        assertThat(allSuccesses.sample(new java.util.SplittableRandom(1))).isEqualTo(7);
        assertThat(Binomial.of(0, 0.5).cdf(0)).isEqualTo(1.0);
    }

    @Property(tries = 200)
    void klMatchesTheSumOverTheSupport(@ForAll @IntRange(min = 1, max = 40) int n1,
            @ForAll @IntRange(min = 0, max = 20) int extra,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double p1,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double p2) {
        Binomial p = Binomial.of(n1, p1);
        Binomial q = Binomial.of(n1 + extra, p2);
        BinomialDistribution pRef = new BinomialDistribution(null, n1, p1);
        BinomialDistribution qRef = new BinomialDistribution(null, n1 + extra, p2);
        double sum = 0;
        for (int k = 0; k <= n1; k++) {
            sum += pRef.probability(k) * (pRef.logProbability(k) - qRef.logProbability(k));
        }
        double kl = ClosedForms.kl(p, q).getAsDouble();
        assertThat(kl).isGreaterThanOrEqualTo(0).isCloseTo(sum, within(1e-11 * (1 + sum)));
    }
}
