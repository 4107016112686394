package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Bernoulli;
import org.kullback.special.LogSpace;

/**
 * Maximum likelihood for the Bernoulli family: \( \hat p = S/W \), the weighted fraction of ones;
 * \( \ell = S\log\hat p + (W - S)\log(1 - \hat p) \) with \( 0\log 0 = 0 \), and
 * \( 1 - \hat p \) computed as \( (W - S)/W \) so that it keeps its digits when \( \hat p \) is
 * close to 1.
 *
 * <p>Fisher information \( W/(p(1-p)) \) (expected, equal to the observed at the MLE): the
 * reported variance is \( \hat p(1-\hat p)/W \).
 *
 * <p><b>Boundary.</b> All-zero (or all-one) data give \( \hat p = 0 \) (or 1): this is the MLE
 * (the likelihood \( (1-p)^W \) is largest there) and a valid Bernoulli distribution, so it is
 * returned, with \( \ell = 0 \). The information is infinite there and the reported standard
 * error is 0: a Wald interval says nothing at the boundary; use an exact (Clopper–Pearson)
 * interval, which for \( S = 0 \) is \( [0, 1 - (\alpha/2)^{1/W}] \).
 */
public final class BernoulliMaximumLikelihood
        implements MaximumLikelihood<Bernoulli, BernoulliStatistics> {

    /** The estimator. */
    public static final BernoulliMaximumLikelihood INSTANCE = new BernoulliMaximumLikelihood();

    static final String FAMILY = "Bernoulli";
    private static final List<String> PARAMETERS = List.of("p");

    private BernoulliMaximumLikelihood() {
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Support support() {
        return Support.ZERO_OR_ONE;
    }

    @Override
    public int parameterCount() {
        return 1;
    }

    @Override
    public BernoulliStatistics newStatistics() {
        return new BernoulliStatistics();
    }

    /**
     * The fit; \( \hat p \in \{0, 1\} \) for constant data (see the class comment).
     *
     * @throws IllegalArgumentException if there is no observation
     */
    @Override
    public Fit<Bernoulli> fit(BernoulliStatistics statistics) {
        long n = statistics.count();
        SampleChecks.requireObservations(FAMILY, n, 1);
        double w = statistics.totalWeight();
        double successes = statistics.successes();
        double failures = statistics.failures();
        double p = successes / w;
        double q = failures / w;
        double logLikelihood = LogSpace.xlogy(successes, p) + LogSpace.xlogy(failures, q);
        return Fit.builder(Bernoulli.of(p))
                .logLikelihood(logLikelihood)
                .sample(n, w)
                .parameters(PARAMETERS, p)
                .covariance(new double[][] {{p * q / w}}, Information.EXPECTED)
                .build();
    }
}
