package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Weibull;

/**
 * Maximum likelihood for the Weibull family Weibull(shape k, scale λ), by Newton's method on the
 * profile likelihood in the shape. The Weibull family has no finite sufficient statistics, so the
 * estimator keeps the sample ({@link WeightedSample}).
 *
 * <p>For fixed k the scale is \( \lambda^k = \frac1W\sum_i w_i x_i^k \), and the shape solves
 * (Cohen 1965, <i>Maximum likelihood estimation in the Weibull distribution based on complete and
 * on censored samples</i>, Technometrics 7, 579–588)
 * \[ g(k) = \frac1k + \overline{\log x} - \frac{\sum w_i x_i^k\log x_i}{\sum w_i x_i^k} = 0. \]
 * The last term is the mean of \( \log x \) under weights \( \propto x^k \), increasing in k with
 * derivative its variance V, so g decreases strictly from \( +\infty \) and the root is unique.
 * Values are scaled by their maximum, \( u_i = \log x_i - \log x_{\max} \le 0 \), so that
 * \( e^{ku_i} \le 1 \) never overflows. Newton steps \( k \leftarrow k + g/(1/k^2 + V) \) keep
 * a bracket of the root and fall back to bisection in \( \log k \) when they leave it; the start
 * is \( k_0 = \pi/(\sqrt6\,\mathrm{sd}(\log x)) \), exact for the Gumbel law of \( \log X \).
 *
 * <p>Passes over the data: one for the logarithms and the maximum, two for the mean and standard
 * deviation of the logarithms (start), one per Newton iteration (one {@code exp} per value), and
 * one at the final shape for the scale and the covariance: 4 + iterations in all (7–9 on the
 * reference samples).
 *
 * <p>Log-likelihood, using \( \sum w(x/\lambda)^k = W \) at the maximum:
 * \( \ell = W[\log k - \log x_{\max} - \log(S_0/W) + (k-1)\bar u - 1] \) with
 * \( S_0 = \sum w e^{ku} \). Covariance: the inverse of the observed information of
 * \( (k, \lambda) \), with \( \log z_i = u_i - L \), \( L = \log(S_0/W)/k \):
 * \( I_{kk} = W/k^2 + \sum w z^k\log^2 z \),
 * \( I_{k\lambda} = -(W/\lambda)(1 + k\,\overline{\log z}) \),
 * \( I_{\lambda\lambda} = Wk^2/\lambda^2 \).
 */
public final class WeibullMaximumLikelihood implements MaximumLikelihood<Weibull, WeightedSample> {

    /** The estimator. */
    public static final WeibullMaximumLikelihood INSTANCE = new WeibullMaximumLikelihood();

    static final String FAMILY = "Weibull";
    private static final List<String> PARAMETERS = List.of("shape", "scale");
    private static final int MAX_ITERATIONS = 200;
    /**
     * A Newton step below this ends the iteration; by quadratic convergence the error left is of
     * order its square.
     */
    private static final double RELATIVE_TOLERANCE = 1e-10;

    private WeibullMaximumLikelihood() {
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
    public WeightedSample newStatistics() {
        return new WeightedSample(FAMILY, Support.POSITIVE);
    }

    /** Sums over the sample at one shape: \( S_0 = \sum we^{ku} \) and the tilted moments of u. */
    private record Tilted(double s0, double mean, double variance) {
    }

    private static Tilted tilted(double[] u, double[] w, double k, double center) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < u.length; i++) {
            final double e = w[i] * Math.exp(k * u[i]);
            final double d = u[i] - center;
            s0 += e;
            s1 += e * d;
            s2 += e * d * d;
        }
        final double m = s1 / s0;
        return new Tilted(s0, center + m, Math.max(0, s2 / s0 - m * m));
    }

    /**
     * The fit to a sample.
     *
     * @throws IllegalArgumentException if fewer than 2 observations have positive weight, or all
     *     are equal (the shape estimate is infinite)
     */
    @Override
    public Fit<Weibull> fit(WeightedSample sample) {
        final long n = sample.count();
        SampleChecks.requireObservations(FAMILY, n, 2);
        final double[] u = sample.values();
        final double[] w = sample.weights();
        final double totalWeight = sample.totalWeight();
        double maxLog = Double.NEGATIVE_INFINITY;
        double minLog = Double.POSITIVE_INFINITY;
        for (int i = 0; i < u.length; i++) {
            u[i] = Math.log(u[i]);
            maxLog = Math.max(maxLog, u[i]);
            minLog = Math.min(minLog, u[i]);
        }
        if (minLog == maxLog) {
            throw SampleChecks.allEqual(FAMILY, n, sample.value(0), "shape is infinite");
        }
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            u[i] -= maxLog;
            sum += w[i] * u[i];
        }
        final double meanU = sum / totalWeight;
        double squares = 0;
        for (int i = 0; i < u.length; i++) {
            squares += w[i] * (u[i] - meanU) * (u[i] - meanU);
        }
        double k = Math.PI / Math.sqrt(6 * squares / totalWeight);
        double lower = 0;
        double upper = Double.POSITIVE_INFINITY;
        double center = meanU;
        int iterations = 0;
        boolean converged = false;
        String message = "";
        while (!converged) {
            if (iterations == MAX_ITERATIONS) {
                message = "no convergence of the shape in " + MAX_ITERATIONS + " iterations (last "
                        + k + ")";
                break;
            }
            iterations++;
            final Tilted t = tilted(u, w, k, center);
            center = t.mean();
            final double g = 1 / k + meanU - t.mean();
            if (g > 0) {
                lower = k;
            } else {
                upper = k;
            }
            double next = k + g / (1 / (k * k) + t.variance());
            if (!(next > lower && next < upper)) {
                next = upper == Double.POSITIVE_INFINITY ? 4 * k
                        : lower == 0 ? k / 4 : Math.sqrt(lower * upper);
            }
            converged = Math.abs(next - k) <= RELATIVE_TOLERANCE * k;
            k = next;
        }
        final Tilted t = tilted(u, w, k, center);
        final double logRatio = Math.log(t.s0() / totalWeight);
        final double scaleLog = logRatio / k;
        final double scale = Math.exp(maxLog + scaleLog);
        final double logLikelihood = totalWeight
                * (Math.log(k) - maxLog - logRatio + (k - 1) * meanU - 1);
        final double meanLogZ = meanU - scaleLog;
        final double tiltedLogZ = t.mean() - scaleLog;
        // the information of (k, lambda) in units of (1, lambda), so that it cannot overflow
        final double[][] information = {
            {totalWeight * (1 / (k * k) + t.variance() + tiltedLogZ * tiltedLogZ),
                -totalWeight * (1 + k * meanLogZ)},
            {-totalWeight * (1 + k * meanLogZ), totalWeight * k * k},
        };
        return Fit.builder(Weibull.of(k, scale))
                .logLikelihood(logLikelihood)
                .sample(n, totalWeight)
                .parameters(PARAMETERS, k, scale)
                .covariance(ScaledCovariance.of(information, 1, scale), Information.OBSERVED)
                .solver("Newton on the profile likelihood", iterations, converged, message)
                .build();
    }
}
