package org.kullback.estimators;

import org.kullback.special.Polygamma;

/**
 * The sufficient statistics of the Poisson family: the count, the total weight \( W \),
 * \( S = \sum_i w_i k_i \), and the constant of the log-likelihood \( \sum_i w_i\log k_i! \)
 * (needed for the log-likelihood, AIC and BIC), for \( k \in \{0, 1, 2, \dots\} \).
 */
public final class PoissonStatistics implements SufficientStatistics<PoissonStatistics> {

    private long count;
    private final CompensatedSum weight = new CompensatedSum();
    private final CompensatedSum sum = new CompensatedSum();
    private final CompensatedSum logFactorials = new CompensatedSum();

    @Override
    public void accept(double k) {
        accept(k, 1);
    }

    @Override
    public void accept(double k, double w) {
        Support.NON_NEGATIVE_INTEGERS.check(PoissonMaximumLikelihood.FAMILY,
                SampleChecks.finiteValue(k));
        if (SampleChecks.weight(w) == 0) {
            return;
        }
        count++;
        weight.add(w);
        sum.add(w * k);
        if (k > 1) {
            logFactorials.add(w * Polygamma.logGamma1p(k));
        }
    }

    @Override
    public PoissonStatistics combine(PoissonStatistics other) {
        count += other.count;
        weight.add(other.weight);
        sum.add(other.sum);
        logFactorials.add(other.logFactorials);
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

    /** \( \sum_i w_i k_i \). */
    public double sum() {
        return sum.value();
    }

    /** \( \sum_i w_i \log k_i! \). */
    public double sumLogFactorials() {
        return logFactorials.value();
    }
}
