package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Beta;
import org.kullback.special.LogBeta;
import org.kullback.special.Polygamma;

/**
 * Maximum likelihood for the beta family Beta(α, β), from one pass over the data
 * ({@link BetaStatistics}: \( W \), \( g_1 = \overline{\log x} \),
 * \( g_2 = \overline{\log(1-x)} \)) and O(1) scalar iterations.
 *
 * <p>Per unit weight the log-likelihood is
 * \( \ell/W = (\alpha-1)g_1 + (\beta-1)g_2 - \log B(\alpha,\beta) \), strictly concave in
 * \( (\alpha, \beta) \) (an exponential family in its natural parameters), with score
 * \( (g_1 - \psi(\alpha) + \psi(\alpha+\beta),\; g_2 - \psi(\beta) + \psi(\alpha+\beta)) \) and
 * Hessian
 * \( -\begin{pmatrix}\psi_1(\alpha) - \psi_1(\alpha+\beta) &amp; -\psi_1(\alpha+\beta)\\
 *     -\psi_1(\alpha+\beta) &amp; \psi_1(\beta) - \psi_1(\alpha+\beta)\end{pmatrix} \)
 * (Johnson, Kotz &amp; Balakrishnan, <i>Continuous Univariate Distributions</i> vol. 2, §25.4).
 * Newton's method with this trigamma Hessian, the step halved while it would leave
 * \( \alpha, \beta &gt; 0 \) or lower the likelihood (so it converges from any start, by
 * concavity), started from the method of moments
 * \( \alpha_0 = m c, \beta_0 = (1-m)c \), \( c = m(1-m)/v - 1 \) (or, when rounding makes
 * \( c \le 0 \), from the geometric means
 * \( \alpha_0 = \tfrac12 + G_x/(2(1 - G_x - G_{1-x})) \), likewise \( \beta_0 \)). It stops
 * after a full Newton step of relative size below 1e-12, which by quadratic convergence leaves an
 * error far below one ulp; typically 4–8 iterations.
 *
 * <p>Covariance: the inverse of W times the negated Hessian; the observed information does not
 * depend on the data beyond the estimate, so it equals the expected information. Reported as
 * {@link Information#OBSERVED}.
 */
public final class BetaMaximumLikelihood implements MaximumLikelihood<Beta, BetaStatistics> {

    /** The estimator. */
    public static final BetaMaximumLikelihood INSTANCE = new BetaMaximumLikelihood();

    static final String FAMILY = "Beta";
    private static final List<String> PARAMETERS = List.of("alpha", "beta");
    private static final int MAX_ITERATIONS = 200;
    private static final int MAX_HALVINGS = 60;
    private static final double STEP_TOLERANCE = 1e-12;

    private BetaMaximumLikelihood() {
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Support support() {
        return Support.OPEN_UNIT_INTERVAL;
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public BetaStatistics newStatistics() {
        return new BetaStatistics();
    }

    /**
     * The fit to accumulated statistics.
     *
     * @throws IllegalArgumentException if fewer than 2 observations have positive weight, or all
     *     are equal (the maximum-likelihood α and β are infinite)
     */
    @Override
    public Fit<Beta> fit(BetaStatistics statistics) {
        final long n = statistics.count();
        SampleChecks.requireObservations(FAMILY, n, 2);
        if (statistics.minimum() == statistics.maximum()) {
            throw SampleChecks.allEqual(FAMILY, n, statistics.minimum(),
                    "alpha and beta are infinite");
        }
        final double g1 = statistics.meanLog();
        final double g2 = statistics.meanLogComplement();
        double[] start = start(statistics);
        double a = start[0];
        double b = start[1];
        double value = logLikelihoodPerWeight(a, b, g1, g2);
        int iterations = 0;
        boolean converged = false;
        String message = "";
        while (!converged) {
            if (iterations == MAX_ITERATIONS) {
                message = "no convergence in " + MAX_ITERATIONS + " Newton iterations (alpha = "
                        + a + ", beta = " + b + ")";
                break;
            }
            iterations++;
            final double digammaSum = Polygamma.digamma(a + b);
            final double scoreA = g1 - Polygamma.digamma(a) + digammaSum;
            final double scoreB = g2 - Polygamma.digamma(b) + digammaSum;
            final double trigammaSum = Polygamma.trigamma(a + b);
            final double haa = Polygamma.trigamma(a) - trigammaSum;
            final double hbb = Polygamma.trigamma(b) - trigammaSum;
            // Newton step: solve [[haa, -t], [-t, hbb]] (da, db) = (scoreA, scoreB)
            final double det = haa * hbb - trigammaSum * trigammaSum;
            final double da = (hbb * scoreA + trigammaSum * scoreB) / det;
            final double db = (trigammaSum * scoreA + haa * scoreB) / det;
            double step = 1;
            int halvings = 0;
            double nextA = a + da;
            double nextB = b + db;
            double nextValue = nextA > 0 && nextB > 0
                    ? logLikelihoodPerWeight(nextA, nextB, g1, g2) : Double.NEGATIVE_INFINITY;
            final double tolerance = 1e-14 * (1 + Math.abs(value));
            while (!(nextValue >= value - tolerance) && halvings < MAX_HALVINGS) {
                halvings++;
                step *= 0.5;
                nextA = a + step * da;
                nextB = b + step * db;
                nextValue = nextA > 0 && nextB > 0
                        ? logLikelihoodPerWeight(nextA, nextB, g1, g2) : Double.NEGATIVE_INFINITY;
            }
            if (halvings == MAX_HALVINGS) {
                message = "the Newton step does not increase the likelihood at alpha = " + a
                        + ", beta = " + b;
                break;
            }
            converged = step == 1 && Math.abs(da) <= STEP_TOLERANCE * a
                    && Math.abs(db) <= STEP_TOLERANCE * b;
            a = nextA;
            b = nextB;
            value = nextValue;
        }
        final double w = statistics.totalWeight();
        final double trigammaSum = Polygamma.trigamma(a + b);
        final double[][] information = {
            {w * (Polygamma.trigamma(a) - trigammaSum), -w * trigammaSum},
            {-w * trigammaSum, w * (Polygamma.trigamma(b) - trigammaSum)},
        };
        return Fit.builder(Beta.of(a, b))
                .logLikelihood(w * value)
                .sample(n, w)
                .parameters(PARAMETERS, a, b)
                .informationMatrix(information, Information.OBSERVED)
                .solver("Newton", iterations, converged, message)
                .build();
    }

    /**
     * The fit to an unweighted sample: one pass over the array
     * ({@link BetaStatistics#of(double[])}), same errors as the default.
     */
    @Override
    public Fit<Beta> fit(double[] x) {
        return fit(BetaStatistics.of(x));
    }

    private static double logLikelihoodPerWeight(double a, double b, double g1, double g2) {
        return (a - 1) * g1 + (b - 1) * g2 - LogBeta.logBeta(a, b);
    }

    /** Method-of-moments start, or the geometric-mean approximation when the moments fail. */
    private static double[] start(BetaStatistics statistics) {
        final double m = statistics.mean();
        final double v = statistics.meanSquare() - m * m;
        final double c = m * (1 - m) / v - 1;
        if (v > 0 && c > 0 && Double.isFinite(c)) {
            return new double[] {m * c, (1 - m) * c};
        }
        final double gx = Math.exp(statistics.meanLog());
        final double gy = Math.exp(statistics.meanLogComplement());
        final double denominator = 2 * (1 - gx - gy);
        if (!(denominator > 0)) {
            // the likelihood is concave, so the damped Newton iteration converges from anywhere
            return new double[] {1, 1};
        }
        return new double[] {0.5 + gx / denominator, 0.5 + gy / denominator};
    }
}
