package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.Normal;
import org.kullback.distributions.StudentT;

class LinearRegressionTest {

    private static final LinearRegression NO_INTERCEPT = LinearRegression.of().withIntercept(false);

    private static double[][] design(int n, long seed, double[] y) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][3];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = 5 + random.nextDouble();
            x[i][2] = x[i][0] * x[i][0];
            y[i] = 1 + 2 * x[i][0] - x[i][1] + 0.5 * x[i][2] + 0.3 * random.nextGaussian();
        }
        return x;
    }

    private static void assertClose(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    @Test
    void summaryStatisticsFollowTheirDefinitions() {
        double[] y = new double[120];
        double[][] x = design(120, 1, y);
        LinearFit fit = LinearRegression.of().fit(x, y);
        double[] beta = fit.coefficients();
        double[] r = fit.residuals();
        double rss = 0;
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double tss = 0;
        for (int i = 0; i < y.length; i++) {
            double predicted = beta[0] + beta[1] * x[i][0] + beta[2] * x[i][1] + beta[3] * x[i][2];
            assertThat(r[i]).isCloseTo(y[i] - predicted, within(1e-13));
            rss += r[i] * r[i];
            tss += (y[i] - mean) * (y[i] - mean);
        }
        int n = y.length;
        assertClose(fit.residualSumOfSquares(), rss, 1e-13);
        assertClose(fit.sigmaMle(), Math.sqrt(rss / n), 1e-13);
        assertClose(fit.residualStandardDeviation(), Math.sqrt(rss / (n - 4)), 1e-13);
        assertClose(fit.rSquared(), 1 - rss / tss, 1e-13);
        double logLikelihood = 0;
        Normal plugIn = Normal.of(0, Math.sqrt(rss / n));
        for (double ri : r) {
            logLikelihood += plugIn.logDensity(ri);
        }
        assertClose(fit.logLikelihood(), logLikelihood, 1e-12);
        assertClose(fit.aic(), 2 * 5 - 2 * logLikelihood, 1e-12);
        assertClose(fit.bic(), 5 * Math.log(n) - 2 * logLikelihood, 1e-12);
        assertThat(fit.degreesOfFreedom()).isEqualTo(n - 4);
    }

    @Test
    void covarianceAndPredictiveAgreeWithCommonsMath() {
        double[] y = new double[80];
        double[][] x = design(80, 2, y);
        LinearFit fit = LinearRegression.of().fit(x, y);
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[][] unscaled = ols.estimateRegressionParametersVariance();
        double s2 = ols.estimateErrorVariance();
        double[][] covariance = fit.covariance();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(covariance[i][j]).isCloseTo(s2 * unscaled[i][j],
                        within(1e-10 * Math.sqrt(covariance[i][i] * covariance[j][j])));
            }
        }
        double[] row = {0.3, 5.5, 0.09};
        double[] v = {1, 0.3, 5.5, 0.09};
        double quadratic = 0;
        double mean = 0;
        double[] beta = ols.estimateRegressionParameters();
        for (int i = 0; i < 4; i++) {
            mean += v[i] * beta[i];
            for (int j = 0; j < 4; j++) {
                quadratic += v[i] * unscaled[i][j] * v[j];
            }
        }
        StudentT t = fit.predictive(row);
        assertThat(t.dof()).isEqualTo(76);
        assertClose(t.location(), mean, 1e-12);
        assertClose(t.scale(), Math.sqrt(s2 * (1 + quadratic)), 1e-10);
        Normal normal = fit.predict(row);
        assertClose(normal.mean(), mean, 1e-12);
        assertClose(normal.sd(), fit.sigmaMle(), 0);
    }

    @Test
    void integerWeightsEqualRepeatedRows() {
        double[] y = new double[40];
        double[][] x = design(40, 3, y);
        double[] w = new double[40];
        int total = 0;
        for (int i = 0; i < 40; i++) {
            w[i] = i % 3;
            total += (int) w[i];
        }
        double[][] repeatedX = new double[total][];
        double[] repeatedY = new double[total];
        int k = 0;
        for (int i = 0; i < 40; i++) {
            for (int c = 0; c < w[i]; c++) {
                repeatedX[k] = x[i];
                repeatedY[k++] = y[i];
            }
        }
        LinearFit weighted = LinearRegression.of().fit(x, y, w);
        LinearFit repeated = LinearRegression.of().fit(repeatedX, repeatedY);
        double[] a = weighted.coefficients();
        double[] b = repeated.coefficients();
        for (int j = 0; j < 4; j++) {
            assertClose(a[j], b[j], 1e-12);
        }
        assertClose(weighted.residualSumOfSquares(), repeated.residualSumOfSquares(), 1e-12);
        assertClose(weighted.rSquared(), repeated.rSquared(), 1e-13);
        assertThat(weighted.n()).isEqualTo(26);
        double[] r = weighted.residuals();
        assertThat(r[0]).isCloseTo(y[0] - weighted.mean(x[0]), within(1e-13));
    }

    @Test
    void integerWeightsEqualRepeatedRowsOnAnIllConditionedDesignThroughQr() {
        int n = 30;
        double[][] x = new double[n][];
        double[] y = new double[n];
        double[] w = new double[n];
        SplittableRandom random = new SplittableRandom(8);
        int total = 0;
        for (int i = 0; i < n; i++) {
            double t = 10 + i / (double) n;
            x[i] = new double[] {t, t * t, t * t * t};
            y[i] = Math.sin(t) + 0.01 * random.nextGaussian();
            w[i] = 1 + i % 2;
            total += (int) w[i];
        }
        double[][] repeatedX = new double[total][];
        double[] repeatedY = new double[total];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < w[i]; c++) {
                repeatedX[k] = x[i];
                repeatedY[k++] = y[i];
            }
        }
        LinearFit weighted = LinearRegression.of().fit(x, y, w);
        LinearFit repeated = LinearRegression.of().fit(repeatedX, repeatedY);
        assertThat(weighted.method()).isEqualTo(LinearFit.HOUSEHOLDER);
        assertThat(repeated.method()).isEqualTo(LinearFit.HOUSEHOLDER);
        double[] a = weighted.coefficients();
        double[] b = repeated.coefficients();
        for (int j = 0; j < 4; j++) {
            assertClose(a[j], b[j], 1e-10);
        }
        assertClose(weighted.residualSumOfSquares(), repeated.residualSumOfSquares(), 1e-10);
        LinearFit polynomial = LinearRegression.of().polynomial(column(x), y, 3, w);
        LinearFit repeatedPolynomial = LinearRegression.of()
                .polynomial(column(repeatedX), repeatedY, 3);
        double[] c = polynomial.coefficients();
        double[] d = repeatedPolynomial.coefficients();
        for (int j = 0; j < 4; j++) {
            assertClose(c[j], d[j], 1e-12);
            assertClose(c[j], b[j], 1e-9);
        }
    }

    private static double[] column(double[][] x) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i][0];
        }
        return c;
    }

    @Test
    void optionsAreImmutableAndNameTheFittedParameters() {
        LinearRegression defaults = LinearRegression.of();
        LinearRegression changed = defaults.withIntercept(false).droppingCollinearColumns();
        assertThat(defaults.intercept()).isTrue();
        assertThat(defaults.dropsCollinearColumns()).isFalse();
        assertThat(changed.intercept()).isFalse();
        assertThat(changed.dropsCollinearColumns()).isTrue();
        double[] y = new double[40];
        double[][] x = design(40, 8, y);
        assertThat(defaults.fit(x, y).parameterNames())
                .containsExactly("intercept", "x[0]", "x[1]", "x[2]");
        assertThat(NO_INTERCEPT.fit(x, y).parameterNames()).containsExactly("x[0]", "x[1]", "x[2]");
        assertThat(defaults.polynomial(column(x), y, 3).parameterNames())
                .containsExactly("intercept", "x", "x^2", "x^3");
        assertThatThrownBy(() -> NO_INTERCEPT.polynomial(column(x), y, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("constant term");
    }

    @Test
    void withoutInterceptRSquaredIsUncentred() {
        double[] y = new double[50];
        double[][] x = design(50, 4, y);
        LinearFit fit = NO_INTERCEPT.fit(x, y);
        assertThat(fit.hasIntercept()).isFalse();
        double sumSquares = 0;
        for (double v : y) {
            sumSquares += v * v;
        }
        assertClose(fit.rSquared(), 1 - fit.residualSumOfSquares() / sumSquares, 1e-13);
    }

    @Test
    void collinearColumnsAreNamedOrDroppedOnRequest() {
        double[] y = new double[30];
        double[][] base = design(30, 5, y);
        double[][] x = new double[30][];
        for (int i = 0; i < 30; i++) {
            x[i] = new double[] {base[i][0], base[i][1], 2 * base[i][0] - 3, base[i][2],
                base[i][1] + base[i][2]};
        }
        assertThatThrownBy(() -> LinearRegression.of().fit(x, y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 2 = ")
                .hasMessageContaining("intercept")
                .hasMessageContaining("column 4 = ");
        LinearFit dropped = LinearRegression.of().droppingCollinearColumns().fit(x, y);
        assertThat(dropped.droppedColumns()).containsExactly(2, 4);
        assertThat(dropped.columns()).containsExactly(0, 1, 3);
        assertThat(dropped.parameterNames()).containsExactly("intercept", "x[0]", "x[1]", "x[3]");
        LinearFit reference = LinearRegression.of().fit(base, y);
        double[] a = dropped.coefficients();
        double[] b = reference.coefficients();
        for (int j = 0; j < 4; j++) {
            assertClose(a[j], b[j], 1e-12);
        }
        assertClose(dropped.mean(x[3]), reference.mean(base[3]), 1e-13);
    }

    @Test
    void badInputIsRejectedWithRowColumnAndValue() {
        double[] y = new double[10];
        double[][] x = design(10, 6, y);
        assertThatThrownBy(() -> LinearRegression.of().fit(x, new double[9]))
                .hasMessageContaining("10 rows").hasMessageContaining("9 values");
        double[][] nan = x.clone();
        nan[4] = new double[] {1, Double.POSITIVE_INFINITY, 2};
        assertThatThrownBy(() -> LinearRegression.of().fit(nan, y))
                .hasMessageContaining("x[4][1]").hasMessageContaining("row 4, column 1")
                .hasMessageContaining("Infinity");
        double[] badY = y.clone();
        badY[2] = Double.NaN;
        assertThatThrownBy(() -> LinearRegression.of().fit(x, badY)).hasMessageContaining("y[2]")
                .hasMessageContaining("NaN");
        double[][] ragged = x.clone();
        ragged[6] = new double[] {1, 2};
        assertThatThrownBy(() -> LinearRegression.of().fit(ragged, y)).hasMessageContaining("x[6]")
                .hasMessageContaining("2 columns");
        double[] w = new double[10];
        java.util.Arrays.fill(w, 1);
        w[3] = -0.5;
        assertThatThrownBy(() -> LinearRegression.of().fit(x, y, w))
                .hasMessageContaining("weights[3] must be finite and non-negative, got -0.5");
        w[3] = Double.NaN;
        assertThatThrownBy(() -> LinearRegression.of().fit(x, y, w))
                .hasMessageContaining("weights[3]").hasMessageContaining("NaN");
        assertThatThrownBy(() -> LinearRegression.of().fit(x, y, new double[4]))
                .hasMessageContaining("weights has 4 values");
        assertThatThrownBy(() -> LinearRegression.of().fit(java.util.Arrays.copyOf(x, 4),
                java.util.Arrays.copyOf(y, 4)))
                .hasMessageContaining("n = 4").hasMessageContaining("p = 4");
        double[] zeroWeights = new double[10];
        zeroWeights[0] = 1;
        assertThatThrownBy(() -> LinearRegression.of().fit(x, y, zeroWeights))
                .hasMessageContaining("n = 1");
    }

    @Test
    void polynomialInputIsChecked() {
        double[] x = {1, 1, 2, 2, 3, 3};
        double[] y = {1, 2, 3, 4, 5, 6};
        assertThatThrownBy(() -> LinearRegression.of().polynomial(x, y, 3))
                .hasMessageContaining("fewer than degree + 1 = 4 distinct values");
        assertThatThrownBy(() -> LinearRegression.of().polynomial(x, y, -1))
                .hasMessageContaining("degree must be non-negative, got -1");
        assertThatThrownBy(() -> LinearRegression.of().polynomial(new double[] {1, Double.NaN, 3},
                new double[] {1, 2, 3}, 1)).hasMessageContaining("x[1]");
        assertThatThrownBy(() -> LinearRegression.of().polynomial(x, y, 5))
                .hasMessageContaining("n = 6").hasMessageContaining("p = 6");
        LinearFit line = LinearRegression.of().polynomial(x, y, 1);
        LinearFit sameLine = LinearRegression.of()
                .fit(new double[][] {{1}, {1}, {2}, {2}, {3}, {3}}, y);
        assertClose(line.coefficients()[1], sameLine.coefficients()[1], 1e-14);
        assertClose(line.mean(new double[] {2.5}), sameLine.mean(new double[] {2.5}), 1e-14);
        assertClose(line.predictive(new double[] {2.5}).scale(),
                sameLine.predictive(new double[] {2.5}).scale(), 1e-12);
    }

    @Test
    void anExactFitHasNoPredictiveDistribution() {
        double[][] x = {{0}, {1}, {2}, {3}};
        double[] y = {1, 3, 5, 7};
        LinearFit fit = LinearRegression.of().fit(x, y);
        assertThat(fit.residualSumOfSquares()).isZero();
        assertThat(fit.rSquared()).isEqualTo(1);
        assertThatThrownBy(() -> fit.predict(new double[] {4}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exact");
    }
}
