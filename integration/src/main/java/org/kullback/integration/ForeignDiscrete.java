package org.kullback.integration;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleToIntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import org.kullback.distributions.UnivariateDiscrete;

/**
 * A commons-math3 or Hipparchus {@code IntegerDistribution} seen as a Kullback
 * {@link UnivariateDiscrete}; made by {@link ForeignDistributions}, which documents the
 * behaviour.
 *
 * <p>The foreign interfaces work on {@code int}s and write an unbounded support as
 * {@link Integer#MIN_VALUE} / {@link Integer#MAX_VALUE} (commons-math3's and Hipparchus's
 * {@code PoissonDistribution.getSupportUpperBound()} is {@code Integer.MAX_VALUE}); such a bound is
 * read as \( \mp\infty \), so that the adapted Poisson has the same support as Kullback's.
 */
final class ForeignDiscrete implements UnivariateDiscrete {

    /** The foreign library's operations this adapter delegates to. */
    record Operations(IntToDoubleFunction probability, IntToDoubleFunction logProbability,
            IntToDoubleFunction cdf, DoubleToIntFunction inverseCdf, DoubleSupplier mean,
            DoubleSupplier variance, int lower, int upper) {
    }

    private final Object foreign;
    private final String library;
    private final Operations operations;
    private final double lower;
    private final double upper;
    private final String family;
    private final String description;
    private final CachedEntropy entropy = new CachedEntropy(this);

    ForeignDiscrete(Object foreign, String library, Operations operations) {
        this.foreign = foreign;
        this.library = library;
        this.operations = operations;
        this.lower = operations.lower() == Integer.MIN_VALUE ? Double.NEGATIVE_INFINITY
                : operations.lower();
        this.upper = operations.upper() == Integer.MAX_VALUE ? Double.POSITIVE_INFINITY
                : operations.upper();
        this.family = ForeignDescription.family(library, foreign);
        this.description = ForeignDescription.describe(library, foreign);
        if (!(lower <= upper)) {
            throw new IllegalArgumentException(description + " has an empty support: lower bound "
                    + operations.lower() + " is above upper bound " + operations.upper());
        }
    }

    /** The wrapped foreign distribution. */
    Object foreign() {
        return foreign;
    }

    @Override
    public String family() {
        return family;
    }

    /**
     * The foreign log-probability inside the support bounds, \( -\infty \) outside them.
     *
     * @throws IllegalArgumentException if k is inside an unbounded support but outside the
     *     {@code int} range, where the foreign distribution cannot evaluate it
     * @throws IllegalStateException if the foreign distribution returns NaN inside its support
     */
    @Override
    public double logProbability(long k) {
        if (k < lower || k > upper) {
            return Double.NEGATIVE_INFINITY;
        }
        return checked("logProbability", k, operations.logProbability().applyAsDouble(index(k)));
    }

    /** The foreign probability inside the support bounds, 0 outside them. */
    @Override
    public double probability(long k) {
        if (k < lower || k > upper) {
            return 0;
        }
        return checked("probability", k, operations.probability().applyAsDouble(index(k)));
    }

    private int index(long k) {
        if (k != (int) k) {
            throw new IllegalArgumentException("k = " + k + " is outside the int range that "
                    + description + " can evaluate");
        }
        return (int) k;
    }

    private double checked(String function, long k, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalStateException(description + " returned NaN for " + function + "("
                    + k + ") inside its support [" + lower + ", " + upper + "]");
        }
        return value;
    }

    /**
     * \( F(\lfloor x \rfloor) \) from the foreign cdf; beyond the {@code int} range of an unbounded
     * support, the foreign cdf at {@link Integer#MAX_VALUE}, the closest it can evaluate.
     */
    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < lower) {
            return 0;
        }
        if (x >= upper) {
            return 1;
        }
        double k = Math.floor(x);
        int index = k >= Integer.MAX_VALUE ? Integer.MAX_VALUE
                : k <= Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) k;
        return operations.cdf().applyAsDouble(index);
    }

    /**
     * \( 1 - F(x) \): neither foreign interface has a survival function, so upper-tail
     * probabilities below about \( 10^{-16} \) are lost to cancellation.
     */
    @Override
    public double survival(double x) {
        return 1 - cdf(x);
    }

    /**
     * The foreign inverse cdf (the smallest k with \( F(k) \ge p \), the same definition as
     * Kullback's), with an unbounded end of the support as \( \pm\infty \).
     */
    @Override
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile: p must be in [0, 1], got " + p);
        }
        if (p == 0) {
            return lower;
        }
        if (p == 1) {
            return upper;
        }
        int k = operations.inverseCdf().applyAsInt(p);
        return k == Integer.MAX_VALUE && upper == Double.POSITIVE_INFINITY ? upper
                : k == Integer.MIN_VALUE && lower == Double.NEGATIVE_INFINITY ? lower : k;
    }

    @Override
    public double mean() {
        return operations.mean().getAsDouble();
    }

    @Override
    public double variance() {
        return operations.variance().getAsDouble();
    }

    /**
     * The Shannon entropy \( -\sum_k p_k \log p_k \), computed once by
     * {@link NumericalDivergences#entropy} (the foreign interfaces have no entropy).
     *
     * @throws NonConvergenceException if the summation does not converge
     */
    @Override
    public double entropy() {
        return entropy.value();
    }

    @Override
    public double supportLowerBound() {
        return lower;
    }

    @Override
    public double supportUpperBound() {
        return upper;
    }

    /**
     * Inversion, \( F^{-1}(U) \) with \( U \) uniform on the open interval (0, 1), so that the
     * caller's generator is the only source of randomness.
     */
    @Override
    public double sample(RandomGenerator rng) {
        return quantile(ForeignDistributions.openUniform(rng));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForeignDiscrete that && foreign.equals(that.foreign)
                && library.equals(that.library);
    }

    @Override
    public int hashCode() {
        return foreign.hashCode();
    }

    @Override
    public String toString() {
        return description;
    }
}
