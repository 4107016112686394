package org.kullback.estimators;

/**
 * The sufficient statistics of the log-normal family: the {@link NormalStatistics} of
 * \( \log x \), for \( x &gt; 0 \).
 */
public final class LogNormalStatistics implements SufficientStatistics<LogNormalStatistics> {

    private final NormalStatistics logs = new NormalStatistics();
    /** The first value with positive weight, named when all values turn out equal. */
    private double first = Double.NaN;

    @Override
    public void accept(double x) {
        accept(x, 1);
    }

    @Override
    public void accept(double x, double w) {
        Support.POSITIVE.check(LogNormalMaximumLikelihood.FAMILY, SampleChecks.finiteValue(x));
        if (SampleChecks.weight(w) > 0 && logs.count() == 0) {
            first = x;
        }
        logs.accept(Math.log(x), w);
    }

    @Override
    public LogNormalStatistics combine(LogNormalStatistics other) {
        if (logs.count() == 0) {
            first = other.first;
        }
        logs.combine(other.logs);
        return this;
    }

    @Override
    public long count() {
        return logs.count();
    }

    @Override
    public double totalWeight() {
        return logs.totalWeight();
    }

    /** The first value accepted with positive weight; NaN when empty. */
    public double firstValue() {
        return first;
    }

    /** The statistics of the logarithms. */
    public NormalStatistics logarithms() {
        NormalStatistics copy = new NormalStatistics();
        return copy.combine(logs);
    }
}
