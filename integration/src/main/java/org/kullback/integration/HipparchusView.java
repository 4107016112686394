package org.kullback.integration;

import org.hipparchus.distribution.IntegerDistribution;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDiscrete;
import org.kullback.distributions.UnivariateDistribution;

/**
 * Kullback's univariate distributions seen as Hipparchus distributions, for code written against
 * {@link RealDistribution} and {@link IntegerDistribution}.
 *
 * <p>Every method delegates to the Kullback distribution, so the view keeps its accuracy:
 * {@code probability(x0, x1)} \( = P(x_0 &lt; X \le x_1) \) is a difference of survival
 * functions when \( x_0 \) is in the upper half of the distribution, so upper-tail intervals keep
 * their digits (\( P(10 &lt; Z \le 11) \) for a standard normal is 7.6e-24, not 0). Arguments
 * outside a Hipparchus method's domain raise Hipparchus's {@link MathIllegalArgumentException},
 * as that interface declares. Kullback's families have interval supports, so
 * {@code isSupportConnected()} is true.
 *
 * <p>For integer distributions, an unbounded side of the support is {@link Integer#MIN_VALUE} or
 * {@link Integer#MAX_VALUE}, Hipparchus's convention (its {@code PoissonDistribution} does the
 * same), and so is the quantile at p = 1 of an unbounded distribution.
 *
 * <p>Viewing an adapted Hipparchus distribution ({@link ForeignDistributions}) gives back the
 * original Hipparchus object.
 */
public final class HipparchusView {

    private HipparchusView() {
    }

    /**
     * A Kullback continuous distribution as a Hipparchus {@link RealDistribution}.
     *
     * @throws IllegalArgumentException if {@code distribution} is null
     */
    public static RealDistribution of(UnivariateContinuous distribution) {
        requireNonNull(distribution);
        if (distribution instanceof ForeignContinuous adapter
                && adapter.foreign() instanceof RealDistribution original) {
            return original;
        }
        return new ContinuousView(distribution);
    }

    /**
     * A Kullback discrete distribution as a Hipparchus {@link IntegerDistribution}.
     *
     * @throws IllegalArgumentException if {@code distribution} is null, or a finite support bound
     *     does not fit in an {@code int}
     */
    public static IntegerDistribution of(UnivariateDiscrete distribution) {
        requireNonNull(distribution);
        if (distribution instanceof ForeignDiscrete adapter
                && adapter.foreign() instanceof IntegerDistribution original) {
            return original;
        }
        return new DiscreteView(distribution);
    }

    private static void requireNonNull(Object distribution) {
        if (distribution == null) {
            throw new IllegalArgumentException("distribution must not be null");
        }
    }

    /**
     * \( P(x_0 &lt; X \le x_1) \): \( F(x_1) - F(x_0) \) in the lower half, \( S(x_0) - S(x_1) \)
     * in the upper half, where the smaller of the two tails keeps its relative accuracy.
     */
    private static double interval(UnivariateDistribution distribution, double x0, double x1) {
        if (x0 > x1) {
            throw new MathIllegalArgumentException(
                    LocalizedCoreFormats.LOWER_ENDPOINT_ABOVE_UPPER_ENDPOINT, x0, x1);
        }
        double below = distribution.cdf(x0);
        if (below <= 0.5) {
            return distribution.cdf(x1) - below;
        }
        return distribution.survival(x0) - distribution.survival(x1);
    }

    private static double checkedProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.OUT_OF_RANGE_SIMPLE, p, 0,
                    1);
        }
        return p;
    }

    /** The Hipparchus view of a continuous distribution. */
    static final class ContinuousView implements RealDistribution {

        private final UnivariateContinuous distribution;

        private ContinuousView(UnivariateContinuous distribution) {
            this.distribution = distribution;
        }

        /** The Kullback distribution shown. */
        UnivariateContinuous distribution() {
            return distribution;
        }

        @Override
        public double probability(double x0, double x1) {
            return interval(distribution, x0, x1);
        }

        @Override
        public double density(double x) {
            return distribution.density(x);
        }

        @Override
        public double logDensity(double x) {
            return distribution.logDensity(x);
        }

        @Override
        public double cumulativeProbability(double x) {
            return distribution.cdf(x);
        }

        @Override
        public double inverseCumulativeProbability(double p) {
            return distribution.quantile(checkedProbability(p));
        }

        @Override
        public double getNumericalMean() {
            return distribution.mean();
        }

        @Override
        public double getNumericalVariance() {
            return distribution.variance();
        }

        @Override
        public double getSupportLowerBound() {
            return distribution.supportLowerBound();
        }

        @Override
        public double getSupportUpperBound() {
            return distribution.supportUpperBound();
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ContinuousView that && distribution.equals(that.distribution);
        }

        @Override
        public int hashCode() {
            return distribution.hashCode();
        }

        /** For example {@code HipparchusView(Normal(0.0, 1.0))}. */
        @Override
        public String toString() {
            return "HipparchusView(" + distribution + ")";
        }
    }

    /** The Hipparchus view of a discrete distribution. */
    static final class DiscreteView implements IntegerDistribution {

        private final UnivariateDiscrete distribution;
        private final int lower;
        private final int upper;

        private DiscreteView(UnivariateDiscrete distribution) {
            this.distribution = distribution;
            this.lower = bound("supportLowerBound", distribution.supportLowerBound());
            this.upper = bound("supportUpperBound", distribution.supportUpperBound());
        }

        private int bound(String name, double value) {
            if (value == Double.NEGATIVE_INFINITY) {
                return Integer.MIN_VALUE;
            }
            if (value == Double.POSITIVE_INFINITY) {
                return Integer.MAX_VALUE;
            }
            if (value != (int) value) {
                throw new IllegalArgumentException(distribution + ": " + name + " " + value
                        + " does not fit in the int that IntegerDistribution uses");
            }
            return (int) value;
        }

        /** The Kullback distribution shown. */
        UnivariateDiscrete distribution() {
            return distribution;
        }

        @Override
        public double logProbability(int x) {
            return distribution.logProbability(x);
        }

        @Override
        public double probability(int x) {
            return distribution.probability(x);
        }

        @Override
        public double probability(int x0, int x1) {
            return interval(distribution, x0, x1);
        }

        @Override
        public double cumulativeProbability(int x) {
            return distribution.cdf(x);
        }

        /**
         * {@inheritDoc}
         *
         * @throws MathIllegalArgumentException if p is not in [0, 1], or the quantile is finite
         *     but does not fit in an {@code int}
         */
        @Override
        public int inverseCumulativeProbability(double p) {
            double quantile = distribution.quantile(checkedProbability(p));
            if (quantile == Double.POSITIVE_INFINITY) {
                return Integer.MAX_VALUE;
            }
            if (quantile == Double.NEGATIVE_INFINITY) {
                return Integer.MIN_VALUE;
            }
            if (quantile != (int) quantile) {
                throw new MathIllegalArgumentException(LocalizedCoreFormats.NUMBER_TOO_LARGE,
                        quantile, Integer.MAX_VALUE);
            }
            return (int) quantile;
        }

        @Override
        public double getNumericalMean() {
            return distribution.mean();
        }

        @Override
        public double getNumericalVariance() {
            return distribution.variance();
        }

        @Override
        public int getSupportLowerBound() {
            return lower;
        }

        @Override
        public int getSupportUpperBound() {
            return upper;
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DiscreteView that && distribution.equals(that.distribution);
        }

        @Override
        public int hashCode() {
            return distribution.hashCode();
        }

        /** For example {@code HipparchusView(Poisson(3.0))}. */
        @Override
        public String toString() {
            return "HipparchusView(" + distribution + ")";
        }
    }
}
