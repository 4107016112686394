package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Logistic;

/**
 * Maximum likelihood for the logistic family Logistic(location μ, scale s), by the safeguarded
 * Newton iteration of {@link LocationScaleNewton} on the sample ({@link WeightedSample}).
 *
 * <p>With \( z = (x-\mu)/s \): \( \varphi(z) = -|z| - 2\log(1 + e^{-|z|}) \),
 * \( \varphi'(z) = -\tanh(z/2) \), \( \varphi''(z) = -2e^{-|z|}/(1+e^{-|z|})^2 \) (written with
 * \( e^{-|z|} \) so neither overflows nor cancels in the tails). The density is log-concave, so the
 * log-likelihood is concave in \( (\mu/s, 1/s) \) and its only stationary point is the global
 * maximum. Expected information per observation \( \mathrm{diag}(1/3, (\pi^2+3)/9)/s^2 \) (used for
 * the scoring fallback). Start: median and \( \mathrm{IQR}/(2\log 3) \), exact for the logistic
 * quartiles. One pass per iteration plus one (6–7 on the reference samples), three for the
 * moments and one sort for the quartiles.
 *
 * <p>Covariance: inverse of the observed information (negated Hessian) at the estimate.
 */
public final class LogisticMaximumLikelihood
        implements MaximumLikelihood<Logistic, WeightedSample> {

    /** The estimator. */
    public static final LogisticMaximumLikelihood INSTANCE = new LogisticMaximumLikelihood();

    static final String FAMILY = "Logistic";
    private static final List<String> PARAMETERS = List.of("location", "scale");

    /** \( \varphi \) of the standard logistic density. */
    static final LocationScaleNewton.StandardLogDensity STANDARD =
            new LocationScaleNewton.StandardLogDensity() {
                @Override
                public double value(double z) {
                    final double a = Math.abs(z);
                    return -a - 2 * AccurateLog1p.of(Math.exp(-a));
                }

                @Override
                public double derivative(double z) {
                    final double e = Math.exp(-Math.abs(z));
                    return Math.copySign((1 - e) / (1 + e), -z);
                }

                @Override
                public double secondDerivative(double z) {
                    final double e = Math.exp(-Math.abs(z));
                    return -2 * e / ((1 + e) * (1 + e));
                }

                @Override
                public double locationInformation() {
                    return 1.0 / 3;
                }

                @Override
                public double scaleInformation() {
                    return (Math.PI * Math.PI + 3) / 9;
                }
            };

    private LogisticMaximumLikelihood() {
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
    public WeightedSample newStatistics() {
        return new WeightedSample(FAMILY, Support.REAL_LINE);
    }

    /**
     * The fit to a sample.
     *
     * @throws IllegalArgumentException if fewer than 2 observations have positive weight, or all
     *     are equal (the scale estimate is 0)
     */
    @Override
    public Fit<Logistic> fit(WeightedSample sample) {
        final LocationScaleStart start = LocationScaleStart.of(FAMILY, sample);
        final double scale0 = start.interquartileRange() > 0
                ? start.interquartileRange() / (2 * Math.log(3))
                : start.standardDeviation() * Math.sqrt(3) / Math.PI;
        final LocationScaleNewton.Result r = LocationScaleNewton.maximize(sample.values(),
                sample.weights(), sample.totalWeight(), STANDARD, start.median(), scale0);
        return Fit.builder(Logistic.of(r.location(), r.scale()))
                .logLikelihood(r.logLikelihood())
                .sample(sample.count(), sample.totalWeight())
                .parameters(PARAMETERS, r.location(), r.scale())
                .covariance(r.covariance(), Information.OBSERVED)
                .solver("Newton", r.iterations(), r.converged(), r.message())
                .build();
    }
}
