package org.kullback.estimators;

/**
 * The sufficient statistics of the Bernoulli family: the count, the total weight \( W \) and the
 * weight of the successes \( S = \sum_{x_i = 1} w_i \), for \( x \in \{0, 1\} \).
 */
public final class BernoulliStatistics implements SufficientStatistics<BernoulliStatistics> {

    private long count;
    private final CompensatedSum failures = new CompensatedSum();
    private final CompensatedSum successes = new CompensatedSum();

    @Override
    public void accept(double x) {
        accept(x, 1);
    }

    @Override
    public void accept(double x, double w) {
        Support.ZERO_OR_ONE.check(BernoulliMaximumLikelihood.FAMILY, SampleChecks.finiteValue(x));
        if (SampleChecks.weight(w) == 0) {
            return;
        }
        count++;
        (x == 1 ? successes : failures).add(w);
    }

    @Override
    public BernoulliStatistics combine(BernoulliStatistics other) {
        count += other.count;
        failures.add(other.failures);
        successes.add(other.successes);
        return this;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public double totalWeight() {
        return successes.value() + failures.value();
    }

    /** The weight of the observations equal to 0. */
    public double failures() {
        return failures.value();
    }

    /** The weight of the observations equal to 1. */
    public double successes() {
        return successes.value();
    }
}
