package org.kullback.distributions;

import java.util.random.RandomGenerator;

/**
 * A distribution on the real line, continuous or discrete.
 *
 * <p>For discrete families the argument of {@link #cdf(double)} and {@link #survival(double)} may
 * be any real number (the functions are step functions), and {@link #quantile(double)} and
 * {@link #sample(RandomGenerator)} return integer values.
 */
public interface UnivariateDistribution extends Distribution {

    /** \( F(x) = P(X \le x) \). */
    double cdf(double x);

    /**
     * \( S(x) = P(X &gt; x) \), computed directly (not as {@code 1 - cdf(x)}) so that upper-tail
     * probabilities keep their relative accuracy.
     */
    double survival(double x);

    /**
     * The quantile function: the smallest {@code x} in the support with {@code cdf(x) >= p}.
     *
     * @throws IllegalArgumentException if {@code p} is not in [0, 1]
     */
    double quantile(double p);

    /**
     * The mean; {@link Double#POSITIVE_INFINITY} when the integral diverges to \( +\infty \), and
     * {@link Double#NaN} when it is undefined (for example the Cauchy family); each family
     * documents which.
     */
    double mean();

    /**
     * The variance; {@link Double#POSITIVE_INFINITY} when it is infinite, and {@link Double#NaN}
     * when it is undefined because the mean is; each family documents which.
     */
    double variance();

    /** The standard deviation, \( \sqrt{\mathrm{variance}} \). */
    default double standardDeviation() {
        return Math.sqrt(variance());
    }

    /** The infimum of the support; may be {@link Double#NEGATIVE_INFINITY}. */
    double supportLowerBound();

    /** The supremum of the support; may be {@link Double#POSITIVE_INFINITY}. */
    double supportUpperBound();

    /** One draw from this distribution, using {@code rng} as the only source of randomness. */
    double sample(RandomGenerator rng);

    /**
     * {@code n} independent draws.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    default double[] sample(RandomGenerator rng, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("sample size n must be non-negative, got " + n);
        }
        double[] draws = new double[n];
        for (int i = 0; i < n; i++) {
            draws[i] = sample(rng);
        }
        return draws;
    }
}
