package org.kullback.distributions;

/** A univariate distribution on the integers. */
public interface UnivariateDiscrete extends UnivariateDistribution {

    /**
     * \( \log P(X = k) \): {@link Double#NEGATIVE_INFINITY} outside the support, computed directly
     * in log space.
     */
    double logProbability(long k);

    /** \( P(X = k) \). */
    default double probability(long k) {
        return Math.exp(logProbability(k));
    }
}
