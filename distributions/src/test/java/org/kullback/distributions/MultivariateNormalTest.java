package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;

class MultivariateNormalTest {

    private static final MultivariateNormal EXAMPLE = MultivariateNormal.of(new double[] {0, 1},
            new double[][] {{1, 0.5}, {0.5, 2}});

    /** A random covariance B Bᵀ + I/10 and mean, from a seeded stream. */
    private static MultivariateNormal random(SplittableRandom rng, int d) {
        double[][] b = new double[d][d];
        double[] mean = new double[d];
        for (int i = 0; i < d; i++) {
            mean[i] = rng.nextDouble(-3, 3);
            for (int j = 0; j < d; j++) {
                b[i][j] = rng.nextGaussian();
            }
        }
        double[][] covariance = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double sum = i == j ? 0.1 : 0;
                for (int k = 0; k < d; k++) {
                    sum += b[i][k] * b[j][k];
                }
                covariance[i][j] = sum;
            }
        }
        return MultivariateNormal.of(mean, covariance);
    }

    @Test
    void logDensityAgreesWithCommonsMath() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int d = 1; d <= 5; d++) {
            for (int instance = 0; instance < 5; instance++) {
                MultivariateNormal p = random(rng, d);
                MultivariateNormalDistribution reference =
                        new MultivariateNormalDistribution(null, p.mean(), p.covariance());
                for (int point = 0; point < 20; point++) {
                    double[] x = new double[d];
                    for (int i = 0; i < d; i++) {
                        x[i] = rng.nextDouble(-6, 6);
                    }
                    double expected = Math.log(reference.density(x));
                    assertThat(p.logDensity(x)).as("%s at %s", p, x)
                            .isCloseTo(expected, within(1e-11 * Math.max(1, Math.abs(expected))));
                    assertThat(p.density(x)).isCloseTo(reference.density(x),
                            within(1e-11 * reference.density(x)));
                }
            }
        }
    }

    @Test
    void oneDimensionalLogDensityIsNormals() {
        MultivariateNormal p = MultivariateNormal.of(new double[] {1.5}, new double[][] {{0.09}});
        Normal normal = Normal.of(1.5, 0.3);
        for (double x = -2; x <= 5; x += 0.25) {
            assertThat(p.logDensity(new double[] {x}))
                    .isCloseTo(normal.logDensity(x), within(1e-14 * (1 + Math.abs(x * x))));
        }
        assertThat(p.entropy()).isCloseTo(normal.entropy(), within(1e-15));
    }

    @Test
    void logDensityOfInfiniteOrNaNPoints() {
        assertThat(EXAMPLE.logDensity(new double[] {Double.POSITIVE_INFINITY, 0}))
                .isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(EXAMPLE.logDensity(
                new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}))
                .isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(EXAMPLE.logDensity(new double[] {Double.NaN, 0})).isNaN();
        assertThat(EXAMPLE.density(new double[] {Double.NEGATIVE_INFINITY, 0})).isZero();
    }

    @Test
    void densityIntegratesToOneInOneDimension() {
        MultivariateNormal p = MultivariateNormal.of(new double[] {-2}, new double[][] {{0.7}});
        double total = 0;
        for (double[] node : legendreNodes(-2 - 12 * Math.sqrt(0.7), -2 + 12 * Math.sqrt(0.7))) {
            total += node[1] * p.density(new double[] {node[0]});
        }
        assertThat(total).isCloseTo(1, within(1e-13));
    }

    @Test
    void densityIntegratesToOneInTwoDimensions() {
        MultivariateNormal p = MultivariateNormal.of(new double[] {1, -1},
                new double[][] {{2, 1.2}, {1.2, 0.9}});
        double[][] xs = legendreNodes(1 - 12 * Math.sqrt(2), 1 + 12 * Math.sqrt(2));
        double[][] ys = legendreNodes(-1 - 12 * Math.sqrt(0.9), -1 + 12 * Math.sqrt(0.9));
        double total = 0;
        for (double[] x : xs) {
            for (double[] y : ys) {
                total += x[1] * y[1] * p.density(new double[] {x[0], y[0]});
            }
        }
        assertThat(total).isCloseTo(1, within(1e-12));
    }

    /** Nodes and weights of a composite 24-piece, 16-point Gauss–Legendre rule on [a, b]. */
    private static double[][] legendreNodes(double a, double b) {
        int pieces = 24;
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        double[][] nodes = new double[pieces * 16][];
        for (int piece = 0; piece < pieces; piece++) {
            GaussIntegrator rule = factory.legendre(16, a + (b - a) * piece / pieces,
                    a + (b - a) * (piece + 1) / pieces);
            for (int i = 0; i < 16; i++) {
                nodes[piece * 16 + i] = new double[] {rule.getPoint(i), rule.getWeight(i)};
            }
        }
        return nodes;
    }

    @Test
    void sampleMeanAndCovarianceAgreeWithinFiveStandardErrors() {
        MultivariateNormal p = MultivariateNormal.of(new double[] {1, -2, 0.5},
                new double[][] {{4, 1.2, -0.6}, {1.2, 1, 0.3}, {-0.6, 0.3, 0.5}});
        int n = 100_000;
        double[][] draws = p.sample(new SplittableRandom(20261123), n);
        assertThat(draws).hasNumberOfRows(n);
        double[] mean = p.mean();
        double[][] sigma = p.covariance();
        double[] sampleMean = new double[3];
        for (double[] x : draws) {
            for (int i = 0; i < 3; i++) {
                sampleMean[i] += x[i] / n;
            }
        }
        for (int i = 0; i < 3; i++) {
            assertThat(sampleMean[i]).isCloseTo(mean[i], within(5 * Math.sqrt(sigma[i][i] / n)));
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (double[] x : draws) {
                    sum += (x[i] - mean[i]) * (x[j] - mean[j]);
                }
                // Var[(X_i - μ_i)(X_j - μ_j)] = Σ_ii Σ_jj + Σ_ij² for a normal vector (Isserlis).
                double standardError =
                        Math.sqrt((sigma[i][i] * sigma[j][j] + sigma[i][j] * sigma[i][j]) / n);
                assertThat(sum / n).as("covariance[%d][%d]", i, j)
                        .isCloseTo(sigma[i][j], within(5 * standardError));
            }
        }
        assertThatThrownBy(() -> p.sample(new SplittableRandom(1), -1))
                .hasMessageContaining("-1");
    }

    @Test
    void specRoundTrips() {
        assertThat(EXAMPLE).hasToString("MultivariateNormal([0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]])");
        assertThat(DistributionSpec.parse(EXAMPLE.toString())).isEqualTo(EXAMPLE)
                .hasSameHashCodeAs(EXAMPLE);
        assertThat(DistributionSpec.parse(
                "MultivariateNormal(covariance=[[1, 0.5], [0.5, 2]], mean=[0, 1])"))
                .isEqualTo(EXAMPLE);
        SplittableRandom rng = new SplittableRandom(3);
        for (int d = 1; d <= 5; d++) {
            MultivariateNormal p = random(rng, d);
            assertThat(DistributionSpec.parse(p.toString())).isEqualTo(p);
        }
        assertThat(DistributionSpec.families()).contains("MultivariateNormal");
        assertThat(DistributionSpec.parameters("MultivariateNormal"))
                .containsExactly("mean", "covariance");
        assertThat(EXAMPLE.family()).isEqualTo("MultivariateNormal");
        assertThat(EXAMPLE).isNotEqualTo(MultivariateNormal.of(new double[] {0, 1},
                new double[][] {{1, 0.5}, {0.5, 2.5}}));
        assertThatThrownBy(() -> DistributionSpec.parseUnivariate(EXAMPLE.toString()))
                .hasMessageContaining("not univariate");
    }

    @Test
    void specRejectsScalarsWhereVectorsBelong() {
        assertThatThrownBy(() -> DistributionSpec.parse("MultivariateNormal(0, [[1]])"))
                .hasMessageContaining("mean must be a list");
        assertThatThrownBy(() -> DistributionSpec.parse("MultivariateNormal([0], [1])"))
                .hasMessageContaining("covariance[0] must be a list");
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        double[][] identity = {{1, 0}, {0, 1}};
        assertThatThrownBy(() -> MultivariateNormal.of(new double[0], new double[0][]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MultivariateNormal: mean must be a non-empty vector, got []");
        assertThatThrownBy(() -> MultivariateNormal.of(new double[] {0, Double.NaN}, identity))
                .hasMessage("MultivariateNormal: mean[1] must be finite, got NaN");
        assertThatThrownBy(() -> MultivariateNormal.of(new double[] {0, 0, 0}, identity))
                .hasMessage("MultivariateNormal: covariance must be a 3×3 matrix (the mean has"
                        + " dimension 3), got 2 rows");
        assertThatThrownBy(() -> MultivariateNormal.of(new double[] {0, 0},
                new double[][] {{1, 0}, {0, 1, 0}}))
                .hasMessage("MultivariateNormal: covariance[1] must be a row of 2 entries (the"
                        + " mean has dimension 2), got 3 entries");
        assertThatThrownBy(() -> MultivariateNormal.of(new double[] {0, 0},
                new double[][] {{1, 0}, {0, Double.POSITIVE_INFINITY}}))
                .hasMessage("MultivariateNormal: covariance[1][1] must be finite, got Infinity");
        assertThatThrownBy(() -> MultivariateNormal.of(new double[] {0, 0},
                new double[][] {{1, Double.NaN}, {Double.NaN, 1}}))
                .hasMessage("MultivariateNormal: covariance[0][1] must be finite, got NaN");
        assertThatThrownBy(() -> MultivariateNormal.of(new double[] {0, 0},
                new double[][] {{1, 0.5}, {0.4, 1}}))
                .hasMessage("MultivariateNormal: covariance must be symmetric, got"
                        + " covariance[0][1] = 0.5 but covariance[1][0] = 0.4");
        assertThatThrownBy(() -> MultivariateNormal.of(new double[] {0, 0},
                new double[][] {{1, 2}, {2, 1}}))
                .hasMessage("MultivariateNormal: covariance must be positive definite; Cholesky"
                        + " failed at pivot 1 (value -3.0)");
        assertThatThrownBy(() -> MultivariateNormal.of(new double[] {0},
                new double[][] {{0}}))
                .hasMessage("MultivariateNormal: covariance must be positive definite; Cholesky"
                        + " failed at pivot 0 (value 0.0)");
        assertThatThrownBy(() -> MultivariateNormal.of(new double[] {0, 0},
                new double[][] {{1, 1}, {1, 1}}))
                .hasMessageContaining("pivot 1 (value 0.0)");
        assertThatThrownBy(() -> EXAMPLE.logDensity(new double[] {1, 2, 3}))
                .hasMessage("MultivariateNormal: x must have dimension 2, got dimension 3");
        assertThatThrownBy(() -> EXAMPLE.marginal(2))
                .hasMessage("MultivariateNormal: marginal index must be in [0, 2), got 2");
    }

    @Test
    void acceptsRoundingAsymmetryAndStoresTheAverage() {
        double upper = 0.1 + 0.2;
        double lower = 0.3;
        MultivariateNormal p = MultivariateNormal.of(new double[] {0, 0},
                new double[][] {{1, upper}, {lower, 1}});
        double[][] covariance = p.covariance();
        assertThat(covariance[0][1]).isEqualTo(covariance[1][0]).isBetween(lower, upper);
    }

    @Test
    void copiesItsInputsAndOutputs() {
        double[] mean = {0, 1};
        double[][] covariance = {{1, 0.5}, {0.5, 2}};
        MultivariateNormal p = MultivariateNormal.of(mean, covariance);
        mean[0] = 9;
        covariance[0][0] = 9;
        p.mean()[1] = 9;
        p.covariance()[1][1] = 9;
        assertThat(p).isEqualTo(EXAMPLE);
        assertThat(p.dimension()).isEqualTo(2);
    }

    @Test
    void marginalsAreNormal() {
        assertThat(EXAMPLE.marginal(1)).isEqualTo(Normal.of(1, Math.sqrt(2)));
        assertThat(EXAMPLE.marginal(0)).isEqualTo(Normal.standard());
    }

    @Test
    void entropyOfIndependentCoordinatesIsTheSumOfNormalEntropies() {
        MultivariateNormal p = MultivariateNormal.of(new double[] {0, 0, 0},
                new double[][] {{0.25, 0, 0}, {0, 4, 0}, {0, 0, 1e-20}});
        double expected = Normal.of(0, 0.5).entropy() + Normal.of(0, 2).entropy()
                + Normal.of(0, 1e-10).entropy();
        assertThat(p.entropy()).isCloseTo(expected, within(1e-14 * Math.abs(expected)));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int d = 1; d <= 5; d++) {
            MultivariateNormal p = random(rng, d);
            MultivariateNormal copy = MultivariateNormal.of(p.mean(), p.covariance());
            assertThat(ClosedForms.kl(p, copy).getAsDouble()).isEqualTo(0.0);
            assertThat(ClosedForms.crossEntropy(p, p).getAsDouble())
                    .isCloseTo(p.entropy(), within(1e-14 * Math.abs(p.entropy())));
        }
    }

    @Test
    void oneDimensionalKlAgreesWithNormals() {
        // Standard deviations whose squares are exact doubles, so both sides see the same model.
        double close = 1 + Math.scalb(1.0, -26);
        double[][] parameters = {{0, 1, 1e-9, 1}, {0, 1, 0, close}, {1.5, 0.75, -2, 3},
            {3, 2, 3 + 1e-12, 2.5}, {0, Math.scalb(1.0, -30), 0, 1}, {0, 1, 50, 1}, {0, 1, 0, 0.5}};
        for (double[] row : parameters) {
            Normal p = Normal.of(row[0], row[1]);
            Normal q = Normal.of(row[2], row[3]);
            MultivariateNormal mp = MultivariateNormal.of(new double[] {row[0]},
                    new double[][] {{row[1] * row[1]}});
            MultivariateNormal mq = MultivariateNormal.of(new double[] {row[2]},
                    new double[][] {{row[3] * row[3]}});
            double expected = ClosedForms.kl(p, q).getAsDouble();
            assertThat(ClosedForms.kl(mp, mq).getAsDouble()).as("KL(%s‖%s)", p, q)
                    .isCloseTo(expected, within(1e-14 * expected));
            double h = ClosedForms.crossEntropy(p, q).getAsDouble();
            assertThat(ClosedForms.crossEntropy(mp, mq).getAsDouble())
                    .isCloseTo(h, within(1e-14 * Math.abs(h)));
        }
    }

    @Test
    void klRejectsDifferentDimensions() {
        MultivariateNormal p3 = MultivariateNormal.of(new double[3],
                new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        assertThatThrownBy(() -> ClosedForms.kl(EXAMPLE, p3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MultivariateNormal: KL needs equal dimensions, got p of dimension 2"
                        + " and q of dimension 3");
        assertThatThrownBy(() -> ClosedForms.crossEntropy(p3, EXAMPLE))
                .hasMessageContaining("dimension 3").hasMessageContaining("dimension 2");
    }

    @Test
    void klOfNearlyEqualCovariancesKeepsRelativeAccuracy() {
        // Σ2 = Σ1 (1 + 2⁻⁴⁰) exactly: A = I/√(1+δ), so KL = d/2 (1/(1+δ) - 1 + log(1+δ))
        // = d/2 (δ²/2 - 2δ³/3 + ...) with δ = 2⁻⁴⁰; for d = 2: 4.1359030627601229e-25 (mpmath).
        double delta = Math.scalb(1.0, -40);
        MultivariateNormal p = MultivariateNormal.of(new double[] {0, 0},
                new double[][] {{1, 0.5}, {0.5, 2}});
        MultivariateNormal q = MultivariateNormal.of(new double[] {0, 0},
                new double[][] {{1 + delta, 0.5 + delta / 2}, {0.5 + delta / 2, 2 + 2 * delta}});
        assertThat(ClosedForms.kl(p, q).getAsDouble())
                .isCloseTo(4.1359030627601229e-25, within(1e-14 * 4.1359030627601229e-25));
    }

    @Property(tries = 200)
    void klIsNonNegativeAndCrossEntropyIsEntropyPlusKl(@ForAll @IntRange(min = 1, max = 5) int d,
            @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        MultivariateNormal p = random(rng, d);
        MultivariateNormal q = random(rng, d);
        double kl = ClosedForms.kl(p, q).getAsDouble();
        double h = ClosedForms.crossEntropy(p, q).getAsDouble();
        assertThat(kl).isGreaterThanOrEqualTo(0);
        assertThat(h).isCloseTo(p.entropy() + kl,
                within(1e-12 * (Math.abs(p.entropy()) + kl + Math.abs(h))));
    }
}
