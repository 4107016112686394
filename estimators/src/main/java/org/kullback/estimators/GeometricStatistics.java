package org.kullback.estimators;

/**
 * The sufficient statistics of the geometric family (failures before the first success, as
 * {@link org.kullback.distributions.Geometric}): the count, the total weight \( W \) and
 * \( S = \sum_i w_i k_i \), for \( k \in \{0, 1, 2, \dots\} \).
 */
public final class GeometricStatistics implements SufficientStatistics<GeometricStatistics> {

    private long count;
    private final CompensatedSum weight = new CompensatedSum();
    private final CompensatedSum sum = new CompensatedSum();

    @Override
    public void accept(double k) {
        accept(k, 1);
    }

    @Override
    public void accept(double k, double w) {
        Support.NON_NEGATIVE_INTEGERS.check(GeometricMaximumLikelihood.FAMILY,
                SampleChecks.finiteValue(k));
        if (SampleChecks.weight(w) == 0) {
            return;
        }
        count++;
        weight.add(w);
        sum.add(w * k);
    }

    @Override
    public GeometricStatistics combine(GeometricStatistics other) {
        count += other.count;
        weight.add(other.weight);
        sum.add(other.sum);
        return this;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public double totalWeight() {
        return weight.value();
    }

    /** \( \sum_i w_i k_i \), the total number of failures. */
    public double sum() {
        return sum.value();
    }
}
