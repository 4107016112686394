package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HeteroscedasticRegressionTest {

    private static final int N = 400;

    /** y = 1 + 2x + ε exp(0.2 + 0.8x): the spread grows elevenfold across x ∈ [0, 3]. */
    private static double[][] data(double[][] x, double[][] z, double[] y, long seed,
            double slope) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < N; i++) {
            double xi = 3.0 * i / (N - 1);
            x[i] = new double[] {xi};
            z[i] = new double[] {xi};
            y[i] = 1 + 2 * xi + random.nextGaussian() * Math.exp(0.2 + slope * xi);
        }
        return x;
    }

    /** ℓ(β, γ) computed here from the definition, independently of the fitting code. */
    private static double logLikelihood(double[][] x, double[][] z, double[] y, double[] beta,
            double[] gamma) {
        double l = 0;
        for (int i = 0; i < y.length; i++) {
            double mean = beta[0] + beta[1] * x[i][0];
            double logSigma = gamma[0] + gamma[1] * z[i][0];
            double u = (y[i] - mean) / Math.exp(logSigma);
            l += -logSigma - 0.5 * Math.log(2 * Math.PI) - 0.5 * u * u;
        }
        return l;
    }

    @Test
    void onHeteroscedasticDataTheLikelihoodBeatsLeastSquaresAndTheMeanMoves() {
        double[][] x = new double[N][];
        double[][] z = new double[N][];
        double[] y = new double[N];
        data(x, z, y, 17, 0.8);
        HeteroscedasticFit fit = HeteroscedasticRegression.of().fit(x, z, y);
        LinearFit ols = LinearRegression.of().fit(x, y);
        assertThat(fit.converged()).as(fit.message()).isTrue();
        assertThat(fit.logLikelihood()).isGreaterThan(ols.logLikelihood() + 50);
        double[] beta = fit.meanCoefficients();
        double[] olsBeta = ols.coefficients();
        assertThat(Math.abs(beta[0] - olsBeta[0]) + Math.abs(beta[1] - olsBeta[1]))
                .isGreaterThan(1e-3);
        double[] gamma = fit.scaleCoefficients();
        double[] se = fit.scaleStandardErrors();
        assertThat(gamma[0]).isCloseTo(0.2, within(4 * se[0]));
        assertThat(gamma[1]).isCloseTo(0.8, within(4 * se[1]));
        assertThat(fit.logLikelihood()).isCloseTo(logLikelihood(x, z, y, beta, gamma),
                within(1e-9 * Math.abs(fit.logLikelihood())));
    }

    @Test
    void theEstimateIsAStationaryPointAndALocalMaximumOfTheLikelihood() {
        double[][] x = new double[N][];
        double[][] z = new double[N][];
        double[] y = new double[N];
        data(x, z, y, 23, 0.5);
        HeteroscedasticFit fit = HeteroscedasticRegression.of().fit(x, z, y);
        double[] beta = fit.meanCoefficients();
        double[] gamma = fit.scaleCoefficients();
        double[] scoreBeta = new double[2];
        double[] scoreGamma = new double[2];
        double[] infoBeta = new double[2];
        double[] infoGamma = new double[2];
        for (int i = 0; i < N; i++) {
            double[] xi = {1, x[i][0]};
            double sigma = Math.exp(gamma[0] + gamma[1] * z[i][0]);
            double r = y[i] - beta[0] - beta[1] * x[i][0];
            for (int j = 0; j < 2; j++) {
                scoreBeta[j] += xi[j] * r / (sigma * sigma);
                scoreGamma[j] += xi[j] * (r * r / (sigma * sigma) - 1);
                infoBeta[j] += xi[j] * xi[j] / (sigma * sigma);
                infoGamma[j] += 2 * xi[j] * xi[j];
            }
        }
        for (int j = 0; j < 2; j++) {
            assertThat(Math.abs(scoreBeta[j])).isLessThan(1e-7 * Math.sqrt(infoBeta[j]));
            assertThat(Math.abs(scoreGamma[j])).isLessThan(1e-7 * Math.sqrt(infoGamma[j]));
        }
        double best = logLikelihood(x, z, y, beta, gamma);
        double[] se = fit.meanStandardErrors();
        double[] seG = fit.scaleStandardErrors();
        for (int j = 0; j < 2; j++) {
            for (double sign : new double[] {-1, 1}) {
                double[] b = beta.clone();
                b[j] += sign * 1e-3 * se[j];
                double[] g = gamma.clone();
                g[j] += sign * 1e-3 * seG[j];
                assertThat(logLikelihood(x, z, y, b, gamma)).isLessThan(best);
                assertThat(logLikelihood(x, z, y, beta, g)).isLessThan(best);
            }
        }
    }

    @Test
    void withAConstantScaleModelItReproducesLeastSquares() {
        double[][] x = new double[N][];
        double[][] z = new double[N][];
        double[] y = new double[N];
        data(x, z, y, 5, 0.0);
        double[][] noColumns = new double[N][0];
        HeteroscedasticFit fit = HeteroscedasticRegression.of().fit(x, noColumns, y);
        LinearFit ols = LinearRegression.of().fit(x, y);
        assertThat(fit.converged()).isTrue();
        double[] beta = fit.meanCoefficients();
        double[] olsBeta = ols.coefficients();
        for (int j = 0; j < 2; j++) {
            assertThat(beta[j]).isCloseTo(olsBeta[j], within(1e-12 * Math.abs(olsBeta[j])));
        }
        assertThat(fit.scaleCoefficients()[0]).isCloseTo(Math.log(ols.sigmaMle()), within(1e-12));
        assertThat(fit.logLikelihood()).isCloseTo(ols.logLikelihood(),
                within(1e-11 * Math.abs(ols.logLikelihood())));
        assertThat(fit.predict(new double[] {1.5}, new double[0]).sd())
                .isCloseTo(ols.sigmaMle(), within(1e-12 * ols.sigmaMle()));
    }

    @Test
    void theJointVectorStacksMeanAndScaleWithABlockDiagonalCovariance() {
        double[][] x = new double[N][];
        double[][] z = new double[N][];
        double[] y = new double[N];
        data(x, z, y, 29, 0.6);
        HeteroscedasticRegression defaults = HeteroscedasticRegression.of();
        HeteroscedasticRegression throughOrigin = defaults.withMeanIntercept(false);
        assertThat(defaults.meanIntercept()).isTrue();
        assertThat(throughOrigin.meanIntercept()).isFalse();
        assertThat(throughOrigin.scaleIntercept()).isTrue();
        HeteroscedasticFit fit = defaults.fit(x, z, y);
        assertThat(fit.hasMeanIntercept()).isTrue();
        assertThat(fit.hasScaleIntercept()).isTrue();
        assertThat(fit.parameterNames()).containsExactly("mean: intercept", "mean: x[0]",
                "log sigma: intercept", "log sigma: z[0]");
        double[] beta = fit.meanCoefficients();
        double[] gamma = fit.scaleCoefficients();
        assertThat(fit.coefficients()).containsExactly(beta[0], beta[1], gamma[0], gamma[1]);
        double[][] c = fit.covariance();
        double[][] meanC = fit.meanCovariance();
        double[][] scaleC = fit.scaleCovariance();
        for (int i = 0; i < 2; i++) {
            assertThat(c[i]).containsExactly(meanC[i][0], meanC[i][1], 0, 0);
            assertThat(c[2 + i]).containsExactly(0, 0, scaleC[i][0], scaleC[i][1]);
        }
        double[] se = fit.standardErrors();
        assertThat(se).containsExactly(fit.meanStandardErrors()[0], fit.meanStandardErrors()[1],
                fit.scaleStandardErrors()[0], fit.scaleStandardErrors()[1]);
        HeteroscedasticFit origin = throughOrigin.withScaleIntercept(false).fit(x, z, y);
        assertThat(origin.hasMeanIntercept()).isFalse();
        assertThat(origin.hasScaleIntercept()).isFalse();
        assertThat(origin.parameterNames()).containsExactly("mean: x[0]", "log sigma: z[0]");
    }

    @Test
    void badScaleDesignsAreRejectedWithTheRowOrColumnNamed() {
        double[][] x = new double[N][];
        double[][] z = new double[N][];
        double[] y = new double[N];
        data(x, z, y, 5, 0.3);
        double[][] shortZ = new double[N - 1][1];
        assertThatThrownBy(() -> HeteroscedasticRegression.of().fit(x, shortZ, y))
                .hasMessageContaining("z has " + (N - 1) + " rows");
        double[][] nanZ = z.clone();
        nanZ[7] = new double[] {Double.NaN};
        assertThatThrownBy(() -> HeteroscedasticRegression.of().fit(x, nanZ, y))
                .hasMessageContaining("z[7][0]").hasMessageContaining("NaN");
        double[][] constantZ = new double[N][];
        for (int i = 0; i < N; i++) {
            constantZ[i] = new double[] {4};
        }
        assertThatThrownBy(() -> HeteroscedasticRegression.of().fit(x, constantZ, y))
                .hasMessageContaining("column 0");
    }
}
