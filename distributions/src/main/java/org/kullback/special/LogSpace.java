package org.kullback.special;

/**
 * Elementary functions in log space, written so that they keep full relative accuracy where the
 * naive formula cancels or overflows: \( \log(1+x) - x \), \( e^x - 1 - x \),
 * \( \log(1 - e^x) \), \( \log(1 + e^x) \), \( x \log y \) with \( 0 \log 0 = 0 \), and
 * log-sum-exp. Closed-form entropies and KL divergences are built from these, so that e.g. the
 * KL divergence between two nearly equal distributions comes out with all its digits.
 *
 * <p>Bad input: these are mathematical functions, so they return {@code NaN} instead of
 * throwing; {@code NaN} in gives {@code NaN} out, and an argument outside the domain gives
 * {@code NaN} (documented per method).
 *
 * <p>References:
 * <ul>
 *   <li>[Mächler] M. Mächler, <i>Accurately computing \( \log(1 - \exp(-|a|)) \), assessed by
 *       the Rmpfr package</i>, 2012, https://cran.r-project.org/package=Rmpfr (vignette
 *       "log1mexp-note").</li>
 *   <li>[DLMF] NIST Digital Library of Mathematical Functions, §4.6 (series of the logarithm),
 *       https://dlmf.nist.gov/4.6.</li>
 * </ul>
 */
public final class LogSpace {

    /** \( \ln 2 \). */
    private static final double LN2 = 0.6931471805599453;
    /**
     * \( \ln 2 \) split as in fdlibm's {@code e_log.c}: {@code LN2_HI} has 32 significant bits,
     * so {@code e * LN2_HI} is exact for every binary exponent {@code e} of a double.
     */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double SQRT2 = 1.4142135623730951;
    /** Below this \( |x| \) the series of {@link #log1pmx} is used. */
    private static final double LOG1PMX_SERIES_BOUND = 0.5;
    /** Series summation stops once a term is below this fraction of the partial sum. */
    private static final double SERIES_TOLERANCE = 0x1.0p-60;
    /** Thresholds of {@link #log1pexp} [Mächler, eq. (10)]. */
    private static final double LOG1PEXP_EXP = -37;
    private static final double LOG1PEXP_LOG1P = 18;
    private static final double LOG1PEXP_LINEAR = 33.3;

    private LogSpace() {
    }

    /**
     * The exponent \( e \) with \( x\,2^{-e} \in [\sqrt{1/2}, \sqrt{2}) \), for finite
     * \( x &gt; 0 \).
     * Then \( \log x = e \ln 2 + \log(x\,2^{-e}) \), where the second logarithm is at most
     * \( \ln(2)/2 \) in magnitude: splitting \( \ln 2 \) into two doubles gives \( \log x \)
     * with an absolute error of about 5e-17, however large \( |\log x| \) is.
     */
    static int balancedExponent(double x) {
        final int e = x < Double.MIN_NORMAL
            ? Math.getExponent(x * 0x1.0p54) - 54
            : Math.getExponent(x);
        return Math.scalb(x, -e) > SQRT2 ? e + 1 : e;
    }

    /**
     * \( \log(1 + x) - x \), accurate also when \( |x| \) is small and the two terms cancel
     * (e.g. \( x = 10^{-10} \), result \( -5 \times 10^{-21} \)).
     *
     * <p>Algorithm: with \( t = x/(2 + x) \), \( \log(1 + x) = 2\operatorname{atanh} t
     * = 2 \sum_{k \ge 0} t^{2k+1}/(2k+1) \) [DLMF 4.6.4], and \( 2t - x = -x t \), so
     * \[ \log(1 + x) - x = -x t + 2 t^3 \sum_{k \ge 0} \frac{t^{2k}}{2k + 3}. \]
     * The first term dominates (\( -x^2/2 \)), the second is smaller by a factor \( |x|/6 \), so
     * nothing cancels. Used for \( |x| \le 1/2 \) (\( |t| \le 1/3 \)); elsewhere
     * {@code Math.log1p(x) - x} loses at most a factor 6 in relative accuracy.
     *
     * @param x the argument, \( x \ge -1 \)
     * @return \( \log(1 + x) - x \); \( -\infty \) for \( x = -1 \) and \( x = +\infty \);
     *     {@code NaN} for \( x &lt; -1 \) or {@code NaN}
     */
    public static double log1pmx(double x) {
        if (Math.abs(x) > LOG1PMX_SERIES_BOUND) {
            return x == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY : Math.log1p(x) - x;
        }
        final double t = x / (2 + x);
        final double t2 = t * t;
        double power = 1;
        double sum = 1.0 / 3;
        for (int k = 1; power > SERIES_TOLERANCE; k++) {
            power *= t2;
            sum += power / (2 * k + 3);
        }
        return -x * t + 2 * t * t2 * sum;
    }

    /**
     * \( e^x - 1 - x \), accurate also for small \( |x| \) where the terms cancel; useful for
     * divergences between nearly equal parameters, e.g. \( e^d - 1 - d \).
     *
     * <p>Algorithm: for \( |x| &lt; 1 \) the Taylor series
     * \( \sum_{k \ge 2} x^k / k! \) (leading term \( x^2/2 \); for \( x &lt; 0 \) the partial
     * sums never fall below a third of the leading term); otherwise
     * {@code Math.expm1(x) - x}.
     *
     * @param x the argument
     * @return \( e^x - 1 - x \); \( +\infty \) for \( x = \pm\infty \) or on overflow;
     *     {@code NaN} for {@code NaN}
     */
    public static double expm1mx(double x) {
        if (!(Math.abs(x) < 1)) {
            return x == Double.POSITIVE_INFINITY ? x : Math.expm1(x) - x;
        }
        double term = x * x / 2;
        double sum = term;
        for (int k = 3; Math.abs(term) > SERIES_TOLERANCE * sum; k++) {
            term *= x / k;
            sum += term;
        }
        return sum;
    }

    /**
     * \( x \log y \), defined as 0 when \( x = 0 \) (so that \( 0 \log 0 = 0 \), the convention of
     * entropy), as SciPy's {@code xlogy}.
     *
     * @param x the factor
     * @param y the argument of the logarithm
     * @return \( x \log y \); {@code 0} if \( x = 0 \) and \( y \) is not {@code NaN} (even for
     *     \( y = 0 \) or \( y = +\infty \)); {@code NaN} if either is {@code NaN}
     */
    public static double xlogy(double x, double y) {
        if (x == 0 && !Double.isNaN(y)) {
            return 0;
        }
        return x * Math.log(y);
    }

    /**
     * \( x \log(1 + y) \), defined as 0 when \( x = 0 \), as SciPy's {@code xlog1py}.
     *
     * @param x the factor
     * @param y the argument of {@code log1p}
     * @return \( x \log(1 + y) \); {@code 0} if \( x = 0 \) and \( y \) is not {@code NaN};
     *     {@code NaN} if either is {@code NaN}
     */
    public static double xlog1py(double x, double y) {
        if (x == 0 && !Double.isNaN(y)) {
            return 0;
        }
        return x * Math.log1p(y);
    }

    /**
     * \( \log(1 - e^x) \) for \( x \le 0 \).
     *
     * <p>Algorithm [Mächler, eq. (7)]: \( \log(-\operatorname{expm1}(x)) \) for
     * \( -\ln 2 &lt; x \le 0 \) and \( \operatorname{log1p}(-e^x) \) for \( x \le -\ln 2 \); each
     * form is used where it does not cancel.
     *
     * @param x the argument, \( x \le 0 \)
     * @return \( \log(1 - e^x) \); \( -\infty \) for \( x = 0 \); \( -0 \) for
     *     \( x = -\infty \); {@code NaN} for \( x &gt; 0 \) or {@code NaN}
     */
    public static double log1mexp(double x) {
        if (x > 0) {
            return Double.NaN;
        }
        return x > -LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
    }

    /**
     * \( \log(1 + e^x) \) (the softplus function) without overflow or loss of accuracy.
     *
     * <p>Algorithm [Mächler, eq. (10)]: \( e^x \) for \( x \le -37 \) (where
     * \( \log(1 + e^x) = e^x \) to double precision), \( \operatorname{log1p}(e^x) \) for
     * \( x \le 18 \), \( x + e^{-x} \) for \( x \le 33.3 \), and \( x \) above.
     *
     * @param x the argument
     * @return \( \log(1 + e^x) \); {@code NaN} for {@code NaN}
     */
    public static double log1pexp(double x) {
        if (x <= LOG1PEXP_EXP) {
            return Math.exp(x);
        }
        if (x <= LOG1PEXP_LOG1P) {
            return Math.log1p(Math.exp(x));
        }
        if (x <= LOG1PEXP_LINEAR) {
            return x + Math.exp(-x);
        }
        return x;
    }

    /**
     * \( \log(e^a + e^b) \) without overflow: \( m + \operatorname{log1p}(e^{-|a-b|}) \) with
     * \( m = \max(a, b) \).
     *
     * @param a the first log-value
     * @param b the second log-value
     * @return \( \log(e^a + e^b) \); \( -\infty \) if both are \( -\infty \); \( +\infty \) if
     *     either is \( +\infty \) (and neither is {@code NaN}); {@code NaN} if either is
     *     {@code NaN}
     */
    public static double logSumExp(double a, double b) {
        final double max = Math.max(a, b);
        if (Double.isInfinite(max)) {
            return max;
        }
        return max + Math.log1p(Math.exp(-Math.abs(a - b)));
    }

    /**
     * \( \log \sum_i e^{v_i} \) without overflow or underflow: with \( m = \max_i v_i \),
     * \( m + \operatorname{log1p}\bigl(\sum_{i \ne i^*} e^{v_i - m}\bigr) \), where \( i^* \) is
     * the (first) index of the maximum, whose term \( e^0 = 1 \) is taken out of the sum so that
     * a dominant maximum keeps its last digits.
     *
     * @param values the log-values; entries equal to \( -\infty \) contribute nothing
     * @return \( \log \sum_i e^{v_i} \); \( -\infty \) for an empty array or if all entries are
     *     \( -\infty \); \( +\infty \) if any entry is \( +\infty \) (and none is {@code NaN});
     *     {@code NaN} if any entry is {@code NaN}
     * @throws NullPointerException if {@code values} is {@code null}
     */
    public static double logSumExp(double... values) {
        double max = Double.NEGATIVE_INFINITY;
        int argMax = -1;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                return Double.NaN;
            }
            if (values[i] > max) {
                max = values[i];
                argMax = i;
            }
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            if (i != argMax) {
                sum += Math.exp(values[i] - max);
            }
        }
        return max + Math.log1p(sum);
    }
}
