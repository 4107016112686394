package org.kullback.distributions;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Uniform} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class UniformDivergences {

    private UniformDivergences() {
    }

    /**
     * \( \mathrm{KL}(U(a_1,b_1)\,\|\,U(a_2,b_2)) = \log\frac{b_2-a_2}{b_1-a_1} \) when
     * \( [a_1,b_1] \subseteq [a_2,b_2] \), and \( +\infty \) otherwise (p puts mass where q has
     * none): on p's support the log ratio of the densities is the constant
     * \( \log((b_2-a_2)/(b_1-a_1)) \).
     *
     * <p>For nearly equal intervals the ratio is \( 1 + d/(b_1-a_1) \) with the excess width
     * \( d = (b_2-b_1) + (a_1-a_2) \), a sum of two non-negative differences each rounded once,
     * so \( \operatorname{log1p}(d/(b_1-a_1)) \) keeps full relative accuracy; for \( d \) beyond
     * the width the ratio is at least 2 and its log no longer cancels. Widths beyond the double
     * range are handled through half-widths.
     */
    static double kl(Uniform p, Uniform q) {
        if (!contains(q, p)) {
            return Double.POSITIVE_INFINITY;
        }
        double relativeExcess = Double.isFinite(p.width())
                ? ((q.upper() - p.upper()) + (p.lower() - q.lower())) / p.width()
                : halfExcess(p, q) / p.halfWidth();
        if (relativeExcess <= 1) {
            return Math.log1p(relativeExcess);
        }
        // Here p's width is finite and q's at least twice it.
        double ratio = Double.isFinite(q.width()) ? q.width() / p.width()
                : q.halfWidth() / (0.5 * p.width());
        return ratio < Double.POSITIVE_INFINITY ? Math.log(ratio) : q.logWidth() - p.logWidth();
    }

    /** Half of \( d \), for intervals too wide for \( b - a \) to be a double. */
    private static double halfExcess(Uniform p, Uniform q) {
        return (0.5 * q.upper() - 0.5 * p.upper()) + (0.5 * p.lower() - 0.5 * q.lower());
    }

    /**
     * \( H(U(a_1,b_1), U(a_2,b_2)) = \log(b_2-a_2) \) when \( [a_1,b_1] \subseteq [a_2,b_2] \)
     * (q's log density is constant on p's support), and \( +\infty \) otherwise.
     */
    static double crossEntropy(Uniform p, Uniform q) {
        return contains(q, p) ? q.logWidth() : Double.POSITIVE_INFINITY;
    }

    private static boolean contains(Uniform outer, Uniform inner) {
        return outer.lower() <= inner.lower() && inner.upper() <= outer.upper();
    }
}
