package org.kullback.estimators;

/**
 * Sufficient statistics of a (weighted) sample for the gamma family: the total weight
 * \( W = \sum w_i \), the weighted mean \( \bar x \) and the weighted mean of \( \log x \).
 * Mutable, not thread-safe; merge partial results with {@link #combine}.
 *
 * <p>The shape equation needs \( s = \log\bar x - \overline{\log x} \ge 0 \), which for a tight
 * sample (large shape) is the small difference of two large numbers. So the values are stored
 * relative to a pivot \( c \) (the first accepted value): the accumulator keeps
 * \( D = \sum w_i(x_i - c) \) and \( L = \sum w_i\log(x_i/c) \), where \( \log(x_i/c) \) is
 * {@code log1p((x - c)/c)} for x within a factor 1.5 of c (then \( x - c \) is exact and the
 * logarithm keeps its relative accuracy however close x is to c) and {@code log(x) - log(c)}
 * otherwise (no overflow of \( x/c \) for samples spanning hundreds of decades, as from Gamma
 * shape 0.05). Then \( \bar x = c + D/W \), \( \overline{\log x} = \log c + L/W \) and
 * \( s = \log(\bar x/c) - L/W \), where both terms are of the size of the relative spread, not
 * of \( \log x \): the Gamma(500, 2) samples keep 15 digits of s instead of 12, and data with a
 * relative spread of 1e-6 about 10 instead of none. One logarithm per value.
 */
public final class GammaStatistics implements SufficientStatistics<GammaStatistics> {

    private long count;
    private double totalWeight;
    private double pivot;
    private double logPivot;
    private double sumDeviations;
    private double sumLogRatios;
    private double minimum = Double.POSITIVE_INFINITY;
    private double maximum = Double.NEGATIVE_INFINITY;

    /** An empty accumulator. */
    public GammaStatistics() {
    }

    /**
     * The statistics of an unweighted array in one pass, with the checks of
     * {@link SampleChecks#requireSample} made in the same loop.
     *
     * @throws IllegalArgumentException if {@code x} is empty or a value is not finite or not
     *     positive (the message names its index and value)
     */
    public static GammaStatistics of(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException(
                    "x is empty: cannot fit Gamma to no observations");
        }
        final GammaStatistics statistics = new GammaStatistics();
        final double pivot = x[0];
        statistics.pivot = pivot;
        statistics.logPivot = Math.log(pivot);
        double deviations = 0;
        double logRatios = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            final double value = x[i];
            if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
                RejectedValue.raise(GammaMaximumLikelihood.FAMILY, Support.POSITIVE, i, value);
            }
            final double deviation = value - pivot;
            deviations += deviation;
            logRatios += statistics.logRatio(deviation, value);
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        statistics.count = x.length;
        statistics.totalWeight = x.length;
        statistics.sumDeviations = deviations;
        statistics.sumLogRatios = logRatios;
        statistics.minimum = min;
        statistics.maximum = max;
        return statistics;
    }

    @Override
    public void accept(double x) {
        accept(x, 1);
    }

    @Override
    public void accept(double x, double weight) {
        Support.POSITIVE.check(GammaMaximumLikelihood.FAMILY, SampleChecks.finiteValue(x));
        if (SampleChecks.weight(weight) == 0) {
            return;
        }
        if (count == 0) {
            pivot = x;
            logPivot = Math.log(x);
        }
        count++;
        final double deviation = x - pivot;
        totalWeight += weight;
        sumDeviations += weight * deviation;
        sumLogRatios += weight * logRatio(deviation, x);
        minimum = Math.min(minimum, x);
        maximum = Math.max(maximum, x);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The other's sums are moved to this pivot: \( D = D' + W'(c' - c) \),
     * \( L = L' + W'\log(c'/c) \).
     */
    @Override
    public GammaStatistics combine(GammaStatistics other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            pivot = other.pivot;
            logPivot = other.logPivot;
            totalWeight = other.totalWeight;
            sumDeviations = other.sumDeviations;
            sumLogRatios = other.sumLogRatios;
        } else {
            final double shift = other.pivot - pivot;
            sumDeviations += other.sumDeviations + other.totalWeight * shift;
            sumLogRatios += other.sumLogRatios + other.totalWeight * logRatio(shift, other.pivot);
            totalWeight += other.totalWeight;
        }
        count += other.count;
        minimum = Math.min(minimum, other.minimum);
        maximum = Math.max(maximum, other.maximum);
        return this;
    }

    /** \( \log(x/c) \) for \( x = c + \mathit{deviation} \) (see the class comment). */
    private double logRatio(double deviation, double x) {
        return Math.abs(deviation) < 0.5 * pivot
                ? AccurateLog1p.of(deviation / pivot) : Math.log(x) - logPivot;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public double totalWeight() {
        return totalWeight;
    }

    /** The weighted mean \( \bar x \). */
    public double mean() {
        return pivot + sumDeviations / totalWeight;
    }

    /** The weighted mean of \( \log x \). */
    public double meanLog() {
        return logPivot + sumLogRatios / totalWeight;
    }

    /**
     * \( s = \log\bar x - \overline{\log x} \ge 0 \) (Jensen), zero only when all values of
     * positive weight are equal.
     */
    public double logMeanMinusMeanLog() {
        final double meanDeviation = sumDeviations / totalWeight;
        return logRatio(meanDeviation, pivot + meanDeviation) - sumLogRatios / totalWeight;
    }

    /** Smallest value of positive weight ({@code +∞} if none). */
    public double minimum() {
        return minimum;
    }

    /** Largest value of positive weight ({@code −∞} if none). */
    public double maximum() {
        return maximum;
    }
}
