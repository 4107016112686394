package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.LogNormal;

/**
 * Maximum likelihood for the log-normal family: \( \log X \sim N(\mu, \sigma^2) \), so
 * \( \hat\mu, \hat\sigma \) are the normal MLEs of the logarithms (denominator \( W \)), and
 * the log-likelihood is the normal one of the logarithms minus the Jacobian term
 * \( \sum_i w_i \log x_i = W\hat\mu \):
 * \( \ell = -W\bigl(\log\hat\sigma + \tfrac12\log 2\pi + \tfrac12 + \hat\mu\bigr) \).
 * Fisher information of \( (\mu, \sigma) \) as for the normal family,
 * \( \mathrm{diag}(W/\sigma^2, 2W/\sigma^2) \) (expected, equal to the observed at the MLE).
 */
public final class LogNormalMaximumLikelihood
        implements MaximumLikelihood<LogNormal, LogNormalStatistics> {

    /** The estimator. */
    public static final LogNormalMaximumLikelihood INSTANCE = new LogNormalMaximumLikelihood();

    static final String FAMILY = "LogNormal";
    private static final List<String> PARAMETERS = List.of("mu", "sigma");
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private LogNormalMaximumLikelihood() {
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Support support() {
        return Support.POSITIVE;
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public LogNormalStatistics newStatistics() {
        return new LogNormalStatistics();
    }

    /**
     * The fit.
     *
     * @throws IllegalArgumentException if fewer than 2 observations, or all equal (sigma 0)
     */
    @Override
    public Fit<LogNormal> fit(LogNormalStatistics statistics) {
        NormalStatistics logs = statistics.logarithms();
        long n = logs.count();
        SampleChecks.requireObservations(FAMILY, n, 2);
        if (logs.sumSquaredDeviations() == 0) {
            throw SampleChecks.allEqual(FAMILY, n, statistics.firstValue(), "sigma is 0");
        }
        double w = logs.totalWeight();
        double mu = logs.mean();
        double sigma = Math.sqrt(logs.variance());
        return Fit.builder(LogNormal.of(mu, sigma))
                .logLikelihood(-w * (Math.log(sigma) + HALF_LOG_TWO_PI + 0.5 + mu))
                .sample(n, w)
                .parameters(PARAMETERS, mu, sigma)
                .diagonalInformation(Information.EXPECTED, w / (sigma * sigma),
                        2 * w / (sigma * sigma))
                .build();
    }
}
