package org.kullback.distributions;

/**
 * Closed-form KL divergences and cross-entropies from an {@link Exponential} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class ExponentialDivergences {

    private ExponentialDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{Exp}(\lambda_1)\,\|\,\mathrm{Exp}(\lambda_2))
     *   = \lambda_2/\lambda_1 - 1 - \log(\lambda_2/\lambda_1) \).
     *
     * <p>From \( \log p - \log q = \log(\lambda_1/\lambda_2) - (\lambda_1-\lambda_2)x \) and
     * \( E_p[X] = 1/\lambda_1 \). It is the Itakura–Saito divergence of the rates, evaluated by
     * {@link LogRatio#itakuraSaito(double, double)} without cancellation, so
     * KL(Exp(2)‖Exp(2.00000002)) = 5.0e-17 keeps full precision.
     */
    static double kl(Exponential p, Exponential q) {
        // + 0.0 turns the -0.0 of equal rates into +0.0.
        return LogRatio.itakuraSaito(q.rate(), p.rate()) + 0.0;
    }

    /**
     * \( H(\mathrm{Exp}(\lambda_1), \mathrm{Exp}(\lambda_2)) = \lambda_2/\lambda_1
     *   - \log\lambda_2 \), which is \( -E_p[\log q] \).
     *
     * <p>Of the two evaluations, this one and \( H(p) + \mathrm{KL}(p\,\|\,q) \), the one with
     * the smaller rounding-error bound (the sum of the magnitudes of its terms) is returned: the
     * written-out form cancels near its zero (for p = q at \( \lambda = e \)), the sum cancels
     * when \( H(p) \) is large and negative and the KL large.
     */
    static double crossEntropy(Exponential p, Exponential q) {
        double ratio = q.rate() / p.rate();
        double logRate = Math.log(q.rate());
        double entropy = p.entropy();
        double kl = kl(p, q);
        return Math.abs(entropy) + kl <= ratio + Math.abs(logRate) ? entropy + kl
                : ratio - logRate;
    }
}
