package org.kullback.distributions;

/**
 * Closed-form KL divergences from a {@link Poisson} p to other families. Registered in
 * {@link ClosedForms} with \( H(p, q) = H(p) + \mathrm{KL}(p\,\|\,q) \), a sum of two non-negative
 * numbers, which keeps full relative accuracy.
 */
final class PoissonDivergences {

    private PoissonDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{Poisson}(\lambda_1)\,\|\,\mathrm{Poisson}(\lambda_2))
     * = \lambda_1\log\frac{\lambda_1}{\lambda_2} + \lambda_2 - \lambda_1
     * = \lambda_1\left(\frac{\lambda_2}{\lambda_1} - 1 - \log\frac{\lambda_2}{\lambda_1}\right) \),
     * from \( E_p[\log(p(K)/q(K))] = E_p[K]\log(\lambda_1/\lambda_2) - \lambda_1 + \lambda_2 \):
     * \( \lambda_1 \) times the Itakura–Saito divergence of \( \lambda_2 \) from \( \lambda_1 \)
     * ({@link LogRatio#itakuraSaito(double, double)}), accurate for nearly equal rates. With rate
     * 0 (the point mass at 0): \( \lambda_2 \) for \( \lambda_1 = 0 \), \( +\infty \) for
     * \( \lambda_2 = 0 &lt; \lambda_1 \).
     */
    static double kl(Poisson p, Poisson q) {
        double rate1 = p.rate();
        double rate2 = q.rate();
        if (rate1 == rate2) {
            return 0;
        }
        if (rate1 == 0) {
            return rate2;
        }
        if (rate2 == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return rate1 * LogRatio.itakuraSaito(rate2, rate1);
    }
}
