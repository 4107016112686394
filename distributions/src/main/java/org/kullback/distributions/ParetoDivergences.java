package org.kullback.distributions;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Pareto} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class ParetoDivergences {

    private ParetoDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{Pareto}(x_1,\alpha_1)\,\|\,\mathrm{Pareto}(x_2,\alpha_2))
     *   = \alpha_2/\alpha_1 - 1 - \log(\alpha_2/\alpha_1) + \alpha_2\log(x_1/x_2) \) for
     * \( x_1 \ge x_2 \), and \( +\infty \) for \( x_1 &lt; x_2 \) (p then has mass where q has
     * none).
     *
     * <p>Derivation: on \( x \ge x_1 \),
     * \( \log p - \log q = \log(\alpha_1/\alpha_2) + \alpha_1\log x_1 - \alpha_2\log x_2
     *   + (\alpha_2-\alpha_1)\log x \), and \( E_p[\log X] = \log x_1 + 1/\alpha_1 \) (since
     * \( \log(X/x_1) \) is exponential with rate \( \alpha_1 \)). Both terms are non-negative: the
     * first is the Itakura–Saito divergence of the shapes
     * ({@link LogRatio#itakuraSaito(double, double)}), the second uses \( \log(x_1/x_2) \) from
     * {@link Pareto#logRatio(double, double)}; neither cancels when the parameters are nearly
     * equal.
     */
    static double kl(Pareto p, Pareto q) {
        if (p.scale() < q.scale()) {
            return Double.POSITIVE_INFINITY;
        }
        return LogRatio.itakuraSaito(q.shape(), p.shape())
                + q.shape() * Pareto.logRatio(p.scale(), q.scale());
    }

    /**
     * \( H(\mathrm{Pareto}(x_1,\alpha_1), \mathrm{Pareto}(x_2,\alpha_2))
     *   = \log(x_1/\alpha_2) + \alpha_2\log(x_1/x_2) + (\alpha_2+1)/\alpha_1 \) for
     * \( x_1 \ge x_2 \), else \( +\infty \): \( -E_p[\log q] \) with \( \log q(x)
     * = \log\alpha_2 + \alpha_2\log x_2 - (\alpha_2+1)\log x \) and
     * \( E_p[\log X] = \log x_1 + 1/\alpha_1 \). As for
     * {@link ExponentialDivergences#crossEntropy(Exponential, Exponential)}, whichever of this and
     * \( H(p) + \mathrm{KL} \) has the smaller rounding-error bound is returned.
     */
    static double crossEntropy(Pareto p, Pareto q) {
        if (p.scale() < q.scale()) {
            return Double.POSITIVE_INFINITY;
        }
        double logScaleOverShape = LogRatio.of(p.scale(), q.shape());
        double tail = q.shape() * Pareto.logRatio(p.scale(), q.scale());
        double reciprocal = (q.shape() + 1) / p.shape();
        double entropy = p.entropy();
        double kl = kl(p, q);
        return Math.abs(entropy) + kl <= Math.abs(logScaleOverShape) + tail + reciprocal
                ? entropy + kl : logScaleOverShape + tail + reciprocal;
    }
}
