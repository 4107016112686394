package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The checks every discrete family passes, run over the instances the family's test supplies:
 * probabilities sum to 1 and accumulate to the cdf, quantile is the generalised inverse of the
 * cdf, cdf and survival are complementary, samples agree with the mean, variance and the
 * probabilities, the log probability agrees with an independent implementation, and the spec
 * round-trips.
 */
abstract class UnivariateDiscreteContract<D extends UnivariateDiscrete> {

    static final double[] PROBABILITY_GRID = {1e-12, 1e-8, 1e-4, 0.01, 0.1, 0.25, 0.5, 0.75,
        0.9, 0.99, 1 - 1e-4, 1 - 1e-8};
    static final int SAMPLE_SIZE = 100_000;

    /** Instances to check, covering ordinary and extreme parameters. */
    abstract List<D> instances();

    /** The log probability of an independent implementation at k, or NaN when there is none. */
    double referenceLogProbability(D distribution, long k) {
        return Double.NaN;
    }

    private Stream<DynamicTest> each(String claim, Consumer<D> check) {
        return instances().stream().map(d -> DynamicTest.dynamicTest(claim + ": " + d,
                () -> check.accept(d)));
    }

    /** The first and last values worth summing: the support cut where the tails are < 1e-17. */
    static long[] bulk(UnivariateDiscrete d) {
        long first = (long) Math.max(d.supportLowerBound(), d.quantile(1e-17));
        long last = (long) Math.min(d.supportUpperBound(), d.quantile(1 - 1e-16));
        return new long[] {first, last};
    }

    @TestFactory
    Stream<DynamicTest> probabilitiesSumToOneAndAccumulateToTheCdf() {
        return each("Σ p(k) = 1 and Σ_{j≤k} p(j) = cdf(k)", d -> {
            long[] range = bulk(d);
            assertThat(range[1] - range[0]).as("bulk width").isLessThan(10_000_000);
            double below = d.cdf(range[0] - 1);
            double sum = below;
            for (long k = range[0]; k <= range[1]; k++) {
                sum += d.probability(k);
                double cdf = d.cdf(k);
                assertThat(sum).as("running sum at %s", k).isCloseTo(cdf, within(1e-12));
            }
            assertThat(sum + d.survival(range[1])).isCloseTo(1.0, within(1e-12));
        });
    }

    @TestFactory
    Stream<DynamicTest> quantileIsTheGeneralisedInverseOfTheCdf() {
        return each("quantile(p) = min{k : cdf(k) ≥ p}", d -> {
            for (double p : PROBABILITY_GRID) {
                double k = d.quantile(p);
                assertThat(k).as("quantile(%s) is an integer", p).isEqualTo(Math.rint(k));
                assertThat(d.cdf(k)).as("cdf(quantile(%s))", p)
                        .isGreaterThanOrEqualTo(p * (1 - 1e-12));
                if (k > d.supportLowerBound()) {
                    assertThat(d.cdf(k - 1)).as("cdf(quantile(%s) - 1)", p)
                            .isLessThan(p * (1 + 1e-12));
                }
            }
            assertThat(d.quantile(0)).isEqualTo(d.supportLowerBound());
            assertThat(d.quantile(1)).isEqualTo(d.supportUpperBound());
        });
    }

    @TestFactory
    Stream<DynamicTest> cdfIsAStepFunctionComplementaryToSurvival() {
        return each("cdf + survival = 1; cdf(k + 0.5) = cdf(k)", d -> {
            long[] range = bulk(d);
            long step = Math.max(1, (range[1] - range[0]) / 50);
            for (long k = range[0]; k <= range[1]; k += step) {
                assertThat(d.cdf(k) + d.survival(k)).isCloseTo(1.0, within(1e-14));
                assertThat(d.cdf(k + 0.5)).isEqualTo(d.cdf(k));
                assertThat(d.survival(k + 0.5)).isEqualTo(d.survival(k));
            }
            assertThat(d.cdf(Double.NEGATIVE_INFINITY)).isZero();
            assertThat(d.cdf(d.supportLowerBound() - 1)).isZero();
            assertThat(d.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
            assertThat(d.survival(Double.POSITIVE_INFINITY)).isZero();
        });
    }

    @TestFactory
    Stream<DynamicTest> probabilityIsExpOfLogProbabilityAndVanishesOutsideSupport() {
        return each("probability = exp(logProbability); 0 outside the support", d -> {
            long[] range = bulk(d);
            for (long k = range[0]; k <= Math.min(range[1], range[0] + 200); k++) {
                assertThat(d.probability(k)).isCloseTo(Math.exp(d.logProbability(k)),
                        within(1e-15 * d.probability(k)));
            }
            long below = (long) d.supportLowerBound() - 1;
            assertThat(d.logProbability(below)).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(d.probability(below)).isZero();
            if (Double.isFinite(d.supportUpperBound())) {
                long above = (long) d.supportUpperBound() + 1;
                assertThat(d.logProbability(above)).isEqualTo(Double.NEGATIVE_INFINITY);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> logProbabilityMatchesIndependentImplementation() {
        return each("log probability matches commons-math3/Hipparchus", d -> {
            for (double p : PROBABILITY_GRID) {
                long k = (long) d.quantile(p);
                double reference = referenceLogProbability(d, k);
                if (!Double.isNaN(reference)) {
                    assertThat(d.logProbability(k)).as("logProbability(%s)", k)
                            .isCloseTo(reference, within(1e-11 * Math.max(1, Math.abs(reference))));
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> samplesAgreeWithMomentsAndProbabilities() {
        return each("sample mean/variance within 5 SE, frequencies within 5 SE", d -> {
            double[] x = d.sample(new SplittableRandom(20261122), SAMPLE_SIZE);
            int n = x.length;
            Map<Long, Integer> counts = new HashMap<>();
            double sum = 0;
            for (double value : x) {
                assertThat(value).isEqualTo(Math.rint(value))
                        .isBetween(d.supportLowerBound(), d.supportUpperBound());
                counts.merge((long) value, 1, Integer::sum);
                sum += value;
            }
            double mean = sum / n;
            double m2 = 0;
            double m4 = 0;
            for (double value : x) {
                double c = (value - mean) * (value - mean);
                m2 += c;
                m4 += c * c;
            }
            m2 /= n;
            m4 /= n;
            assertThat(mean).as("sample mean").isCloseTo(d.mean(),
                    within(5 * Math.sqrt(d.variance() / n) + 1e-12));
            assertThat(m2).as("sample variance").isCloseTo(d.variance(),
                    within(5 * Math.sqrt(Math.max(m4 - m2 * m2, 0) / n) + 1e-12));
            for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
                double expected = n * d.probability(entry.getKey());
                if (expected >= 20) {
                    double sd = Math.sqrt(expected * (1 - expected / n));
                    assertThat((double) entry.getValue()).as("count of %s", entry.getKey())
                            .isCloseTo(expected, within(5 * sd));
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> specRoundTrips() {
        return each("parse(toString()) equals the distribution", d -> {
            Distribution parsed = DistributionSpec.parse(d.toString());
            assertThat(parsed).isEqualTo(d).hasSameHashCodeAs(d);
            assertThat(parsed.toString()).isEqualTo(d.toString());
            assertThat(d.toString()).startsWith(d.family() + "(");
        });
    }

    @TestFactory
    Stream<DynamicTest> quantileRejectsProbabilitiesOutsideTheUnitInterval() {
        return each("quantile rejects p outside [0, 1]", d -> {
            for (double p : List.of(-0.1, 1.1, Double.NaN)) {
                assertThatThrownBy(() -> d.quantile(p))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(String.valueOf(p));
            }
        });
    }
}
