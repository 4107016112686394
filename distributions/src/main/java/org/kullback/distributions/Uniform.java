package org.kullback.distributions;

import java.util.random.RandomGenerator;

/**
 * The continuous uniform distribution on \( [a, b] \), \( a &lt; b \) both finite.
 *
 * <p>\( p(x) = 1/(b-a) \) on \( [a, b] \); \( F(x) = (x-a)/(b-a) \); mean \( (a+b)/2 \), variance
 * \( (b-a)^2/12 \), entropy \( \log(b-a) \).
 *
 * <p>Every pair of finite doubles with \( a &lt; b \) is accepted, also when the width
 * \( b - a \) exceeds the largest double (for example \( [-10^{308}, 10^{308}] \)). For such an
 * interval the width is carried as \( b/2 - a/2 \) and a factor 2, so density, cdf, quantile and
 * entropy stay finite and accurate; only the variance, which is then beyond the double range,
 * is {@link Double#POSITIVE_INFINITY}.
 */
public final class Uniform implements UnivariateContinuous {

    static final String FAMILY = "Uniform";

    private final double lower;
    private final double upper;
    /** 1, or ½ when {@code upper - lower} overflows. */
    private final double widthScale;
    /** {@code widthScale·upper - widthScale·lower}, rounded: always finite. */
    private final double scaledWidth;
    private final double logWidth;

    private Uniform(double lower, double upper) {
        this.lower = ParameterChecks.finite(FAMILY, "lower", lower);
        this.upper = ParameterChecks.finite(FAMILY, "upper", upper);
        if (!(lower < upper)) {
            throw ParameterChecks.invalid(FAMILY, "upper", "greater than lower = " + lower, upper);
        }
        this.widthScale = Double.isInfinite(upper - lower) ? 0.5 : 1;
        double a = widthScale * lower;
        double b = widthScale * upper;
        this.scaledWidth = b - a;
        // The exact scaled width is scaledWidth + error (TwoSum); log(w + e) = log w + e/w to
        // within (e/w)² ≈ 1e-32, and DoubleDoubleLog adds log w without cancelling near w = 1.
        double bVirtual = scaledWidth - b;
        double error = (b - (scaledWidth - bVirtual)) + (-a - bVirtual);
        double relativeError = error / scaledWidth;
        this.logWidth = widthScale == 1 ? DoubleDoubleLog.plus(scaledWidth, relativeError)
                : DoubleDoubleLog.plus(scaledWidth, DoubleDoubleLog.LN2_HI,
                        DoubleDoubleLog.LN2_MID, relativeError);
    }

    /**
     * The uniform distribution on {@code [lower, upper]}.
     *
     * @throws IllegalArgumentException if either bound is not finite or {@code lower >= upper}
     */
    public static Uniform of(double lower, double upper) {
        return new Uniform(lower, upper);
    }

    /** The lower end \( a \) of the support. */
    public double lower() {
        return lower;
    }

    /** The upper end \( b \) of the support. */
    public double upper() {
        return upper;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    /** {@inheritDoc} \( -\log(b-a) \) on the closed interval \( [a, b] \). */
    @Override
    public double logDensity(double x) {
        if (x < lower || x > upper) {
            return Double.NEGATIVE_INFINITY;
        }
        return Double.isNaN(x) ? x : -logWidth;
    }

    @Override
    public double cdf(double x) {
        if (x <= lower) {
            return 0;
        }
        if (x >= upper) {
            return 1;
        }
        return (widthScale * x - widthScale * lower) / scaledWidth;
    }

    @Override
    public double survival(double x) {
        if (x <= lower) {
            return 1;
        }
        if (x >= upper) {
            return 0;
        }
        return (widthScale * upper - widthScale * x) / scaledWidth;
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( a + p(b-a) \) for \( p \le \tfrac12 \) and \( b - (1-p)(b-a) \) otherwise, measured
     * from the nearer end so that both tails keep their accuracy.
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        if (p <= 0.5) {
            return p == 0 ? lower : lower + p * scaledWidth / widthScale;
        }
        return p == 1 ? upper : upper - (1 - p) * scaledWidth / widthScale;
    }

    /** \( (a+b)/2 \), halving first when \( a + b \) would overflow. */
    @Override
    public double mean() {
        double sum = lower + upper;
        return Double.isInfinite(sum) ? 0.5 * lower + 0.5 * upper : 0.5 * sum;
    }

    /**
     * \( (b-a)^2/12 \); {@link Double#POSITIVE_INFINITY} when it exceeds the double range (it is
     * always finite).
     */
    @Override
    public double variance() {
        double width = scaledWidth / widthScale;
        return width * width / 12;
    }

    /**
     * \( \log(b-a) \), from the exact width \( b - a \) (a double plus its rounding error), so it
     * keeps its relative accuracy near its zero at \( b - a = 1 \) and for overflowing widths.
     */
    @Override
    public double entropy() {
        return logWidth;
    }

    @Override
    public double supportLowerBound() {
        return lower;
    }

    @Override
    public double supportUpperBound() {
        return upper;
    }

    /** Inversion: the quantile function at a uniform draw \( U \in [0, 1) \). */
    @Override
    public double sample(RandomGenerator rng) {
        return quantile(rng.nextDouble());
    }

    /** \( b - a \), or {@link Double#POSITIVE_INFINITY} when it overflows. */
    double width() {
        return scaledWidth / widthScale;
    }

    /** \( (b - a)/2 \), rounded once; finite for every interval. */
    double halfWidth() {
        return 0.5 * upper - 0.5 * lower;
    }

    /** \( \log(b - a) \), accurate also when \( b - a \) overflows. */
    double logWidth() {
        return logWidth;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Uniform that && Double.compare(lower, that.lower) == 0
                && Double.compare(upper, that.upper) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(lower) + Double.hashCode(upper);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, lower, upper);
    }
}
