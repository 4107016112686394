package org.kullback.distributions;

/** A univariate distribution with a density with respect to Lebesgue measure. */
public interface UnivariateContinuous extends UnivariateDistribution {

    /**
     * \( \log p(x) \): {@link Double#NEGATIVE_INFINITY} outside the support, never NaN for a
     * non-NaN argument. Computed directly in log space, so it stays finite where the density
     * underflows.
     */
    double logDensity(double x);

    /** \( p(x) \). */
    default double density(double x) {
        return Math.exp(logDensity(x));
    }
}
