package org.kullback.distributions;

import org.kullback.special.LogBeta;
import org.kullback.special.LogSpace;
import org.kullback.special.Polygamma;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Uniform} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class UniformDivergences {

    private static final double SQRT3 = 1.7320508075688772;
    private static final double SQRT_TWO_PI = 2.5066282746310007;
    /** \( \tfrac12 + \tfrac12\log(\pi/6) \), the least KL from a uniform to a normal (mpmath). */
    private static final double NORMAL_GAP = 0.17648520831067258;
    /** \( 1 - \log 2 \) (mpmath). */
    private static final double ONE_MINUS_LN2 = 0.3068528194400547;
    /** Relative half-widths up to this use the series of {@link #meanLogRatio(double)}. */
    private static final double MEAN_LOG_SERIES_BOUND = 0.5;
    /** Half-widths (in units of the Gumbel scale) up to this use the series of sinh(s)/s. */
    private static final double SINHC_SERIES_BOUND = 0.5;
    private static final double SERIES_TOLERANCE = 0x1p-60;

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

    /**
     * \( m - \mu \) for the midpoint \( m = (a+b)/2 \) of p's support, as
     * \( \tfrac12(a-\mu) + \tfrac12(b-\mu) \): each difference is rounded once, so the error is
     * at most an ulp of the farther end's distance from \( \mu \), and nothing overflows.
     */
    private static double midpointOffset(Uniform p, double mu) {
        return (0.5 * p.lower() - 0.5 * mu) + (0.5 * p.upper() - 0.5 * mu);
    }

    /**
     * \( \log(xy) \) for positive {@code x}, {@code y}: the log of the rounded product while that
     * is a normal double, the sum of the logs otherwise.
     */
    private static double logProduct(double x, double y) {
        double product = x * y;
        if (product >= Double.MIN_NORMAL && product < Double.POSITIVE_INFINITY) {
            return Math.log(product);
        }
        return Math.log(x) + Math.log(y);
    }

    /**
     * \( \ell(h) = E[\log(1 + hT)] \) for \( T \) uniform on \( [-1, 1] \) and
     * \( 0 &lt; h \le 1 \): for p uniform on \( [a, b] \) with \( 0 \le a \) and midpoint
     * \( m \), \( E_p[\log X] = \log m + \ell(h) \) with \( h = (b-a)/(b+a) \). It is
     * \( \le 0 \) (Jensen) and equals \( \log 2 - 1 \) at \( h = 1 \) (\( a = 0 \)).
     *
     * <p>From \( \int\log(1+u)\,du = (1+u)\log(1+u) - u \):
     * \( \ell(h) = \frac{(1+h)\log(1+h) - (1-h)\log(1-h)}{2h} - 1
     *   = \frac{(1+h)\lambda(h) - (1-h)\lambda(-h)}{2h} \) with
     * \( \lambda(u) = \log(1+u) - u \) ({@code log1pmx}), used for \( h &gt; \tfrac12 \), where it
     * cancels by at most a factor 3. For \( h \le \tfrac12 \) the even moments of \( T \) give
     * the series \( \ell(h) = -\sum_{j\ge1} h^{2j}/(2j(2j+1)) \) of negative terms shrinking by
     * \( h^2 \le \tfrac14 \) each, which keeps the relative accuracy of \( -h^2/6 \) for
     * nearly degenerate intervals.
     */
    private static double meanLogRatio(double h) {
        if (h > MEAN_LOG_SERIES_BOUND) {
            double upper = (1 + h) * LogSpace.log1pmx(h);
            // At h = 1 the second term is 0·log 0 = 0.
            return h == 1 ? upper / 2 : (upper - (1 - h) * LogSpace.log1pmx(-h)) / (2 * h);
        }
        double h2 = h * h;
        double power = h2;
        double sum = 0;
        for (int j = 1; power > SERIES_TOLERANCE * -sum; j++) {
            sum -= power / (2 * j * (2 * j + 1));
            power *= h2;
        }
        return sum;
    }

    /**
     * \( \mathrm{KL}(U(a,b)\,\|\,N(\mu,\sigma^2))
     *   = \tfrac12(\rho - 1 - \log\rho) + \tfrac12 d^2 + (\tfrac12 + \tfrac12\log\tfrac\pi6) \)
     * with \( \rho = (b-a)^2/(12\sigma^2) \) (the variance ratio) and
     * \( d = (\tfrac{a+b}2 - \mu)/\sigma \).
     *
     * <p>Derivation: \( -\log q(x) = \log\sigma + \tfrac12\log 2\pi + (x-\mu)^2/2\sigma^2 \) and
     * \( E_p(X-\mu)^2 = (b-a)^2/12 + (\tfrac{a+b}2 - \mu)^2 \), so
     * \( H(p, q) = \log\sigma + \tfrac12\log 2\pi + \tfrac12\rho + \tfrac12 d^2 \); subtract
     * \( H(p) = \log(b-a) \). The terms are the KL from the moment-matched normal to q
     * ({@link NormalDivergences#halfVarianceItakuraSaito}) and the constant entropy gap between
     * that normal and p, the least KL from a uniform to a normal; all are non-negative. Widths
     * enter as \( (b-a)/2 \), which never overflows.
     */
    static double kl(Uniform p, Normal q) {
        double d = midpointOffset(p, q.mean()) / q.sd();
        return NormalDivergences.halfVarianceItakuraSaito(p.halfWidth() / SQRT3, q.sd())
                + 0.5 * d * d + NORMAL_GAP;
    }

    /**
     * \( H(U(a,b), N(\mu,\sigma^2)) = \log\sigma + \tfrac12\log 2\pi + \tfrac12\rho
     * + \tfrac12 d^2 \), notation and derivation as in {@link #kl(Uniform, Normal)}, summed with
     * \( \log\sigma \) from {@link DoubleDoubleLog}.
     */
    static double crossEntropy(Uniform p, Normal q) {
        double v = p.halfWidth() / SQRT3 / q.sd();
        double d = midpointOffset(p, q.mean()) / q.sd();
        double quadratic = 0.5 * (v * v + d * d);
        if (quadratic == Double.POSITIVE_INFINITY) {
            return quadratic;
        }
        return DoubleDoubleLog.plus(q.sd(), NormalDivergences.HALF_LOG_TWO_PI_HI,
                NormalDivergences.HALF_LOG_TWO_PI_LO, quadratic);
    }

    /**
     * \( \mathrm{KL}(U(a,b)\,\|\,\mathrm{Exp}(\lambda)) = \lambda a + (y - 1 - \log y)
     * + (1 - \log 2) \) with \( y = \lambda(b-a)/2 \), for \( a \ge 0 \); \( +\infty \) for
     * \( a &lt; 0 \), where p has mass outside q's support.
     *
     * <p>Derivation: \( -\log q(x) = -\log\lambda + \lambda x \), so
     * \( H(p, q) = -\log\lambda + \lambda(a+b)/2 \); subtracting \( H(p) = \log(b-a) = \log 2y
     * - \log\lambda \) leaves \( \lambda a + y - \log 2y \), regrouped into three non-negative
     * terms (the middle one the Itakura–Saito divergence of \( y \) from 1), so nothing cancels.
     * The least value, \( 1 - \log 2 \), is reached by \( U(0, 2/\lambda) \).
     */
    static double kl(Uniform p, Exponential q) {
        if (p.lower() < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double y = q.rate() * p.halfWidth();
        double scaleTerm;
        if (y >= Double.MIN_NORMAL && y < Double.POSITIVE_INFINITY) {
            scaleTerm = LogRatio.itakuraSaito(y, 1);
        } else if (y == Double.POSITIVE_INFINITY) {
            return y;
        } else {
            scaleTerm = y - 1 - (Math.log(q.rate()) + Math.log(p.halfWidth()));
        }
        return q.rate() * p.lower() + scaleTerm + ONE_MINUS_LN2;
    }

    /**
     * \( H(U(a,b), \mathrm{Exp}(\lambda)) = -\log\lambda + \lambda(a+b)/2 \) for \( a \ge 0 \)
     * (derivation in {@link #kl(Uniform, Exponential)}), with \( \log\lambda \) from
     * {@link DoubleDoubleLog}; \( +\infty \) for \( a &lt; 0 \).
     */
    static double crossEntropy(Uniform p, Exponential q) {
        double linear = q.rate() * p.mean();
        if (p.lower() < 0 || linear == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return -DoubleDoubleLog.plus(q.rate(), -linear);
    }

    /**
     * \( \mathrm{KL}(U(a,b)\,\|\,\mathrm{Gamma}(k,\beta)) \) for \( a \ge 0 \) (else \( +\infty \)).
     *
     * <p>Derivation: \( -\log q(x) = \log\Gamma(k) - k\log\beta - (k-1)\log x + \beta x \) and
     * \( E_p[\log X] = \log m + \ell \) (with \( m = (a+b)/2 \), \( h = (b-a)/(b+a) \) and
     * \( \ell = \ell(h) \) of {@link #meanLogRatio(double)}), so with \( M = \beta m \)
     * \[ \mathrm{KL} = H(p,q) - \log(b-a) = \log\Gamma(k) - (k-1)(\log M + \ell) + M
     *   - \log(\beta(b-a)). \]
     * Written so, \( \log\Gamma(k) \) and \( (k-1)\log M \) cancel for large \( k \). With
     * Stirling's formula \( \log\Gamma(k) = (k-\tfrac12)\log k - k + \tfrac12\log 2\pi + \delta(k) \)
     * ({@link LogBeta#logGammaCorrection(double)}; the identity defines \( \delta \)) and
     * \( u = M/k - 1 \), the \( k\log k \) terms cancel analytically:
     * \[ \mathrm{KL} = -(k-1)\operatorname{log1pmx}(u) - (k-1)\ell + u + \delta(k)
     *   + \log\frac{\sqrt{2\pi k}}{\beta(b-a)}, \]
     * used for \( k \ge 1 \), where the first two terms are non-negative and the others are of
     * the size of the divergence (its least value, about 0.18, is approached by a narrow gamma
     * against a uniform of matching variance). For \( k &lt; 1 \), with \( b - a = 2hm \),
     * \[ \mathrm{KL} = \log\Gamma(k) + M - k\log M + (1-k)\ell - \log 2h, \]
     * whose terms stay of the size of the result. When \( M \) overflows the divergence does.
     */
    static double kl(Uniform p, Gamma q) {
        if (p.lower() < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double k = q.shape();
        double h = p.halfWidth() / p.mean();
        double common = gammaCommon(p, q, h);
        if (common == Double.POSITIVE_INFINITY) {
            return common;
        }
        if (k < 1) {
            return common - Math.log(2 * h);
        }
        double scaledWidth = q.rate() * p.width();
        double logRatio = scaledWidth >= Double.MIN_NORMAL && scaledWidth < Double.POSITIVE_INFINITY
                ? LogRatio.of(Math.sqrt(2 * Math.PI * k), scaledWidth)
                : 0.5 * Math.log(2 * Math.PI * k) - Math.log(q.rate()) - p.logWidth();
        return common + logRatio;
    }

    /**
     * \( H(U(a,b), \mathrm{Gamma}(k,\beta)) \) for \( a \ge 0 \) (else \( +\infty \)): the
     * divergence of {@link #kl(Uniform, Gamma)} plus \( \log(b-a) \), that is with the last term
     * \( \log(\sqrt{2\pi k}/\beta) \) for \( k \ge 1 \), and
     * \( \log\Gamma(k) + M - k\log M + (1-k)\ell + \log m \) for \( k &lt; 1 \).
     */
    static double crossEntropy(Uniform p, Gamma q) {
        if (p.lower() < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double k = q.shape();
        double h = p.halfWidth() / p.mean();
        double common = gammaCommon(p, q, h);
        if (common == Double.POSITIVE_INFINITY) {
            return common;
        }
        return k < 1 ? common + Math.log(p.mean())
                : common + LogRatio.of(SQRT_TWO_PI * Math.sqrt(k), q.rate());
    }

    /**
     * The terms of {@link #kl(Uniform, Gamma)} that do not involve the width: for \( k \ge 1 \)
     * \( -(k-1)\operatorname{log1pmx}(u) - (k-1)\ell + u + \delta(k) \), for \( k &lt; 1 \)
     * \( \log\Gamma(k) + M - k\log M + (1-k)\ell \); \( +\infty \) when \( M \) overflows.
     */
    private static double gammaCommon(Uniform p, Gamma q, double h) {
        double k = q.shape();
        double m = p.mean();
        double bigM = q.rate() * m;
        if (bigM == Double.POSITIVE_INFINITY) {
            return bigM;
        }
        double ell = meanLogRatio(h);
        if (k < 1) {
            // log Γ(k) = log Γ(1+k) - log k, both terms accurate for small k.
            double logGamma = Polygamma.logGamma1p(k) - Math.log(k);
            return logGamma + bigM - k * logProduct(q.rate(), m) + (1 - k) * ell;
        }
        double u = (bigM - k) / k;
        double common = u + LogBeta.logGammaCorrection(k);
        if (k > 1) {
            // log(1+u) - u; away from u = 0 from log(M/k) itself, since 1 + u has lost the
            // relative accuracy of a small M/k.
            double log1pmx;
            if (Math.abs(u) <= 0.5) {
                log1pmx = LogSpace.log1pmx(u);
            } else {
                log1pmx = (bigM >= Double.MIN_NORMAL ? LogRatio.of(bigM, k)
                        : logProduct(q.rate(), m) - Math.log(k)) - u;
            }
            common -= (k - 1) * (log1pmx + ell);
        }
        return common;
    }

    /**
     * \( \log(\sinh(s)/s) \ge 0 \) for \( s \ge 0 \): for \( s \le \tfrac12 \)
     * \( \operatorname{log1p} \) of the series \( \sum_{n\ge1} s^{2n}/(2n+1)! \), which keeps the
     * relative accuracy of \( s^2/6 \); above, \( s - \log 2s + \log(1 - e^{-2s}) \)
     * ({@link LogSpace#log1mexp(double)}), which does not overflow.
     */
    private static double logSinhc(double s) {
        if (s > SINHC_SERIES_BOUND) {
            return s - DoubleDoubleLog.LN2_HI - Math.log(s) + LogSpace.log1mexp(-2 * s);
        }
        double s2 = s * s;
        double term = s2 / 6;
        double sum = 0;
        for (int n = 2; term > SERIES_TOLERANCE * sum; n++) {
            sum += term;
            term *= s2 / ((2 * n) * (2 * n + 1));
        }
        return Math.log1p(sum);
    }

    /**
     * \( \mathrm{KL}(U(a,b)\,\|\,\mathrm{Gumbel}(\mu,\beta))
     *   = \operatorname{expm1mx}(x) + g(s) - \log s + (1 - \log 2) \)
     * with \( s = (b-a)/(2\beta) \), \( t = (\tfrac{a+b}2 - \mu)/\beta \),
     * \( g(s) = \log(\sinh(s)/s) \) ({@link #logSinhc(double)}) and \( x = g(s) - t \).
     *
     * <p>Derivation: with \( z = (X-\mu)/\beta \), uniform on \( [t-s, t+s] \),
     * \( -\log q = \log\beta + z + e^{-z} \), \( E[z] = t \) and
     * \( E[e^{-z}] = e^{-t}\,\frac{e^{s} - e^{-s}}{2s} = e^{-t}\sinh(s)/s = e^{x} \), so
     * \( H(p, q) = \log\beta + t + e^x = \log\beta + 1 + g(s) + \operatorname{expm1mx}(x) \);
     * subtract \( H(p) = \log 2s\beta \). The first term is non-negative and the rest,
     * \( 1 - \log 2 + \log(\sinh(s)/s^2) \), is at least 0.21 (at \( s\coth s = 2 \)), so the
     * sum cancels by a factor of a few at most. Working with \( x \) rather than
     * \( e^{a}, e^{b} \) separately avoids their overflow and their cancellation for narrow
     * intervals; the divergence is \( +\infty \) when \( x \) exceeds about 709.
     */
    static double kl(Uniform p, Gumbel q) {
        double s = p.halfWidth() / q.scale();
        double t = midpointOffset(p, q.location()) / q.scale();
        if (!Double.isFinite(s) || !Double.isFinite(t)) {
            // The divergence is at least s - 2 log s or |t| - 1, beyond the double range.
            return Double.POSITIVE_INFINITY;
        }
        double g = logSinhc(s);
        return LogSpace.expm1mx(g - t) + (g - LogRatio.of(p.halfWidth(), q.scale()))
                + ONE_MINUS_LN2;
    }

    /**
     * \( H(U(a,b), \mathrm{Gumbel}(\mu,\beta)) = \log\beta + 1 + g(s) + \operatorname{expm1mx}(x) \),
     * notation and derivation as in {@link #kl(Uniform, Gumbel)}, summed with \( \log\beta \)
     * from {@link DoubleDoubleLog}.
     */
    static double crossEntropy(Uniform p, Gumbel q) {
        double s = p.halfWidth() / q.scale();
        double t = midpointOffset(p, q.location()) / q.scale();
        if (!Double.isFinite(s) || !Double.isFinite(t)) {
            return Double.POSITIVE_INFINITY;
        }
        double g = logSinhc(s);
        double excess = LogSpace.expm1mx(g - t);
        if (excess == Double.POSITIVE_INFINITY) {
            return excess;
        }
        return DoubleDoubleLog.plus(q.scale(), 1, g, excess);
    }

    /**
     * \( \mathrm{KL}(U(a,b)\,\|\,\mathrm{Laplace}(\mu,\beta)) \) with \( s = (b-a)/(2\beta) \):
     * \( \mathrm{dist}(\mu, [a,b])/\beta + (s - 1 - \log s) + 1 \) when \( \mu \) lies outside
     * \( (a, b) \), and \( (s/2 - 1 - \log(s/2)) + c^2/2s + (1 - \log 2) \) with
     * \( c = (\tfrac{a+b}2 - \mu)/\beta \) when it lies inside.
     *
     * <p>Derivation: \( -\log q(x) = \log 2\beta + |x-\mu|/\beta \), and over \( [a, b] \)
     * \( E|X-\mu| = |m - \mu| \) if \( \mu \notin (a, b) \), else
     * \( ((\mu-a)^2 + (b-\mu)^2)/(2(b-a)) \); in units of \( \beta \) these are \( |c| \) and
     * \( (s^2+c^2)/2s \). Subtracting \( H(p) = \log 2s\beta \) and regrouping gives the
     * non-negative terms above (Itakura–Saito divergences and the distance from \( \mu \) to
     * the nearer end), so nothing cancels.
     */
    static double kl(Uniform p, Laplace q) {
        double mu = q.location();
        double s = p.halfWidth() / q.scale();
        if (s == Double.POSITIVE_INFINITY) {
            return s;
        }
        if (mu <= p.lower() || mu >= p.upper()) {
            double distance = mu <= p.lower() ? p.lower() - mu : mu - p.upper();
            return distance / q.scale() + LogRatio.itakuraSaito(p.halfWidth(), q.scale()) + 1;
        }
        double offset = midpointOffset(p, mu);
        return LogRatio.itakuraSaito(0.5 * p.halfWidth(), q.scale())
                + 0.5 * (offset / q.scale()) * (offset / p.halfWidth()) + ONE_MINUS_LN2;
    }

    /**
     * \( H(U(a,b), \mathrm{Laplace}(\mu,\beta)) = \log 2\beta + E|X-\mu|/\beta \), with
     * \( E|X-\mu|/\beta = |c| \) or \( s/2 + c^2/2s \) as in {@link #kl(Uniform, Laplace)},
     * summed with \( \log\beta \) from {@link DoubleDoubleLog}.
     */
    static double crossEntropy(Uniform p, Laplace q) {
        double mu = q.location();
        double s = p.halfWidth() / q.scale();
        double offset = midpointOffset(p, mu);
        double meanDistance = mu <= p.lower() || mu >= p.upper() ? Math.abs(offset) / q.scale()
                : 0.5 * s + 0.5 * (offset / q.scale()) * (offset / p.halfWidth());
        if (!(meanDistance < Double.POSITIVE_INFINITY)) {
            return Double.POSITIVE_INFINITY;
        }
        return DoubleDoubleLog.plus(q.scale(), DoubleDoubleLog.LN2_HI, DoubleDoubleLog.LN2_MID,
                meanDistance);
    }

    /**
     * \( E_p[\log(X/x_m)] \ge 0 \) for p uniform on \( [a, b] \) with \( a \ge x_m \):
     * \( \log(m/x_m) + \ell(h) \) (see {@link #meanLogRatio(double)}), where \( m/x_m - 1 \) is
     * formed as \( ((a - x_m) + (b-a)/2)/x_m \), exact differences when the interval is near
     * \( x_m \), so that a nearly degenerate interval at \( x_m \) keeps its digits.
     */
    private static double meanLogAbove(Uniform p, double xm) {
        double excess = ((p.lower() - xm) + p.halfWidth()) / xm;
        double logMean = excess <= 1 ? Math.log1p(excess) : LogRatio.of(p.mean(), xm);
        return logMean + meanLogRatio(p.halfWidth() / p.mean());
    }

    /**
     * \( \mathrm{KL}(U(a,b)\,\|\,\mathrm{Pareto}(x_m,\alpha))
     *   = (\alpha+1)\,E_p[\log(X/x_m)] - \log(\alpha(b-a)/x_m) \) for \( a \ge x_m \), and
     * \( +\infty \) for \( a &lt; x_m \), where p has mass outside q's support.
     *
     * <p>Derivation: \( -\log q(x) = -\log(\alpha/x_m) + (\alpha+1)\log(x/x_m) \), so
     * \( H(p, q) = \log(x_m/\alpha) + (\alpha+1)E_p[\log(X/x_m)] \) (the expectation from
     * {@link #meanLogAbove}); subtract \( H(p) = \log(b-a) \). In \( \log x \) the Pareto is an
     * exponential law, and as for {@link #kl(Uniform, Exponential)} the two terms cancel by a
     * factor of a few at most (the divergence is at least about 0.3).
     */
    static double kl(Uniform p, Pareto q) {
        if (p.lower() < q.scale()) {
            return Double.POSITIVE_INFINITY;
        }
        double scaledWidth = q.shape() * (p.width() / q.scale());
        double logScaledWidth = scaledWidth >= Double.MIN_NORMAL
                && scaledWidth < Double.POSITIVE_INFINITY ? Math.log(scaledWidth)
                : Math.log(q.shape()) + p.logWidth() - Math.log(q.scale());
        return (q.shape() + 1) * meanLogAbove(p, q.scale()) - logScaledWidth;
    }

    /**
     * \( H(U(a,b), \mathrm{Pareto}(x_m,\alpha)) = (\alpha+1)E_p[\log(X/x_m)] - \log(\alpha/x_m) \)
     * for \( a \ge x_m \) (derivation in {@link #kl(Uniform, Pareto)}), \( +\infty \) otherwise.
     */
    static double crossEntropy(Uniform p, Pareto q) {
        if (p.lower() < q.scale()) {
            return Double.POSITIVE_INFINITY;
        }
        return (q.shape() + 1) * meanLogAbove(p, q.scale()) - LogRatio.of(q.shape(), q.scale());
    }
}
