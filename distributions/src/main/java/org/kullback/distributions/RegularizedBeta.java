package org.kullback.distributions;

import org.hipparchus.special.Gamma;
import org.kullback.special.LogBeta;
import org.kullback.special.LogSpace;

/**
 * The regularized incomplete beta function
 * \( I_x(a,b) = \frac{1}{B(a,b)}\int_0^x t^{a-1}(1-t)^{b-1}\,dt \), its complement
 * \( 1 - I_x(a,b) = I_{1-x}(b,a) \), and its inverse, with relative accuracy in both tails. The
 * caller passes both \( x \) and \( y = 1 - x \), each to full relative accuracy, so that the
 * Student t family can pass \( y = t^2/(\nu + t^2) \) without forming \( 1 - x \).
 *
 * <p>Why not Hipparchus's {@code Beta.regularizedBeta}: its prefactor
 * \( \exp(a\log x + b\log(1-x) - \log a - \log B(a,b)) \) sums terms of size \( a + b \) and
 * loses about \( (a+b)\,\varepsilon \) relative (against mpmath: 8e-13 at the center and 4.6e-11
 * at \( I = 1.8 \times 10^{-49} \) for Beta(1e5, 3e5), 3e-11 for the t tail at \( \nu = 10^8 \)),
 * and it has no complement, so upper tails are {@code 1 - I}. Here:
 * <ul>
 * <li>The side is chosen as in Didonato &amp; Morris (1992): \( I_x(a,b) \) directly when
 * \( x &lt; (a+1)/(a+b+2) \), otherwise \( I_y(b,a) \); the other one is 1 minus it, which is
 * accurate because the side computed is not close to 1, except for small a, where the power
 * series gives the complement directly.</li>
 * <li>\( a \le 1 \): the power series (see {@link #powerSeries}).</li>
 * <li>Large a with \( \tfrac12 \le b \le 10 \) and \( x \ge e^{-1} \): there the continued
 * fraction's coefficients are close to \( -x \) and it loses about \( a\varepsilon \) (5e-10 for
 * the Student t tail at \( \nu = 10^8 \)), so the asymptotic expansion for large a of Temme,
 * as used in Didonato &amp; Morris's BGRAT, is used instead (see {@link #largeA}).</li>
 * <li>Otherwise the continued fraction of DLMF 8.17.22 (modified Lentz method), in double-double
 * arithmetic where it is ill-conditioned (near the mean when a and b are both large), times the
 * prefactor \( x^a y^b / (a B(a,b)) \) from {@link #kernel}.</li>
 * </ul>
 * Measured against mpmath over a, b from 1e-3 to 5e14 and x across both tails: relative error
 * below 7e-15 (mostly below 2e-15) where the result is above 1e-10; further out it grows like
 * \( \varepsilon\,|\log I| \), the rounding of the exponent (1.3e-14 at 2e-22, 1.2e-13 at
 * 1e-191).
 *
 * <p>References: A. R. Didonato, A. H. Morris, Algorithm 708: Significant digit computation of
 * the incomplete beta function ratios, ACM TOMS 18 (1992) 360–373; N. M. Temme, Special
 * Functions (Wiley 1996) §11.3; DLMF §8.17.
 */
final class RegularizedBeta {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double EPSILON = 0x1p-53;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 1_000_000;
    private static final double LARGE_A = 15;
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    /**
     * Coefficients of the odd Bernoulli polynomials \( B_k(\tfrac12 + w) \), k = 3, 5, ..., 13, as
     * polynomials in \( w^2 \) times w, highest power first (exact rationals).
     */
    private static final double[][] ODD_BERNOULLI = {
        {1, -1.0 / 4},
        {1, -5.0 / 6, 7.0 / 48},
        {1, -7.0 / 4, 49.0 / 48, -31.0 / 192},
        {1, -3, 147.0 / 40, -31.0 / 16, 381.0 / 1280},
        {1, -55.0 / 12, 77.0 / 8, -341.0 / 32, 1397.0 / 256, -2555.0 / 3072},
        {1, -13.0 / 2, 1001.0 / 48, -4433.0 / 112, 54483.0 / 1280, -33215.0 / 1536,
            1414477.0 / 430080}};

    private RegularizedBeta() {
    }

    /** \( I_x(a,b) \) for \( a, b &gt; 0 \), \( x \in [0,1] \), \( y = 1 - x \). */
    static double lower(double a, double b, double x, double y) {
        return evaluate(a, b, x, y, false);
    }

    /** \( 1 - I_x(a,b) = I_y(b,a) \) for \( a, b &gt; 0 \), \( x \in [0,1] \), \( y = 1 - x \). */
    static double upper(double a, double b, double x, double y) {
        return evaluate(a, b, x, y, true);
    }

    private static double evaluate(double a, double b, double x, double y, boolean complement) {
        if (x == 0) {
            return complement ? 1 : 0;
        }
        if (y == 0) {
            return complement ? 0 : 1;
        }
        if (x * (a + b + 2) > a + 1) {
            return evaluate(b, a, y, x, !complement);
        }
        if (a <= 1) {
            return powerSeries(a, b, x, complement);
        }
        double value = usesLargeA(a, b) && x >= 1 / Math.E
                ? largeA(a, b, x, y)
                : kernel(a, b, x, y) / a * accurateContinuedFraction(a, b, x, y);
        return complement ? 0.5 + (0.5 - value) : value;
    }

    /**
     * The continued fraction, evaluated again in double-double arithmetic when its value is large.
     * Near the mean of Beta(a, b) with a and b large, the first partial denominators
     * \( 1 + d_{2m+1}/\cdots \) are close to 0 (\( d_1 \approx -1 \)), each level cancels and
     * the double result loses a factor about its own size (5e-14 relative at Beta(1e5, 3e5)); the
     * double-double recomputation is exact to about 1e-30. It is then also sensitive to the
     * rounding of x, so x is taken as \( x + (1 - x - y) \) when x is the larger of the two
     * (where the caller formed it as a rounded complement, as Beta's survival function does),
     * with the residual computed exactly.
     */
    private static double accurateContinuedFraction(double a, double b, double x, double y) {
        double value = continuedFraction(a, b, x);
        if (Math.abs(value) <= 4) {
            return value;
        }
        DoubleDouble sum = DoubleDouble.sum(x, y);
        double residual = (1 - sum.hi()) - sum.lo();
        return continuedFractionDoubleDouble(a, b,
                DoubleDouble.of(x).add(DoubleDouble.of(x >= y ? residual : 0)));
    }

    private static boolean usesLargeA(double a, double b) {
        return b >= 0.5 && (b <= 1 ? a >= LARGE_A : isLargeAgainst(a, b));
    }

    /**
     * \( I_x(a,b) \) or its complement for \( a \le 1 \) from the power series (DLMF 8.17.7 with
     * 8.17.8; Didonato &amp; Morris's BPSER)
     * \[ I_x(a,b) = \frac{x^a}{a B(a,b)}\left(1 + a\sum_{n\ge1}
     *    \frac{(1-b)_n\,x^n}{n!\,(a+n)}\right), \]
     * which converges geometrically on this side (\( x &lt; (a+1)/(a+b+2) \), so
     * \( bx &lt; 2 \) and \( x &lt; 2/3 \) for small b). For small a, \( I_x \) is close to 1
     * and its complement is small, so the complement is formed as \( -\operatorname{expm1}(u) \)
     * with \( u = a\log x - \log(aB(a,b)) + \operatorname{log1p}(a\sum) \) and
     * \( -\log(aB(a,b)) = \log\Gamma(a+b) - \log\Gamma(b) - \log\Gamma(1+a)
     *   = a(\psi(b) - \psi(1)) + D(b \to b+a) - D(1 \to 1+a) \)
     * ({@link LogGammaDifferences}), which keeps its relative accuracy as \( a \to 0 \) (for
     * \( a \le b \); otherwise \( aB(a,b) \ge 1 \) is not close to 1 and is used directly).
     */
    private static double powerSeries(double a, double b, double x, boolean complement) {
        double term = 1;
        double sum = 0;
        for (int n = 1; n < 2000; n++) {
            term *= (n - b) * x / n;
            double contribution = term / (a + n);
            sum += contribution;
            if (Math.abs(contribution) <= EPSILON * Math.abs(sum)) {
                break;
            }
        }
        // The difference form needs a <= b: for b << a its two first terms are -a/b and +a/b.
        double logInverseAB = a <= b
                ? a * LogGammaDifferences.digammaDifference(1, b, b - 1)
                        + LogGammaDifferences.bregman(b, b + a, a)
                        - LogGammaDifferences.bregman(1, 1 + a, a)
                : -Math.log(a) - LogBeta.logBeta(a, b);
        double logSeries = Math.log1p(a * sum);
        if (complement) {
            return -Math.expm1(a * Math.log(x) + logInverseAB + logSeries);
        }
        return Math.pow(x, a) * Math.exp(logInverseAB + logSeries);
    }

    /**
     * The continued fraction \( 1/(1+{d_1}/(1+{d_2}/(1+\cdots))) \) with
     * \( d_{2m+1} = -\frac{(a+m)(a+b+m)x}{(a+2m)(a+2m+1)} \) and
     * \( d_{2m} = \frac{m(b-m)x}{(a+2m-1)(a+2m)} \) (DLMF 8.17.22), by the modified Lentz method.
     */
    private static double continuedFraction(double a, double b, double x) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double result = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            result *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double factor = d * c;
            result *= factor;
            if (Math.abs(factor - 1) <= EPSILON) {
                break;
            }
        }
        return result;
    }

    /** {@link #continuedFraction} with every operation in double-double arithmetic. */
    private static double continuedFractionDoubleDouble(double a, double b, DoubleDouble xx) {
        DoubleDouble one = DoubleDouble.of(1);
        DoubleDouble aa = DoubleDouble.of(a);
        DoubleDouble ab = DoubleDouble.sum(a, b);
        DoubleDouble c = one;
        DoubleDouble d = one.subtract(ab.multiply(xx).divide(DoubleDouble.sum(a, 1))).nonZero();
        d = one.divide(d);
        DoubleDouble result = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            DoubleDouble a2m = aa.add(DoubleDouble.of(2.0 * m));
            DoubleDouble even = DoubleDouble.of(m).multiply(DoubleDouble.sum(b, -m)).multiply(xx)
                    .divide(a2m.add(DoubleDouble.of(-1)).multiply(a2m));
            d = one.divide(one.add(even.multiply(d)).nonZero());
            c = one.add(even.divide(c)).nonZero();
            result = result.multiply(d.multiply(c));
            DoubleDouble odd = aa.add(DoubleDouble.of(m)).multiply(ab.add(DoubleDouble.of(m)))
                    .multiply(xx).divide(a2m.multiply(a2m.add(one))).negate();
            d = one.divide(one.add(odd.multiply(d)).nonZero());
            c = one.add(odd.divide(c)).nonZero();
            DoubleDouble factor = d.multiply(c);
            result = result.multiply(factor);
            if (Math.abs(factor.subtract(one).hi()) <= 1e-30) {
                break;
            }
        }
        return result.hi() + result.lo();
    }

    /**
     * An unevaluated sum \( hi + lo \) of two doubles, \( |lo| \le \mathrm{ulp}(hi)/2 \), with
     * the error-free transformations of Dekker (1971) and Knuth (TAOCP vol. 2, §4.2.2): about 106
     * bits of precision.
     */
    private record DoubleDouble(double hi, double lo) {

        static DoubleDouble of(double value) {
            return new DoubleDouble(value, 0);
        }

        /** The exact sum of two doubles. */
        static DoubleDouble sum(double a, double b) {
            double s = a + b;
            double v = s - a;
            return new DoubleDouble(s, (a - (s - v)) + (b - v));
        }

        private static DoubleDouble normalized(double hi, double lo) {
            double s = hi + lo;
            return new DoubleDouble(s, lo - (s - hi));
        }

        DoubleDouble add(DoubleDouble other) {
            DoubleDouble s = sum(hi, other.hi);
            return normalized(s.hi, s.lo + lo + other.lo);
        }

        DoubleDouble subtract(DoubleDouble other) {
            return add(other.negate());
        }

        DoubleDouble negate() {
            return new DoubleDouble(-hi, -lo);
        }

        DoubleDouble multiply(DoubleDouble other) {
            double p = hi * other.hi;
            double e = Math.fma(hi, other.hi, -p) + (hi * other.lo + lo * other.hi);
            return normalized(p, e);
        }

        DoubleDouble divide(DoubleDouble other) {
            double q1 = hi / other.hi;
            DoubleDouble r = subtract(other.multiply(of(q1)));
            double q2 = r.hi / other.hi;
            r = r.subtract(other.multiply(of(q2)));
            double q3 = r.hi / other.hi;
            return sum(q1, q2).add(of(q3));
        }

        DoubleDouble nonZero() {
            return Math.abs(hi) < TINY ? of(TINY) : this;
        }
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }

    /**
     * \( \log(x^a y^b / B(a,b)) \) for \( a, b &gt; 0 \), \( 0 &lt; x &lt; 1 \), \( y = 1 - x \):
     * the log density of Beta(a, b) at x plus \( \log x + \log y \).
     *
     * <p>The textbook sum cancels when a and b are large (at Beta(1e5, 3e5) its terms are
     * 2e5 and the result is about 6). With \( s = a + b \), \( x_0 = a/s \), \( y_0 = b/s \),
     * \( d = x - x_0 \) and Stirling's formula for \( \log B \) (remainder \( \delta \)) it is
     * exactly
     * \[ a\,\ell\!\left(\tfrac{d}{x_0}\right) + b\,\ell\!\left(-\tfrac{d}{y_0}\right)
     *    + \tfrac12\log\frac{ab}{2\pi s} - \delta(a) - \delta(b) + \delta(s), \qquad
     *    \ell(u) = \log(1+u) - u, \]
     * because \( a\,d/x_0 - b\,d/y_0 = 0 \): the large terms cancel analytically (this is the
     * saddle-point form of Loader's binomial density; \( \delta \) from
     * {@link LogBeta#logGammaCorrection}). Far from \( x_0 \), \( \ell(u) \) is formed from the
     * ratio \( x/x_0 \), not from a difference of logarithms. Used when \( a, b \ge 1 \), where the
     * remainders are below 0.09. When one parameter is below 1 and the other large,
     * \( -\log B(a,b) = b\log N - \log\Gamma(b) + \log F \) with \( N = a + (b-1)/2 \) and the
     * series of {@link #logGammaRatio}, so that \( b\log y + b\log N = b\log(yN) \) does not
     * cancel either.
     */
    static double logKernel(double a, double b, double x, double y) {
        double logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
        double logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
        if (Math.min(a, b) >= 1) {
            double s = a + b;
            double x0 = a / s;
            double y0 = b / s;
            double d = x <= y ? x - x0 : y0 - y;
            return a * deviance(d / x0, x, x0) + b * deviance(-d / y0, y, y0)
                    + 0.5 * Math.log(x0 * b) - HALF_LOG_TWO_PI
                    - LogBeta.logGammaCorrection(a)
                    - LogBeta.logGammaCorrection(b)
                    + LogBeta.logGammaCorrection(s);
        }
        if (isLargeAgainst(a, b)) {
            return a * logX + b * logTimes(y, logY, a + (b - 1) / 2) - Gamma.logGamma(b)
                    + logGammaRatio(a, b);
        }
        if (isLargeAgainst(b, a)) {
            return b * logY + a * logTimes(x, logX, b + (a - 1) / 2) - Gamma.logGamma(a)
                    + logGammaRatio(b, a);
        }
        return a * logX + b * logY - LogBeta.logBeta(a, b);
    }

    /**
     * \( x^a y^b / B(a,b) \). The exponential of {@link #logKernel} has a relative error of
     * \( \varepsilon \) times the size of the logarithm (1.5e-13 at 1e-300); in the tails, where
     * the logarithm is large, the product \( x^a \cdot y^b \cdot e^{-\log B} \) (with
     * \( x^a = \exp(a\operatorname{log1p}(-y)) \) for \( x &gt; \tfrac12 \)) is more accurate, and
     * is used when its error estimate is smaller and no factor leaves the normal range.
     */
    static double kernel(double a, double b, double x, double y) {
        double logKernel = logKernel(a, b, x, y);
        double logBeta = LogBeta.logBeta(a, b);
        double powerError = Math.abs(logBeta) + (x > 0.5 ? a * -Math.log1p(-y) : 0)
                + (y > 0.5 ? b * -Math.log1p(-x) : 0);
        if (Math.abs(logKernel) > powerError + 2) {
            double powerX = x <= 0.5 ? Math.pow(x, a) : Math.exp(a * Math.log1p(-y));
            double powerY = y <= 0.5 ? Math.pow(y, b) : Math.exp(b * Math.log1p(-x));
            double value = powerX * powerY * Math.exp(-logBeta);
            if (powerX >= Double.MIN_NORMAL && powerY >= Double.MIN_NORMAL
                    && value >= Double.MIN_NORMAL && value < Double.POSITIVE_INFINITY) {
                return value;
            }
        }
        return Math.exp(logKernel);
    }

    /** \( \log(1+u) - u \) for \( 1 + u = x/x_0 \), from the ratio far from \( u = 0 \). */
    private static double deviance(double u, double x, double x0) {
        return Math.abs(u) < 0.5 ? LogSpace.log1pmx(u) : LogRatio.of(x, x0) - u;
    }

    private static double logTimes(double y, double logY, double n) {
        double product = y * n;
        return product >= Double.MIN_NORMAL && product < Double.POSITIVE_INFINITY
                ? Math.log(product) : logY + Math.log(n);
    }

    /** Whether the series of {@link #logGammaRatio} holds to full precision for (big, small). */
    static boolean isLargeAgainst(double big, double small) {
        return big >= 100 && small <= 10 && big >= 50 * (1 + small);
    }

    /**
     * \( \log F = \log\Gamma(a+b) - \log\Gamma(a) - b\log N \), \( N = a + (b-1)/2 \), for large
     * a: with \( a + b = N + \tfrac12 + w \), \( a = N + \tfrac12 - w \), \( w = b/2 \),
     * DLMF 5.11.8 gives
     * \( \log F \sim -\sum_{k\ \mathrm{odd} \ge 3} \frac{2 B_k(\frac12 + w)}{k(k-1)N^{k-1}} \)
     * (the even terms cancel, which is why N is chosen so), a series in \( N^{-2} \).
     */
    static double logGammaRatio(double a, double b) {
        double n = a + (b - 1) / 2;
        double w = b / 2;
        double w2 = w * w;
        double inverse2 = 1 / (n * n);
        double power = inverse2;
        double sum = 0;
        for (int i = 0; i < ODD_BERNOULLI.length; i++) {
            int k = 2 * i + 3;
            double polynomial = 0;
            for (double coefficient : ODD_BERNOULLI[i]) {
                polynomial = polynomial * w2 + coefficient;
            }
            sum -= 2 * polynomial * w / (k * (k - 1.0)) * power;
            power *= inverse2;
        }
        return sum;
    }

    /**
     * \( I_x(a,b) \) for large a (\( a \ge 15 \) when \( b \le 1 \), else as
     * {@link #isLargeAgainst}), \( \tfrac12 \le b \le 10 \), \( \lambda = -\log x \le 1 \).
     * Substituting \( t = e^{-w} \) in the integral and writing
     * \( (1 - e^{-w})^{b-1} = e^{-(b-1)w/2}\,w^{b-1}\,(\sinh(w/2)/(w/2))^{b-1} \) gives, with
     * \( N = a + (b-1)/2 \), \( z = N\lambda \) and
     * \( (\sinh(w/2)/(w/2))^{b-1} = \sum_n c_n w^{2n} \),
     * \[ I_x(a,b) = \frac{\Gamma(a+b)}{\Gamma(a)\,N^b} \sum_{n \ge 0} c_n\, g_n, \qquad
     *    g_n = \frac{\Gamma(b+2n, z)}{\Gamma(b)\,N^{2n}}, \]
     * an asymptotic series in \( N^{-2} \) (Temme 1996, §11.3.3; Didonato &amp; Morris 1992,
     * BGRAT).
     * \( g_0 = Q(b, z) \) and \( g_{n+1} = [s(s+1)g_n + h\lambda^{2n}(s+1+z)]/N^2 \) with
     * \( s = b + 2n \), \( h = z^b e^{-z}/\Gamma(b) \), from
     * \( \Gamma(s+2,z) = s(s+1)\Gamma(s,z) + z^s e^{-z}(s+1+z) \); all terms added are positive.
     * The \( c_n \) follow from the coefficients \( e_k = 4^{-k}/(2k+1)! \) of
     * \( \sinh(w/2)/(w/2) \) by the power recurrence
     * \( n c_n = \sum_{k=1}^n (bk - n)\,e_k c_{n-k} \) (Knuth, TAOCP vol. 2, §4.7).
     */
    private static double largeA(double a, double b, double x, double y) {
        double lambda = x < 0.5 ? -Math.log(x) : -Math.log1p(-y);
        double n = a + (b - 1) / 2;
        double z = n * lambda;
        double prefactor = Math.exp(logGammaRatio(a, b));
        double h = Math.exp(-z) * Math.pow(z, b) / gammaOfSmall(b);
        double g = upperGamma(b, z, h);
        double sum = g;
        double inverseN2 = 1 / (n * n);
        double lambda2 = lambda * lambda;
        double lambdaPower = 1;
        double[] c = new double[31];
        double[] e = new double[31];
        c[0] = 1;
        e[0] = 1;
        for (int k = 1; k < e.length; k++) {
            e[k] = e[k - 1] / (4.0 * (2 * k) * (2 * k + 1));
        }
        for (int m = 0; m + 1 < c.length; m++) {
            int next = m + 1;
            double cNext = 0;
            for (int k = 1; k <= next; k++) {
                cNext += (b * k - next) * e[k] * c[next - k];
            }
            c[next] = cNext / next;
            double s = b + 2 * m;
            g = (s * (s + 1) * g + h * lambdaPower * (s + 1 + z)) * inverseN2;
            lambdaPower *= lambda2;
            double term = c[next] * g;
            sum += term;
            if (Math.abs(term) <= EPSILON * 0.25 * Math.abs(sum)) {
                break;
            }
        }
        return prefactor * sum;
    }

    /** \( \Gamma(b) \) for \( \tfrac12 \le b \le 10 \), within 3e-15 (Hipparchus's logGamma). */
    private static double gammaOfSmall(double b) {
        return b == 0.5 ? SQRT_PI : Math.exp(Gamma.logGamma(b));
    }

    /**
     * The regularized upper incomplete gamma function \( Q(b, z) \) for
     * \( \tfrac12 \le b \le 10 \),
     * given \( h = z^b e^{-z}/\Gamma(b) \) (computed as a product, not as one exponential of a sum
     * of size z, which is where Hipparchus's {@code regularizedGammaQ} loses up to 4e-14): for
     * \( z &lt; 1 \) as \( 1 - P \) with the power series of P (Q is at least 0.15 there), else
     * by Legendre's continued fraction (DLMF 8.9.2) with the modified Lentz method.
     */
    private static double upperGamma(double b, double z, double h) {
        if (z < Math.max(1, b)) {
            double term = 1;
            double sum = 1;
            for (int k = 1; k < 200 && term > EPSILON * sum; k++) {
                term *= z / (b + k);
                sum += term;
            }
            return 0.5 + (0.5 - h / b * sum);
        }
        double f = nonZero(z + 1 - b);
        double c = f;
        double d = 0;
        for (int i = 1; i <= MAX_ITERATIONS; i++) {
            double an = -i * (i - b);
            double bn = z + 2 * i + 1 - b;
            d = 1 / nonZero(bn + an * d);
            c = nonZero(bn + an / c);
            double factor = c * d;
            f *= factor;
            if (Math.abs(factor - 1) <= EPSILON) {
                break;
            }
        }
        return h / f;
    }

    /**
     * The x in (0, 1) with \( I_x(a,b) = p \), given p and \( q = 1 - p \) (at least the smaller
     * of the two exact), for \( 0 &lt; p &lt; 1 \).
     *
     * <p>The equation is posed on the smaller tail probability (\( I_x(a,b) = p \) for
     * \( p \le \tfrac12 \), \( 1 - I_x(a,b) = I_y(b,a) = q \) otherwise) and solved for the
     * smaller of x and \( y = 1 - x \), so that neither a small probability nor a quantile near 0
     * or near 1 loses its relative accuracy. It starts from the approximation of Abramowitz &amp;
     * Stegun 26.5.22 when \( a, b \ge 1 \) and from the two tail power laws
     * \( I_x \approx x^a/(aB) \), \( 1 - I_x \approx y^b/(bB) \) otherwise (the choice of Press et
     * al., Numerical Recipes, 3rd ed., §6.14.1), then runs Newton's method on
     * \( \log(\text{tail}/\text{target}) \) as a function of \( \log w \), w the variable solved
     * for, with \( d\log I/d\log x = x^a y^b/(B(a,b)\,y\,I) \): in that scale the tails are
     * nearly straight lines (\( I \approx C x^a \) near 0), so Newton converges from far out,
     * also for \( a &lt; 1 \) where the density is singular at 0. A bracket of the root is kept
     * and a step leaving it is replaced by bisection; it stops when the step is at rounding level
     * or stops shrinking.
     */
    static double inverse(double a, double b, double p, double q) {
        boolean upperTail = p > 0.5;
        double target = upperTail ? q : p;
        double x0;
        double y0;
        if (upperTail) {
            y0 = initialGuess(b, a, q);
            x0 = 1 - y0;
        } else {
            x0 = initialGuess(a, b, p);
            y0 = 1 - x0;
        }
        boolean solveForY = y0 < x0;
        double w = solveForY ? y0 : x0;
        // Whether the tail probability increases with w.
        boolean increasing = upperTail == solveForY;
        double low = 0;
        double high = 1;
        double previousStep = Double.POSITIVE_INFINITY;
        for (int iteration = 0; iteration < 200; iteration++) {
            double x = solveForY ? 1 - w : w;
            double y = solveForY ? w : 1 - w;
            double value = upperTail ? upper(a, b, x, y) : lower(a, b, x, y);
            if (value == target) {
                return x;
            }
            if ((value < target) == increasing) {
                low = w;
            } else {
                high = w;
            }
            double ratio = value / target;
            double excess = ratio > 0 && ratio < Double.POSITIVE_INFINITY ? Math.log(ratio)
                    : Math.log(value) - Math.log(target);
            // d log(value) / d log(w), from d log I / d log x = x^a y^b / (B y I).
            double slope = Math.exp(logKernel(a, b, x, y) - Math.log(y * value))
                    * (upperTail ? -1 : 1) * (solveForY ? -y / x : 1);
            double step = -excess / slope;
            // Converged when the step is at rounding level, or when it stops shrinking once small
            // (the last digits of the tail are noise, so the Newton steps are too).
            if (Math.abs(step) <= 0x1p-53
                    || Math.abs(step) < 1e-9 && Math.abs(step) > 0.5 * previousStep) {
                double last = w * Math.exp(step);
                return solveForY ? 1 - last : last;
            }
            previousStep = Math.abs(step);
            double next = w * Math.exp(step);
            if (!(next > low && next < high)) {
                next = low > 0 && high / low > 4 ? Math.sqrt(low) * Math.sqrt(high)
                        : 0.5 * (low + high);
            }
            if (next == w) {
                break;
            }
            w = next;
        }
        return solveForY ? 1 - w : w;
    }

    private static double initialGuess(double a, double b, double p) {
        if (a >= 1 && b >= 1) {
            double z = -Normal.standardQuantile(p);
            double lambda = (z * z - 3) / 6;
            double h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
            double w = z * Math.sqrt(h + lambda) / h
                    - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5.0 / 6 - 2 / (3 * h));
            double x = a / (a + b * Math.exp(2 * w));
            if (x > 0 && x < 1) {
                return x;
            }
        }
        double s = a + b;
        double lowerMass = Math.exp(a * Math.log(a / s)) / a;
        double upperMass = Math.exp(b * Math.log(b / s)) / b;
        double total = lowerMass + upperMass;
        double x = p < lowerMass / total
                ? Math.pow(a * total * p, 1 / a)
                : 1 - Math.pow(b * total * (1 - p), 1 / b);
        return x > 0 && x < 1 ? x : Math.min(Math.max(x, Double.MIN_NORMAL), 1 - EPSILON);
    }
}
