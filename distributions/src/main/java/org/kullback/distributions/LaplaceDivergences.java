package org.kullback.distributions;

import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Laplace} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class LaplaceDivergences {

    private static final double SQRT2 = 1.4142135623730951;
    /** \( \tfrac12\log\pi - \tfrac12 \), the least KL from a Laplace to a normal (mpmath). */
    private static final double NORMAL_GAP = 0.07236494292470008;

    private LaplaceDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{L}(\mu_1,b_1)\,\|\,\mathrm{L}(\mu_2,b_2))
     *   = \log\frac{b_2}{b_1} + \frac{d}{b_2} + \frac{b_1}{b_2}e^{-d/b_1} - 1 \),
     * \( d = |\mu_1 - \mu_2| \).
     *
     * <p>Derivation: \( \log p - \log q = \log(b_2/b_1) - |x-\mu_1|/b_1 + |x-\mu_2|/b_2 \), with
     * \( E_p|X-\mu_1| = b_1 \) and \( E_p|X-\mu_2| = d + b_1e^{-d/b_1} \) (split the integral at
     * \( \mu_1 \) and \( \mu_2 \)).
     *
     * <p>With \( r = b_1/b_2 \) and \( t = d/b_1 \) (so \( d/b_2 = rt \)) it is the sum of two
     * non-negative terms, \( [r - 1 - \log r] + r\,(e^{-t} - 1 + t) \): the Itakura–Saito
     * divergence of the scales ({@link LogRatio#itakuraSaito(double, double)}) and
     * \( r \) times {@code expm1mx(-t)}, each accurate when p ≈ q, so their sum is too. For
     * \( t \ge 1 \) the second term is \( d/b_2 + r\operatorname{expm1}(-t) \), which cannot
     * cancel by more than a factor 3 and stays finite when \( t \) overflows.
     */
    static double kl(Laplace p, Laplace q) {
        double r = p.scale() / q.scale();
        if (r == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double d = Math.abs(p.location() - q.location());
        double t = d / p.scale();
        double locationTerm = t < 1 ? r * LogSpace.expm1mx(-t)
                : d / q.scale() + r * Math.expm1(-t);
        return LogRatio.itakuraSaito(p.scale(), q.scale()) + locationTerm;
    }

    /**
     * \( H(\mathrm{L}(\mu_1,b_1), \mathrm{L}(\mu_2,b_2))
     *   = \log(2b_2) + \frac{d + b_1e^{-d/b_1}}{b_2} \), notation as in
     * {@link #kl(Laplace, Laplace)}, from \( -\log q(x) = \log(2b_2) + |x-\mu_2|/b_2 \).
     *
     * <p>Summed directly rather than as \( H(p) + \mathrm{KL} \), which cancels when
     * \( b_1 \ll b_2 \) (a very negative entropy plus a large KL), as
     * \( \log b_2 + [\log 2 + d/b_2 + r e^{-t}] \) with \( \log b_2 \) from
     * {@link DoubleDoubleLog}; the bracket is positive, so only a cross-entropy near 0 cancels.
     */
    static double crossEntropy(Laplace p, Laplace q) {
        double d = Math.abs(p.location() - q.location());
        // r·e^{-t} formed in logs: r may overflow where e^{-t} underflows (∞·0 would be NaN).
        double meanAbsoluteDeviation = d / q.scale()
                + Math.exp(LogRatio.of(p.scale(), q.scale()) - d / p.scale());
        if (meanAbsoluteDeviation == Double.POSITIVE_INFINITY) {
            return meanAbsoluteDeviation;
        }
        return DoubleDoubleLog.plus(q.scale(), DoubleDoubleLog.LN2_HI, DoubleDoubleLog.LN2_MID,
                meanAbsoluteDeviation);
    }

    /**
     * \( \mathrm{KL}(\mathrm{L}(\mu_1,b)\,\|\,N(\mu_2,\sigma^2))
     *   = \tfrac12(\rho - 1 - \log\rho) + \tfrac12 d^2 + (\tfrac12\log\pi - \tfrac12) \)
     * with \( \rho = 2b^2/\sigma^2 \) (the variance ratio) and \( d = (\mu_1-\mu_2)/\sigma \).
     *
     * <p>Derivation: \( -\log q(x) = \log\sigma + \tfrac12\log 2\pi + (x-\mu_2)^2/2\sigma^2 \)
     * and \( E_p(X-\mu_2)^2 = 2b^2 + (\mu_1-\mu_2)^2 \), so
     * \( H(p, q) = \log\sigma + \tfrac12\log 2\pi + \tfrac12\rho + \tfrac12 d^2 \); subtract
     * \( H(p) = 1 + \log 2b \). This is the usual split of KL to a normal: the KL from the
     * normal with p's mean and variance to q (the first two terms, see
     * {@link NormalDivergences#halfVarianceItakuraSaito}) plus the entropy gap between that
     * normal and p, the constant, which is the least KL from a Laplace to a normal. All three
     * terms are non-negative, so nothing cancels.
     */
    static double kl(Laplace p, Normal q) {
        double d = (p.location() - q.mean()) / q.sd();
        // ρ = b²/(σ/√2)²; dividing σ keeps √2·b from overflowing.
        return NormalDivergences.halfVarianceItakuraSaito(p.scale(), q.sd() / SQRT2)
                + 0.5 * d * d + NORMAL_GAP;
    }

    /**
     * \( H(\mathrm{L}(\mu_1,b), N(\mu_2,\sigma^2))
     *   = \log\sigma + \tfrac12\log 2\pi + (b/\sigma)^2 + \tfrac12 d^2 \), notation and
     * derivation as in {@link #kl(Laplace, Normal)}, summed with \( \log\sigma \) from
     * {@link DoubleDoubleLog}.
     */
    static double crossEntropy(Laplace p, Normal q) {
        double r = p.scale() / q.sd();
        double d = (p.location() - q.mean()) / q.sd();
        double quadratic = r * r + 0.5 * d * d;
        if (quadratic == Double.POSITIVE_INFINITY) {
            return quadratic;
        }
        return DoubleDoubleLog.plus(q.sd(), NormalDivergences.HALF_LOG_TWO_PI_HI,
                NormalDivergences.HALF_LOG_TWO_PI_LO, quadratic);
    }
}
