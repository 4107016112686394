package org.kullback.estimators;

/**
 * Sufficient statistics of a (weighted) sample for the beta family: the total weight \( W \), the
 * weighted means of \( \log x \) and \( \log(1-x) \), and the first two moments (used only for
 * the starting point). Mutable, not thread-safe; merge partial results with {@link #combine}.
 *
 * <p>\( \log(1-x) \) is computed as \( \operatorname{log1p}(-x) \) ({@link AccurateLog1p}): for
 * x near 1, \( 1 - x \) is exact in double (Sterbenz) and so is its logarithm, while for x near 0
 * it keeps the tiny value that \( \log(1 - x) \) would round to 0. Two logarithms per value.
 */
public final class BetaStatistics implements SufficientStatistics<BetaStatistics> {

    private long count;
    private double totalWeight;
    private double sumLog;
    private double sumLogComplement;
    private double sumX;
    private double sumSquares;
    private double minimum = Double.POSITIVE_INFINITY;
    private double maximum = Double.NEGATIVE_INFINITY;

    /** An empty accumulator. */
    public BetaStatistics() {
    }

    /**
     * The statistics of an unweighted array in one pass, with the checks of
     * {@link SampleChecks#requireSample} made in the same loop.
     *
     * @throws IllegalArgumentException if {@code x} is empty or a value is not in (0, 1) (the
     *     message names its index and value)
     */
    public static BetaStatistics of(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException(
                    "x is empty: cannot fit Beta to no observations");
        }
        double log = 0;
        double logComplement = 0;
        double sum = 0;
        double squares = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            final double value = x[i];
            if (!(value > 0 && value < 1)) {
                RejectedValue.raise(BetaMaximumLikelihood.FAMILY, Support.OPEN_UNIT_INTERVAL, i,
                        value);
            }
            log += Math.log(value);
            logComplement += AccurateLog1p.of(-value);
            sum += value;
            squares += value * value;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        final BetaStatistics statistics = new BetaStatistics();
        statistics.count = x.length;
        statistics.totalWeight = x.length;
        statistics.sumLog = log;
        statistics.sumLogComplement = logComplement;
        statistics.sumX = sum;
        statistics.sumSquares = squares;
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
        Support.OPEN_UNIT_INTERVAL.check(BetaMaximumLikelihood.FAMILY, SampleChecks.finiteValue(x));
        if (SampleChecks.weight(weight) == 0) {
            return;
        }
        count++;
        totalWeight += weight;
        sumLog += weight * Math.log(x);
        sumLogComplement += weight * AccurateLog1p.of(-x);
        final double wx = weight * x;
        sumX += wx;
        sumSquares += wx * x;
        minimum = Math.min(minimum, x);
        maximum = Math.max(maximum, x);
    }

    @Override
    public BetaStatistics combine(BetaStatistics other) {
        count += other.count;
        totalWeight += other.totalWeight;
        sumLog += other.sumLog;
        sumLogComplement += other.sumLogComplement;
        sumX += other.sumX;
        sumSquares += other.sumSquares;
        minimum = Math.min(minimum, other.minimum);
        maximum = Math.max(maximum, other.maximum);
        return this;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public double totalWeight() {
        return totalWeight;
    }

    /** The weighted mean of \( \log x \). */
    public double meanLog() {
        return sumLog / totalWeight;
    }

    /** The weighted mean of \( \log(1-x) \). */
    public double meanLogComplement() {
        return sumLogComplement / totalWeight;
    }

    /** The weighted mean of x. */
    public double mean() {
        return sumX / totalWeight;
    }

    /** The weighted mean of \( x^2 \). */
    public double meanSquare() {
        return sumSquares / totalWeight;
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
