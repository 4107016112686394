package org.kullback.distributions;

import java.util.random.RandomGenerator;

/**
 * The Cauchy (Lorentz) distribution with location \( x_0 \) and scale \( \gamma &gt; 0 \).
 *
 * <p>With \( z = (x - x_0)/\gamma \): \( \log p(x) = -\log(\pi\gamma) - \log(1 + z^2) \);
 * \( F(x) = \tfrac12 + \arctan(z)/\pi \); quantile \( x_0 + \gamma\tan(\pi(p - \tfrac12)) \);
 * entropy \( \log(4\pi\gamma) \) (Johnson, Kotz and Balakrishnan, <i>Continuous Univariate
 * Distributions</i>, vol. 1, 2nd ed., 1994, ch. 16).
 *
 * <p>The Cauchy distribution has no moments: \( E|X| = \infty \) and \( E[X] \) is undefined
 * (the positive and negative parts both diverge), so {@link #mean()} and {@link #variance()}
 * return {@link Double#NaN}, following the convention of
 * {@link UnivariateDistribution#mean()} for an undefined integral. The location is the median
 * and the mode.
 */
public final class Cauchy implements UnivariateContinuous {

    static final String FAMILY = "Cauchy";
    private static final double LN2 = Math.log(2);
    /** \( \log 4\pi \) as an unevaluated sum of two doubles (mpmath, 50 digits). */
    private static final double LOG_FOUR_PI_HI = 2.5310242469692907;
    private static final double LOG_FOUR_PI_LO = 5.664688743963382e-17;
    /** Above this \( |z| \), \( z^2 \) could overflow; \( \log(1+z^2) = 2\log|z| \) to 1e-200. */
    private static final double LARGE_Z = 1e100;

    private final double location;
    private final double scale;
    private final double logScale;
    private final double logPiScale;
    private final double entropy;

    private Cauchy(double location, double scale) {
        this.location = ParameterChecks.finite(FAMILY, "location", location);
        this.scale = ParameterChecks.positiveFinite(FAMILY, "scale", scale);
        this.logScale = Math.log(scale);
        this.logPiScale = Math.log(Math.PI) + logScale;
        this.entropy = DoubleDoubleLog.plus(scale, LOG_FOUR_PI_HI, LOG_FOUR_PI_LO);
    }

    /**
     * The Cauchy distribution with the given location and scale.
     *
     * @throws IllegalArgumentException if {@code location} is not finite or {@code scale} is not
     *     positive and finite
     */
    public static Cauchy of(double location, double scale) {
        return new Cauchy(location, scale);
    }

    /** The location \( x_0 \) (median and mode). */
    public double location() {
        return location;
    }

    /** The scale \( \gamma \) (half the interquartile range). */
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
     * <p>For \( |z| &gt; 10^{100} \) as \( -\log(\pi\gamma) - 2\log|z| \), with \( \log|z| \)
     * taken from the halved difference when \( x - x_0 \) itself overflows, so the log density
     * stays finite for every finite x.
     */
    @Override
    public double logDensity(double x) {
        double difference = x - location;
        double z = difference / scale;
        if (Math.abs(z) <= LARGE_Z) {
            return -logPiScale - Math.log1p(z * z);
        }
        if (Double.isInfinite(x)) {
            return Double.NEGATIVE_INFINITY;
        }
        double logAbsDifference = Double.isInfinite(difference)
                ? Math.log(Math.abs(0.5 * x - 0.5 * location)) + LN2
                : Math.log(Math.abs(difference));
        return -logPiScale - 2 * (logAbsDifference - logScale);
    }

    /**
     * {@inheritDoc}
     *
     * <p>For \( z \le 0 \) as \( \arctan(1/|z|)/\pi \) (through {@code atan2(1, -z)}), which
     * keeps its relative accuracy in the lower tail where \( \tfrac12 + \arctan(z)/\pi \) cancels.
     */
    @Override
    public double cdf(double x) {
        return standardCdf((x - location) / scale);
    }

    @Override
    public double survival(double x) {
        return standardCdf((location - x) / scale);
    }

    private static double standardCdf(double z) {
        return z <= 0 ? Math.atan2(1, -z) / Math.PI : 0.5 + Math.atan(z) / Math.PI;
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( x_0 - \gamma\cot(\pi p) \) for \( p \le \tfrac12 \) and \( x_0 + \gamma\cot(\pi(1-p))
     * \) otherwise (\( 1 - p \) is exact). The cotangent is \( 1/\tan(\pi p) \) below
     * \( p = \tfrac14 \) and \( \tan(\pi(\tfrac12 - p)) \) above, where \( \tfrac12 - p \) is
     * exact, so the quantile keeps its relative accuracy near the median.
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        return p <= 0.5 ? location - scale * cotPi(p) : location + scale * cotPi(1 - p);
    }

    /** \( \cot(\pi p) \) for \( 0 \le p \le \tfrac12 \); \( +\infty \) at 0. */
    private static double cotPi(double p) {
        return p < 0.25 ? 1 / Math.tan(Math.PI * p) : Math.tan(Math.PI * (0.5 - p));
    }

    /** {@link Double#NaN}: the mean of the Cauchy distribution is undefined. */
    @Override
    public double mean() {
        return Double.NaN;
    }

    /** {@link Double#NaN}: the variance is undefined, as the mean is. */
    @Override
    public double variance() {
        return Double.NaN;
    }

    /**
     * \( \log(4\pi\gamma) \), zero at \( \gamma = 1/(4\pi) \); {@link DoubleDoubleLog} keeps the
     * relative accuracy near that zero.
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

    /** Inversion: the quantile function at a uniform draw \( U \in (0, 1) \). */
    @Override
    public double sample(RandomGenerator rng) {
        double u;
        do {
            u = rng.nextDouble();
        } while (u == 0);
        return quantile(u);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cauchy that && Double.compare(location, that.location) == 0
                && Double.compare(scale, that.scale) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(location) + Double.hashCode(scale);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, location, scale);
    }
}
