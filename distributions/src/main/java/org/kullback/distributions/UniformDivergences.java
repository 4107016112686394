package org.kullback.distributions;

import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Uniform} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class UniformDivergences {

    /** \( 1 - \log 2 \). */
    private static final double ONE_MINUS_LN2 = 0.3068528194400547;

    private UniformDivergences() {
    }

    /**
     * \( \mathrm{KL}(U(a,b)\,\|\,\mathrm{Beta}(\alpha,\beta)) = H(p, q) - \log(b-a) \) when
     * \( [a,b] \subseteq [0,1] \), else \( +\infty \), with \( H(p, q) \) as in
     * {@link #crossEntropy(Uniform, Beta)} and \( \log(b-a) \) added to its non-negative first
     * term. Near U(0, 1) and Beta(1, 1) that term, \( \mathrm{KL}(U(0,1)\,\|\,q) - \log(b-a) \),
     * is a sum of a second-order term in \( \alpha-1, \beta-1 \) and one of order
     * \( a + (1-b) \), and the other two are products of small factors, so the result keeps its
     * relative accuracy as p → q.
     */
    static double kl(Uniform p, Beta q) {
        return insideUnitInterval(p) ? crossEntropyPlus(p, q, -p.logWidth())
                : Double.POSITIVE_INFINITY;
    }

    /**
     * \( H(U(a,b), \mathrm{Beta}(\alpha,\beta)) = \log B(\alpha,\beta) - (\alpha-1)L_1
     *   - (\beta-1)L_2 \) when \( [a,b] \subseteq [0,1] \), else \( +\infty \), with
     * \( L_1 = E_p[\log X] \), \( L_2 = E_p[\log(1-X)] \), from \( \int\log x\,dx = x\log x - x \):
     * \( L_1 + 1 = \frac{b\log b - a\log a}{b-a} \), and \( L_2 + 1 \) the same over
     * \( [1-b, 1-a] \). Two exact rearrangements of it are evaluated, and the one with the
     * smaller sum of magnitudes of its terms (rounding-error bound) is returned.
     *
     * <p>Around U(0, 1), which has \( L_1 = L_2 = -1 \):
     * \( H = \mathrm{KL}(U(0,1)\,\|\,q) - (\alpha-1)(L_1+1) - (\beta-1)(L_2+1) \), where
     * \( \mathrm{KL}(U(0,1)\,\|\,q) = \mathrm{KL}(\mathrm{Beta}(1,1)\,\|\,q)
     *   = \log B(\alpha,\beta) + \alpha + \beta - 2 \) comes from
     * {@link BetaDivergences#kl(double, double, double, double)} without the cancellation of
     * \( \log B \) against \( \alpha + \beta - 2 \) near (1, 1). For \( a = 0 \),
     * \( L_1 + 1 = \log b \); otherwise, with \( t = (b-a)/a \),
     * \( L_1 + 1 = \log b + \log(1+t)/t \) (see {@link #logMeanPlusOne} for where these two
     * cancel).
     *
     * <p>Around the midpoint \( c = (a+b)/2 \), with half-width \( w \): for X uniform on
     * \( [c-w, c+w] \), \( E[\log X] = \log c - K(w/c) \) with
     * \( K(t) = 1 - \frac{(1+t)\log(1+t) - (1-t)\log(1-t)}{2t}
     *   = \sum_{k\ge1}\frac{t^{2k}}{2k(2k+1)} \ge 0 \), and likewise for \( 1 - X \), so
     * \[ H = -\log q(c) + (\alpha-1)K\bigl(\tfrac wc\bigr)
     *   + (\beta-1)K\bigl(\tfrac w{1-c}\bigr), \]
     * with \( \log q(c) \) from {@link RegularizedBeta#logKernel}, which keeps its digits for
     * large α and β. The first form adds terms of size \( \alpha \) and \( \beta \) that cancel
     * when q is concentrated, the second cancels near U(0, 1) and Beta(1, 1): between them,
     * nothing cancels by more than a few digits.
     */
    static double crossEntropy(Uniform p, Beta q) {
        return insideUnitInterval(p) ? crossEntropyPlus(p, q, 0) : Double.POSITIVE_INFINITY;
    }

    private static boolean insideUnitInterval(Uniform p) {
        return p.lower() >= 0 && p.upper() <= 1;
    }

    /**
     * \( H(p, q) + \) {@code offset}, for \( p = U(a, b) \subseteq [0, 1] \) and
     * {@code offset} \( \ge 0 \), by the better of the two forms of
     * {@link #crossEntropy(Uniform, Beta)}; the offset is added to the first term of each.
     */
    private static double crossEntropyPlus(Uniform p, Beta q, double offset) {
        double alpha = q.alpha();
        double beta = q.beta();
        double width = p.width();
        double standard = BetaDivergences.kl(1, 1, alpha, beta);
        // For L₂, 1 - X is uniform on [1 - b, 1 - a], of the same width, with
        // log(1 - a) = log1p(-a); 1 - a is exact where it is at most 1/2.
        double first = (alpha - 1)
                * logMeanPlusOne(p.lower(), p.upper(), Math.log(p.upper()), width);
        double second = (beta - 1)
                * logMeanPlusOne(1 - p.upper(), 1 - p.lower(), Math.log1p(-p.lower()), width);
        // The two shifts cancel each other exactly for intervals symmetric about 1/2 and α = β.
        double aroundStandard = (standard + offset) - (first + second);
        double halfWidth = 0.5 * width;
        double center = p.lower() + halfWidth;
        double complement = (1 - p.upper()) + halfWidth;
        double kernel = RegularizedBeta.logKernel(alpha, beta, center, complement);
        double logCenter = Math.log(center);
        double logComplement = Math.log(complement);
        double spreadFirst = (alpha - 1) * spreadLoss(halfWidth / center);
        double spreadSecond = (beta - 1) * spreadLoss(halfWidth / complement);
        double boundStandard = standard + Math.abs(first) + Math.abs(second);
        double boundCenter = Math.abs(kernel) + Math.abs(logCenter) + Math.abs(logComplement)
                + Math.abs(spreadFirst) + Math.abs(spreadSecond);
        // A half-width that underflows makes the second form NaN; the first is then used.
        if (!(boundCenter < boundStandard)) {
            return aroundStandard;
        }
        return ((logCenter + logComplement - kernel) + offset) + spreadFirst + spreadSecond;
    }

    /**
     * \( E[\log Y] + 1 = \frac{h\log h - l\log l}{h - l} = \log h + \frac{\log(1+t)}t \),
     * \( t = (h-l)/l \), for Y uniform on \( [l, h] \), \( 0 \le l &lt; h \le 1 \), given
     * \( \log h \) accurately and the width \( h - l \); {@code high} itself is used only where
     * it is at most 1/2, and must then be exact. The fraction is \( 1 + (\log(1+t) - t)/t \)
     * for \( t &lt; 1 \) (the second part in \( (\log 2 - 1, 0] \)). Where h is at most 1/2 the
     * sum can vanish (near \( h = 1/e \) for narrow intervals), and there it is formed with
     * \( \log h \) in double-double arithmetic ({@link DoubleDoubleLog}); above 1/2 the terms do
     * not cancel by more than a factor 3.
     */
    private static double logMeanPlusOne(double low, double high, double logHigh, double width) {
        if (low == 0) {
            return logHigh;
        }
        double t = width / low;
        if (t >= 1e300) {
            // log(1+t)/t = (log t + log1p(1/t))/t, the second part below 1e-300 relative.
            return logHigh + LogRatio.of(width, low) * (low / width);
        }
        if (t < 1) {
            double spread = LogSpace.log1pmx(t) / t;
            return high <= 0.5 ? DoubleDoubleLog.plus(high, 1, spread) : (logHigh + 1) + spread;
        }
        double fraction = Math.log1p(t) / t;
        return high <= 0.5 ? DoubleDoubleLog.plus(high, fraction) : logHigh + fraction;
    }

    /**
     * \( K(t) = 1 - \frac{(1+t)\log(1+t) - (1-t)\log(1-t)}{2t} = \sum_{k\ge1}
     * \frac{t^{2k}}{2k(2k+1)} \) for \( 0 \le t \le 1 \): \( -E[\log(1 + tV)] \) for V
     * uniform on [-1, 1]. The series up to \( t = 3/4 \); beyond, where \( K &gt; 0.1 \), the
     * closed form loses at most a factor 10; \( K(1) = 1 - \log 2 \).
     */
    static double spreadLoss(double t) {
        if (t >= 1) {
            return ONE_MINUS_LN2;
        }
        if (t > 0.75) {
            return 1 - ((1 + t) * Math.log1p(t) - (1 - t) * Math.log1p(-t)) / (2 * t);
        }
        double t2 = t * t;
        double power = t2;
        double sum = 0;
        for (int k = 1; k < 200; k++) {
            double term = power / (2 * k * (2 * k + 1.0));
            sum += term;
            if (term <= 0x1p-56 * sum) {
                break;
            }
            power *= t2;
        }
        return sum;
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
