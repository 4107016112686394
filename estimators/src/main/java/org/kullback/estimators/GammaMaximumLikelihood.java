package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Gamma;
import org.kullback.special.LogBeta;
import org.kullback.special.LogSpace;
import org.kullback.special.Polygamma;

/**
 * Maximum likelihood for the gamma family Gamma(shape k, rate β), from one pass over the data
 * ({@link GammaStatistics}: \( W \), \( \bar x \), \( \overline{\log x} \)) and O(1) scalar
 * iterations.
 *
 * <p>The likelihood equations are \( \beta = k/\bar x \) and
 * \[ \log k - \psi(k) = s, \qquad s = \log\bar x - \overline{\log x} &gt; 0. \]
 * The left side decreases from \( +\infty \) to 0, so the root is unique. It is found by Minka's
 * generalized Newton iteration (T. P. Minka, <i>Estimating a Gamma distribution</i>, 2002, eq. 7)
 * \[ \frac1{k_{\text{new}}} = \frac1k + \frac{\log k - \psi(k) - s}{k^2(1/k - \psi_1(k))}
 *    \iff k_{\text{new}} = \frac{k}{1 - f(k)/g(k)}, \]
 * with \( f(k) = \log k - \psi(k) - s \) and \( g(k) = k\psi_1(k) - 1 \), started from Minka's
 * approximation \( k_0 = (3 - s + \sqrt{(s-3)^2 + 24s})/(12s) \); it reaches full precision in 2–4
 * steps for every shape from 1e-3 to 1e8. A final ordinary Newton step
 * \( k \leftarrow k + k f(k)/g(k) \) polishes the last bit.
 *
 * <p>For large k, \( \log k - \psi(k) \approx 1/(2k) \) and \( k\psi_1(k) - 1 \approx 1/(2k) \)
 * would lose \( \log_{10}(4k\log k) \) digits if formed by subtraction; both are evaluated from
 * their asymptotic series for \( k \ge 10 \) (DLMF 5.11.2 and 5.15.8), and below 10 from the
 * recurrence rearranged into positive terms (see {@link #logMinusDigamma}):
 * \( \log k - \psi(k) = \frac1{2k} + \sum_{j\ge1}\frac{B_{2j}}{2j\,k^{2j}} \),
 * \( k\psi_1(k) - 1 = \frac1{2k} + \sum_{j\ge1}\frac{B_{2j}}{k^{2j}} \).
 *
 * <p>Log-likelihood \( \ell = W[k\log k - k - \log\Gamma(k) - ks - \overline{\log x}] \), with
 * \( k\log k - k - \log\Gamma(k) = \tfrac12\log(k/2\pi) - \delta(k) \) (\( \delta \) the Stirling
 * remainder, {@link LogBeta#logGammaCorrection}) so that nothing cancels for large k.
 *
 * <p>Covariance: the observed information of \( (k, \beta) \) is
 * \( W\begin{pmatrix}\psi_1(k) &amp; -1/\beta\\ -1/\beta &amp; k/\beta^2\end{pmatrix} \), which
 * does
 * not depend on the data and so equals the expected information; its inverse is
 * \( \frac{1}{Wg(k)}\begin{pmatrix}k &amp; \beta\\ \beta &amp; \beta^2\psi_1(k)\end{pmatrix} \).
 * Reported as {@link Information#OBSERVED}.
 */
public final class GammaMaximumLikelihood implements MaximumLikelihood<Gamma, GammaStatistics> {

    /** The estimator. */
    public static final GammaMaximumLikelihood INSTANCE = new GammaMaximumLikelihood();

    static final String FAMILY = "Gamma";
    private static final List<String> PARAMETERS = List.of("shape", "rate");
    private static final int MAX_ITERATIONS = 100;
    private static final double RELATIVE_TOLERANCE = 1e-14;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double ASYMPTOTIC_THRESHOLD = 10;

    /** Bernoulli numbers \( B_2, B_4, \dots, B_{20} \) (DLMF Table 24.2.1). */
    private static final double[] BERNOULLI = {
        1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6,
        -3617.0 / 510, 43867.0 / 798, -174611.0 / 330,
    };

    private GammaMaximumLikelihood() {
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
    public GammaStatistics newStatistics() {
        return new GammaStatistics();
    }

    /**
     * The fit to accumulated statistics.
     *
     * @throws IllegalArgumentException if fewer than 2 observations have positive weight, or all
     *     are equal (the shape estimate is infinite), or their relative spread is below what
     *     double precision resolves
     */
    @Override
    public Fit<Gamma> fit(GammaStatistics statistics) {
        final long n = statistics.count();
        SampleChecks.requireObservations(FAMILY, n, 2);
        if (statistics.minimum() == statistics.maximum()) {
            throw SampleChecks.allEqual(FAMILY, n, statistics.minimum(), "shape is infinite");
        }
        final double s = statistics.logMeanMinusMeanLog();
        if (!(s > 0)) {
            throw new IllegalArgumentException("log(mean) - mean(log x) = " + s + " for " + n
                    + " observations between " + statistics.minimum() + " and "
                    + statistics.maximum() + ": the relative spread is below double resolution,"
                    + " so the maximum-likelihood shape is not determined");
        }
        final double w = statistics.totalWeight();
        final double mean = statistics.mean();
        final ShapeRoot root = solveShape(s);
        final double k = root.shape();
        final double rate = k / mean;
        final double g = trigammaExcess(k);
        final double logLikelihood = w * (0.5 * Math.log(k) - HALF_LOG_TWO_PI
                - LogBeta.logGammaCorrection(k) - k * s - statistics.meanLog());
        final double scale = 1 / (w * g);
        final double[][] covariance = {
            {k * scale, rate * scale},
            {rate * scale, rate * rate * Polygamma.trigamma(k) * scale},
        };
        return Fit.builder(Gamma.of(k, rate))
                .logLikelihood(logLikelihood)
                .sample(n, w)
                .parameters(PARAMETERS, k, rate)
                .covariance(covariance, Information.OBSERVED)
                .solver("Minka generalized Newton", root.iterations(), root.converged(),
                        root.message())
                .build();
    }

    /**
     * The fit to an unweighted sample: one pass over the array
     * ({@link GammaStatistics#of(double[])}), same errors as the default.
     */
    @Override
    public Fit<Gamma> fit(double[] x) {
        return fit(GammaStatistics.of(x));
    }

    /** The shape solving \( \log k - \psi(k) = s \), with the solver's diagnostics. */
    record ShapeRoot(double shape, int iterations, boolean converged, String message) {
    }

    /** Solves \( \log k - \psi(k) = s \) for \( s &gt; 0 \) (see the class comment). */
    static ShapeRoot solveShape(double s) {
        double k = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            final double ratio = (logMinusDigamma(k) - s) / trigammaExcess(k);
            final double next = k / (1 - ratio);
            if (!(next > 0 && next < Double.POSITIVE_INFINITY)) {
                return new ShapeRoot(k, iteration, false, "the shape iterate left (0, ∞) at "
                        + next + " from " + k + " (s = " + s + ")");
            }
            final boolean small = Math.abs(next - k) <= RELATIVE_TOLERANCE * k;
            k = next;
            if (small) {
                k += k * (logMinusDigamma(k) - s) / trigammaExcess(k);
                return new ShapeRoot(k, iteration + 1, true, "");
            }
        }
        return new ShapeRoot(k, MAX_ITERATIONS, false, "no convergence of the shape in "
                + MAX_ITERATIONS + " iterations (s = " + s + ", last shape " + k + ")");
    }

    /**
     * \( \log k - \psi(k) &gt; 0 \) to full relative accuracy. For \( k \ge 10 \) the asymptotic
     * series; below, the recurrence \( \psi(k) = \psi(k+m) - \sum_{j&lt;m} 1/(k+j) \) written as
     * \( \log k - \psi(k) = [\log(k+m) - \psi(k+m)]
     * - \sum_{j&lt;m}\operatorname{log1pmx}(1/(k+j)) \),
     * a sum of positive terms (the direct difference would lose up to two digits near k = 10).
     */
    static double logMinusDigamma(double k) {
        double sum = 0;
        double z = k;
        while (z < ASYMPTOTIC_THRESHOLD) {
            sum -= LogSpace.log1pmx(1 / z);
            z += 1;
        }
        final double w = 1 / (z * z);
        double series = 0;
        for (int j = BERNOULLI.length - 2; j >= 0; j--) {
            series = (series + BERNOULLI[j] / (2 * j + 2)) * w;
        }
        return sum + 0.5 / z + series;
    }

    /**
     * \( g(k) = k\psi_1(k) - 1 &gt; 0 \) to full relative accuracy. For \( k \ge 10 \) the
     * asymptotic series; below, with \( \psi_1(k) = \sum_{j&lt;m}(k+j)^{-2} + \psi_1(k+m) \) and
     * the telescoping
     * \( m/(k+m) = \sum_{j&lt;m} k/((k+j)(k+j+1)) \),
     * \( g(k) = k\sum_{j&lt;m}\frac{1}{(k+j)^2(k+j+1)} + \frac{k}{k+m}\,g(k+m) \), again positive
     * terms only.
     */
    static double trigammaExcess(double k) {
        double sum = 0;
        double z = k;
        while (z < ASYMPTOTIC_THRESHOLD) {
            sum += 1 / (z * z * (z + 1));
            z += 1;
        }
        final double w = 1 / (z * z);
        double series = 0;
        for (int j = BERNOULLI.length - 1; j >= 0; j--) {
            series = (series + BERNOULLI[j]) * w;
        }
        return k * sum + k / z * (0.5 / z + series);
    }
}
