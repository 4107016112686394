package org.kullback.estimators;

/**
 * The sufficient statistics of the exponential family: the count, the total weight \( W \) and
 * \( S = \sum_i w_i x_i \) (compensated), for \( x \ge 0 \).
 */
public final class ExponentialStatistics implements SufficientStatistics<ExponentialStatistics> {

    private long count;
    private double weight;
    private final CompensatedSum sum = new CompensatedSum();

    @Override
    public void accept(double x) {
        accept(x, 1);
    }

    @Override
    public void accept(double x, double w) {
        Support.NON_NEGATIVE.check(ExponentialMaximumLikelihood.FAMILY,
                SampleChecks.finiteValue(x));
        if (SampleChecks.weight(w) == 0) {
            return;
        }
        count++;
        weight += w;
        sum.add(w * x);
    }

    @Override
    public ExponentialStatistics combine(ExponentialStatistics other) {
        count += other.count;
        weight += other.weight;
        sum.add(other.sum);
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

    /** \( \sum_i w_i x_i \). */
    public double sum() {
        return sum.value();
    }
}
