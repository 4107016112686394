package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Binomial;
import org.kullback.special.LogSpace;

/**
 * Maximum likelihood for the binomial family with a known number of trials \( n \): with
 * \( S = \sum_i w_i k_i \), \( \hat p = S/(nW) \) and
 * \( \ell = \sum_i w_i\log\binom{n}{k_i} + S\log\hat p + (nW - S)\log(1-\hat p) \), where
 * \( 1 - \hat p = (nW - S)/(nW) \) is computed from the accumulated
 * \( \sum_i w_i(n - k_i) \). Fisher information \( nW/(p(1-p)) \)
 * (expected, equal to the observed at the MLE): variance \( \hat p(1-\hat p)/(nW) \).
 *
 * <p>The number of trials is not estimated (its MLE is a different, ill-conditioned problem), so
 * this family is not in the {@link Estimators} registry: create it with
 * {@link #withTrials(int)}.
 *
 * <p><b>Boundary.</b> All-zero (all-\( n \)) data give \( \hat p = 0 \) (1), returned as valid
 * with a standard error of 0, as for {@link BernoulliMaximumLikelihood}.
 */
public final class BinomialMaximumLikelihood
        implements MaximumLikelihood<Binomial, BinomialStatistics> {

    static final String FAMILY = "Binomial";
    private static final List<String> PARAMETERS = List.of("p");

    private final int trials;

    private BinomialMaximumLikelihood(int trials) {
        this.trials = trials;
    }

    /**
     * The estimator of \( p \) for counts out of {@code trials}.
     *
     * @throws IllegalArgumentException if {@code trials} is not positive (with 0 trials every
     *     count is 0 whatever \( p \) is)
     */
    public static BinomialMaximumLikelihood withTrials(int trials) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be a positive integer (with 0 trials p "
                    + "is not identifiable), got " + trials);
        }
        return new BinomialMaximumLikelihood(trials);
    }

    /** The known number of trials. */
    public int trials() {
        return trials;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Support support() {
        return Support.integersUpTo(trials);
    }

    @Override
    public int parameterCount() {
        return 1;
    }

    @Override
    public BinomialStatistics newStatistics() {
        return new BinomialStatistics(trials);
    }

    /**
     * The fit; \( \hat p \in \{0, 1\} \) for data all 0 or all \( n \).
     *
     * @throws IllegalArgumentException if there is no observation, or the statistics count out of
     *     a different number of trials
     */
    @Override
    public Fit<Binomial> fit(BinomialStatistics statistics) {
        if (statistics.trials() != trials) {
            throw new IllegalArgumentException("statistics of " + statistics.trials()
                    + " trials given to the estimator for " + trials + " trials");
        }
        long n = statistics.count();
        SampleChecks.requireObservations(FAMILY, n, 1);
        double w = statistics.totalWeight();
        double successes = statistics.successes();
        double failures = statistics.failures();
        double opportunities = successes + failures;
        double p = successes / opportunities;
        double q = failures / opportunities;
        double logLikelihood = statistics.sumLogBinomialCoefficients()
                + LogSpace.xlogy(successes, p) + LogSpace.xlogy(failures, q);
        return Fit.builder(Binomial.of(trials, p))
                .logLikelihood(logLikelihood)
                .sample(n, w)
                .parameters(PARAMETERS, p)
                .covariance(new double[][] {{p * q / opportunities}}, Information.EXPECTED)
                .build();
    }
}
