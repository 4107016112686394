package org.kullback.distributions;

import java.util.random.RandomGenerator;

/**
 * The Pareto (type I) distribution with scale \( x_m &gt; 0 \) and shape \( \alpha &gt; 0 \), on
 * \( [x_m, \infty) \).
 *
 * <p>\( p(x) = \alpha x_m^\alpha / x^{\alpha+1} \), evaluated as
 * \( \log p(x) = \log(\alpha/x_m) - (\alpha+1)\log(x/x_m) \); \( S(x) = (x_m/x)^\alpha \) and
 * \( F(x) = 1 - (x_m/x)^\alpha = -\operatorname{expm1}(-\alpha\log(x/x_m)) \); entropy
 * \( \log(x_m/\alpha) + 1/\alpha + 1 \) (Johnson, Kotz &amp; Balakrishnan, <i>Continuous
 * Univariate Distributions</i>, vol. 1, ch. 20; Cover &amp; Thomas, Table 17.1).
 *
 * <p>Mean \( \alpha x_m/(\alpha-1) \) for \( \alpha &gt; 1 \) and variance
 * \( x_m^2\alpha/((\alpha-1)^2(\alpha-2)) \) for \( \alpha &gt; 2 \). The integrals diverge to
 * \( +\infty \) otherwise, so {@link #mean()} is \( +\infty \) for \( \alpha \le 1 \) and
 * {@link #variance()} is \( +\infty \) for \( \alpha \le 2 \) (also when the mean is infinite:
 * \( E[X^2] = \infty \) there, and no value but \( +\infty \) is meaningful).
 */
public final class Pareto implements UnivariateContinuous {

    static final String FAMILY = "Pareto";

    private final double scale;
    private final double shape;
    private final double logShapeOverScale;
    private final double entropy;

    private Pareto(double scale, double shape) {
        this.scale = ParameterChecks.positiveFinite(FAMILY, "scale", scale);
        this.shape = ParameterChecks.positiveFinite(FAMILY, "shape", shape);
        this.logShapeOverScale = LogRatio.of(shape, scale);
        this.entropy = 1 / shape + 1 - logShapeOverScale;
    }

    /**
     * The Pareto distribution with the given scale (the lower end of the support) and shape (the
     * tail index).
     *
     * @throws IllegalArgumentException if {@code scale} or {@code shape} is not positive and finite
     */
    public static Pareto of(double scale, double shape) {
        return new Pareto(scale, shape);
    }

    /** The scale \( x_m \), the lower end of the support. */
    public double scale() {
        return scale;
    }

    /** The shape (tail index) \( \alpha \). */
    public double shape() {
        return shape;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public double logDensity(double x) {
        if (!(x >= scale)) {
            return x < scale ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        return logShapeOverScale - (shape + 1) * logRatio(x, scale);
    }

    @Override
    public double cdf(double x) {
        return x <= scale ? 0 : -Math.expm1(-shape * logRatio(x, scale));
    }

    @Override
    public double survival(double x) {
        return x <= scale ? 1 : Math.exp(-shape * logRatio(x, scale));
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( x_m \exp(E/\alpha) \) with \( E = -\operatorname{log1p}(-p) \) for \( p \le 1/2 \) and
     * \( E = -\log(1-p) \) otherwise, where \( 1-p \) is exact.
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        return scaleUp((p <= 0.5 ? -Math.log1p(-p) : -Math.log(1 - p)) / shape);
    }

    /** \( x_m e^t \), also when \( e^t \) alone overflows but the product does not. */
    private double scaleUp(double t) {
        if (t < 700) {
            return scale * Math.exp(t);
        }
        double half = Math.exp(0.5 * t);
        return scale * half * half;
    }

    /**
     * \( \alpha x_m/(\alpha-1) \) for \( \alpha &gt; 1 \); \( +\infty \) for
     * \( \alpha \le 1 \).
     */
    @Override
    public double mean() {
        return shape > 1 ? scale * (shape / (shape - 1)) : Double.POSITIVE_INFINITY;
    }

    /**
     * \( x_m^2\alpha/((\alpha-1)^2(\alpha-2)) \) for \( \alpha &gt; 2 \); \( +\infty \) for
     * \( \alpha \le 2 \), where \( E[X^2] \) diverges.
     */
    @Override
    public double variance() {
        if (!(shape > 2)) {
            return Double.POSITIVE_INFINITY;
        }
        double ratio = scale / (shape - 1);
        return ratio * ratio * (shape / (shape - 2));
    }

    /** \( \log(x_m/\alpha) + 1/\alpha + 1 \). */
    @Override
    public double entropy() {
        return entropy;
    }

    @Override
    public double supportLowerBound() {
        return scale;
    }

    @Override
    public double supportUpperBound() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Inversion: \( x_m \exp(E/\alpha) \) with \( E = -\operatorname{log1p}(-U) \) standard
     * exponential, \( U \) uniform on [0, 1).
     */
    @Override
    public double sample(RandomGenerator rng) {
        return scaleUp(-Math.log1p(-rng.nextDouble()) / shape);
    }

    /**
     * \( \log(a/b) \) for positive finite {@code a} and {@code b}, with full relative accuracy
     * also when \( a \approx b \): within a factor 2 the difference \( a - b \) is exact
     * (Sterbenz's lemma) and the logarithm is \( \operatorname{log1p}((a-b)/b) \).
     */
    static double logRatio(double a, double b) {
        if (a <= 2 * b && b <= 2 * a) {
            return Math.log1p((a - b) / b);
        }
        return LogRatio.of(a, b);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pareto that
                && Double.compare(scale, that.scale) == 0 && Double.compare(shape, that.shape) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(scale) + Double.hashCode(shape);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, scale, shape);
    }
}
