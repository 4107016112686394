package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Gumbel;

/**
 * Maximum likelihood for the Gumbel family of maxima Gumbel(location μ, scale β), by the
 * safeguarded Newton iteration of {@link LocationScaleNewton} on the sample
 * ({@link WeightedSample}).
 *
 * <p>With \( z = (x-\mu)/\beta \): \( \varphi(z) = -z - e^{-z} \), \( \varphi'(z) = e^{-z} - 1 \),
 * \( \varphi''(z) = -e^{-z} \). The density is log-concave, so the log-likelihood is concave in
 * \( (\mu/\beta, 1/\beta) \) and its only stationary point is the global maximum. Expected
 * information per observation: \( 1/\beta^2 \) for μ and \( ((1-\gamma)^2 + \pi^2/6)/\beta^2 \) for
 * β (Johnson, Kotz &amp; Balakrishnan, vol. 2, §22.7; used for the scoring fallback). Start: the
 * moments, \( \beta_0 = \sqrt6\,\mathrm{sd}/\pi \), \( \mu_0 = \bar x - \gamma\beta_0 \). One pass
 * per iteration plus one (4–6 on the reference samples), three for the moments and one sort.
 *
 * <p>Covariance: inverse of the observed information (negated Hessian) at the estimate.
 */
public final class GumbelMaximumLikelihood implements MaximumLikelihood<Gumbel, WeightedSample> {

    /** The estimator. */
    public static final GumbelMaximumLikelihood INSTANCE = new GumbelMaximumLikelihood();

    static final String FAMILY = "Gumbel";
    private static final List<String> PARAMETERS = List.of("location", "scale");
    private static final double EULER = 0.5772156649015329;

    /** \( \varphi \) of the standard Gumbel density. */
    static final LocationScaleNewton.StandardLogDensity STANDARD =
            new LocationScaleNewton.StandardLogDensity() {
                @Override
                public double value(double z) {
                    return -z - Math.exp(-z);
                }

                @Override
                public double derivative(double z) {
                    return Math.expm1(-z);
                }

                @Override
                public double secondDerivative(double z) {
                    return -Math.exp(-z);
                }

                @Override
                public double locationInformation() {
                    return 1;
                }

                @Override
                public double scaleInformation() {
                    return (1 - EULER) * (1 - EULER) + Math.PI * Math.PI / 6;
                }
            };

    private GumbelMaximumLikelihood() {
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
    public Fit<Gumbel> fit(WeightedSample sample) {
        final LocationScaleStart start = LocationScaleStart.of(FAMILY, sample);
        final double scale0 = start.standardDeviation() * Math.sqrt(6) / Math.PI;
        final LocationScaleNewton.Result r = LocationScaleNewton.maximize(sample.values(),
                sample.weights(), sample.totalWeight(), STANDARD, start.mean() - EULER * scale0,
                scale0);
        return Fit.builder(Gumbel.of(r.location(), r.scale()))
                .logLikelihood(r.logLikelihood())
                .sample(sample.count(), sample.totalWeight())
                .parameters(PARAMETERS, r.location(), r.scale())
                .covariance(r.covariance(), Information.OBSERVED)
                .solver("Newton", r.iterations(), r.converged(), r.message())
                .build();
    }
}
