package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Normal;

/**
 * Maximum likelihood for the normal family \( N(\mu, \sigma^2) \), in closed form: with frequency
 * weights \( w_i \) and \( W = \sum_i w_i \),
 * \[ \hat\mu = \frac1W\sum_i w_i x_i, \qquad \hat\sigma^2 = \frac1W\sum_i w_i (x_i-\hat\mu)^2, \]
 * the latter with denominator \( W \), not \( W - 1 \): the MLE is biased by the factor
 * \( (W-1)/W \). The unbiased variance is {@link NormalStatistics#sampleVariance()}.
 *
 * <p>Log-likelihood at the maximum \( \ell = -\tfrac W2\bigl(\log(2\pi\hat\sigma^2) + 1\bigr) \).
 * Expected Fisher information of \( (\mu, \sigma) \): \( \mathrm{diag}(W/\sigma^2, 2W/\sigma^2) \),
 * which equals the observed information at the MLE; so the standard errors are
 * \( \hat\sigma/\sqrt W \) and \( \hat\sigma/\sqrt{2W} \), uncorrelated.
 *
 * <p>This class is the template the other closed-form and iterative estimators follow.
 */
public final class NormalMaximumLikelihood implements MaximumLikelihood<Normal, NormalStatistics> {

    /** The estimator. */
    public static final NormalMaximumLikelihood INSTANCE = new NormalMaximumLikelihood();

    static final String FAMILY = "Normal";
    private static final List<String> PARAMETERS = List.of("mean", "sd");
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private NormalMaximumLikelihood() {
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Support support() {
        return Support.REAL_LINE;
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public NormalStatistics newStatistics() {
        return new NormalStatistics();
    }

    /**
     * The fit to accumulated statistics.
     *
     * @throws IllegalArgumentException if fewer than 2 observations have positive weight, or all
     *     are equal ("all 17 observations equal 3.0: the maximum-likelihood sd is 0, which is not a
     *     Normal distribution")
     */
    @Override
    public Fit<Normal> fit(NormalStatistics statistics) {
        long n = statistics.count();
        SampleChecks.requireObservations(FAMILY, n, 2);
        if (statistics.sumSquaredDeviations() == 0) {
            throw SampleChecks.allEqual(FAMILY, n, statistics.mean(), "sd is 0");
        }
        double w = statistics.totalWeight();
        double mean = statistics.mean();
        double sd = Math.sqrt(statistics.variance());
        if (!Double.isFinite(sd) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("the sample's spread overflows the double range: "
                    + "maximum-likelihood mean " + mean + ", sd " + sd);
        }
        double logLikelihood = -w * (Math.log(sd) + HALF_LOG_TWO_PI + 0.5);
        return Fit.builder(Normal.of(mean, sd))
                .logLikelihood(logLikelihood)
                .sample(n, w)
                .parameters(PARAMETERS, mean, sd)
                .diagonalInformation(Information.EXPECTED, w / (sd * sd), 2 * w / (sd * sd))
                .build();
    }

    /**
     * The fit to an unweighted sample, by the blocked reduction of
     * {@link NormalStatistics#of(double[])}: one read of the array, same errors as the default.
     */
    @Override
    public Fit<Normal> fit(double[] x) {
        return fit(NormalStatistics.of(x));
    }
}
