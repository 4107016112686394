package org.kullback.estimators;

/**
 * The sufficient statistics of the Pareto family: the count, the total weight \( W \), the
 * smallest value \( x_{(1)} \) and \( \sum_i w_i \log(x_i/K) \) for a shift \( K \), the first
 * value accepted, for \( x &gt; 0 \).
 *
 * <p>The estimator needs \( \sum_i w_i\log(x_i/x_{(1)}) \). Summing \( \log x_i \) and
 * subtracting \( W\log x_{(1)} \) would cancel catastrophically for data clustered far from 0
 * (values in \( [10^6, 10^6 + 1] \) lose 7 digits); each term \( \log(x_i/K) \) is computed as
 * \( \operatorname{log1p}((x_i - K)/K) \), which is accurate and small for such data, and the
 * shift to \( x_{(1)} \) is applied at the end in the same form.
 */
public final class ParetoStatistics implements SufficientStatistics<ParetoStatistics> {

    private long count;
    private double weight;
    private double shift = Double.NaN;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private final CompensatedSum logRatios = new CompensatedSum();

    @Override
    public void accept(double x) {
        accept(x, 1);
    }

    @Override
    public void accept(double x, double w) {
        Support.POSITIVE.check(ParetoMaximumLikelihood.FAMILY, SampleChecks.finiteValue(x));
        if (SampleChecks.weight(w) == 0) {
            return;
        }
        if (count == 0) {
            shift = x;
        }
        count++;
        weight += w;
        min = Math.min(min, x);
        max = Math.max(max, x);
        logRatios.add(w * logRatio(x, shift));
    }

    @Override
    public ParetoStatistics combine(ParetoStatistics other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            shift = other.shift;
        }
        // Σ w log(x/K) = Σ w log(x/K') + W' log(K'/K)
        logRatios.add(other.logRatios);
        logRatios.add(other.weight * logRatio(other.shift, shift));
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

    /** \( \sum_i w_i \log(x_i / x_{(1)}) \), 0 when all values are equal. */
    public double sumLogRatiosToMin() {
        return logRatios.value() - weight * logRatio(min, shift);
    }

    /**
     * \( \log(x/k) \): as \( \operatorname{log1p}((x-k)/k) \) when \( x/k \in (1/2, 2) \),
     * where \( x - k \) is exact (Sterbenz) and the result small; elsewhere \( |\log(x/k)| &gt;
     * \log 2 \) and the rounding of the quotient costs one ulp; \( \log x - \log k \) if the
     * quotient leaves the double range.
     */
    private static double logRatio(double x, double k) {
        double ratio = x / k;
        if (ratio > 0.5 && ratio < 2) {
            return Math.log1p((x - k) / k);
        }
        if (ratio > 0 && ratio < Double.POSITIVE_INFINITY) {
            return Math.log(ratio);
        }
        return Math.log(x) - Math.log(k);
    }
}
