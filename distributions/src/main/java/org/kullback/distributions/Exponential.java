package org.kullback.distributions;

import java.util.random.RandomGenerator;

/**
 * The exponential distribution with rate \( \lambda &gt; 0 \), on \( [0, \infty) \).
 *
 * <p>\( \log p(x) = \log\lambda - \lambda x \); \( F(x) = 1 - e^{-\lambda x} \), computed as
 * \( -\operatorname{expm1}(-\lambda x) \), and \( S(x) = e^{-\lambda x} \); mean \( 1/\lambda \),
 * variance \( 1/\lambda^2 \); entropy \( 1 - \log\lambda \), which is negative for
 * \( \lambda &gt; e \) (Cover &amp; Thomas, <i>Elements of Information Theory</i>, 2nd ed.,
 * Table 17.1).
 */
public final class Exponential implements UnivariateContinuous {

    static final String FAMILY = "Exponential";

    private final double rate;
    private final double logRate;
    private final double entropy;

    private Exponential(double rate) {
        this.rate = ParameterChecks.positiveFinite(FAMILY, "rate", rate);
        this.logRate = Math.log(rate);
        // 1 − log λ vanishes at λ = e; DoubleDoubleLog keeps its relative accuracy there.
        this.entropy = -DoubleDoubleLog.plus(rate, -1);
    }

    /**
     * The exponential distribution with the given rate.
     *
     * @throws IllegalArgumentException if {@code rate} is not positive and finite
     */
    public static Exponential of(double rate) {
        return new Exponential(rate);
    }

    /** The rate \( \lambda \), the reciprocal of the mean. */
    public double rate() {
        return rate;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public double logDensity(double x) {
        if (!(x >= 0)) {
            return x < 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        return logRate - rate * x;
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : -Math.expm1(-rate * x);
    }

    @Override
    public double survival(double x) {
        return x <= 0 ? 1 : Math.exp(-rate * x);
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( -\operatorname{log1p}(-p)/\lambda \) for \( p \le 1/2 \), and
     * \( -\log(1-p)/\lambda \) otherwise, where \( 1-p \) is exact.
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        return (p <= 0.5 ? -Math.log1p(-p) : -Math.log(1 - p)) / rate;
    }

    @Override
    public double mean() {
        return 1 / rate;
    }

    @Override
    public double variance() {
        return 1 / (rate * rate);
    }

    @Override
    public double standardDeviation() {
        return 1 / rate;
    }

    /**
     * \( 1 - \log\lambda \), kept to full relative accuracy near its zero at \( \lambda = e \) by
     * forming \( \lambda/e \) in double-double arithmetic.
     */
    @Override
    public double entropy() {
        return entropy;
    }

    @Override
    public double supportLowerBound() {
        return 0;
    }

    @Override
    public double supportUpperBound() {
        return Double.POSITIVE_INFINITY;
    }

    /** Inversion: \( -\operatorname{log1p}(-U)/\lambda \) with \( U \) uniform on [0, 1). */
    @Override
    public double sample(RandomGenerator rng) {
        return -Math.log1p(-rng.nextDouble()) / rate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Exponential that && Double.compare(rate, that.rate) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(rate);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, rate);
    }
}
