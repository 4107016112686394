package org.kullback.distributions;

import java.util.random.RandomGenerator;
import org.kullback.special.LogBeta;

/**
 * Student's t distribution with \( \nu &gt; 0 \) degrees of freedom ({@code dof}), location
 * \( \mu \) and scale \( \sigma &gt; 0 \): \( X = \mu + \sigma T \) with T standard t.
 *
 * <p>Density \( p(x) = \frac{(1 + z^2/\nu)^{-(\nu+1)/2}}{\sigma\sqrt\nu\,B(\nu/2, 1/2)} \) with
 * \( z = (x-\mu)/\sigma \); for \( z \ge 0 \) the upper tail is
 * \( P(T &gt; z) = \tfrac12 I_{\nu/(\nu+z^2)}(\nu/2, \tfrac12) \) and
 * \( P(0 &lt; T \le z) = \tfrac12 I_{z^2/(\nu+z^2)}(\tfrac12, \nu/2) \) (Abramowitz &amp; Stegun
 * 26.7.1, 26.5.27), both computed directly by {@link RegularizedBeta}, with
 * \( z^2/(\nu+z^2) \) and \( \nu/(\nu+z^2) \) formed without \( 1 - x \). Entropy (e.g. Lazo
 * &amp; Rathie, On the entropy of continuous probability distributions, IEEE Trans. Inf. Theory
 * 24 (1978) 120–122)
 * \[ H = \tfrac{\nu+1}{2}\left[\psi(\tfrac{\nu+1}{2}) - \psi(\tfrac\nu2)\right]
 *   + \log\left(\sqrt\nu\,B(\tfrac\nu2, \tfrac12)\right) + \log\sigma. \]
 *
 * <p>Moments: the mean is \( \mu \) for \( \nu &gt; 1 \) and undefined (NaN) for
 * \( \nu \le 1 \), where \( E|X| = \infty \) and the integral has no value (the Cauchy case
 * \( \nu = 1 \) included); the variance is \( \sigma^2\nu/(\nu-2) \) for \( \nu &gt; 2 \),
 * \( +\infty \) for \( 1 &lt; \nu \le 2 \) (mean defined, second moment infinite) and NaN for
 * \( \nu \le 1 \) (mean undefined). The limit \( \nu = \infty \) is the normal distribution and is
 * not accepted: use {@link Normal}; large finite \( \nu \) (1e8, 1e15) work to full accuracy.
 */
public final class StudentT implements UnivariateContinuous {

    static final String FAMILY = "StudentT";
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double LOG_MAX_VALUE = Math.log(Double.MAX_VALUE);
    /** Degrees of freedom from which the entropy uses its series in \( 1/\nu \). */
    private static final double ENTROPY_SERIES_MIN = 20;
    /**
     * Coefficients \( c_1, \dots, c_{20} \) of
     * \( H - \tfrac12\log(2\pi e\sigma^2) \sim \sum_k c_k \nu^{-k} \) (exact rationals; see
     * {@link #entropy()}).
     */
    private static final double[] ENTROPY_SERIES = {1, 1.0 / 4, -1.0 / 6, -1.0 / 8, 3.0 / 10,
        1.0 / 4, -17.0 / 14, -17.0 / 16, 155.0 / 18, 31.0 / 4, -2073.0 / 22, -691.0 / 8,
        38227.0 / 26, 5461.0 / 4, -929569.0 / 30, -929569.0 / 32, 28820619.0 / 34,
        3202291.0 / 4, -1109652905.0 / 38, -221930581.0 / 8};

    private final double dof;
    private final double location;
    private final double scale;
    private final double halfDof;
    private final double sqrtDof;
    /** \( \log(\sqrt\nu\,B(\nu/2, 1/2)) \), the standard density's normalizer. */
    private final double logStandardNormalizer;
    /** \( \log B(\nu/2, 1/2) \). */
    private final double logBetaHalf;
    /** \( \log p(\mu) = -\log(\sigma\sqrt\nu\,B(\nu/2, 1/2)) \). */
    private final double logDensityAtCenter;
    private final double entropy;

    private StudentT(double dof, double location, double scale) {
        this.dof = ParameterChecks.positiveFinite(FAMILY, "dof", dof);
        this.location = ParameterChecks.finite(FAMILY, "location", location);
        this.scale = ParameterChecks.positiveFinite(FAMILY, "scale", scale);
        this.halfDof = 0.5 * dof;
        this.sqrtDof = Math.sqrt(dof);
        this.logStandardNormalizer = logStandardNormalizer(dof);
        this.logBetaHalf = logStandardNormalizer - 0.5 * Math.log(dof);
        this.logDensityAtCenter = -logStandardNormalizer - Math.log(scale);
        this.entropy = entropyOf(dof, scale);
    }

    /**
     * \( \log(\sqrt\nu\,B(\nu/2, \tfrac12)) \). For large \( \nu \) the two logarithms cancel
     * (each about \( \tfrac12\log\nu \)); with \( -\log B(a, \tfrac12) = \tfrac12\log N + \log F
     * - \tfrac12\log\pi \), \( N = \nu/2 - \tfrac14 \) ({@link RegularizedBeta#logGammaRatio}) it
     * is
     * \( \tfrac12\log 2\pi - \tfrac12\operatorname{log1p}(-\tfrac1{2\nu}) - \log F \).
     */
    private static double logStandardNormalizer(double dof) {
        double a = 0.5 * dof;
        if (RegularizedBeta.isLargeAgainst(a, 0.5)) {
            return HALF_LOG_TWO_PI - 0.5 * Math.log1p(-0.5 / dof)
                    - RegularizedBeta.logGammaRatio(a, 0.5);
        }
        return 0.5 * Math.log(dof) + LogBeta.logBeta(a, 0.5);
    }

    private static double entropyOf(double dof, double scale) {
        if (dof >= ENTROPY_SERIES_MIN) {
            double inverse = 1 / dof;
            double series = 0;
            for (int k = ENTROPY_SERIES.length - 1; k >= 0; k--) {
                series = series * inverse + ENTROPY_SERIES[k];
            }
            return Normal.of(0, scale).entropy() + series * inverse;
        }
        double a = 0.5 * dof;
        return 0.5 * (dof + 1) * LogGammaDifferences.digammaDifference(a, a + 0.5, 0.5)
                + logStandardNormalizer(dof) + Math.log(scale);
    }

    /**
     * Student's t distribution with the given degrees of freedom, location and scale.
     *
     * @throws IllegalArgumentException if {@code dof} or {@code scale} is not positive and finite
     *     (in particular {@code dof} = ∞, the normal limit, is rejected), or {@code location} is
     *     not finite
     */
    public static StudentT of(double dof, double location, double scale) {
        return new StudentT(dof, location, scale);
    }

    /** The degrees of freedom \( \nu \). */
    public double dof() {
        return dof;
    }

    /** The location \( \mu \) (the median, and the mean when \( \nu &gt; 1 \)). */
    public double location() {
        return location;
    }

    /** The scale \( \sigma \). */
    public double scale() {
        return scale;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( \log p(\mu) - \tfrac{\nu+1}{2}\operatorname{log1p}(r^2) \), \( r = z/\sqrt\nu \), so
     * that it stays accurate for \( \nu = 10^{15} \), where \( z^2/\nu \) is tiny, and finite where
     * \( r^2 \) overflows.
     */
    @Override
    public double logDensity(double x) {
        double z = Math.abs((x - location) / scale);
        if (Double.isNaN(z)) {
            return z;
        }
        return logDensityAtCenter - 0.5 * (dof + 1) * log1pR2(z);
    }

    /** \( \log(1 + z^2/\nu) \) for \( z \ge 0 \), also where \( z^2/\nu \) overflows. */
    private double log1pR2(double z) {
        double r = z / sqrtDof;
        return r < 1e150 ? Math.log1p(r * r) : 2 * (Math.log(z) - 0.5 * Math.log(dof));
    }

    @Override
    public double cdf(double x) {
        double z = (x - location) / scale;
        if (Double.isNaN(z)) {
            return z;
        }
        return z < 0 ? upperTail(-z) : 0.5 + central(z);
    }

    @Override
    public double survival(double x) {
        double z = (x - location) / scale;
        if (Double.isNaN(z)) {
            return z;
        }
        return z > 0 ? upperTail(z) : 0.5 + central(-z);
    }

    /**
     * \( P(T &gt; t) = \tfrac12 I_x(\nu/2, \tfrac12) \), \( x = 1/(1+r^2) \), \( r = t/\sqrt\nu \),
     * for \( t \ge 0 \). Beyond \( r = 10^{150} \), where \( r^2 \) overflows and x underflows
     * while the tail can still be large for small \( \nu \), the leading term of the power
     * series, \( I_x(a, b) = x^a/(aB(a,b))\,(1 + O(x)) \) with \( \log x = -2\log r \) to double
     * precision, is used in log space.
     */
    private double upperTail(double t) {
        double r = t / sqrtDof;
        if (r > 1e150) {
            double logR = Math.log(t) - 0.5 * Math.log(dof);
            return 0.5 * Math.exp(-dof * logR - Math.log(halfDof) - logBetaHalf);
        }
        double r2 = r * r;
        return 0.5 * RegularizedBeta.lower(halfDof, 0.5, 1 / (1 + r2), r2 / (1 + r2));
    }

    /**
     * \( P(0 &lt; T \le t) = \tfrac12 I_y(\tfrac12, \nu/2) \), \( y = r^2/(1+r^2) \), for
     * \( t \ge 0 \).
     */
    private double central(double t) {
        double r = t / sqrtDof;
        if (r > 1e150) {
            return 0.5 - upperTail(t);
        }
        double r2 = r * r;
        return 0.5 * RegularizedBeta.upper(halfDof, 0.5, 1 / (1 + r2), r2 / (1 + r2));
    }

    /**
     * {@inheritDoc}
     *
     * <p>By symmetry \( \mu \mp \sigma t \) with \( P(T &gt; t) = q \), \( q = \min(p, 1-p) \).
     * Closed forms for \( \nu = 1 \) (\( t = \cot(\pi q) \)) and \( \nu = 2 \)
     * (\( t = (1-2q)/\sqrt{2q(1-q)} \)); otherwise a start from the Cornish–Fisher expansion
     * (Abramowitz &amp; Stegun 26.7.5) when \( z^2 \le \nu/4 \) for the normal quantile z, from the
     * power-law tail for small \( \nu \), else
     * from inverting the incomplete beta function, then Newton's method on
     * \( \log P(T &gt; e^v) = \log q \) in \( v = \log t \), in which the tail
     * \( P(T &gt; t) \approx C t^{-\nu} \) is a straight line.
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (p == 0.5) {
            return location;
        }
        double t = standardUpperQuantile(p < 0.5 ? p : 1 - p);
        return p < 0.5 ? location - scale * t : location + scale * t;
    }

    /** The t ≥ 0 with \( P(T &gt; t) = q \), for \( 0 &lt; q &lt; \tfrac12 \). */
    private double standardUpperQuantile(double q) {
        if (dof == 1) {
            return 1 / Math.tan(Math.PI * q);
        }
        if (dof == 2) {
            return 2 * (0.5 - q) / Math.sqrt(2 * q * (1 - q));
        }
        double v = logInitialGuess(q);
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        double previousStep = Double.POSITIVE_INFINITY;
        for (int iteration = 0; iteration < 200; iteration++) {
            if (v > LOG_MAX_VALUE) {
                if (upperTail(Double.MAX_VALUE) > q) {
                    return Double.POSITIVE_INFINITY;
                }
                v = LOG_MAX_VALUE;
            }
            double t = Math.exp(v);
            double tail = upperTail(t);
            if (tail == q) {
                return t;
            }
            if (tail > q) {
                low = v;
            } else {
                high = v;
            }
            // Newton on log P(T > e^v) - log q: dv = log(tail/q) * tail / (t * density(t)).
            double step = Math.log(tail / q)
                    * Math.exp(Math.log(tail) - v - standardLogDensity(t));
            // Converged when the step is below an ulp of t, or stops shrinking once small (the
            // last digits of the tail are noise, so the steps are too).
            if (Math.abs(step) <= 0x1p-53
                    || Math.abs(step) < 1e-9 && Math.abs(step) > 0.5 * previousStep) {
                return Math.exp(v + step);
            }
            previousStep = Math.abs(step);
            double next = v + step;
            if (!(next > low && next < high)) {
                next = high == Double.POSITIVE_INFINITY ? low + 2
                        : low == Double.NEGATIVE_INFINITY ? high - 2 : 0.5 * (low + high);
            }
            v = next;
        }
        return Math.exp(v);
    }

    private double standardLogDensity(double t) {
        return -logStandardNormalizer - 0.5 * (dof + 1) * log1pR2(t);
    }

    /**
     * The logarithm of a starting point: the Cornish–Fisher expansion when \( z^2 \le \nu/4 \) and
     * \( \nu \ge 5 \);
     * the power-law tail \( P(T &gt; t) \approx \nu^{\nu/2-1}t^{-\nu}/B(\nu/2, \tfrac12) \) when
     * that puts t far beyond \( \sqrt\nu \) (small \( \nu \), where t can exceed 1e300); otherwise
     * \( t = \sqrt{\nu y/x} \) from inverting \( I_x(\nu/2, \tfrac12) = 2q \).
     */
    private double logInitialGuess(double q) {
        double z = -Normal.standardQuantile(q);
        if (dof >= 5 && 4 * z * z <= dof) {
            double z2 = z * z;
            double g1 = (z2 + 1) * z / 4;
            double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
            double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
            double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
            double inverse = 1 / dof;
            return Math.log(z + inverse * (g1 + inverse * (g2 + inverse * (g3 + inverse * g4))));
        }
        double logDof = Math.log(dof);
        double tail = ((0.5 * dof - 1) * logDof - logBetaHalf - Math.log(q)) / dof;
        if (tail > 0.5 * logDof + 3) {
            return tail;
        }
        double x;
        double y;
        if (q <= 0.25) {
            x = RegularizedBeta.inverse(halfDof, 0.5, 2 * q, 1 - 2 * q);
            y = 1 - x;
        } else {
            y = RegularizedBeta.inverse(0.5, halfDof, 1 - 2 * q, 2 * q);
            x = 1 - y;
        }
        return 0.5 * (logDof + Math.log(y) - Math.log(x));
    }

    /** \( \mu \) for \( \nu &gt; 1 \); NaN (undefined) for \( \nu \le 1 \). */
    @Override
    public double mean() {
        return dof > 1 ? location : Double.NaN;
    }

    /**
     * \( \sigma^2\nu/(\nu-2) \) for \( \nu &gt; 2 \); \( +\infty \) for \( 1 &lt; \nu \le 2 \);
     * NaN (undefined, as the mean is) for \( \nu \le 1 \).
     */
    @Override
    public double variance() {
        if (dof > 2) {
            return scale * scale * (dof / (dof - 2));
        }
        return dof > 1 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /**
     * {@inheritDoc}
     *
     * <p>For \( \nu \ge 20 \) the digamma difference and the log-beta term cancel against each
     * other down to \( \tfrac12\log 2\pi e + O(1/\nu) \), so the entropy is computed as
     * \( \tfrac12\log(2\pi e\sigma^2) \) (as {@link Normal#entropy()}, accurate also near its zero)
     * plus the asymptotic series \( \sum_{k=1}^{20} c_k\nu^{-k} = \frac1\nu + \frac1{4\nu^2}
     * - \frac1{6\nu^3} - \cdots \), derived from DLMF 5.11.8 for \( \log\Gamma(a+\tfrac12)
     * - \log\Gamma(a) \) and its derivative (only \( B_{2j} \) terms survive) and checked against
     * mpmath at 40 digits (relative error of the series below 1e-17 at \( \nu = 20 \)). Below 20
     * the formula is evaluated directly with an accurate digamma difference; near the scale where
     * \( H = 0 \) its relative accuracy is then limited by an absolute error of a few 1e-16.
     */
    @Override
    public double entropy() {
        return entropy;
    }

    @Override
    public double supportLowerBound() {
        return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double supportUpperBound() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( \mu + \sigma Z/\sqrt{V/\nu} \) with Z standard normal and \( V = 2G \),
     * \( G \sim \mathrm{Gamma}(\nu/2, 1) \) by Marsaglia and Tsang's method
     * ({@link GammaVariates#logStandard}), so \( V \sim \chi^2_\nu \) (Devroye 1986, §IX.5).
     */
    @Override
    public double sample(RandomGenerator rng) {
        double z = rng.nextGaussian();
        double logGamma = GammaVariates.logStandard(rng, halfDof);
        return location + scale * z * Math.exp(0.5 * (Math.log(halfDof) - logGamma));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StudentT that && Double.compare(dof, that.dof) == 0
                && Double.compare(location, that.location) == 0
                && Double.compare(scale, that.scale) == 0;
    }

    @Override
    public int hashCode() {
        return (31 * Double.hashCode(dof) + Double.hashCode(location)) * 31
                + Double.hashCode(scale);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, dof, location, scale);
    }
}
