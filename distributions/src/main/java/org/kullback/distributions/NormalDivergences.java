package org.kullback.distributions;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Normal} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class NormalDivergences {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private NormalDivergences() {
    }

    /**
     * \( \mathrm{KL}(N(\mu_1,\sigma_1^2)\,\|\,N(\mu_2,\sigma_2^2))
     *   = \tfrac12\,(r^2 - 1 - \log r^2) + \tfrac12 d^2 \)
     * with \( r = \sigma_1/\sigma_2 \), \( d = (\mu_1-\mu_2)/\sigma_2 \).
     *
     * <p>The scale term is the Itakura–Saito divergence of the variances, evaluated from
     * \( u = r^2 - 1 = \frac{\sigma_1-\sigma_2}{\sigma_2}\cdot\frac{\sigma_1+\sigma_2}{\sigma_2} \)
     * as \( -\tfrac12(\log(1+u) - u) \), so it keeps its digits when \( \sigma_1 \approx \sigma_2 \);
     * the location term uses the exact difference \( \mu_1 - \mu_2 \), so
     * KL(N(0,1)‖N(1e-9,1)) = 5e-19 to full precision.
     */
    static double kl(Normal p, Normal q) {
        double d = (p.mean() - q.mean()) / q.sd();
        double u = ((p.sd() - q.sd()) / q.sd()) * ((p.sd() + q.sd()) / q.sd());
        double scale = u > -0.5
                ? -0.5 * org.kullback.special.LogSpace.log1pmx(u)
                : 0.5 * u - LogRatio.of(p.sd(), q.sd());
        return scale + 0.5 * d * d;
    }

    /**
     * \( H(N(\mu_1,\sigma_1^2), N(\mu_2,\sigma_2^2))
     *   = \log\sigma_2 + \tfrac12\log 2\pi + \tfrac12\,(r^2 + d^2) \), notation as in
     * {@link #kl(Normal, Normal)}.
     */
    static double crossEntropy(Normal p, Normal q) {
        double r = p.sd() / q.sd();
        double d = (p.mean() - q.mean()) / q.sd();
        return q.logSd() + HALF_LOG_TWO_PI + 0.5 * (r * r + d * d);
    }
}
