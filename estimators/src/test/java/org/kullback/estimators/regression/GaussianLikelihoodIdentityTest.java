package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Maximum likelihood for \( y \sim N(X\beta, \sigma^2) \) is least squares. The maximiser here is
 * a general-purpose damped Newton method on the negative log-likelihood over
 * \( (\beta, \tau = \log\sigma) \), written in this test and sharing no code with the QR path:
 * \( \mathrm{NLL} = n\tau + \tfrac n2\log 2\pi + \tfrac12 e^{-2\tau}\mathrm{RSS}(\beta) \).
 */
class GaussianLikelihoodIdentityTest {

    private static final int N = 300;
    private static final int P = 4;

    private final double[][] x = new double[N][P - 1];
    private final double[] y = new double[N];

    GaussianLikelihoodIdentityTest() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int i = 0; i < N; i++) {
            double t = random.nextDouble() * 4 - 2;
            x[i][0] = t;
            x[i][1] = t * t + 0.3 * random.nextGaussian();
            x[i][2] = Math.sin(3 * t) + random.nextDouble();
            y[i] = 0.7 - 1.3 * x[i][0] + 0.25 * x[i][1] + 2 * x[i][2] + 0.4 * random.nextGaussian();
        }
    }

    private double[] row(int i) {
        return new double[] {1, x[i][0], x[i][1], x[i][2]};
    }

    private double rss(double[] beta) {
        double s = 0;
        for (int i = 0; i < N; i++) {
            double[] xi = row(i);
            double r = y[i];
            for (int j = 0; j < P; j++) {
                r -= xi[j] * beta[j];
            }
            s += r * r;
        }
        return s;
    }

    private double nll(double[] theta) {
        double[] beta = java.util.Arrays.copyOf(theta, P);
        double tau = theta[P];
        return N * tau + 0.5 * N * Math.log(2 * Math.PI) + 0.5 * Math.exp(-2 * tau) * rss(beta);
    }

    /**
     * Newton's method with exact gradient and Hessian of the NLL, damped in the
     * Levenberg–Marquardt way (\( H + \lambda\,\mathrm{diag}|H| \)) where the Hessian is
     * indefinite far from the optimum; linear systems by Gaussian elimination.
     */
    private double[] newtonMaximumLikelihood() {
        double[] theta = new double[P + 1];
        double mean = 0;
        for (double v : y) {
            mean += v / N;
        }
        double var = 0;
        for (double v : y) {
            var += (v - mean) * (v - mean) / N;
        }
        theta[P] = 0.5 * Math.log(var);
        double lambda = 0;
        for (int iteration = 0; iteration < 200; iteration++) {
            double w = Math.exp(-2 * theta[P]);
            double[] gradient = new double[P + 1];
            double[][] hessian = new double[P + 1][P + 1];
            double rss = 0;
            for (int i = 0; i < N; i++) {
                double[] xi = row(i);
                double r = y[i];
                for (int j = 0; j < P; j++) {
                    r -= xi[j] * theta[j];
                }
                rss += r * r;
                for (int j = 0; j < P; j++) {
                    gradient[j] -= w * xi[j] * r;
                    hessian[j][P] += 2 * w * xi[j] * r;
                    for (int k = 0; k < P; k++) {
                        hessian[j][k] += w * xi[j] * xi[k];
                    }
                }
            }
            gradient[P] = N - w * rss;
            hessian[P][P] = 2 * w * rss;
            for (int j = 0; j < P; j++) {
                hessian[P][j] = hessian[j][P];
            }
            double current = nll(theta);
            double[] next;
            while (true) {
                double[][] damped = new double[P + 1][];
                for (int j = 0; j <= P; j++) {
                    damped[j] = hessian[j].clone();
                    damped[j][j] += lambda * Math.abs(hessian[j][j]);
                }
                double[] step = solve(damped, gradient);
                next = theta.clone();
                for (int j = 0; j <= P; j++) {
                    next[j] -= step[j];
                }
                if (nll(next) <= current) {
                    lambda *= 0.1;
                    break;
                }
                lambda = Math.max(1e-3, 10 * lambda);
                if (lambda > 1e12) {
                    return theta;
                }
            }
            double size = 0;
            for (int j = 0; j <= P; j++) {
                size = Math.max(size, Math.abs(next[j] - theta[j]) / (1 + Math.abs(theta[j])));
            }
            theta = next;
            if (size < 1e-15) {
                break;
            }
        }
        return theta;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }

    @Test
    void newtonOnTheLikelihoodReachesTheLeastSquaresCoefficientsAndRssOverN() {
        double[] theta = newtonMaximumLikelihood();
        LinearFit fit = LinearRegression.of().fit(x, y);
        double[] beta = fit.coefficients();
        QrAccumulator householder = QrAccumulator.withIntercept(P - 1);
        householder.accept(x, y);
        double[] qrBeta = householder.fit().coefficients();
        for (int j = 0; j < P; j++) {
            assertThat(theta[j]).as("beta[" + j + "]")
                    .isCloseTo(beta[j], within(1e-9 * Math.abs(beta[j])));
            assertThat(theta[j]).as("Householder QR beta[" + j + "]")
                    .isCloseTo(qrBeta[j], within(1e-9 * Math.abs(qrBeta[j])));
        }
        double worst = 0;
        for (int j = 0; j < P; j++) {
            worst = Math.max(worst, Math.abs(theta[j] - beta[j]) / Math.abs(beta[j]));
        }
        double sigma2 = Math.exp(2 * theta[P]);
        System.out.printf("Newton on the likelihood vs least squares: max relative difference in"
                + " beta %.2e, in sigma^2 %.2e%n", worst,
                Math.abs(sigma2 - fit.varianceMle()) / fit.varianceMle());
        assertThat(sigma2).isCloseTo(fit.residualSumOfSquares() / N,
                within(1e-9 * sigma2));
        assertThat(fit.varianceMle()).isCloseTo(fit.residualSumOfSquares() / N,
                within(1e-15 * sigma2));
        assertThat(-nll(theta)).isCloseTo(fit.logLikelihood(),
                within(1e-9 * Math.abs(fit.logLikelihood())));
    }

    @Test
    void atFixedSigmaTheNegativeLogLikelihoodIsRssOverTwoSigmaSquaredPlusAConstant() {
        double sigma = 0.37;
        double constant = N * Math.log(sigma) + 0.5 * N * Math.log(2 * Math.PI);
        SplittableRandom random = new SplittableRandom(9);
        double[] reference = null;
        for (int trial = 0; trial < 5; trial++) {
            double[] theta = new double[P + 1];
            for (int j = 0; j < P; j++) {
                theta[j] = random.nextGaussian();
            }
            theta[P] = Math.log(sigma);
            double[] beta = java.util.Arrays.copyOf(theta, P);
            double difference = nll(theta) - rss(beta) / (2 * sigma * sigma);
            assertThat(difference).isCloseTo(constant, within(1e-9 * Math.abs(constant)));
            if (reference == null) {
                reference = new double[] {difference};
            }
            assertThat(difference).isCloseTo(reference[0], within(1e-9 * Math.abs(constant)));
        }
    }
}
