package org.kullback.integration;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import org.kullback.distributions.UnivariateContinuous;

/**
 * A commons-math3 or Hipparchus {@code RealDistribution} seen as a Kullback
 * {@link UnivariateContinuous}; made by {@link ForeignDistributions}, which documents the
 * behaviour. Immutable as far as the foreign object is (the distributions of both libraries are).
 */
final class ForeignContinuous extends ForeignUnivariate implements UnivariateContinuous {

    /** The foreign library's operations this adapter delegates to. */
    record Operations(DoubleUnaryOperator density, DoubleUnaryOperator logDensity,
            DoubleUnaryOperator cdf, DoubleUnaryOperator inverseCdf, DoubleSupplier mean,
            DoubleSupplier variance, double lower, double upper) {
    }

    private final Operations operations;

    ForeignContinuous(Object foreign, String library, Operations operations) {
        super(foreign, library, operations.lower(), operations.upper(), operations.mean(),
                operations.variance());
        this.operations = operations;
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
            throw new IllegalArgumentException(this + " has support [" + lower + ", "
                    + upper + "]: a point mass has no density");
        }
        double median;
        double density;
        try {
            median = operations.inverseCdf().applyAsDouble(0.5);
            density = operations.density().applyAsDouble(median);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(this
                    + " cannot evaluate its density at its median: " + e, e);
        }
        if (!(density >= 0 && density < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(this + " has no usable density: density("
                    + median + ") at its median is " + density);
        }
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
     * The foreign inverse cdf, with the support bounds for p = 0 and p = 1. Its accuracy is the
     * foreign one: exact inverses where the library has them, otherwise a root finder (absolute
     * accuracy 1e-9 for Hipparchus and for commons-math3's GammaDistribution, 1e-6 for
     * commons-math3's default).
     */
    @Override
    public double quantile(double p) {
        double bound = quantileBound(p, lower, upper);
        return Double.isNaN(bound) ? operations.inverseCdf().applyAsDouble(p) : bound;
    }
}
