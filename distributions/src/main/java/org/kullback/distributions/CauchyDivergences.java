package org.kullback.distributions;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Cauchy} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class CauchyDivergences {

    private static final double LN4 = Math.log(4);
    /** \( \log\pi \) as an unevaluated sum of two doubles (mpmath, 60 digits). */
    private static final double LOG_PI_HI = 1.1447298858494002;
    private static final double LOG_PI_LO = 1.0265951162707826e-17;

    private CauchyDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{C}(x_1,\gamma_1)\,\|\,\mathrm{C}(x_2,\gamma_2))
     *   = \log\frac{(\gamma_1+\gamma_2)^2 + (x_1-x_2)^2}{4\gamma_1\gamma_2} \)
     * (F. Chyzak and F. Nielsen, <i>A closed-form formula for the Kullback–Leibler divergence
     * between Cauchy distributions</i>, arXiv:1905.10965, 2019). It is symmetric in p and q.
     *
     * <p>Since \( (\gamma_1+\gamma_2)^2 - 4\gamma_1\gamma_2 = (\gamma_1-\gamma_2)^2 \), it equals
     * \( \log(1 + a^2 + c^2) \) with \( a = (\gamma_1-\gamma_2)/(2\sqrt{\gamma_1\gamma_2}) \),
     * \( c = (x_1-x_2)/(2\sqrt{\gamma_1\gamma_2}) \): the differences are exact or rounded once,
     * and {@code log1p} keeps the relative accuracy when p ≈ q. The square root is taken of each
     * scale separately so the product cannot overflow; when \( a^2 + c^2 \) does, the result is
     * \( \log(a^2+c^2) = 2\log\operatorname{hypot}(\gamma_1-\gamma_2, x_1-x_2)
     * - \log(4\gamma_1\gamma_2) \), formed from logarithms (the neglected
     * \( \log(1 + 1/(a^2+c^2)) \) is below 1e-300).
     */
    static double kl(Cauchy p, Cauchy q) {
        double geometricMean = 2 * Math.sqrt(p.scale()) * Math.sqrt(q.scale());
        double a = (p.scale() - q.scale()) / geometricMean;
        double c = (p.location() - q.location()) / geometricMean;
        double squares = a * a + c * c;
        if (Double.isFinite(squares)) {
            return Math.log1p(squares);
        }
        // a² + c² overflowed: with h = hypot(Δγ, Δx)/4, log(a² + c²) = 2 log h + log 4
        // - log γ1 - log γ2. The differences are quartered (exactly: they are far above the
        // subnormal range here) so that neither they nor the hypotenuse overflow.
        double h = Math.hypot(0.25 * p.scale() - 0.25 * q.scale(),
                0.25 * p.location() - 0.25 * q.location());
        return 2 * Math.log(h) + LN4 - Math.log(p.scale()) - Math.log(q.scale());
    }

    /**
     * \( H(\mathrm{C}(x_1,\gamma_1), \mathrm{C}(x_2,\gamma_2))
     *   = \log\pi + \log\gamma_2 + \log((1+\rho)^2 + \delta^2) \)
     * with \( \rho = \gamma_1/\gamma_2 \), \( \delta = (x_1-x_2)/\gamma_2 \).
     *
     * <p>From \( -\log q(x) = \log(\pi\gamma_2) + \log(1 + ((x-x_2)/\gamma_2)^2) \) and
     * \( E_p\log((X-a)^2 + c^2) = \log((\gamma_1 + c)^2 + (x_1 - a)^2) \) for \( c &gt; 0 \)
     * (the Cauchy density is the Poisson kernel of the upper half-plane, so
     * \( E_p f(X) = f(x_1 + i\gamma_1) \) for \( f \) analytic there with slow growth; take
     * twice the real part of \( f(z) = \log(z - a + ic) \); see also Chyzak and Nielsen, cited
     * at {@link #kl(Cauchy, Cauchy)}). Summed directly rather than as \( H(p) + \mathrm{KL} \),
     * which cancels when \( \gamma_1 \ll \gamma_2 \); the last term is
     * \( \operatorname{log1p}(\rho(2+\rho) + \delta^2) \ge 0 \) and \( \log\gamma_2 \) comes from
     * {@link DoubleDoubleLog}, so only a cross-entropy near 0 cancels. When the squares
     * overflow, \( \log((\gamma_1+\gamma_2)^2 + (x_1-x_2)^2) - 2\log\gamma_2 \) is formed from
     * logarithms as in the KL divergence.
     */
    static double crossEntropy(Cauchy p, Cauchy q) {
        double rho = p.scale() / q.scale();
        double delta = (p.location() - q.location()) / q.scale();
        double excess = rho * (2 + rho) + delta * delta;
        if (Double.isFinite(excess)) {
            return DoubleDoubleLog.plus(q.scale(), LOG_PI_HI, LOG_PI_LO, Math.log1p(excess));
        }
        double h = Math.hypot(0.25 * p.scale() + 0.25 * q.scale(),
                0.25 * p.location() - 0.25 * q.location());
        return LOG_PI_HI + 2 * (Math.log(h) + LN4) - Math.log(q.scale());
    }
}
