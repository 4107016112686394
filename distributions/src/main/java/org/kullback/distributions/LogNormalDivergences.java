package org.kullback.distributions;

/**
 * Closed-form KL divergences and cross-entropies from a {@link LogNormal} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class LogNormalDivergences {

    /** \( \tfrac12\log 2\pi \) as an unevaluated sum of two doubles (mpmath, 60 digits). */
    private static final double HALF_LOG_TWO_PI_HI = 0.9189385332046728;
    private static final double HALF_LOG_TWO_PI_LO = -3.8782941580672414e-17;

    private LogNormalDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{LN}(\mu_1,\sigma_1^2)\,\|\,\mathrm{LN}(\mu_2,\sigma_2^2))
     *   = \mathrm{KL}(N(\mu_1,\sigma_1^2)\,\|\,N(\mu_2,\sigma_2^2)) \).
     *
     * <p>KL is invariant under the bijection \( x \mapsto \log x \) (both densities gain the same
     * Jacobian \( 1/x \), which cancels in the log ratio), so this is
     * {@link NormalDivergences#kl(Normal, Normal)} on the parameters of \( \log X \), with its
     * accuracy for nearly equal parameters.
     */
    static double kl(LogNormal p, LogNormal q) {
        return NormalDivergences.kl(Normal.of(p.mu(), p.sigma()), Normal.of(q.mu(), q.sigma()));
    }

    /**
     * \( H(\mathrm{LN}(\mu_1,\sigma_1^2), \mathrm{LN}(\mu_2,\sigma_2^2))
     *   = \mu_1 + \log\sigma_2 + \tfrac12\log 2\pi + \tfrac12(r^2 + d^2) \)
     * with \( r = \sigma_1/\sigma_2 \), \( d = (\mu_1-\mu_2)/\sigma_2 \).
     *
     * <p>Unlike KL, the cross-entropy is not invariant under \( x \mapsto \log x \):
     * \( -\log q(x) = -\log q_N(\log x) + \log x \), so it is the normal cross-entropy plus
     * \( E_p[\log X] = \mu_1 \). It is summed directly rather than as \( H(p) + \mathrm{KL} \),
     * which cancels when \( \sigma_1 \ll \sigma_2 \) (a very negative entropy plus a large KL),
     * with \( \log\sigma_2 \) from {@link DoubleDoubleLog} so the sum keeps its accuracy where
     * the terms cancel.
     */
    static double crossEntropy(LogNormal p, LogNormal q) {
        double r = p.sigma() / q.sigma();
        double d = (p.mu() - q.mu()) / q.sigma();
        double quadratic = 0.5 * (r * r + d * d);
        if (quadratic == Double.POSITIVE_INFINITY) {
            return quadratic;
        }
        return DoubleDoubleLog.plus(q.sigma(), p.mu(), HALF_LOG_TWO_PI_HI, HALF_LOG_TWO_PI_LO,
                quadratic);
    }
}
