package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Pareto;

/**
 * Maximum likelihood for the Pareto (type I) family with scale \( x_m \) and shape \( \alpha \):
 * the likelihood increases in \( x_m \) up to the smallest observation, so
 * \( \hat x_m = x_{(1)} \), and then \( \hat\alpha = W / \sum_i w_i\log(x_i/\hat x_m) \);
 * \( \ell = W(\log\hat\alpha - \log\hat x_m - 1 - 1/\hat\alpha) \), which is \( -W \) times the
 * fitted entropy (Johnson, Kotz &amp; Balakrishnan, <i>Continuous Univariate Distributions</i>,
 * vol. 1, §20.4).
 *
 * <p>Standard errors. The shape is regular: Fisher information \( W/\alpha^2 \) (expected, equal
 * to the observed at the MLE), standard error \( \hat\alpha/\sqrt W \). The scale is a support
 * bound, so it has no Fisher information and converges at rate \( 1/n \): its reported variance
 * is the exact variance of \( x_{(1)} \), which is Pareto\( (x_m, n\alpha) \) distributed,
 * \( x_m^2 n\alpha/((n\alpha - 1)^2(n\alpha - 2)) \) at the estimate with \( n = W \)
 * (\( +\infty \) when \( n\hat\alpha \le 2 \)). The two estimates are asymptotically independent
 * (the scale's error is of smaller order), so the reported covariance is diagonal.
 */
public final class ParetoMaximumLikelihood implements MaximumLikelihood<Pareto, ParetoStatistics> {

    /** The estimator. */
    public static final ParetoMaximumLikelihood INSTANCE = new ParetoMaximumLikelihood();

    static final String FAMILY = "Pareto";
    private static final List<String> PARAMETERS = List.of("scale", "shape");

    private ParetoMaximumLikelihood() {
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
    public ParetoStatistics newStatistics() {
        return new ParetoStatistics();
    }

    /**
     * The fit.
     *
     * @throws IllegalArgumentException if fewer than 2 observations, or all equal (the shape would
     *     be infinite)
     */
    @Override
    public Fit<Pareto> fit(ParetoStatistics statistics) {
        long n = statistics.count();
        SampleChecks.requireObservations(FAMILY, n, 2);
        double scale = statistics.min();
        if (scale == statistics.max()) {
            throw SampleChecks.allEqual(FAMILY, n, scale, "shape is infinite");
        }
        double w = statistics.totalWeight();
        double sumLogRatios = statistics.sumLogRatiosToMin();
        double shape = w / sumLogRatios;
        if (!(shape > 0 && shape < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the values spread over " + statistics.min()
                    + " to " + statistics.max() + " only: the maximum-likelihood shape "
                    + shape + " is not finite in double precision");
        }
        Pareto pareto = Pareto.of(scale, shape);
        double tail = w * shape;
        double scaleVariance = tail > 2
                ? square(scale / (tail - 1)) * (tail / (tail - 2))
                : Double.POSITIVE_INFINITY;
        double[][] covariance = {{scaleVariance, 0}, {0, shape * shape / w}};
        return Fit.builder(pareto)
                .logLikelihood(-w * pareto.entropy())
                .sample(n, w)
                .parameters(PARAMETERS, scale, shape)
                .covariance(covariance, Information.EXPECTED)
                .build();
    }

    private static double square(double value) {
        return value * value;
    }
}
