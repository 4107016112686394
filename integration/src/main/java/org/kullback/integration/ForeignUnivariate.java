package org.kullback.integration;

import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;
import org.kullback.distributions.UnivariateDistribution;

/**
 * What the continuous and discrete adapters of foreign distributions share: the wrapped object
 * and its description, the support bounds, the delegated moments, the entropy computed once by
 * {@link NumericalDivergences} (the foreign interfaces have none), survival as \( 1 - F \), and
 * sampling by inversion with the caller's generator.
 */
abstract class ForeignUnivariate implements UnivariateDistribution {

    private final Object foreign;
    private final String library;
    private final String family;
    private final String description;
    private final DoubleSupplier mean;
    private final DoubleSupplier variance;
    /** The support bounds, \( \pm\infty \) for an unbounded side. */
    final double lower;
    final double upper;
    private volatile Double entropy;

    ForeignUnivariate(Object foreign, String library, double lower, double upper,
            DoubleSupplier mean, DoubleSupplier variance) {
        this.foreign = foreign;
        this.library = library;
        this.family = ForeignDescription.family(library, foreign);
        this.description = ForeignDescription.describe(library, foreign);
        this.lower = lower;
        this.upper = upper;
        this.mean = mean;
        this.variance = variance;
    }

    /** The wrapped foreign distribution. */
    final Object foreign() {
        return foreign;
    }

    @Override
    public final String family() {
        return family;
    }

    /** A foreign value, refused when NaN inside the support (a foreign failure, not an answer). */
    final double checked(String function, Object argument, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalStateException(description + " returned NaN for " + function + "("
                    + argument + ") inside its support [" + lower + ", " + upper + "]");
        }
        return value;
    }

    /** The quantile argument check, and the support bounds for p = 0 and p = 1 (else NaN). */
    static double quantileBound(double p, double lower, double upper) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile: p must be in [0, 1], got " + p);
        }
        return p == 0 ? lower : p == 1 ? upper : Double.NaN;
    }

    /**
     * \( 1 - F(x) \): neither foreign interface has a survival function, so upper-tail
     * probabilities below about \( 10^{-16} \) are lost to cancellation.
     */
    @Override
    public final double survival(double x) {
        return 1 - cdf(x);
    }

    @Override
    public final double mean() {
        return mean.getAsDouble();
    }

    @Override
    public final double variance() {
        return variance.getAsDouble();
    }

    /**
     * The entropy (differential for a density, Shannon for probabilities), computed once by
     * {@link NumericalDivergences#entropy} and kept. Thread-safe: two threads may both compute
     * it, and both get the same number.
     *
     * @throws NonConvergenceException if the quadrature or summation does not converge
     */
    @Override
    public final double entropy() {
        Double cached = entropy;
        if (cached == null) {
            Integral integral = NumericalDivergences.entropy(this);
            if (!integral.converged()) {
                throw new NonConvergenceException("entropy of " + this + " did not converge",
                        integral);
            }
            cached = integral.value();
            entropy = cached;
        }
        return cached;
    }

    @Override
    public final double supportLowerBound() {
        return lower;
    }

    @Override
    public final double supportUpperBound() {
        return upper;
    }

    /**
     * Inversion, \( F^{-1}(U) \) with \( U \) uniform on the open interval (0, 1), so that the
     * caller's generator is the only source of randomness (the foreign objects' own
     * {@code sample()} would use their internal generators).
     */
    @Override
    public final double sample(RandomGenerator rng) {
        return quantile(ForeignDistributions.openUniform(rng));
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && foreign.equals(((ForeignUnivariate) other).foreign)
                && library.equals(((ForeignUnivariate) other).library);
    }

    @Override
    public final int hashCode() {
        return foreign.hashCode();
    }

    @Override
    public final String toString() {
        return description;
    }
}
