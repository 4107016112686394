package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Geometric;
import org.kullback.special.LogSpace;

/**
 * Maximum likelihood for the geometric family on \( \{0, 1, 2, \dots\} \) (the number of failures
 * before the first success, \( P(k) = p(1-p)^k \), the convention of
 * {@link org.kullback.distributions.Geometric}): with \( S = \sum_i w_i k_i \),
 * \( \hat p = W/(W + S) = 1/(1 + \bar k) \) and
 * \( \ell = W\log\hat p + S\log(1-\hat p) \), where \( 1 - \hat p = S/(W+S) \) is computed as
 * such. Expected Fisher information \( W/(p^2(1-p)) \) (equal to the observed at the MLE):
 * variance \( \hat p^2(1-\hat p)/W \).
 *
 * <p><b>Boundary.</b> All-zero data give \( \hat p = 1 \), the point mass at 0: the MLE and a valid
 * geometric distribution, returned with \( \ell = 0 \) and a standard error of 0 (see
 * {@link BernoulliMaximumLikelihood}).
 */
public final class GeometricMaximumLikelihood
        implements MaximumLikelihood<Geometric, GeometricStatistics> {

    /** The estimator. */
    public static final GeometricMaximumLikelihood INSTANCE = new GeometricMaximumLikelihood();

    static final String FAMILY = "Geometric";
    private static final List<String> PARAMETERS = List.of("p");

    private GeometricMaximumLikelihood() {
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
    public GeometricStatistics newStatistics() {
        return new GeometricStatistics();
    }

    /**
     * The fit; \( \hat p = 1 \) for all-zero data (see the class comment).
     *
     * @throws IllegalArgumentException if there is no observation
     */
    @Override
    public Fit<Geometric> fit(GeometricStatistics statistics) {
        long n = statistics.count();
        SampleChecks.requireObservations(FAMILY, n, 1);
        double w = statistics.totalWeight();
        double failures = statistics.sum();
        double trials = w + failures;
        double p = w / trials;
        double q = failures / trials;
        double logLikelihood = w * Math.log(p) + LogSpace.xlogy(failures, q);
        return Fit.builder(Geometric.of(p))
                .logLikelihood(logLikelihood)
                .sample(n, w)
                .parameters(PARAMETERS, p)
                .covariance(new double[][] {{p * p * q / w}}, Information.EXPECTED)
                .build();
    }
}
