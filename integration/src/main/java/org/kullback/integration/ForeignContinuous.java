package org.kullback.integration;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.kullback.distributions.UnivariateContinuous;

/**
 * A commons-math3 or Hipparchus {@code RealDistribution} seen as a Kullback
 * {@link UnivariateContinuous}; made by {@link ForeignDistributions}, which documents the
 * behaviour. Immutable as far as the foreign object is (the distributions of both libraries are).
 */
final class ForeignContinuous implements UnivariateContinuous {

    /** The foreign library's operations this adapter delegates to. */
    record Operations(DoubleUnaryOperator density, DoubleUnaryOperator logDensity,
            DoubleUnaryOperator cdf, DoubleUnaryOperator inverseCdf, DoubleSupplier mean,
            DoubleSupplier variance, double lower, double upper) {
    }

    private final Object foreign;
    private final String library;
    private final Operations operations;
    private final double lower;
    private final double upper;
    private final String family;
    private final String description;
    private final CachedEntropy entropy = new CachedEntropy(this);

    ForeignContinuous(Object foreign, String library, Operations operations) {
        this.foreign = foreign;
        this.library = library;
        this.operations = operations;
        this.lower = operations.lower();
        this.upper = operations.upper();
        this.family = ForeignDescription.family(library, foreign);
        this.description = ForeignDescription.describe(library, foreign);
        requireDensity();
    }

    /**
     * A point mass, or a foreign class that cannot evaluate a density, has no density with
     * respect to Lebesgue measure; the quadrature would integrate it to a meaningless number, so
     * it is refused here. The checks: a support of positive length, and a finite, non-negative
     * density at the median that the foreign object computes without throwing.
     */
    private void requireDensity() {
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
            throw new IllegalArgumentException(description + " has support [" + lower + ", "
                    + upper + "]: a point mass has no density");
        }
        double median;
        double density;
        try {
            median = operations.inverseCdf().applyAsDouble(0.5);
            density = operations.density().applyAsDouble(median);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(description
                    + " cannot evaluate its density at its median: " + e, e);
        }
        if (!(density >= 0 && density < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(description + " has no usable density: density("
                    + median + ") at its median is " + density);
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
     * The foreign log-density inside the support bounds, \( -\infty \) outside them.
     *
     * @throws IllegalStateException if the foreign distribution returns NaN inside its support
     */
    @Override
    public double logDensity(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < lower || x > upper) {
            return Double.NEGATIVE_INFINITY;
        }
        return checked("logDensity", x, operations.logDensity().applyAsDouble(x));
    }

    /** The foreign density inside the support bounds, 0 outside them. */
    @Override
    public double density(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < lower || x > upper) {
            return 0;
        }
        return checked("density", x, operations.density().applyAsDouble(x));
    }

    private double checked(String function, double x, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalStateException(description + " returned NaN for " + function + "("
                    + x + ") inside its support [" + lower + ", " + upper + "]");
        }
        return value;
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < lower) {
            return 0;
        }
        return x >= upper ? 1 : operations.cdf().applyAsDouble(x);
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
     * The foreign inverse cdf, with the support bounds for p = 0 and p = 1. Its accuracy is the
     * foreign one: exact inverses where the library has them, otherwise a root finder (absolute
     * accuracy 1e-9 for Hipparchus and for commons-math3's GammaDistribution, 1e-6 for
     * commons-math3's default).
     */
    @Override
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile: p must be in [0, 1], got " + p);
        }
        if (p == 0) {
            return lower;
        }
        return p == 1 ? upper : operations.inverseCdf().applyAsDouble(p);
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
     * The differential entropy \( -\int p \log p \), computed once by
     * {@link NumericalDivergences#entropy} (the foreign interfaces have no entropy).
     *
     * @throws NonConvergenceException if the quadrature does not converge
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
     * caller's generator is the only source of randomness (the foreign objects' own
     * {@code sample()} would use their internal generators).
     */
    @Override
    public double sample(RandomGenerator rng) {
        return quantile(ForeignDistributions.openUniform(rng));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForeignContinuous that && foreign.equals(that.foreign)
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
