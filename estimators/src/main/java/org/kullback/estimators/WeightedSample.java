package org.kullback.estimators;

import java.util.Arrays;

/**
 * The accumulator that keeps the sample itself, for families without a finite set of sufficient
 * statistics (Laplace, Weibull, Logistic, Gumbel, Cauchy, Student t): their estimators make
 * several passes over the values.
 *
 * <p>Values and weights are stored in two growing arrays (capacity doubled when full, so
 * {@link #accept(double, double)} is amortised constant time and allocates nothing per element).
 * Values with weight 0 are checked and then not stored. Mutable and not thread-safe, like every
 * {@link SufficientStatistics}.
 */
public final class WeightedSample implements SufficientStatistics<WeightedSample> {

    private static final int INITIAL_CAPACITY = 16;

    private final String family;
    private final Support support;
    private double[] values = new double[INITIAL_CAPACITY];
    private double[] weights = new double[INITIAL_CAPACITY];
    private int size;
    private double totalWeight;
    private boolean unitWeights = true;

    /** An empty sample of any finite values. */
    public WeightedSample() {
        this("the sample", Support.REAL_LINE);
    }

    /**
     * An empty sample whose values must lie in {@code support}; {@code family} names it in errors.
     */
    public WeightedSample(String family, Support support) {
        this.family = family;
        this.support = support;
    }

    @Override
    public void accept(double x) {
        accept(x, 1);
    }

    @Override
    public void accept(double x, double weight) {
        support.check(family, SampleChecks.finiteValue(x));
        if (SampleChecks.weight(weight) == 0) {
            return;
        }
        if (size == values.length) {
            int capacity = Math.max(INITIAL_CAPACITY, 2 * size);
            values = Arrays.copyOf(values, capacity);
            weights = Arrays.copyOf(weights, capacity);
        }
        values[size] = x;
        weights[size] = weight;
        size++;
        totalWeight += weight;
        unitWeights &= weight == 1;
    }

    /** Appends {@code other}'s values (checked against this sample's support) and returns this. */
    @Override
    public WeightedSample combine(WeightedSample other) {
        for (int i = 0, count = other.size; i < count; i++) {
            accept(other.values[i], other.weights[i]);
        }
        return this;
    }

    @Override
    public long count() {
        return size;
    }

    /** The number of stored values (those with positive weight), as an {@code int} index bound. */
    public int size() {
        return size;
    }

    @Override
    public double totalWeight() {
        return totalWeight;
    }

    /** Whether every stored weight is exactly 1. */
    public boolean hasUnitWeights() {
        return unitWeights;
    }

    /** The {@code i}-th stored value, in order of arrival. */
    public double value(int i) {
        return values[checkedIndex(i)];
    }

    /** The weight of the {@code i}-th stored value. */
    public double weight(int i) {
        return weights[checkedIndex(i)];
    }

    /** A copy of the stored values, in order of arrival. */
    public double[] values() {
        return Arrays.copyOf(values, size);
    }

    /** A copy of the stored weights, in order of arrival. */
    public double[] weights() {
        return Arrays.copyOf(weights, size);
    }

    /** The smallest stored value; NaN when empty. */
    public double min() {
        double min = Double.NaN;
        for (int i = 0; i < size; i++) {
            min = i == 0 ? values[i] : Math.min(min, values[i]);
        }
        return min;
    }

    /** The largest stored value; NaN when empty. */
    public double max() {
        double max = Double.NaN;
        for (int i = 0; i < size; i++) {
            max = i == 0 ? values[i] : Math.max(max, values[i]);
        }
        return max;
    }

    /**
     * The weighted median: the point where the cumulative weight of the sorted values reaches
     * \( W/2 \); when it reaches exactly \( W/2 \) at a value, the midpoint between that value and
     * the next (so an unweighted sample of even size gets the usual average of the middle two).
     * Every point between those two minimises \( \sum_i w_i |x_i - m| \).
     *
     * @throws IllegalStateException if the sample is empty
     */
    public double median() {
        return quantile(0.5);
    }

    /**
     * The weighted {@code p}-quantile: the smallest sorted value \( x_{(j)} \) whose cumulative
     * weight \( \sum_{i \le j} w_{(i)} \) reaches \( pW \), or the midpoint with the next value
     * when it equals \( pW \) exactly (the convention of {@link #median()}).
     *
     * @throws IllegalArgumentException if {@code p} is not in (0, 1)
     * @throws IllegalStateException if the sample is empty
     */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), got " + p);
        }
        if (size == 0) {
            throw new IllegalStateException("the sample is empty");
        }
        double[] sortedValues = values();
        double[] sortedWeights = weights();
        sortByValue(sortedValues, sortedWeights);
        double target = p * totalWeight;
        double cumulative = 0;
        for (int j = 0; j < size; j++) {
            cumulative += sortedWeights[j];
            if (cumulative == target && j + 1 < size) {
                return sortedValues[j] + (sortedValues[j + 1] - sortedValues[j]) / 2;
            }
            if (cumulative >= target) {
                return sortedValues[j];
            }
        }
        return sortedValues[size - 1];
    }

    private int checkedIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " outside [0, " + size + ")");
        }
        return i;
    }

    /**
     * Sorts {@code keys} ascending and applies the same permutation to {@code satellite}: a
     * bottom-up merge sort on the two parallel arrays (stable, \( O(n\log n) \), no boxing).
     */
    static void sortByValue(double[] keys, double[] satellite) {
        int n = keys.length;
        double[] keyBuffer = new double[n];
        double[] satelliteBuffer = new double[n];
        double[] fromKeys = keys;
        double[] fromSatellite = satellite;
        double[] toKeys = keyBuffer;
        double[] toSatellite = satelliteBuffer;
        for (int width = 1; width < n; width *= 2) {
            for (int left = 0; left < n; left += 2 * width) {
                int middle = Math.min(left + width, n);
                int right = Math.min(left + 2 * width, n);
                int i = left;
                int j = middle;
                for (int k = left; k < right; k++) {
                    if (i < middle && (j >= right || fromKeys[i] <= fromKeys[j])) {
                        toKeys[k] = fromKeys[i];
                        toSatellite[k] = fromSatellite[i++];
                    } else {
                        toKeys[k] = fromKeys[j];
                        toSatellite[k] = fromSatellite[j++];
                    }
                }
            }
            double[] swap = fromKeys;
            fromKeys = toKeys;
            toKeys = swap;
            swap = fromSatellite;
            fromSatellite = toSatellite;
            toSatellite = swap;
        }
        if (fromKeys != keys) {
            System.arraycopy(fromKeys, 0, keys, 0, n);
            System.arraycopy(fromSatellite, 0, satellite, 0, n);
        }
    }
}
