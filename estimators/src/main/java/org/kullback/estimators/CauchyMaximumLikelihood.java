package org.kullback.estimators;

import java.util.Arrays;
import java.util.List;
import org.kullback.distributions.Cauchy;

/**
 * Maximum likelihood for the Cauchy family Cauchy(location x₀, scale γ), by the safeguarded Newton
 * iteration of {@link LocationScaleNewton} from several starting points, on the sample
 * ({@link WeightedSample}).
 *
 * <p>With \( z = (x-x_0)/\gamma \): \( \varphi(z) = -\log(1+z^2) \),
 * \( \varphi'(z) = -2z/(1+z^2) \), \( \varphi''(z) = -2(1-z^2)/(1+z^2)^2 \); expected information
 * \( \mathrm{diag}(1/2, 1/2)/\gamma^2 \) per observation.
 *
 * <p>Multimodality. With the scale known, the Cauchy location likelihood can have up to
 * \( 2n - 1 \) stationary points (Reeds 1985, Annals of Statistics 13, 775–784). With location and
 * scale both estimated, Copas (1975, <i>On the unimodality of the likelihood for the Cauchy
 * distribution</i>, Biometrika 62, 701–704) showed that the likelihood has a single stationary
 * point, its maximum, unless half or more of the sample sits at one value (then the likelihood is
 * unbounded as γ → 0, and this estimator throws). So the global maximum is the one stationary
 * point, and the only risk is the path to it: the Hessian is indefinite far from the maximum, and
 * a start inside a cluster of outliers can be slow. The estimator therefore runs the iteration
 * from 7 starts — the median with half the interquartile range, 10× and 0.1× that scale, and
 * the 0.1, 0.25, 0.75 and 0.9 quantiles with half the interquartile range — and reports the
 * converged point of highest likelihood. The tests check that the starts agree (as Copas
 * predicts) and that the result is at least scipy's maximum on samples with 2 % gross outliers.
 * Passes: one per Newton iteration plus one per start, 62–74 on the reference samples, and one
 * sort; {@link Fit#iterations()} is the total over the starts.
 *
 * <p>Covariance: inverse of the observed information (negated Hessian) at the estimate.
 */
public final class CauchyMaximumLikelihood implements MaximumLikelihood<Cauchy, WeightedSample> {

    /** The estimator. */
    public static final CauchyMaximumLikelihood INSTANCE = new CauchyMaximumLikelihood();

    static final String FAMILY = "Cauchy";
    private static final List<String> PARAMETERS = List.of("location", "scale");
    private static final double LOG_PI = Math.log(Math.PI);

    /** \( \varphi \) of the standard Cauchy density, without \( -\log\pi \). */
    static final LocationScaleNewton.StandardLogDensity STANDARD =
            new LocationScaleNewton.StandardLogDensity() {
                @Override
                public double value(double z) {
                    return -AccurateLog1p.of(z * z);
                }

                @Override
                public double derivative(double z) {
                    return -2 * z / (1 + z * z);
                }

                @Override
                public double secondDerivative(double z) {
                    final double q = 1 + z * z;
                    return -2 * (1 - z * z) / (q * q);
                }

                @Override
                public double locationInformation() {
                    return 0.5;
                }

                @Override
                public double scaleInformation() {
                    return 0.5;
                }
            };

    private CauchyMaximumLikelihood() {
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
     * The fit to a sample: the best of the local maxima found from the starting points.
     *
     * @throws IllegalArgumentException if fewer than 3 observations have positive weight, all are
     *     equal, or half
     *     or more of the total weight sits at one value (the likelihood is unbounded as the scale
     *     tends to 0)
     */
    @Override
    public Fit<Cauchy> fit(WeightedSample sample) {
        SampleChecks.requireObservations(FAMILY, sample.count(), 3);
        final double[] sorted = sample.values();
        final double[] sortedWeights = sample.weights();
        if (sample.hasUnitWeights()) {
            // all weights are 1, so the library sort (dual-pivot quicksort) of the values alone
            // does; it is several times faster than the merge sort of values with weights
            Arrays.sort(sorted);
        } else {
            WeightedSample.sortByValue(sorted, sortedWeights);
        }
        final double total = sample.totalWeight();
        if (sorted[0] == sorted[sorted.length - 1]) {
            throw SampleChecks.allEqual(FAMILY, sample.count(), sorted[0], "scale is 0");
        }
        requireNoHalfAtOneValue(sorted, sortedWeights, total);
        final double median = quantile(sorted, sortedWeights, total, 0.5);
        double halfIqr = (quantile(sorted, sortedWeights, total, 0.75)
                - quantile(sorted, sortedWeights, total, 0.25)) / 2;
        if (!(halfIqr > 0)) {
            halfIqr = (sorted[sorted.length - 1] - sorted[0]) / 2;
        }
        final double[][] starts = {
            {median, halfIqr}, {median, 10 * halfIqr}, {median, 0.1 * halfIqr},
            {quantile(sorted, sortedWeights, total, 0.1), halfIqr},
            {quantile(sorted, sortedWeights, total, 0.25), halfIqr},
            {quantile(sorted, sortedWeights, total, 0.75), halfIqr},
            {quantile(sorted, sortedWeights, total, 0.9), halfIqr},
        };
        final double[] x = sample.values();
        final double[] w = sample.weights();
        LocationScaleNewton.Result best = null;
        int iterations = 0;
        for (double[] start : starts) {
            final LocationScaleNewton.Result r =
                    LocationScaleNewton.maximize(x, w, total, STANDARD, start[0], start[1]);
            iterations += r.iterations();
            if (best == null || r.converged() && !best.converged()
                    || r.converged() == best.converged()
                            && r.logLikelihood() > best.logLikelihood()) {
                best = r;
            }
        }
        return Fit.builder(Cauchy.of(best.location(), best.scale()))
                .logLikelihood(best.logLikelihood() - total * LOG_PI)
                .sample(sample.count(), total)
                .parameters(PARAMETERS, best.location(), best.scale())
                .covariance(best.covariance(), Information.OBSERVED)
                .solver("Newton from " + starts.length + " starting points", iterations,
                        best.converged(), best.message())
                .build();
    }

    /** Each run of equal values must carry less than half the total weight. */
    private static void requireNoHalfAtOneValue(double[] sorted, double[] weights, double total) {
        double run = 0;
        for (int i = 0; i < sorted.length; i++) {
            run = i > 0 && sorted[i] == sorted[i - 1] ? run + weights[i] : weights[i];
            if (run >= total / 2) {
                throw new IllegalArgumentException("x = " + sorted[i] + " carries weight " + run
                        + " of " + total + " (at least half): the Cauchy likelihood grows without"
                        + " bound as the scale tends to 0 there, so it has no maximum");
            }
        }
    }

    /** The smallest sorted value whose cumulative weight reaches \( pW \). */
    private static double quantile(double[] sorted, double[] weights, double total, double p) {
        final double target = p * total;
        double cumulative = 0;
        for (int i = 0; i < sorted.length; i++) {
            cumulative += weights[i];
            if (cumulative >= target) {
                return sorted[i];
            }
        }
        return sorted[sorted.length - 1];
    }
}
