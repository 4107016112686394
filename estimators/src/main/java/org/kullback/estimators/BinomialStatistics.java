package org.kullback.estimators;

import org.kullback.special.LogBeta;

/**
 * The sufficient statistics of the binomial family with a known number of trials \( n \): the
 * count, the total weight \( W \), \( S = \sum_i w_i k_i \), and the constant of the
 * log-likelihood \( \sum_i w_i\log\binom{n}{k_i} \), for \( k \in \{0, \dots, n\} \).
 */
public final class BinomialStatistics implements SufficientStatistics<BinomialStatistics> {

    private final int trials;
    private final Support support;
    private long count;
    private final CompensatedSum weight = new CompensatedSum();
    private final CompensatedSum successes = new CompensatedSum();
    private final CompensatedSum failures = new CompensatedSum();
    private final CompensatedSum logBinomials = new CompensatedSum();

    /**
     * Statistics of counts out of {@code trials}.
     *
     * @throws IllegalArgumentException if {@code trials} is negative
     */
    public BinomialStatistics(int trials) {
        if (trials < 0) {
            throw new IllegalArgumentException(
                    "trials must be a non-negative integer, got " + trials);
        }
        this.trials = trials;
        this.support = Support.integersUpTo(trials);
    }

    @Override
    public void accept(double k) {
        accept(k, 1);
    }

    @Override
    public void accept(double k, double w) {
        support.check(BinomialMaximumLikelihood.FAMILY, SampleChecks.finiteValue(k));
        if (SampleChecks.weight(w) == 0) {
            return;
        }
        count++;
        weight.add(w);
        successes.add(w * k);
        failures.add(w * (trials - k));
        if (k > 0 && k < trials) {
            // log C(n, k) = -log(n + 1) - log B(k + 1, n - k + 1)
            logBinomials.add(-w * (Math.log1p(trials) + LogBeta.logBeta(k + 1, trials - k + 1)));
        }
    }

    /**
     * Merges {@code other}, which must count out of the same number of trials.
     *
     * @throws IllegalArgumentException if the numbers of trials differ
     */
    @Override
    public BinomialStatistics combine(BinomialStatistics other) {
        if (other.trials != trials) {
            throw new IllegalArgumentException("cannot merge statistics of " + other.trials
                    + " trials into statistics of " + trials + " trials");
        }
        count += other.count;
        weight.add(other.weight);
        successes.add(other.successes);
        failures.add(other.failures);
        logBinomials.add(other.logBinomials);
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

    /** The known number of trials \( n \). */
    public int trials() {
        return trials;
    }

    /** \( \sum_i w_i k_i \). */
    public double successes() {
        return successes.value();
    }

    /**
     * \( \sum_i w_i (n - k_i) \), kept apart so that it keeps its digits when
     * \( \hat p \approx 1 \).
     */
    public double failures() {
        return failures.value();
    }

    /** \( \sum_i w_i \log\binom{n}{k_i} \). */
    public double sumLogBinomialCoefficients() {
        return logBinomials.value();
    }
}
