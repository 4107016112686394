package org.kullback.special;

import org.hipparchus.special.Gamma;

/**
 * The digamma function \( \psi(x) = \frac{d}{dx} \log\Gamma(x) \), the trigamma function
 * \( \psi_1(x) = \psi'(x) \), the inverse of digamma on \( (0, \infty) \), and
 * \( \log\Gamma(1 + x) \) for small \( |x| \), all to close to machine precision.
 *
 * <p>Why not Hipparchus or Commons Math: both return \( \psi(1) = -0.5772156677920679 \) (the
 * true value is \( -\gamma = -0.5772156649015329 \)) because the signs of their asymptotic series
 * are wrong, and Hipparchus's {@code Gamma.trigamma} has relative errors up to 2e-12 for
 * \( x &gt; 0 \) (measured against mpmath at 50 digits).
 *
 * <p>Bad input: these are mathematical functions, so they return {@code NaN} instead of
 * throwing; {@code NaN} in gives {@code NaN} out, and the poles at \( 0, -1, -2, \dots \) give
 * {@code NaN} (as mpmath and SciPy do: the two-sided limit does not exist).
 *
 * <p>References:
 * <ul>
 *   <li>[DLMF] NIST Digital Library of Mathematical Functions, §5.5 (recurrence, reflection),
 *       §5.7 (series), §5.11 (asymptotic expansions), §5.15 (polygamma),
 *       https://dlmf.nist.gov/5.</li>
 *   <li>[Minka] T. P. Minka, <i>Estimating a Dirichlet distribution</i>, 2000/2012, Appendix C
 *       (inverting the digamma function).</li>
 * </ul>
 */
public final class Polygamma {

    /**
     * The positive root \( x_0 = 1.46163214496836234126\dots \) of \( \psi \) as an unevaluated
     * sum {@code ROOT_HI + ROOT_LO} (computed with mpmath by
     * {@code src/test/python/digamma_root_polynomial.py}).
     */
    private static final double ROOT_HI = 1.4616321449683622;
    private static final double ROOT_LO = 9.549995429965697e-17;
    /** \( x_0 - 1 \) as {@code ROOT_M1_HI + ROOT_M1_LO}. */
    private static final double ROOT_M1_HI = 0.46163214496836236;
    private static final double ROOT_M1_LO = -1.5522348162858677e-17;

    /**
     * Ascending monomial coefficients in \( s = x - 3/2 \) of the degree-16 Chebyshev interpolant
     * of \( Q(s) = \psi(x)/(x - x_0) - 1/(x x_0) \) on \( x \in [1, 2] \); see
     * {@link #digammaOnePlus(double)}. Derived by
     * {@code src/test/python/digamma_root_polynomial.py};
     * with these double coefficients the bracket \( Q + 1/(x x_0) \) is within 1e-17 relative.
     */
    private static final double[] ROOT_POLYNOMIAL = {
        0.49494476150711986,
        -0.11955334493165168,
        0.03782643334091441,
        -0.013260889120694248,
        0.004892701830759204,
        -0.001858118188859778,
        0.0007181572168033181,
        -0.00028067906143039467,
        0.00011050324231502792,
        -4.3718059000027144e-05,
        1.735389055346002e-05,
        -6.90800477118054e-06,
        2.752793129308645e-06,
        -1.0827412493932995e-06,
        4.3227118596724037e-07,
        -2.0797818742300953e-07,
        8.311867318763684e-08,
    };

    /** From here on the asymptotic expansions are used directly. */
    private static final double ASYMPTOTIC_THRESHOLD = 10;

    /**
     * \( B_{2k}/(2k) \) for \( k = 1, \dots, 9 \), the coefficients of
     * \( \psi(x) \sim \log x - \frac{1}{2x} - \sum_k \frac{B_{2k}}{2k\,x^{2k}} \) [DLMF 5.11.2].
     * At \( x = 10 \) the first omitted term is below 1e-19 relative.
     */
    private static final double[] DIGAMMA_ASYMPTOTIC = {
        1.0 / 12,
        -1.0 / 120,
        1.0 / 252,
        -1.0 / 240,
        1.0 / 132,
        -691.0 / 32760,
        1.0 / 12,
        -3617.0 / 8160,
        43867.0 / 14364,
    };

    /**
     * The Bernoulli numbers \( B_{2k} \), \( k = 1, \dots, 10 \), of
     * \( \psi_1(x) \sim \frac{1}{x} + \frac{1}{2x^2} + \sum_k \frac{B_{2k}}{x^{2k+1}} \)
     * [DLMF 5.15.8]. At \( x = 10 \) the first omitted term is below 1e-19 relative.
     */
    private static final double[] BERNOULLI = {
        1.0 / 6,
        -1.0 / 30,
        1.0 / 42,
        -1.0 / 30,
        5.0 / 66,
        -691.0 / 2730,
        7.0 / 6,
        -3617.0 / 510,
        43867.0 / 798,
        -174611.0 / 330,
    };

    /** \( \pi - \) {@code Math.PI}, the low part of \( \pi \) in double-double. */
    private static final double PI_LO = 1.2246467991473532e-16;

    /** Minka's switch between the two initial guesses of the inverse. */
    private static final double INVERSE_SWITCH = -2.22;
    private static final int MAX_NEWTON_ITERATIONS = 20;
    private static final double NEWTON_TOLERANCE = 1e-9;

    /** Range of Hipparchus's {@code Gamma.logGamma1p}, and below it the Taylor series. */
    private static final double LOG_GAMMA_1P_LOW = -0.5;
    private static final double LOG_GAMMA_1P_HIGH = 1.5;
    private static final double LOG_GAMMA_1P_SERIES_BOUND = 0x1.0p-20;
    /** Euler's constant \( \gamma \), \( \zeta(2)/2 = \pi^2/12 \), \( \zeta(3)/3 \). */
    private static final double EULER_GAMMA = 0.5772156649015329;
    private static final double ZETA2_OVER_2 = 0.8224670334241132;
    private static final double ZETA3_OVER_3 = 0.40068563438653143;

    private Polygamma() {
    }

    /**
     * The digamma function \( \psi(x) = \Gamma'(x)/\Gamma(x) \).
     *
     * <p>Algorithm, for \( x &gt; 0 \):
     * <ul>
     *   <li>\( 1 \le x \le 2 \): \( \psi(x) = (x - x_0)\,\bigl(Q(x - 3/2) + 1/(x x_0)\bigr) \),
     *       where
     *       \( x_0 \) is the positive root of \( \psi \), held in double-double so that
     *       \( x - x_0 \) is exact to about 1e-33, and \( Q \) is a degree-16 polynomial (see
     *       {@link #digammaOnePlus(double)}). The result is relatively accurate even next to the
     *       root, where \( \psi(x) \approx \psi'(x_0)(x - x_0) \).</li>
     *   <li>\( 0 &lt; x &lt; 1 \): \( \psi(x) = \psi(1 + x) - 1/x \) [DLMF 5.5.2], with
     *       \( \psi(1 + x) \) evaluated as a function of \( x \) (its distance to the root is
     *       \( x - (x_0 - 1) \), so the rounding of \( 1 + x \) does not enter);
     *       for tiny \( x \) this is \( -1/x - \gamma + \frac{\pi^2}{6}x + O(x^2) \).</li>
     *   <li>\( 2 &lt; x &lt; 10 \): downward recurrence
     *       \( \psi(x) = \psi(x - n) + \sum_{k=1}^{n} 1/(x - k) \) into \( (1, 2] \); all the
     *       subtractions are exact and the terms are of one sign.</li>
     *   <li>\( x \ge 10 \): the asymptotic expansion
     *       \( \log x - \frac{1}{2x} - \sum_{k=1}^{9} \frac{B_{2k}}{2k\,x^{2k}} \)
     *       [DLMF 5.11.2], i.e. \( \log x - \frac{1}{2x} - \frac{1}{12x^2} + \frac{1}{120x^4}
     *       - \frac{1}{252x^6} + \cdots \).</li>
     * </ul>
     * For \( x &lt; 0 \) the reflection formula [DLMF 5.5.4]
     * \( \psi(x) = \psi(1 - x) - \pi\cot(\pi x) = \psi(1 - x) + \pi \cot(\pi |x|) \), with
     * \( \cot(\pi|x|) \) computed after exact reduction of \( |x| \) modulo 1/2 (so \( \pi x \)
     * is never rounded) and \( \psi(1 - x) = \psi(|x|) + 1/|x| \) for \( |x| \ge 1 \) (no
     * rounding of \( 1 - x \)).
     *
     * <p>Accuracy against mpmath: relative error below 1e-15 for all \( x &gt; 0 \), including
     * next to the root \( x_0 \). For \( x &lt; 0 \) the error is relative to
     * \( |\psi(1-x)| + |\pi\cot(\pi x)| \): near the negative zeros of \( \psi \) (one in every
     * interval \( (-n-1, -n) \)) the result is accurate in absolute, not relative, terms.
     *
     * @param x the argument
     * @return \( \psi(x) \); {@code NaN} if {@code x} is {@code NaN}, \( -\infty \), zero or a
     *     negative integer (poles); \( +\infty \) if {@code x} is \( +\infty \)
     */
    public static double digamma(double x) {
        if (x > 0) {
            return digammaPositive(x);
        }
        if (Double.isNaN(x) || x == Math.rint(x)) {
            // NaN, zero, negative integers and -infinity (which is an even integer to rint)
            return Double.NaN;
        }
        final double y = -x;
        final double digammaOneMinusX = y < 1 ? digammaOnePlus(y) : digammaPositive(y) + 1 / y;
        return digammaOneMinusX + Math.PI * cotPi(y);
    }

    /**
     * The trigamma function \( \psi_1(x) = \psi'(x) = \sum_{k \ge 0} (x + k)^{-2} \).
     *
     * <p>Algorithm, for \( x &gt; 0 \): upward recurrence
     * \( \psi_1(x) = \sum_{k=0}^{n-1} (x + k)^{-2} + \psi_1(x + n) \) [DLMF 5.15.5] until
     * \( x + n \ge 10 \) (every term positive, so nothing cancels), then the asymptotic
     * expansion \( \frac{1}{x} + \frac{1}{2x^2} + \sum_{k=1}^{10} \frac{B_{2k}}{x^{2k+1}} \)
     * [DLMF 5.15.8]. For \( x &lt; 0 \) the reflection formula
     * \( \psi_1(x) = \frac{\pi^2}{\sin^2(\pi x)} - \psi_1(1 - x) \) [DLMF 5.15.6]; the first
     * term is at least \( \pi^2 \) and the second at most \( \pi^2/6 \), so it is well
     * conditioned, and \( \sin(\pi x) \) is computed after exact reduction of \( x \).
     *
     * <p>Hipparchus's {@code Gamma.trigamma} was measured against mpmath and found to have
     * relative errors up to 2e-12 (at \( x \approx 29 \)), hence this implementation. Ours:
     * relative error below 1e-15 for \( x &gt; 0 \) and for \( x &lt; 0 \).
     *
     * @param x the argument
     * @return \( \psi_1(x) \); {@code NaN} if {@code x} is {@code NaN}, \( -\infty \), zero or a
     *     negative integer (poles); {@code 0} for \( +\infty \); \( +\infty \) on overflow
     *     (\( 0 &lt; x &lt; 1.5 \times 10^{-154} \))
     */
    public static double trigamma(double x) {
        if (x > 0) {
            return trigammaPositive(x);
        }
        if (Double.isNaN(x) || x == Math.rint(x)) {
            return Double.NaN;
        }
        final double piOverSin = Math.PI / sinPi(-x);
        return piOverSin * piOverSin - trigammaPositive(1 - x);
    }

    /**
     * The inverse of the digamma function on \( (0, \infty) \): the unique \( x &gt; 0 \) with
     * \( \psi(x) = y \).
     *
     * <p>Algorithm [Minka, Appendix C]: start from \( x = e^y + 1/2 \) if \( y \ge -2.22 \),
     * otherwise from \( x = -1/(y - \psi(1)) = -1/(y + \gamma) \), and apply Newton's method
     * \( x \leftarrow x - (\psi(x) - y)/\psi_1(x) \) until the relative step is below 1e-9;
     * convergence is quadratic, so the error after that step is below machine precision.
     * Because \( \psi \) is increasing and concave on \( (0, \infty) \), after the first step the
     * iterates approach the root monotonically from below.
     *
     * <p>The inverse is ill-conditioned for large \( y \): \( x \approx e^y \), so a rounding
     * error of \( \epsilon|y| \) in \( \psi(x) \) would become a relative error
     * \( \epsilon |y| \) in \( x \). For \( x \ge 10 \) the residual \( \psi(x) - y \) is
     * therefore formed with \( \log x = e \ln 2 + \log m \) (\( x = m 2^e \), \( \ln 2 \) split
     * into two doubles), whose absolute error does not grow with \( |y| \).
     *
     * <p>Accuracy against mpmath: relative error in \( x \) below 1e-14 for
     * \( -10^{10} \le y \le 709 \).
     *
     * @param y the value of digamma
     * @return \( \psi^{-1}(y) \); {@code NaN} if {@code y} is {@code NaN}; \( +\infty \) if
     *     \( y = +\infty \) or the result overflows (\( y &gt; \psi(\mathrm{MAX\_VALUE}) \approx
     *     709.78 \)); {@code 0} if \( y = -\infty \)
     */
    public static double inverseDigamma(double y) {
        if (Double.isNaN(y) || y == Double.POSITIVE_INFINITY) {
            return y;
        }
        if (y == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double x = y >= INVERSE_SWITCH ? Math.exp(y) + 0.5 : -1 / (y + EULER_GAMMA);
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        for (int i = 0; i < MAX_NEWTON_ITERATIONS; i++) {
            final double step = digammaMinus(x, y) / trigammaPositive(x);
            x -= step;
            // The relative error after a Newton step is at most about the square of the
            // relative step, so a step below 1e-9 leaves an error below machine precision.
            if (Math.abs(step) <= NEWTON_TOLERANCE * x) {
                break;
            }
        }
        return x;
    }

    /**
     * \( \log\Gamma(1 + x) \) for \( x &gt; -1 \), with full relative accuracy also for small
     * \( |x| \), where \( \log\Gamma(1 + x) \approx -\gamma x \) and forming \( 1 + x \) would
     * lose digits.
     *
     * <p>Algorithm:
     * <ul>
     *   <li>\( |x| &lt; 2^{-20} \): the Taylor series \( -\gamma x + \frac{\zeta(2)}{2}x^2 -
     *       \frac{\zeta(3)}{3}x^3 \) [DLMF 5.7.3]; the first omitted term is below 1e-18
     *       relative. (Hipparchus's {@code Gamma.logGamma1p} loses accuracy for
     *       \( 10^{-51} &lt; |x| &lt; 10^{-38} \), up to 0.1% relative error, so it is not used
     *       there.)</li>
     *   <li>\( -1/2 \le x \le 3/2 \): Hipparchus's {@code Gamma.logGamma1p} (NSWC library
     *       algorithm).</li>
     *   <li>\( x &gt; 3/2 \): \( \log\Gamma(x) + \log x \) with Hipparchus's
     *       {@code Gamma.logGamma}; \( -1 &lt; x &lt; -1/2 \): {@code Gamma.logGamma(1 + x)},
     *       where \( 1 + x \) is exact.</li>
     * </ul>
     *
     * <p>Accuracy against mpmath: relative error below 1e-15 for \( x &gt; -1 \), including
     * next to \( x = 0 \) and \( x = 1 \), where \( \log\Gamma(1 + x) \) vanishes.
     *
     * @param x the argument
     * @return \( \log\Gamma(1 + x) \); {@code NaN} for {@code NaN} or \( x \le -1 \);
     *     \( +\infty \) for \( +\infty \)
     */
    public static double logGamma1p(double x) {
        if (Math.abs(x) < LOG_GAMMA_1P_SERIES_BOUND) {
            return -x * (EULER_GAMMA - x * (ZETA2_OVER_2 - x * ZETA3_OVER_3));
        }
        if (x > LOG_GAMMA_1P_HIGH) {
            // Gamma.logGamma(+infinity) is NaN
            return x == Double.POSITIVE_INFINITY ? x : Gamma.logGamma(x) + Math.log(x);
        }
        if (x >= LOG_GAMMA_1P_LOW) {
            return Gamma.logGamma1p(x);
        }
        return x > -1 ? Gamma.logGamma(1 + x) : Double.NaN;
    }

    /** \( \psi(x) \) for \( x &gt; 0 \). */
    private static double digammaPositive(double x) {
        if (x < 1) {
            return digammaOnePlus(x) - 1 / x;
        }
        if (x <= 2) {
            return digammaOnePlus(x - 1);
        }
        if (x < ASYMPTOTIC_THRESHOLD) {
            double sum = 0;
            double z = x;
            while (z > 2) {
                z -= 1;
                sum += 1 / z;
            }
            return digammaOnePlus(z - 1) + sum;
        }
        return Math.log(x) - digammaAsymptoticTail(x);
    }

    /**
     * \( \psi(1 + u) \) for \( 0 \le u \le 1 \), as
     * \( (u - (x_0 - 1)) \cdot (Q(u - 1/2) + 1/((1 + u) x_0)) \).
     *
     * <p>Since \( \psi(x) = \psi(x + 1) - 1/x \) and \( \psi(x_0 + 1) = 1/x_0 \),
     * \( \psi(x)/(x - x_0) - 1/(x x_0) = (\psi(x + 1) - \psi(x_0 + 1))/(x - x_0) \), which has
     * no singularity closer than \( x = -1 \); hence a polynomial of low degree represents it to
     * 1e-17 on \( [1, 2] \).
     */
    private static double digammaOnePlus(double u) {
        final double distanceToRoot = (u - ROOT_M1_HI) - ROOT_M1_LO;
        final double s = u - 0.5;
        double q = ROOT_POLYNOMIAL[ROOT_POLYNOMIAL.length - 1];
        for (int k = ROOT_POLYNOMIAL.length - 2; k >= 0; k--) {
            q = q * s + ROOT_POLYNOMIAL[k];
        }
        return distanceToRoot * (q + 1 / ((1 + u) * ROOT_HI));
    }

    /**
     * \( \frac{1}{2x} + \sum_{k=1}^{9} \frac{B_{2k}}{2k\,x^{2k}} \), so that
     * \( \psi(x) \approx \log x \) minus this, for \( x \ge 10 \).
     */
    private static double digammaAsymptoticTail(double x) {
        final double z = 1 / (x * x);
        double series = DIGAMMA_ASYMPTOTIC[DIGAMMA_ASYMPTOTIC.length - 1];
        for (int k = DIGAMMA_ASYMPTOTIC.length - 2; k >= 0; k--) {
            series = series * z + DIGAMMA_ASYMPTOTIC[k];
        }
        return 0.5 / x + series * z;
    }

    /**
     * \( \psi(x) - y \) for \( x &gt; 0 \), the Newton residual of the inverse; for \( x \ge 10 \)
     * the logarithm is split so that the difference keeps a small absolute error when
     * \( y \approx \log x \) is large.
     */
    private static double digammaMinus(double x, double y) {
        if (x < ASYMPTOTIC_THRESHOLD) {
            return digammaPositive(x) - y;
        }
        final int e = LogSpace.balancedExponent(x);
        final double logMantissa = Math.log(Math.scalb(x, -e));
        return (e * LogSpace.LN2_HI - y) + (e * LogSpace.LN2_LO + logMantissa)
            - digammaAsymptoticTail(x);
    }

    /** \( \psi_1(x) \) for \( x &gt; 0 \). */
    private static double trigammaPositive(double x) {
        double sum = 0;
        double z = x;
        while (z < ASYMPTOTIC_THRESHOLD) {
            sum += 1 / (z * z);
            z += 1;
        }
        final double w = 1 / (z * z);
        double series = BERNOULLI[BERNOULLI.length - 1];
        for (int k = BERNOULLI.length - 2; k >= 0; k--) {
            series = series * w + BERNOULLI[k];
        }
        return sum + (1 + (0.5 + series / z) / z) / z;
    }

    /**
     * \( \cot(\pi y) \) for finite non-integer \( y &gt; 0 \), with \( y \) reduced exactly to
     * \( r \in (0, 1/2] \) (\( \cot \) has period 1 and is odd) and
     * \( \cot(\pi r) = \tan(\pi(1/2 - r)) \) used above \( r = 1/4 \), so the tangent is always
     * taken of an angle in \( [0, \pi/4] \).
     */
    private static double cotPi(double y) {
        double r = y - Math.floor(y);
        double sign = 1;
        if (r > 0.5) {
            r = 1 - r;
            sign = -1;
        }
        return r > 0.25 ? sign * tanPi(0.5 - r) : sign / tanPi(r);
    }

    /**
     * \( \tan(\pi r) \) for \( 0 \le r \le 1/4 \), with \( \pi r = h + l \) carried in two
     * doubles and \( \tan(h + l) \approx \tan h + l (1 + \tan^2 h) \).
     */
    private static double tanPi(double r) {
        final double h = Math.PI * r;
        final double l = Math.fma(Math.PI, r, -h) + PI_LO * r;
        final double t = Math.tan(h);
        return t + l * (1 + t * t);
    }

    /**
     * \( |\sin(\pi y)| \) for finite non-integer \( y &gt; 0 \), after exact reduction of
     * \( y \) to \( r \in (0, 1/2] \); \( \pi r = h + l \) in two doubles and
     * \( \sin(h + l) \approx \sin h + l \cos h \).
     */
    private static double sinPi(double y) {
        double r = y - Math.floor(y);
        if (r > 0.5) {
            r = 1 - r;
        }
        final double h = Math.PI * r;
        final double l = Math.fma(Math.PI, r, -h) + PI_LO * r;
        return Math.sin(h) + l * Math.cos(h);
    }
}
