package org.kullback.distributions;

import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergence and cross-entropy from a {@link Beta} p to a Beta q. Registered in
 * {@link ClosedForms}. Both supports are [0, 1], so both are always finite.
 */
final class BetaDivergences {

    private BetaDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{Beta}(a_1,b_1)\,\|\,\mathrm{Beta}(a_2,b_2))
     *   = \log B(a_2,b_2) - \log B(a_1,b_1) + (a_1-a_2)\psi(a_1) + (b_1-b_2)\psi(b_1)
     *   + (a_2-a_1+b_2-b_1)\psi(a_1+b_1) \)
     * (the Bregman divergence of the log-partition function \( \log B \) of this exponential
     * family; e.g. Penny, KL-divergences of Normal, Gamma, Dirichlet and Wishart densities, 2001).
     *
     * <p>With \( D(x \to y) = \log\Gamma(y) - \log\Gamma(x) - (y-x)\psi(x) \) and
     * \( s = a + b \) this is \( D(a_1 \to a_2) + D(b_1 \to b_2) - D(s_1 \to s_2) \), which cancels
     * badly both for nearly equal and for large parameters. Splitting each D by Stirling's formula
     * into \( x\,g(y/x) + \tfrac12\mathrm{IS}(y/x) + B_\delta(x \to y) \) (see
     * {@link LogGammaDifferences}), with \( g(r) = r\log r - r + 1 \) and
     * \( \mathrm{IS}(r) = r - 1 - \log r \), the large parts combine exactly into
     * \[ \mathrm{KL} = s_2\,\mathrm{KL}_{\mathrm{Bern}}(m_2\,\|\,m_1)
     *   + \tfrac12\left[\mathrm{IS}(\tfrac{a_2}{a_1}) + \mathrm{IS}(\tfrac{b_2}{b_1})
     *   - \mathrm{IS}(\tfrac{s_2}{s_1})\right]
     *   + B_\delta(a_1 \to a_2) + B_\delta(b_1 \to b_2) - B_\delta(s_1 \to s_2), \]
     * \( m = a/s \), since \( \sum \pm x\,g(y/x) = a_2\log\frac{a_2}{a_1} + b_2\log\frac{b_2}{b_1}
     * - s_2\log\frac{s_2}{s_1} \). The Bernoulli divergence is
     * \( \frac{s_2}{s_1}[a_1 g(1 + \frac{c}{a_1 s_2}) + b_1 g(1 - \frac{c}{b_1 s_2})] \) with
     * \( c = a_2 b_1 - a_1 b_2 \) formed exactly with fused multiply-adds, and
     * \( g(1+u) = u^2 + (1+u)(\log(1+u) - u) \) near \( u = 0 \). The Itakura–Saito bracket pairs
     * the larger of \( a_1, b_1 \) with \( s_1 \), whose ratios are then close:
     * \( \mathrm{IS}(r) - \mathrm{IS}(r_s) = w\,\frac{s_2 - s_1}{s_2} - \ell(w/r_s) \) with
     * \( w = r - r_s \) again from c and \( \ell(v) = \log(1+v) - v \). The remainder terms are
     * smaller by \( 1/(12x^2) \). Nothing left cancels by more than a few bits, for nearly equal
     * parameters (to 1e-15 relative) and up to parameters of 1e15.
     */
    static double kl(Beta p, Beta q) {
        return kl(p.alpha(), p.beta(), q.alpha(), q.beta());
    }

    /** {@link #kl(Beta, Beta)} from the parameters; KL(p‖p) is exactly 0. */
    static double kl(double a1, double b1, double a2, double b2) {
        double s1 = a1 + b1;
        double s2 = a2 + b2;
        double ha = a2 - a1;
        double hb = b2 - b1;
        double hs = ha + hb;
        double cross = LogGammaDifferences.productDifference(a2, b1, a1, b2);
        double ratio = s1 / s2;
        double means = (s2 / s1) * (a1 * g(cross / a1 / s2, (a2 / a1) * ratio)
                + b1 * g(-cross / b1 / s2, (b2 / b1) * ratio));
        double scales;
        double remainders;
        if (a1 <= b1) {
            scales = LogGammaDifferences.itakuraSaito(a1, a2, ha)
                    + LogGammaDifferences.itakuraSaitoDifference(b1, b2, hb, s1, s2, hs,
                            -cross / b1 / s1);
            remainders = LogGammaDifferences.remainderBregman(a1, a2, ha)
                    + LogGammaDifferences.remainderBregmanAgainstShifted(b1, b2, hb, s1, s2, hs,
                            a1, ha, -cross);
        } else {
            scales = LogGammaDifferences.itakuraSaito(b1, b2, hb)
                    + LogGammaDifferences.itakuraSaitoDifference(a1, a2, ha, s1, s2, hs,
                            cross / a1 / s1);
            remainders = LogGammaDifferences.remainderBregman(b1, b2, hb)
                    + LogGammaDifferences.remainderBregmanAgainstShifted(a1, a2, ha, s1, s2, hs,
                            b1, hb, cross);
        }
        return means + 0.5 * scales + remainders + 0.0;
    }

    /**
     * \( H(\mathrm{Beta}(a_1,b_1), \mathrm{Beta}(a_2,b_2)) = \log B(a_2,b_2)
     *   - (a_2-1)(\psi(a_1) - \psi(a_1+b_1)) - (b_2-1)(\psi(b_1) - \psi(a_1+b_1)) \),
     * from \( E[\log X] = \psi(a_1) - \psi(a_1+b_1) \) and
     * \( E[\log(1-X)] = \psi(b_1) - \psi(a_1+b_1) \) under p.
     *
     * <p>The digamma differences are formed without cancellation (also when \( b_1 \ll a_1 \))
     * by {@link LogGammaDifferences#digammaDifference}. For large parameters the three terms are
     * far larger than their sum, and then \( H(p) + \mathrm{KL}(p\,\|\,q) \) is used instead: of
     * the two, the one whose terms are smaller in absolute value.
     */
    static double crossEntropy(Beta p, Beta q) {
        double a1 = p.alpha();
        double b1 = p.beta();
        double logMeanX = -LogGammaDifferences.digammaDifference(a1, a1 + b1, b1);
        double logMeanY = -LogGammaDifferences.digammaDifference(b1, a1 + b1, a1);
        double first = q.logBeta();
        double second = -(q.alpha() - 1) * logMeanX;
        double third = -(q.beta() - 1) * logMeanY;
        double kl = kl(p, q);
        if (Math.abs(first) + Math.abs(second) + Math.abs(third)
                <= Math.abs(p.entropy()) + kl) {
            return first + second + third;
        }
        return p.entropy() + kl;
    }

    /** \( g(r) = r\log r - r + 1 \) with \( r = 1 + u \), both given. */
    private static double g(double u, double r) {
        if (u > -0.5 && u < 0.5) {
            return u * u + r * LogSpace.log1pmx(u);
        }
        // r underflows to 0 only when the ratio of means is below 1e-308; r log r -> 0 there.
        return (r > 0 ? r * Math.log(r) : 0) - u;
    }
}
