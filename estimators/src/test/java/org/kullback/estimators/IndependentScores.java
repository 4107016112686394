package org.kullback.estimators;

import org.kullback.special.Polygamma;

/**
 * The score (gradient of the log-likelihood) of a sample at given parameters, written here from
 * the textbook log densities, independently of the estimators' rearranged forms, and summed with
 * Neumaier's compensated summation. Each component is made dimensionless (multiplied by its
 * parameter, or by the scale for a location) and reported relative to the sum of the absolute
 * values of its per-observation terms, \( |\sum_i g_i| / \sum_i |g_i| \): the size the rounding
 * of the terms themselves allows (about 1e-16), independent of n and of the parameterisation.
 */
final class IndependentScores {

    private IndependentScores() {
    }

    /** Per-observation dimensionless score terms, one per parameter. */
    interface Terms {
        void of(double x, double[] out);
    }

    static double[] relative(double[] sample, int parameters, Terms terms) {
        double[] sum = new double[parameters];
        double[] compensation = new double[parameters];
        double[] absolute = new double[parameters];
        double[] g = new double[parameters];
        for (double x : sample) {
            terms.of(x, g);
            for (int j = 0; j < parameters; j++) {
                double t = sum[j] + g[j];
                compensation[j] += Math.abs(sum[j]) >= Math.abs(g[j])
                        ? (sum[j] - t) + g[j] : (g[j] - t) + sum[j];
                sum[j] = t;
                absolute[j] += Math.abs(g[j]);
            }
        }
        double[] relative = new double[parameters];
        for (int j = 0; j < parameters; j++) {
            relative[j] = Math.abs(sum[j] + compensation[j]) / absolute[j];
        }
        return relative;
    }

    /** Relative score of the family at {@code p} (Kullback's parameterisation). */
    static double[] of(String family, double[] sample, double[] p) {
        switch (family) {
            case "Gamma": {
                double k = p[0];
                double rate = p[1];
                double psi = Polygamma.digamma(k);
                // k d/dk and rate d/drate of (k-1) log x + k log rate - rate x - logGamma(k)
                return relative(sample, 2, (x, g) -> {
                    g[0] = k * (Math.log(rate * x) - psi);
                    g[1] = k - rate * x;
                });
            }
            case "Beta": {
                double a = p[0];
                double b = p[1];
                double psiAb = Polygamma.digamma(a + b);
                double psiA = Polygamma.digamma(a);
                double psiB = Polygamma.digamma(b);
                return relative(sample, 2, (x, g) -> {
                    g[0] = a * (Math.log(x) - psiA + psiAb);
                    g[1] = b * (Math.log1p(-x) - psiB + psiAb);
                });
            }
            case "Weibull": {
                double k = p[0];
                double lambda = p[1];
                // log k - log lambda + (k-1) log(x/lambda) - (x/lambda)^k
                return relative(sample, 2, (x, g) -> {
                    double logZ = Math.log(x / lambda);
                    double zk = Math.exp(k * logZ);
                    g[0] = 1 + k * logZ - k * zk * logZ;
                    g[1] = k * (zk - 1);
                });
            }
            case "Gumbel":
                return locationScale(sample, p[0], p[1], z -> Math.exp(-z) - 1);
            case "Logistic":
                return locationScale(sample, p[0], p[1], z -> -Math.tanh(z / 2));
            case "Cauchy":
                return locationScale(sample, p[0], p[1], z -> -2 * z / (1 + z * z));
            case "StudentT": {
                double nu = p[0];
                double mu = p[1];
                double s = p[2];
                double constant = Polygamma.digamma((nu + 1) / 2) - Polygamma.digamma(nu / 2)
                        - 1 / nu;
                return relative(sample, 3, (x, g) -> {
                    double z = (x - mu) / s;
                    double z2 = z * z;
                    // nu d/dnu of logGamma((nu+1)/2) - logGamma(nu/2) - log(nu pi)/2
                    //   - (nu+1)/2 log(1 + z^2/nu)
                    g[0] = nu / 2 * (constant - Math.log1p(z2 / nu)
                            + (nu + 1) * z2 / (nu * (nu + z2)));
                    double phi1 = -(nu + 1) * z / (nu + z2);
                    g[1] = -phi1;
                    g[2] = -1 - z * phi1;
                });
            }
            default:
                throw new IllegalArgumentException(family);
        }
    }

    /** s d/dmu = -phi'(z), s d/ds = -1 - z phi'(z). */
    private static double[] locationScale(double[] sample, double mu, double s,
            java.util.function.DoubleUnaryOperator phi1) {
        return relative(sample, 2, (x, g) -> {
            double z = (x - mu) / s;
            double d = phi1.applyAsDouble(z);
            g[0] = -d;
            g[1] = -1 - z * d;
        });
    }
}
