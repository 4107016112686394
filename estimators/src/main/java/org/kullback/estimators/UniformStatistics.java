package org.kullback.estimators;

/**
 * The sufficient statistics of the uniform family: the count, the total weight and the smallest
 * and largest values.
 */
public final class UniformStatistics implements SufficientStatistics<UniformStatistics> {

    private long count;
    private double weight;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    @Override
    public void accept(double x) {
        accept(x, 1);
    }

    @Override
    public void accept(double x, double w) {
        SampleChecks.finiteValue(x);
        if (SampleChecks.weight(w) == 0) {
            return;
        }
        count++;
        weight += w;
        min = Math.min(min, x);
        max = Math.max(max, x);
    }

    @Override
    public UniformStatistics combine(UniformStatistics other) {
        count += other.count;
        weight += other.weight;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        return this;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public double totalWeight() {
        return weight;
    }

    /** The smallest value with positive weight; \( +\infty \) when empty. */
    public double min() {
        return min;
    }

    /** The largest value with positive weight; \( -\infty \) when empty. */
    public double max() {
        return max;
    }
}
