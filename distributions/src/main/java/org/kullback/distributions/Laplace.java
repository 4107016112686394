package org.kullback.distributions;

import java.util.random.RandomGenerator;

/**
 * The Laplace (double exponential) distribution with location \( \mu \) and scale \( b &gt; 0 \).
 *
 * <p>\( \log p(x) = -|x-\mu|/b - \log(2b) \); \( F(x) = \tfrac12 e^{(x-\mu)/b} \) for
 * \( x &lt; \mu \) and \( 1 - \tfrac12 e^{-(x-\mu)/b} \) otherwise. Mean \( \mu \), variance
 * \( 2b^2 \), entropy \( 1 + \log(2b) \) (Kotz, Kozubowski and Podgórski, <i>The Laplace
 * Distribution and Generalizations</i>, Birkhäuser, 2001, ch. 2).
 */
public final class Laplace implements UnivariateContinuous {

    static final String FAMILY = "Laplace";
    /** \( 1 + \log 2 \) as an unevaluated sum of two doubles (mpmath, 50 digits). */
    private static final double ONE_PLUS_LOG_TWO_HI = 1.6931471805599454;
    private static final double ONE_PLUS_LOG_TWO_LO = -8.783183432405266e-17;

    private final double location;
    private final double scale;
    private final double logTwoScale;
    private final double entropy;

    private Laplace(double location, double scale) {
        this.location = ParameterChecks.finite(FAMILY, "location", location);
        this.scale = ParameterChecks.positiveFinite(FAMILY, "scale", scale);
        this.logTwoScale = Math.log(2) + Math.log(scale);
        this.entropy = DoubleDoubleLog.plus(scale, ONE_PLUS_LOG_TWO_HI, ONE_PLUS_LOG_TWO_LO);
    }

    /**
     * The Laplace distribution with the given location and scale.
     *
     * @throws IllegalArgumentException if {@code location} is not finite or {@code scale} is not
     *     positive and finite
     */
    public static Laplace of(double location, double scale) {
        return new Laplace(location, scale);
    }

    /** The location \( \mu \) (mean and median). */
    public double location() {
        return location;
    }

    /** The scale \( b \). */
    public double scale() {
        return scale;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public double logDensity(double x) {
        return -Math.abs(x - location) / scale - logTwoScale;
    }

    @Override
    public double cdf(double x) {
        double z = (x - location) / scale;
        return z < 0 ? 0.5 * Math.exp(z) : 1 - 0.5 * Math.exp(-z);
    }

    @Override
    public double survival(double x) {
        double z = (x - location) / scale;
        return z > 0 ? 0.5 * Math.exp(-z) : 1 - 0.5 * Math.exp(z);
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( \mu + b\log(2p) \) for \( p \le \tfrac12 \) and \( \mu - b\log(2(1-p)) \) otherwise,
     * where \( 1 - p \) is exact.
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        return p <= 0.5 ? location + scale * Math.log(2 * p)
                : location - scale * Math.log(2 * (1 - p));
    }

    @Override
    public double mean() {
        return location;
    }

    /**
     * \( 2b^2 \); {@link Double#POSITIVE_INFINITY} when it exceeds the double range (it is
     * always finite).
     */
    @Override
    public double variance() {
        return 2 * scale * scale;
    }

    /**
     * \( 1 + \log 2 + \log b \), zero at \( b = 1/(2e) \); {@link DoubleDoubleLog} keeps the
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

    /**
     * \( \mu \pm bE \) with \( E \) a standard exponential draw and the sign a fair coin: the
     * Laplace law is the symmetrised exponential (Devroye, <i>Non-Uniform Random Variate
     * Generation</i>, Springer, 1986, §IX.1).
     */
    @Override
    public double sample(RandomGenerator rng) {
        double e = scale * rng.nextExponential();
        return rng.nextBoolean() ? location + e : location - e;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Laplace that && Double.compare(location, that.location) == 0
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
