package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kullback.distributions.Bernoulli;
import org.kullback.distributions.Beta;
import org.kullback.distributions.Binomial;
import org.kullback.distributions.Categorical;
import org.kullback.distributions.Cauchy;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Distribution;
import org.kullback.distributions.Exponential;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.Geometric;
import org.kullback.distributions.Gumbel;
import org.kullback.distributions.Laplace;
import org.kullback.distributions.LogNormal;
import org.kullback.distributions.MultivariateNormal;
import org.kullback.distributions.Normal;
import org.kullback.distributions.Pareto;
import org.kullback.distributions.Poisson;
import org.kullback.distributions.Uniform;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.Weibull;

/**
 * Monte Carlo estimates against the closed forms of {@link ClosedForms}, which are themselves
 * checked against mpmath in the distributions module: an estimate must lie within
 * {@value #MAX_STANDARD_ERRORS} of its own standard errors of the exact value. Seeds are fixed, so
 * the test is deterministic; with 27 pairs and 20 distinct p (74 z-scores, each close to standard
 * normal) the chance that an honest estimator exceeds 4 SE somewhere is about 0.5%, so a failure
 * after a change means a real bias or a too-small standard error.
 */
class MonteCarloDivergencesTest {

    private static final int SAMPLES = 20_000;
    private static final double MAX_STANDARD_ERRORS = 4;

    static Stream<Arguments> closedFormPairs() {
        MultivariateNormal mvn2a = MultivariateNormal.of(new double[] {0, 1},
                new double[][] {{1, 0.5}, {0.5, 2}});
        MultivariateNormal mvn2b = MultivariateNormal.of(new double[] {0.5, 0},
                new double[][] {{2, -0.3}, {-0.3, 1}});
        MultivariateNormal mvn3a = MultivariateNormal.of(new double[] {0, 0, 0},
                new double[][] {{1, 0.2, 0.1}, {0.2, 1, 0.3}, {0.1, 0.3, 1}});
        MultivariateNormal mvn3b = MultivariateNormal.of(new double[] {0.2, -0.1, 0.3},
                new double[][] {{1.5, 0, 0.2}, {0, 0.8, 0}, {0.2, 0, 1.2}});
        MultivariateNormal mvn2near = MultivariateNormal.of(new double[] {1e-3, 1},
                new double[][] {{1, 0.5}, {0.5, 2}});
        List<Distribution[]> pairs = List.of(
                pair(Normal.of(0, 1), Normal.of(1, 2)),
                pair(Normal.of(0, 1), Normal.of(1e-3, 1)),
                pair(Normal.of(3, 0.5), Laplace.of(2, 1)),
                pair(Normal.of(0, 1), Gumbel.of(0, 2)),
                pair(LogNormal.of(0.5, 0.8), Gamma.of(2, 1)),
                pair(Gamma.of(2, 1), LogNormal.of(0.5, 0.8)),
                pair(Gamma.of(2, 1), Gamma.of(3, 2)),
                pair(Gamma.of(0.5, 1), Exponential.of(2)),
                pair(Exponential.of(1), Weibull.of(1.5, 1)),
                pair(Weibull.of(2, 1), Gamma.of(2, 2)),
                pair(Laplace.of(0, 1), Normal.of(0, 2)),
                pair(Gumbel.of(0, 1), Normal.of(0, 2)),
                pair(Cauchy.of(0, 1), Cauchy.of(1, 2)),
                pair(Pareto.of(1, 3), Exponential.of(0.5)),
                pair(Beta.of(2, 3), Uniform.of(0, 1)),
                pair(Beta.of(0.5, 0.5), Beta.of(2, 2)),
                pair(Uniform.of(0, 1), Normal.of(0, 1)),
                pair(Poisson.of(3), Poisson.of(5)),
                pair(Poisson.of(4), Geometric.of(0.3)),
                pair(Binomial.of(10, 0.3), Poisson.of(3)),
                pair(Bernoulli.of(0.3), Bernoulli.of(0.6)),
                pair(Categorical.of(0.2, 0.5, 0.3), Categorical.of(0.4, 0.4, 0.2)),
                pair(Geometric.of(0.3), Geometric.of(0.5)),
                pair(mvn2a, mvn2b),
                pair(mvn2b, mvn2a),
                pair(mvn3a, mvn3b),
                pair(mvn2a, mvn2near));
        return pairs.stream().map(pq -> Arguments.of(pq[0], pq[1]));
    }

    private static Distribution[] pair(Distribution p, Distribution q) {
        return new Distribution[] {p, q};
    }

    @ParameterizedTest(name = "{0} ‖ {1}")
    @MethodSource("closedFormPairs")
    void klAgreesWithTheClosedFormWithinFourStandardErrors(Distribution p, Distribution q) {
        double exact = ClosedForms.kl(p, q).orElseThrow();
        MonteCarloEstimate estimate = MonteCarloDivergences.kl(p, q, SAMPLES, seeded(11));
        assertWithinStandardErrors("KL", p, q, estimate, exact);
    }

    @ParameterizedTest(name = "{0} ‖ {1}")
    @MethodSource("closedFormPairs")
    void crossEntropyAgreesWithTheClosedFormWithinFourStandardErrors(Distribution p,
            Distribution q) {
        double exact = ClosedForms.crossEntropy(p, q).orElseThrow();
        MonteCarloEstimate estimate =
                MonteCarloDivergences.crossEntropy(p, q, SAMPLES, seeded(12));
        assertWithinStandardErrors("H(p,q)", p, q, estimate, exact);
    }

    static Stream<Distribution> distinctFirstMembers() {
        return closedFormPairs().map(arguments -> (Distribution) arguments.get()[0]).distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distinctFirstMembers")
    void entropyAgreesWithTheClosedFormWithinFourStandardErrors(Distribution p) {
        MonteCarloEstimate estimate = MonteCarloDivergences.entropy(p, SAMPLES, seeded(13));
        assertWithinStandardErrors("H(p)", p, null, estimate, p.entropy());
    }

    private static void assertWithinStandardErrors(String quantity, Distribution p,
            Distribution q, MonteCarloEstimate estimate, double exact) {
        assertThat(estimate.samples()).isEqualTo(SAMPLES);
        if (estimate.standardError() == 0) {
            // Every term is the same number (log q constant on p's support, as for a Uniform):
            // the estimate is exact, up to the rounding of the running mean.
            assertThat(estimate.value()).isCloseTo(exact, within(1e-15 * (1 + Math.abs(exact))));
            return;
        }
        double z = (estimate.value() - exact) / estimate.standardError();
        System.out.printf("MC %-6s %s%s: exact %.10g, estimate %.10g ± %.3g, z = %+.2f%n",
                quantity, p, q == null ? "" : " ‖ " + q, exact, estimate.value(),
                estimate.standardError(), z);
        assertThat(Math.abs(z)).as("%s %s ‖ %s: %s vs exact %s", quantity, p, q, estimate, exact)
                .isLessThanOrEqualTo(MAX_STANDARD_ERRORS);
    }

    /**
     * The reported standard error is the spread of the estimate: over 400 independent seeds of
     * 500 draws each, the standard deviation of the estimates matches the root-mean-square
     * reported SE within 15% (the sampling error of a standard deviation from 400 values is about
     * 3.5%), and the intervals ±2 SE cover the exact KL in 92%–98.5% of the runs (nominal 95.4%;
     * the binomial sampling error is 1%).
     */
    @ParameterizedTest(name = "{0} ‖ {1}")
    @MethodSource("spreadPairs")
    void standardErrorMatchesTheSpreadAcrossIndependentSeeds(Distribution p, Distribution q) {
        int runs = 400;
        int draws = 500;
        double exact = ClosedForms.kl(p, q).orElseThrow();
        double[] estimates = new double[runs];
        double sumOfSquaredErrors = 0;
        int covered = 0;
        for (int run = 0; run < runs; run++) {
            MonteCarloEstimate estimate =
                    MonteCarloDivergences.kl(p, q, draws, seeded(1000 + run));
            estimates[run] = estimate.value();
            sumOfSquaredErrors += estimate.standardError() * estimate.standardError();
            if (Math.abs(estimate.value() - exact) <= 2 * estimate.standardError()) {
                covered++;
            }
        }
        double mean = 0;
        for (double e : estimates) {
            mean += e / runs;
        }
        double spread = 0;
        for (double e : estimates) {
            spread += (e - mean) * (e - mean) / (runs - 1);
        }
        double ratio = Math.sqrt(spread) / Math.sqrt(sumOfSquaredErrors / runs);
        double coverage = covered / (double) runs;
        System.out.printf("MC spread %s ‖ %s: sd(estimates)/rms(SE) = %.3f, 2-SE coverage %.3f%n",
                p, q, ratio, coverage);
        assertThat(ratio).isBetween(0.85, 1.15);
        assertThat(coverage).isBetween(0.92, 0.985);
    }

    static Stream<Arguments> spreadPairs() {
        return Stream.of(
                Arguments.of(Normal.of(0, 1), Normal.of(1, 2)),
                Arguments.of(Gamma.of(2, 1), LogNormal.of(0.5, 0.8)),
                Arguments.of(Poisson.of(4), Geometric.of(0.3)),
                Arguments.of(
                        MultivariateNormal.of(new double[] {0, 1},
                                new double[][] {{1, 0.5}, {0.5, 2}}),
                        MultivariateNormal.of(new double[] {0.5, 0},
                                new double[][] {{2, -0.3}, {-0.3, 1}})));
    }

    @Test
    void theSameSeedGivesTheSameEstimateBitForBit() {
        Normal p = Normal.of(0, 1);
        Gumbel q = Gumbel.of(0.5, 2);
        MonteCarloEstimate first = MonteCarloDivergences.kl(p, q, 1000, seeded(42));
        MonteCarloEstimate second = MonteCarloDivergences.kl(p, q, 1000, seeded(42));
        MonteCarloEstimate other = MonteCarloDivergences.kl(p, q, 1000, seeded(43));
        assertThat(second).isEqualTo(first);
        assertThat(other.value()).isNotEqualTo(first.value());
    }

    @Test
    void supportsThatAreNotNestedGiveCertainInfinityWithoutDrawing() {
        MonteCarloEstimate outside =
                MonteCarloDivergences.kl(Normal.of(0, 1), Exponential.of(1), 100, seeded(1));
        MonteCarloEstimate mixed =
                MonteCarloDivergences.crossEntropy(Poisson.of(2), Normal.of(2, 1), 100,
                        seeded(1));
        assertThat(outside).isEqualTo(
                new MonteCarloEstimate(Double.POSITIVE_INFINITY, 0, 0));
        assertThat(mixed).isEqualTo(new MonteCarloEstimate(Double.POSITIVE_INFINITY, 0, 0));
    }

    @Test
    void aDrawWhereQVanishesProvesTheDivergenceInfinite() {
        Categorical p = Categorical.of(0.5, 0.25, 0.25);
        Categorical q = Categorical.of(0.5, 0, 0.5);
        MonteCarloEstimate kl = MonteCarloDivergences.kl(p, q, 10_000, seeded(3));
        MonteCarloEstimate crossEntropy =
                MonteCarloDivergences.crossEntropy(p, q, 10_000, seeded(3));
        assertThat(kl.value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(kl.standardError()).isZero();
        assertThat(kl.samples()).isBetween(1, 100);
        assertThat(crossEntropy).isEqualTo(kl);
    }

    @Test
    void aDrawOnASingularityIsReportedNotAveraged() {
        UnivariateContinuous drawsZero = new DrawsZero(Gamma.of(0.5, 1));
        assertThatThrownBy(() -> MonteCarloDivergences.kl(drawsZero, Gamma.of(0.7, 1), 10,
                seeded(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x = 0.0")
                .hasMessageContaining("log p = Infinity");
        assertThatThrownBy(() -> MonteCarloDivergences.entropy(drawsZero, 10, seeded(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("log p = Infinity");
    }

    @Test
    void badInputIsRejectedNamingTheArgument() {
        Normal n = Normal.of(0, 1);
        assertThatThrownBy(() -> MonteCarloDivergences.kl(n, n, 1, seeded(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("samples").hasMessageContaining("got 1");
        assertThatThrownBy(() -> MonteCarloDivergences.crossEntropy(n, n, -5, seeded(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -5");
        assertThatThrownBy(() -> MonteCarloDivergences.entropy(n, 0, seeded(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
        assertThatThrownBy(() -> MonteCarloDivergences.kl(n, n, 10, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rng");
        assertThatThrownBy(() -> MonteCarloDivergences.kl(null, n, 10, seeded(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p must not be null");
        assertThatThrownBy(() -> MonteCarloDivergences.crossEntropy(n, null, 10, seeded(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("q must not be null");
        MultivariateNormal two = MultivariateNormal.of(new double[] {0, 0},
                new double[][] {{1, 0}, {0, 1}});
        MultivariateNormal three = MultivariateNormal.of(new double[] {0, 0, 0},
                new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        assertThatThrownBy(() -> MonteCarloDivergences.kl(two, n, 10, seeded(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MultivariateNormal and Normal");
        assertThatThrownBy(() -> MonteCarloDivergences.kl(two, three, 10, seeded(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same dimension, got 2 and 3");
    }

    private static RandomGenerator seeded(long seed) {
        return new SplittableRandom(seed);
    }

    /**
     * A gamma distribution whose sampler always returns 0, the singular point of its density
     * (log density +∞ for shape &lt; 1): what a real sampler can return when a draw underflows.
     */
    private record DrawsZero(Gamma gamma) implements UnivariateContinuous {
        @Override
        public double logDensity(double x) {
            return gamma.logDensity(x);
        }

        @Override
        public double cdf(double x) {
            return gamma.cdf(x);
        }

        @Override
        public double survival(double x) {
            return gamma.survival(x);
        }

        @Override
        public double quantile(double p) {
            return gamma.quantile(p);
        }

        @Override
        public double mean() {
            return gamma.mean();
        }

        @Override
        public double variance() {
            return gamma.variance();
        }

        @Override
        public double supportLowerBound() {
            return gamma.supportLowerBound();
        }

        @Override
        public double supportUpperBound() {
            return gamma.supportUpperBound();
        }

        @Override
        public double sample(RandomGenerator rng) {
            return 0;
        }

        @Override
        public String family() {
            return "DrawsZero";
        }

        @Override
        public double entropy() {
            return gamma.entropy();
        }
    }
}
