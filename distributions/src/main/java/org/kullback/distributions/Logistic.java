package org.kullback.distributions;

import java.util.random.RandomGenerator;

/**
 * The logistic distribution with location \( \mu \) and scale \( s &gt; 0 \).
 *
 * <p>With \( z = (x-\mu)/s \): \( \log p(x) = -|z| - 2\log(1 + e^{-|z|}) - \log s \) (the
 * density is symmetric, so the form with \( -|z| \) never overflows);
 * \( F(x) = 1/(1 + e^{-z}) \); quantile \( \mu + s\log(p/(1-p)) \). Mean \( \mu \), variance
 * \( \pi^2 s^2/3 \), entropy \( \log s + 2 \) (Johnson, Kotz and Balakrishnan, <i>Continuous
 * Univariate Distributions</i>, vol. 2, 2nd ed., 1995, ch. 23).
 *
 * <p>No closed form is known for the KL divergence between two logistic distributions with
 * different scales; the integration module computes it numerically.
 */
public final class Logistic implements UnivariateContinuous {

    static final String FAMILY = "Logistic";
    private static final double PI_SQUARED_OVER_THREE = Math.PI * Math.PI / 3;

    private final double location;
    private final double scale;
    private final double logScale;
    private final double entropy;

    private Logistic(double location, double scale) {
        this.location = ParameterChecks.finite(FAMILY, "location", location);
        this.scale = ParameterChecks.positiveFinite(FAMILY, "scale", scale);
        this.logScale = Math.log(scale);
        this.entropy = DoubleDoubleLog.plus(scale, 2);
    }

    /**
     * The logistic distribution with the given location and scale.
     *
     * @throws IllegalArgumentException if {@code location} is not finite or {@code scale} is not
     *     positive and finite
     */
    public static Logistic of(double location, double scale) {
        return new Logistic(location, scale);
    }

    /** The location \( \mu \) (mean and median). */
    public double location() {
        return location;
    }

    /** The scale \( s \). */
    public double scale() {
        return scale;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public double logDensity(double x) {
        double a = Math.abs((x - location) / scale);
        return -a - 2 * Math.log1p(Math.exp(-a)) - logScale;
    }

    @Override
    public double cdf(double x) {
        return standardCdf((x - location) / scale);
    }

    @Override
    public double survival(double x) {
        return standardCdf((location - x) / scale);
    }

    /**
     * \( 1/(1+e^{-z}) \), written as \( e^z/(1+e^z) \) for \( z &lt; 0 \) so that the lower tail
     * reaches the subnormal range instead of underflowing through \( e^{-z} = \infty \).
     */
    private static double standardCdf(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( \mu + s\operatorname{logit}(p) \), with the logit from the nearer tail (see
     * {@link #logit(double)}).
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        return p <= 0.5 ? location + scale * logit(p) : location - scale * logit(1 - p);
    }

    /**
     * \( \log(p/(1-p)) \) for \( 0 \le p \le \tfrac12 \). Below \( \tfrac14 \) as
     * \( \log p - \operatorname{log1p}(-p) \), whose terms do not cancel; from \( \tfrac14 \) on,
     * where the logit approaches 0, as \( \operatorname{log1p}((2p-1)/(1-p)) \), with
     * \( 2p - 1 \) exact (Sterbenz) so that the result keeps its relative accuracy near
     * \( p = \tfrac12 \).
     */
    private static double logit(double p) {
        if (p < 0.25) {
            return Math.log(p) - Math.log1p(-p);
        }
        return Math.log1p((2 * p - 1) / (1 - p));
    }

    @Override
    public double mean() {
        return location;
    }

    /**
     * \( \pi^2 s^2/3 \); {@link Double#POSITIVE_INFINITY} when it exceeds the double range (it
     * is always finite).
     */
    @Override
    public double variance() {
        return PI_SQUARED_OVER_THREE * scale * scale;
    }

    /**
     * \( \log s + 2 \), zero at \( s = e^{-2} \); {@link DoubleDoubleLog} keeps the relative
     * accuracy near that zero.
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

    /** Inversion, \( \mu + s\operatorname{logit}(U) \), with a uniform draw \( U \in (0, 1) \). */
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
        return other instanceof Logistic that && Double.compare(location, that.location) == 0
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
