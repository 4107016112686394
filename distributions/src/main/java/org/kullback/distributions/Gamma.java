package org.kullback.distributions;

import java.util.random.RandomGenerator;
import org.kullback.special.LogBeta;
import org.kullback.special.LogSpace;

/**
 * The gamma distribution with shape \( k &gt; 0 \) and rate \( \beta &gt; 0 \), on
 * \( [0, \infty) \).
 *
 * <p>\( p(x) = \beta^k x^{k-1} e^{-\beta x}/\Gamma(k) \); \( F(x) = P(k, \beta x) \) and
 * \( S(x) = Q(k, \beta x) \), the regularized incomplete gamma functions; mean \( k/\beta \),
 * variance \( k/\beta^2 \); entropy \( k - \log\beta + \log\Gamma(k) + (1-k)\psi(k) \) (Johnson,
 * Kotz &amp; Balakrishnan, <i>Continuous Univariate Distributions</i>, vol. 1, ch. 17).
 *
 * <p>For large shapes every formula is written with the Stirling remainder
 * \( \delta(k) = \log\Gamma(k) - [(k-\tfrac12)\log k - k + \tfrac12\log 2\pi] \) so that the terms
 * of size \( k\log k \) cancel analytically instead of numerically: the log density, the
 * prefactor \( y^k e^{-y}/\Gamma(k+1) \) of \( P \) and \( Q \), and the entropy.
 *
 * <p>Hipparchus's {@code regularizedGammaP/Q} are not used: they form the prefactor as
 * \( \exp(k\log y - y - \log\Gamma(k)) \), which loses about \( k\log k \cdot 10^{-16} \) in
 * relative accuracy (7e-10 at \( k = 10^6 \), 7e-13 at \( k = 1000 \), measured against mpmath).
 */
public final class Gamma implements UnivariateContinuous {

    static final String FAMILY = "Gamma";
    /** Shapes from here on use the asymptotic series of the Stirling remainder. */
    static final double ASYMPTOTIC_SHAPE = 10;
    private static final double HALF_LOG_TWO_PI = 0.9189385332046728;
    /**
     * \( c_j = B_{2j}/(2j(2j-1)) \), \( j = 1..14 \): the Stirling remainder
     * \( \delta(x) \sim \sum_j c_j x^{1-2j} \) (DLMF 5.11.1; \( \delta \) itself is
     * {@link LogBeta#logGammaCorrection}), used here for its derivative and its Bregman divergence.
     * From \( x = 10 \) on, the first omitted term is below \( 10^{-17}\delta(x) \) even after
     * weighting by \( (2j-1)^2 \) as in {@link #stirlingRemainderBregman}.
     */
    private static final double[] STIRLING = {0.08333333333333333, -0.002777777777777778,
        0.0007936507936507937, -0.0005952380952380953, 0.0008417508417508417,
        -0.0019175269175269176, 0.00641025641025641, -0.029550653594771242, 0.17964437236883057,
        -1.3924322169059011, 13.402864044168393, -156.84828462600203, 2193.1033333333335,
        -36108.77125372499};
    private static final double EPSILON = 0x1p-54;
    private static final int MAX_NEWTON_STEPS = 200;

    private final double shape;
    private final double rate;
    private final double logShape;
    private final double logRate;
    private final double entropy;

    private Gamma(double shape, double rate) {
        this.shape = ParameterChecks.positiveFinite(FAMILY, "shape", shape);
        this.rate = ParameterChecks.positiveFinite(FAMILY, "rate", rate);
        this.logShape = Math.log(shape);
        this.logRate = Math.log(rate);
        this.entropy = standardEntropy(shape) - logRate;
    }

    /**
     * The gamma distribution with the given shape and rate (the reciprocal of the scale).
     *
     * @throws IllegalArgumentException if {@code shape} or {@code rate} is not positive and finite
     */
    public static Gamma of(double shape, double rate) {
        return new Gamma(shape, rate);
    }

    /** The shape \( k \). */
    public double shape() {
        return shape;
    }

    /** The rate \( \beta \), the reciprocal of the scale. */
    public double rate() {
        return rate;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    /**
     * {@inheritDoc}
     *
     * <p>With \( y = \beta x \): \( \log p(x) = \log\beta + \log D(k, y) + \log(k/y) \), where
     * \( D(k, y) = y^k e^{-y}/\Gamma(k+1) \) is the prefactor of {@link #logPrefactor}.
     */
    @Override
    public double logDensity(double x) {
        if (!(x > 0)) {
            if (x == 0) {
                // The limit of (k - 1) log x as x → 0, written out so that k = 1 gives no 0·∞.
                return shape == 1 ? logRate
                        : shape < 1 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
            return x < 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        double y = rate * x;
        if (y == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return logRate + logPrefactor(shape, y) + (logShape - Math.log(y));
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : regularized(shape, rate * x, false);
    }

    @Override
    public double survival(double x) {
        return x <= 0 ? 1 : regularized(shape, rate * x, true);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Solves \( \log P(k, y) = \log p \) (for \( p \le 1/2 \)) or
     * \( \log Q(k, y) = \log(1-p) \) by Newton's method in \( t = \log y \), then returns
     * \( y/\beta \). Both functions are concave in \( t \) (the log-gamma density is log-concave,
     * and so are its cdf and survival function), so after the first step the iterates approach the
     * root monotonically; the iterate is kept as \( y \) and multiplied by \( e^{-\Delta t} \) so
     * it keeps full relative precision. Starting points:
     * \( y_A = (p\,\Gamma(k+1))^{1/k} \), which lies below the root since
     * \( P(k,y) \le y^k/\Gamma(k+1) \); the Wilson–Hilferty approximation
     * \( k(1 - \tfrac{1}{9k} + \tfrac{z_p}{3\sqrt k})^3 \) for \( k \ge 1 \), clamped to the
     * known side of the median \( k - \tfrac13 &lt; \nu &lt; k \) (Chen &amp; Rubin 1986); and for
     * the upper tail with \( k &lt; 1 \), \( \max(1, -\log(1-p) - \log\Gamma(k)) \), which lies
     * above the root since \( Q(k,y) \le y^{k-1}e^{-y}/\Gamma(k) \) there.
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        if (p == 0) {
            return 0;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        boolean upper = p > 0.5;
        double target = upper ? Math.log(1 - p) : Math.log(p);
        // For the lower tail the root lies above y_A = (p Γ(k+1))^(1/k); see the Javadoc.
        double lowerBound = 0;
        if (!upper) {
            double logLowerBound = (target + logGammaOnePlus(shape)) / shape;
            if (logLowerBound < -740) {
                return 0;
            }
            lowerBound = Math.exp(logLowerBound);
        }
        double y = startingPoint(p, upper, target, lowerBound);
        double previousDelta = Double.POSITIVE_INFINITY;
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            double logTail = logRegularized(shape, y, upper);
            // d/dt log P = y p_Y(y)/P = k·D(k, y)/P, and d/dt log Q = −k·D(k, y)/Q.
            double slope = Math.exp(logShape + logPrefactor(shape, y) - logTail);
            double delta = (logTail - target) / slope;
            y = Math.max(y * Math.exp(upper ? delta : -delta), lowerBound);
            double size = Math.abs(delta);
            // Converged, or down to the rounding noise of log P (steps stop shrinking).
            if (size < 1e-15 || size < 1e-12 && size > 0.5 * previousDelta) {
                break;
            }
            previousDelta = size;
        }
        return y / rate;
    }

    private double startingPoint(double p, boolean upper, double target, double lowerBound) {
        if (shape < 1) {
            return upper ? Math.max(1, -target - org.hipparchus.special.Gamma.logGamma(shape))
                    : lowerBound;
        }
        double z = upper ? -Normal.standardQuantile(1 - p) : Normal.standardQuantile(p);
        double cube = 1 - 1 / (9 * shape) + z / (3 * Math.sqrt(shape));
        double wilsonHilferty = cube > 0 ? shape * cube * cube * cube : 0;
        return upper ? Math.max(wilsonHilferty, shape - 1.0 / 3)
                : Math.min(Math.max(wilsonHilferty, lowerBound), shape);
    }

    /** \( k/\beta \). */
    @Override
    public double mean() {
        return shape / rate;
    }

    /** \( k/\beta^2 \). */
    @Override
    public double variance() {
        return shape / rate / rate;
    }

    /**
     * \( k - \log\beta + \log\Gamma(k) + (1-k)\psi(k) \). With
     * \( \log\Gamma(k) = (k-\tfrac12)\log k - k + \tfrac12\log 2\pi + \delta(k) \) and
     * \( \varphi(k) = \log k - \psi(k) \) it is
     * \( \tfrac12\log(2\pi k) - \log\beta + \delta(k) + (k-1)\varphi(k) \): the terms of size
     * \( k\log k \) cancel analytically, and \( \delta \) and \( \varphi \) (see
     * {@link #logMinusDigamma}) are computed directly. So Gamma(1e6, 1e6) keeps full accuracy.
     */
    @Override
    public double entropy() {
        return entropy;
    }

    private static double standardEntropy(double k) {
        return 0.5 * Math.log(k) + HALF_LOG_TWO_PI + LogBeta.logGammaCorrection(k)
                + (k - 1) * logMinusDigamma(k);
    }

    @Override
    public double supportLowerBound() {
        return 0;
    }

    @Override
    public double supportUpperBound() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * \( G/\theta \) for a Gamma(k, 1) variate G drawn by Marsaglia and Tsang's method
     * ({@link GammaVariates#logStandard}), in logarithms so that tiny shapes do not underflow
     * before the division.
     */
    @Override
    public double sample(RandomGenerator rng) {
        return Math.exp(GammaVariates.logStandard(rng, shape) - Math.log(rate));
    }

    /**
     * \( Q(a, y) \) if {@code upper}, else \( P(a, y) \), for \( a &gt; 0 \), \( y \ge 0 \); each
     * with full relative accuracy, the smaller of the two computed directly.
     */
    static double regularized(double a, double y, boolean upper) {
        return Math.exp(logRegularized(a, y, upper));
    }

    /**
     * \( \log Q(a, y) \) if {@code upper}, else \( \log P(a, y) \). Three regions (the standard
     * ones, e.g. Gautschi, ACM TOMS 5 (1979), and Numerical Recipes §6.2):
     * <ul>
     * <li>\( a &lt; 1, y &lt; 1 \): \( P = D \sum_{n\ge0} y^n/((a+1)\cdots(a+n)) \) and
     * \( Q = u + (1-u)\,a\sum_{n\ge1}(-1)^{n+1}y^n/(n!(a+n)) \) with
     * \( u = 1 - y^a/\Gamma(1+a) \), from the series \( \gamma(a,y) = \sum_n (-1)^n
     * y^{a+n}/(n!(a+n)) \) (DLMF 8.7.1); this keeps \( Q \) accurate where it is small because
     * \( a \) is;
     * <li>\( a \ge 1, y &lt; a+1 \): the series for \( P \), \( Q = 1 - P \ge 0.1 \);
     * <li>otherwise: Legendre's continued fraction for \( Q \) (DLMF 8.9.2), evaluated by the
     * modified Lentz method; \( P = 1 - Q \ge 0.5 \).
     * </ul>
     * The prefactor \( D(a, y) = y^a e^{-y}/\Gamma(a+1) \) comes from {@link #logPrefactor}.
     * Near \( y \approx a \) both expansions need \( O(\sqrt a) \) terms: about 10^4 at
     * \( a = 10^6 \) (relative error about 1e-14); at \( a = 10^8 \) the accumulated rounding
     * reaches about 1e-13. A uniform asymptotic expansion (Temme) would remove both limits.
     */
    static double logRegularized(double a, double y, boolean upper) {
        if (y == 0) {
            return upper ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (y == Double.POSITIVE_INFINITY) {
            return upper ? Double.NEGATIVE_INFINITY : 0;
        }
        double logD = logPrefactor(a, y);
        if (a < 1 && y < 1) {
            return upper ? Math.log(smallShapeUpper(a, y)) : logD + Math.log(lowerSeries(a, y));
        }
        if (a >= 1 && y < a + 1) {
            double logLower = logD + Math.log(lowerSeries(a, y));
            return upper ? Math.log1p(-Math.exp(logLower)) : logLower;
        }
        double logUpper = logD + Math.log(a * upperContinuedFraction(a, y));
        return upper ? logUpper : Math.log1p(-Math.exp(logUpper));
    }

    /** \( \sum_{n\ge0} y^n/((a+1)\cdots(a+n)) \) for \( y &lt; a+1 \), where terms decrease. */
    private static double lowerSeries(double a, double y) {
        double sum = 1;
        double term = 1;
        for (double n = 1; term > EPSILON * sum; n++) {
            term *= y / (a + n);
            sum += term;
        }
        return sum;
    }

    /** \( Q(a, y) \) for \( a &lt; 1 \), \( y &lt; 1 \); see {@link #logRegularized}. */
    private static double smallShapeUpper(double a, double y) {
        double logPower = a * Math.log(y) - logGammaOnePlus(a);
        double u = -Math.expm1(logPower);
        double sum = 0;
        double power = 1;
        for (int n = 1; n < 100; n++) {
            power *= -y / n;
            double term = power / (a + n);
            sum -= term;
            if (Math.abs(term) < EPSILON * Math.abs(sum)) {
                break;
            }
        }
        return u + Math.exp(logPower) * a * sum;
    }

    /**
     * \( \Gamma(a, y)\,e^{y}y^{-a} = 1/(y+1-a-{}\) \( 1(1-a)/(y+3-a-{}\)
     * \( 2(2-a)/(y+5-a-\cdots))) \) by the modified Lentz method (Thompson &amp; Barnett, J.
     * Comput. Phys. 64 (1986)); it converges quickly for \( y \ge \max(1, a+1) \).
     */
    private static double upperContinuedFraction(double a, double y) {
        double tiny = 1e-300;
        double b = y + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double fraction = d;
        for (double i = 1; ; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            double factor = d * c;
            fraction *= factor;
            if (Math.abs(factor - 1) <= 0x1p-52) {
                return fraction;
            }
        }
    }

    /**
     * \( \log D(a, y) = \log(y^a e^{-y}/\Gamma(a+1)) \) for \( y &gt; 0 \) finite. For
     * \( a \ge 10 \) it is
     * \( a\,[\log(y/a) - (y/a - 1)] - \tfrac12\log(2\pi a) - \delta(a) \), whose bracket is
     * {@code log1pmx((y-a)/a)} with \( y - a \) exact near the peak, so the terms of size
     * \( a\log a \) never meet in floating point (Loader, "Fast and accurate computation of
     * binomial probabilities", 2000, uses the same device).
     */
    static double logPrefactor(double a, double y) {
        if (a < ASYMPTOTIC_SHAPE) {
            return a * Math.log(y) - y - logGammaOnePlus(a);
        }
        double u = (y - a) / a;
        double main = Math.abs(u) <= 0.5 ? a * LogSpace.log1pmx(u)
                : a * LogRatio.of(y, a) - (y - a);
        return main - 0.5 * Math.log(a) - HALF_LOG_TWO_PI - LogBeta.logGammaCorrection(a);
    }

    /**
     * \( \log\Gamma(1+a) \), with full relative accuracy also for small \( a \), where it is
     * about \( -\gamma a \).
     */
    static double logGammaOnePlus(double a) {
        if (a <= 0.5) {
            return Weibull.logGammaBregmanAtOne(a) - Weibull.EULER * a;
        }
        return org.hipparchus.special.Gamma.logGamma(1 + a);
    }

    /**
     * \( \varepsilon(x) = -\delta'(x) = \log x - \tfrac1{2x} - \psi(x) \): for \( x \ge 10 \)
     * the series \( \sum_j (2j-1) c_j x^{-2j} \), below \( \varphi(x) - 1/(2x) \).
     */
    static double stirlingRemainderSlope(double x) {
        if (x < ASYMPTOTIC_SHAPE) {
            return logMinusDigamma(x) - 0.5 / x;
        }
        double inverseSquare = 1 / (x * x);
        double sum = 0;
        for (int j = STIRLING.length - 1; j >= 0; j--) {
            sum = sum * inverseSquare + (2 * j + 1) * STIRLING[j];
        }
        return sum * inverseSquare;
    }

    /**
     * \( \varphi(x) = \log x - \psi(x) &gt; 0 \), with full relative accuracy. For
     * \( x \ge 10 \) it is \( 1/(2x) + \varepsilon(x) \); below, the recurrence
     * \( \psi(x+1) = \psi(x) + 1/x \) gives \( \varphi(x) = \varphi(x+1) + 1/x
     * - \operatorname{log1p}(1/x) \), so \( \varphi(x) = \varphi(x+N)
     * - \sum_{i&lt;N}\operatorname{log1pmx}(1/(x+i)) \), a sum of positive terms.
     */
    static double logMinusDigamma(double x) {
        int shift = x < ASYMPTOTIC_SHAPE ? (int) Math.ceil(ASYMPTOTIC_SHAPE - x) : 0;
        double shifted = x + shift;
        double sum = 0.5 / shifted + stirlingRemainderSlope(shifted);
        for (int i = shift - 1; i >= 0; i--) {
            sum -= LogSpace.log1pmx(1 / (x + i));
        }
        return sum;
    }

    /**
     * The Bregman divergence of the convex \( \delta \),
     * \( \delta(a+h) - \delta(a) - h\,\delta'(a) \ge 0 \), for \( a, a+h \ge 10 \).
     *
     * <p>Term by term in the asymptotic series, with \( x = h/a \) and \( m = 2j-1 \):
     * \( c_j a^{-m}[(1+x)^{-m} - 1 + mx] \), and the bracket is
     * \( \operatorname{expm1mx}(-mL) + m(x - L) \) with \( L = \operatorname{log1p}(x) \): two
     * non-negative terms, so the value keeps its relative accuracy for tiny \( h \). For
     * \( |x| &gt; 1/2 \) the terms are formed directly.
     */
    static double stirlingRemainderBregman(double a, double h) {
        double x = h / a;
        if (Math.abs(x) > 0.5) {
            return LogBeta.logGammaCorrection(a + h) - LogBeta.logGammaCorrection(a)
                    + h * stirlingRemainderSlope(a);
        }
        double logRatio = Math.log1p(x);
        double linearExcess = -LogSpace.log1pmx(x);
        double inverseSquare = 1 / (a * a);
        double power = 1 / a;
        double sum = 0;
        for (int j = 0; j < STIRLING.length; j++) {
            int m = 2 * j + 1;
            sum += STIRLING[j] * power * (LogSpace.expm1mx(-m * logRatio) + m * linearExcess);
            power *= inverseSquare;
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Gamma that
                && Double.compare(shape, that.shape) == 0 && Double.compare(rate, that.rate) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(shape) + Double.hashCode(rate);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, shape, rate);
    }
}
