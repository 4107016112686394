package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Poisson;
import org.kullback.special.LogSpace;

/**
 * Maximum likelihood for the Poisson family: \( \hat\lambda = S/W \), the weighted mean;
 * \( \ell = S\log\hat\lambda - W\hat\lambda - \sum_i w_i\log k_i! \). Fisher information
 * \( W/\lambda \) (expected, equal to the observed at the MLE): variance \( \hat\lambda/W \).
 *
 * <p><b>Boundary.</b> All-zero data give \( \hat\lambda = 0 \), the point mass at 0: it is the MLE
 * and a valid Poisson distribution, so it is returned, with \( \ell = 0 \) and a standard error
 * of 0 (as for {@link BernoulliMaximumLikelihood}, a Wald interval says nothing there; the exact
 * upper bound for \( S = 0 \) is \( -\log(\alpha)/W \)).
 */
public final class PoissonMaximumLikelihood
        implements MaximumLikelihood<Poisson, PoissonStatistics> {

    /** The estimator. */
    public static final PoissonMaximumLikelihood INSTANCE = new PoissonMaximumLikelihood();

    static final String FAMILY = "Poisson";
    private static final List<String> PARAMETERS = List.of("rate");

    private PoissonMaximumLikelihood() {
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Support support() {
        return Support.NON_NEGATIVE_INTEGERS;
    }

    @Override
    public int parameterCount() {
        return 1;
    }

    @Override
    public PoissonStatistics newStatistics() {
        return new PoissonStatistics();
    }

    /**
     * The fit; \( \hat\lambda = 0 \) for all-zero data (see the class comment).
     *
     * @throws IllegalArgumentException if there is no observation
     */
    @Override
    public Fit<Poisson> fit(PoissonStatistics statistics) {
        long n = statistics.count();
        SampleChecks.requireObservations(FAMILY, n, 1);
        double w = statistics.totalWeight();
        double sum = statistics.sum();
        double rate = sum / w;
        double logLikelihood = LogSpace.xlogy(sum, rate) - sum - statistics.sumLogFactorials();
        return Fit.builder(Poisson.of(rate))
                .logLikelihood(logLikelihood)
                .sample(n, w)
                .parameters(PARAMETERS, rate)
                .covariance(new double[][] {{rate / w}}, Information.EXPECTED)
                .build();
    }
}
