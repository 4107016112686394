package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Exponential;

/**
 * Maximum likelihood for the exponential family with rate \( \lambda \), in closed form:
 * \( \hat\lambda = W / \sum_i w_i x_i \), the reciprocal of the weighted mean;
 * \( \ell = W(\log\hat\lambda - 1) \). Fisher information \( W/\lambda^2 \) (expected, equal to
 * the observed at the MLE), so the standard error is \( \hat\lambda/\sqrt W \).
 */
public final class ExponentialMaximumLikelihood
        implements MaximumLikelihood<Exponential, ExponentialStatistics> {

    /** The estimator. */
    public static final ExponentialMaximumLikelihood INSTANCE = new ExponentialMaximumLikelihood();

    static final String FAMILY = "Exponential";
    private static final List<String> PARAMETERS = List.of("rate");

    private ExponentialMaximumLikelihood() {
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Support support() {
        return Support.NON_NEGATIVE;
    }

    @Override
    public int parameterCount() {
        return 1;
    }

    @Override
    public ExponentialStatistics newStatistics() {
        return new ExponentialStatistics();
    }

    /**
     * The fit.
     *
     * @throws IllegalArgumentException if there is no observation, or all are 0 (the rate would
     *     be infinite)
     */
    @Override
    public Fit<Exponential> fit(ExponentialStatistics statistics) {
        long n = statistics.count();
        SampleChecks.requireObservations(FAMILY, n, 1);
        double w = statistics.totalWeight();
        double sum = statistics.sum();
        if (sum == 0) {
            throw SampleChecks.allEqual(FAMILY, n, 0.0, "rate is infinite");
        }
        double rate = w / sum;
        if (!(rate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the weighted mean " + sum / w
                    + " is too small: its reciprocal, the maximum-likelihood rate, overflows");
        }
        return Fit.builder(Exponential.of(rate))
                .logLikelihood(w * (Math.log(rate) - 1))
                .sample(n, w)
                .parameters(PARAMETERS, rate)
                .diagonalInformation(Information.EXPECTED, w / (rate * rate))
                .build();
    }
}
