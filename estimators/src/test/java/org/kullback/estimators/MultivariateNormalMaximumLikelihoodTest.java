package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.MultivariateNormal;

class MultivariateNormalMaximumLikelihoodTest {

    private static final MathContext DIGITS_40 = new MathContext(40);

    /** Mean and MLE covariance in 40-digit decimal arithmetic. */
    private static double[][] exactMeanAndCovariance(double[][] rows) {
        int d = rows[0].length;
        BigDecimal n = BigDecimal.valueOf(rows.length);
        BigDecimal[] mean = new BigDecimal[d];
        for (int j = 0; j < d; j++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (double[] row : rows) {
                sum = sum.add(new BigDecimal(row[j]));
            }
            mean[j] = sum.divide(n, DIGITS_40);
        }
        double[][] result = new double[d + 1][d];
        for (int j = 0; j < d; j++) {
            result[0][j] = mean[j].doubleValue();
            for (int k = 0; k < d; k++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (double[] row : rows) {
                    sum = sum.add(new BigDecimal(row[j]).subtract(mean[j])
                            .multiply(new BigDecimal(row[k]).subtract(mean[k])));
                }
                result[j + 1][k] = sum.divide(n, DIGITS_40).doubleValue();
            }
        }
        return result;
    }

    private static double[][] sample(int n, long seed) {
        MultivariateNormal truth = MultivariateNormal.of(new double[] {1e6, -3, 0.25},
                new double[][] {{4, 1.2, -0.3}, {1.2, 1, 0.1}, {-0.3, 0.1, 0.09}});
        return truth.sample(new SplittableRandom(seed), n);
    }

    @Test
    void fitMatchesDecimalArithmetic() {
        double[][] rows = sample(3000, 1);
        double[][] exact = exactMeanAndCovariance(rows);
        Fit<MultivariateNormal> fit = MultivariateNormalMaximumLikelihood.INSTANCE.fit(rows);
        double[] mean = fit.distribution().mean();
        double[][] covariance = fit.distribution().covariance();
        for (int j = 0; j < 3; j++) {
            assertThat(mean[j])
                    .isCloseTo(exact[0][j], within(4e-16 * Math.abs(exact[0][j]) + 1e-15));
            for (int k = 0; k < 3; k++) {
                double scale = Math.sqrt(exact[j + 1][j] * exact[k + 1][k]);
                assertThat(covariance[j][k]).as("covariance[%d][%d]", j, k)
                        .isCloseTo(exact[j + 1][k], within(1e-14 * scale));
            }
        }
        double logLikelihood = 0;
        for (double[] row : rows) {
            logLikelihood += fit.distribution().logDensity(row);
        }
        assertThat(fit.logLikelihood())
                .isCloseTo(logLikelihood, within(1e-12 * Math.abs(logLikelihood)));
        assertThat(fit.parameterNames()).containsExactly("mean[0]", "mean[1]", "mean[2]",
                "covariance[0][0]", "covariance[0][1]", "covariance[0][2]", "covariance[1][1]",
                "covariance[1][2]", "covariance[2][2]");
        assertThat(fit.freeParameters()).isEqualTo(9);
        // Var(S_01) = (S_00 S_11 + S_01^2) / n
        double[][] s = covariance;
        assertThat(fit.covariance()[4][4]).isCloseTo((s[0][0] * s[1][1] + s[0][1] * s[0][1]) / 3000,
                within(1e-15));
        assertThat(fit.covariance()[0][1]).isCloseTo(s[0][1] / 3000, within(1e-18));
        assertThat(fit.covariance()[0][4]).isZero();
        MultivariateNormalStatistics statistics = new MultivariateNormalStatistics(3);
        Arrays.stream(rows).forEach(statistics);
        assertThat(MultivariateNormalMaximumLikelihood.INSTANCE.fitDistribution(statistics))
                .isEqualTo(MultivariateNormalMaximumLikelihood.INSTANCE.fit(statistics)
                        .distribution());
    }

    @Test
    void combinedAndParallelStatisticsEqualOnePass() {
        double[][] rows = sample(20_000, 2);
        MultivariateNormalStatistics whole = new MultivariateNormalStatistics(3);
        MultivariateNormalStatistics left = new MultivariateNormalStatistics(3);
        MultivariateNormalStatistics right = new MultivariateNormalStatistics(3);
        for (int i = 0; i < rows.length; i++) {
            whole.accept(rows[i], 1 + i % 2);
            (i < 7000 ? left : right).accept(rows[i], 1 + i % 2);
        }
        left.combine(right).combine(new MultivariateNormalStatistics(3));
        MultivariateNormalStatistics parallel = Arrays.stream(rows).parallel().collect(
                () -> new MultivariateNormalStatistics(3), MultivariateNormalStatistics::accept,
                MultivariateNormalStatistics::combine);
        MultivariateNormalStatistics sequential = new MultivariateNormalStatistics(3);
        Arrays.stream(rows).forEach(sequential);
        assertThat(left.count()).isEqualTo(whole.count());
        assertThat(left.totalWeight()).isEqualTo(whole.totalWeight());
        assertThat(parallel.count()).isEqualTo(20_000);
        for (int j = 0; j < 3; j++) {
            assertThat(left.mean()[j]).isCloseTo(whole.mean()[j], within(1e-13));
            assertThat(parallel.mean()[j]).isCloseTo(sequential.mean()[j], within(1e-13));
            for (int k = 0; k < 3; k++) {
                assertThat(left.covariance()[j][k]).isCloseTo(whole.covariance()[j][k],
                        within(1e-13));
                assertThat(parallel.covariance()[j][k]).isCloseTo(sequential.covariance()[j][k],
                        within(1e-13));
            }
        }
        assertThat(sequential.sampleCovariance()[0][0])
                .isCloseTo(sequential.covariance()[0][0] * 20_000 / 19_999, within(1e-14));
    }

    @Test
    void badRowsAreNamedByRowAndColumn() {
        MultivariateNormalMaximumLikelihood mvn = MultivariateNormalMaximumLikelihood.INSTANCE;
        assertThatThrownBy(() -> mvn.fit(new double[0][]))
                .hasMessage("x is empty: cannot fit MultivariateNormal to no observations");
        assertThatThrownBy(() -> mvn.fit(new double[][] {{1, 2}, {3}}))
                .hasMessage("x[1] has length 1 but x[0] has length 2");
        assertThatThrownBy(() -> mvn.fit(new double[][] {{1, 2}, {3, Double.NaN}}))
                .hasMessage("x[1][1] must be finite, got NaN");
        assertThatThrownBy(() -> mvn.fit(new double[][] {{1, 2}, {3, 4}}))
                .hasMessage("MultivariateNormal in 2 dimensions needs at least 3 observations "
                        + "with positive weight, got 2");
        assertThatThrownBy(() -> mvn.fit(new double[][] {{1, 2}, {2, 4}, {3, 6}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the maximum-likelihood covariance of the 3 rows is "
                        + "singular (they lie in a lower-dimensional affine subspace), which is "
                        + "not a MultivariateNormal distribution");
        assertThatThrownBy(() -> mvn.fit(new double[][] {{1, 2}, {2, 4}, {3, 7}},
                new double[] {1, -1, 1}))
                .hasMessage("weights[1] must be finite and non-negative, got -1.0");
        assertThatThrownBy(() -> new MultivariateNormalStatistics(2).accept(new double[3]))
                .hasMessage("row has length 3, expected the dimension 2");
        assertThatThrownBy(() -> new MultivariateNormalStatistics(2)
                .combine(new MultivariateNormalStatistics(3)))
                .hasMessage(
                        "cannot merge statistics of dimension 3 into statistics of dimension 2");
    }
}
