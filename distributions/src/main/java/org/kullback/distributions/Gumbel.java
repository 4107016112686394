package org.kullback.distributions;

import java.util.random.RandomGenerator;

/**
 * The Gumbel distribution of maxima (type I extreme value, skewed to the right) with location
 * \( \mu \) and scale \( \beta &gt; 0 \).
 *
 * <p>With \( z = (x-\mu)/\beta \): \( F(x) = \exp(-e^{-z}) \),
 * \( \log p(x) = -z - e^{-z} - \log\beta \), quantile \( \mu - \beta\log(-\log p) \). Mean
 * \( \mu + \beta\gamma \), variance \( \pi^2\beta^2/6 \), entropy \( \log\beta + \gamma + 1 \),
 * with \( \gamma \) the Euler–Mascheroni constant (Johnson, Kotz and Balakrishnan,
 * <i>Continuous Univariate Distributions</i>, vol. 2, 2nd ed., 1995, ch. 22). The distribution
 * of minima is that of \( -X \).
 */
public final class Gumbel implements UnivariateContinuous {

    static final String FAMILY = "Gumbel";
    /** The Euler–Mascheroni constant \( \gamma \), rounded to the nearest double. */
    static final double EULER = 0.5772156649015329;
    /** \( 1 + \gamma \) as an unevaluated sum of two doubles (mpmath, 50 digits). */
    static final double ONE_PLUS_EULER_HI = 1.5772156649015328;
    static final double ONE_PLUS_EULER_LO = 1.06079387310085e-16;
    private static final double PI_SQUARED_OVER_SIX = Math.PI * Math.PI / 6;

    private final double location;
    private final double scale;
    private final double logScale;
    private final double entropy;

    private Gumbel(double location, double scale) {
        this.location = ParameterChecks.finite(FAMILY, "location", location);
        this.scale = ParameterChecks.positiveFinite(FAMILY, "scale", scale);
        this.logScale = Math.log(scale);
        this.entropy = DoubleDoubleLog.plus(scale, ONE_PLUS_EULER_HI, ONE_PLUS_EULER_LO);
    }

    /**
     * The Gumbel distribution of maxima with the given location and scale.
     *
     * @throws IllegalArgumentException if {@code location} is not finite or {@code scale} is not
     *     positive and finite
     */
    public static Gumbel of(double location, double scale) {
        return new Gumbel(location, scale);
    }

    /** The location \( \mu \) (the mode). */
    public double location() {
        return location;
    }

    /** The scale \( \beta \). */
    public double scale() {
        return scale;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public double logDensity(double x) {
        if (x == Double.NEGATIVE_INFINITY) {
            // -z - e^{-z} would be ∞ - ∞.
            return Double.NEGATIVE_INFINITY;
        }
        double z = (x - location) / scale;
        return -z - Math.exp(-z) - logScale;
    }

    @Override
    public double cdf(double x) {
        return Math.exp(-Math.exp(-(x - location) / scale));
    }

    /** {@inheritDoc} As \( -\operatorname{expm1}(-e^{-z}) \), accurate in the upper tail. */
    @Override
    public double survival(double x) {
        return -Math.expm1(-Math.exp(-(x - location) / scale));
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( \mu - \beta\log(-\log p) \); above \( p = \tfrac12 \) the inner logarithm is
     * \( \operatorname{log1p}(-(1-p)) \) with \( 1 - p \) exact, so the upper tail keeps its
     * accuracy.
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        double minusLogP = p <= 0.5 ? -Math.log(p) : -Math.log1p(-(1 - p));
        return location - scale * Math.log(minusLogP);
    }

    /** \( \mu + \beta\gamma \). */
    @Override
    public double mean() {
        return location + scale * EULER;
    }

    /**
     * \( \pi^2\beta^2/6 \); {@link Double#POSITIVE_INFINITY} when it exceeds the double range (it
     * is always finite).
     */
    @Override
    public double variance() {
        return PI_SQUARED_OVER_SIX * scale * scale;
    }

    /**
     * \( \log\beta + \gamma + 1 \), zero at \( \beta = e^{-1-\gamma} \); {@link DoubleDoubleLog}
     * keeps the relative accuracy near that zero.
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
     * Inversion: \( \mu - \beta\log E \) with \( E = -\log U \) a standard exponential draw,
     * since \( P(\mu - \beta\log E \le x) = P(E \ge e^{-z}) = \exp(-e^{-z}) \).
     */
    @Override
    public double sample(RandomGenerator rng) {
        return location - scale * Math.log(rng.nextExponential());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Gumbel that && Double.compare(location, that.location) == 0
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
