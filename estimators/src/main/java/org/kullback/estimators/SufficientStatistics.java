package org.kullback.estimators;

import java.util.function.DoubleConsumer;

/**
 * A mutable accumulator of a family's sufficient statistics (or, for {@link WeightedSample}, of
 * the sample itself): values arrive one at a time, and partial accumulators merge, so the same
 * object serves an array, a stream, a parallel stream or partitions of a distributed sample:
 * <pre>{@code
 * NormalStatistics s = values.parallel()
 *         .collect(NormalStatistics::new, NormalStatistics::accept, NormalStatistics::combine);
 * }</pre>
 *
 * <p>Every value and weight is checked as it arrives ({@link SampleChecks#finiteValue},
 * {@link SampleChecks#weight}, the family's {@link Support}); the unit of a weight is one
 * observation (frequency weights). A value with weight 0 is checked and then ignored: it changes
 * neither {@link #count()} nor any statistic. Not thread-safe: use one accumulator per thread and
 * {@link #combine} them.
 *
 * @param <S> the accumulator's own type
 */
public interface SufficientStatistics<S extends SufficientStatistics<S>> extends DoubleConsumer {

    /**
     * Adds one observation with weight 1.
     *
     * @throws IllegalArgumentException if {@code x} is not finite or outside the family's support
     */
    @Override
    void accept(double x);

    /**
     * Adds one observation with the given frequency weight.
     *
     * @throws IllegalArgumentException if {@code x} is not finite or outside the family's
     *     support, or {@code weight} is negative, NaN or infinite
     */
    void accept(double x, double weight);

    /** Merges {@code other} into this accumulator and returns this; {@code other} is unchanged. */
    S combine(S other);

    /** The number of observations with positive weight accepted so far. */
    long count();

    /** The sum of the weights accepted so far. */
    double totalWeight();
}
