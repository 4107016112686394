package org.kullback.integration;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleToIntFunction;
import java.util.function.IntToDoubleFunction;
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
final class ForeignDiscrete extends ForeignUnivariate implements UnivariateDiscrete {

    /** The foreign library's operations this adapter delegates to. */
    record Operations(IntToDoubleFunction probability, IntToDoubleFunction logProbability,
            IntToDoubleFunction cdf, DoubleToIntFunction inverseCdf, DoubleSupplier mean,
            DoubleSupplier variance, int lower, int upper) {
    }

    private final Operations operations;

    ForeignDiscrete(Object foreign, String library, Operations operations) {
        super(foreign, library,
                operations.lower() == Integer.MIN_VALUE ? Double.NEGATIVE_INFINITY
                        : operations.lower(),
                operations.upper() == Integer.MAX_VALUE ? Double.POSITIVE_INFINITY
                        : operations.upper(),
                operations.mean(), operations.variance());
        this.operations = operations;
        if (!(lower <= upper)) {
            throw new IllegalArgumentException(this + " has an empty support: lower bound "
                    + operations.lower() + " is above upper bound " + operations.upper());
        }
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
                    + this + " can evaluate");
        }
        return (int) k;
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
     * The foreign inverse cdf (the smallest k with \( F(k) \ge p \), the same definition as
     * Kullback's), with an unbounded end of the support as \( \pm\infty \).
     */
    @Override
    public double quantile(double p) {
        double bound = quantileBound(p, lower, upper);
        if (!Double.isNaN(bound)) {
            return bound;
        }
        int k = operations.inverseCdf().applyAsInt(p);
        return k == Integer.MAX_VALUE && upper == Double.POSITIVE_INFINITY ? upper
                : k == Integer.MIN_VALUE && lower == Double.NEGATIVE_INFINITY ? lower : k;
    }
}
