package org.kullback.estimators;

/**
 * Maximum likelihood of location \( \mu \) and scale \( s \) for a location–scale family with
 * standardized log density \( \varphi(z) \), \( z = (x-\mu)/s \), by a safeguarded Newton
 * iteration on \( \ell(\mu, s) = \sum_i w_i\varphi(z_i) - W\log s \) (plus a constant).
 *
 * <p>Per pass over the sample the iteration evaluates \( \ell \), its gradient
 * \( \partial_\mu\ell = -\sum w\varphi'/s \), \( \partial_s\ell = -(W + \sum wz\varphi')/s \) and
 * its Hessian \( \partial_{\mu\mu} = \sum w\varphi''/s^2 \),
 * \( \partial_{\mu s} = (\sum w\varphi' + \sum wz\varphi'')/s^2 \),
 * \( \partial_{ss} = (W + 2\sum wz\varphi' + \sum wz^2\varphi'')/s^2 \). Gradient and Hessian are
 * taken with respect to \( (\mu/u, s/u) \), u the starting scale, so that they stay of order W
 * for data of any magnitude (at \( s = 10^{-200} \), \( 1/s^2 \) would overflow). The step is
 * Newton's
 * when the Hessian is negative definite, otherwise Fisher scoring with the expected information
 * \( \mathrm{diag}(Wa/s^2, Wb/s^2) \) (always an ascent direction). It is halved while it would
 * shrink the scale by more than a factor 8 or lower \( \ell \), so \( \ell \) never decreases.
 * The iteration stops after a full Newton step smaller than 1e-10 s in both coordinates, whose
 * remaining error is, by quadratic convergence, of order \( 10^{-20} \); the gradient and Hessian
 * returned are those of the final point (one more pass).
 *
 * <p>For log-concave densities (Logistic, Gumbel) \( \ell \) is concave in \( (\mu/s, 1/s) \), so
 * the only stationary point is the global maximum; for the Cauchy and Student t families see their
 * estimators.
 */
final class LocationScaleNewton {

    /** The standardized log density \( \varphi \) and its derivatives. */
    interface StandardLogDensity {

        /** \( \varphi(z) \), up to an additive constant. */
        double value(double z);

        /** \( \varphi'(z) \). */
        double derivative(double z);

        /** \( \varphi''(z) \). */
        double secondDerivative(double z);

        /** \( a = E[\varphi'(Z)^2] \): expected information of the location, per \( 1/s^2 \). */
        double locationInformation();

        /** \( b = E[(1 + Z\varphi'(Z))^2] \): expected information of the scale per \( 1/s^2 \). */
        double scaleInformation();
    }

    /**
     * The maximum found and the state of the iteration.
     *
     * @param location \( \hat\mu \)
     * @param scale \( \hat s \)
     * @param logLikelihood \( \sum w\varphi(\hat z) - W\log\hat s \) (without the family's
     *     constant)
     * @param information the observed information (negated Hessian) of \( (\mu/u, s/u) \)
     * @param unit u, the scale the information is expressed in (see {@link #covariance()})
     * @param iterations Newton or scoring steps taken
     * @param passes passes over the sample
     * @param converged whether the stopping rule was met
     * @param message why not, when not
     */
    record Result(double location, double scale, double logLikelihood, double[][] information,
            double unit, int iterations, int passes, boolean converged, String message) {

        /** The covariance of \( (\hat\mu, \hat s) \): the inverse observed information. */
        double[][] covariance() {
            return ScaledCovariance.of(information, unit, unit);
        }
    }

    private static final int MAX_ITERATIONS = 500;
    private static final int MAX_HALVINGS = 60;
    private static final double STEP_TOLERANCE = 1e-10;
    private static final double MAX_SHRINK = 0.125;

    private final double[] x;
    private final double[] w;
    private final double totalWeight;
    private final StandardLogDensity density;
    private final double unit;
    private int passes;

    private LocationScaleNewton(double[] x, double[] w, double totalWeight,
            StandardLogDensity density, double unit) {
        this.x = x;
        this.w = w;
        this.totalWeight = totalWeight;
        this.density = density;
        this.unit = unit;
    }

    /** Maximizes the likelihood of the weighted sample from the given start. */
    static Result maximize(double[] x, double[] w, double totalWeight, StandardLogDensity density,
            double location, double scale) {
        return new LocationScaleNewton(x, w, totalWeight, density, scale).run(location, scale);
    }

    /** Value at one point, and gradient and Hessian with respect to \( (\mu/u, s/u) \). */
    private record State(double mu, double s, double value, double gMu, double gS, double hMuMu,
            double hMuS, double hSS) {
    }

    private State evaluate(double mu, double s) {
        passes++;
        final double inverse = 1 / s;
        double sumValue = 0;
        double sumD1 = 0;
        double sumZd1 = 0;
        double sumD2 = 0;
        double sumZd2 = 0;
        double sumZzd2 = 0;
        for (int i = 0; i < x.length; i++) {
            final double z = (x[i] - mu) * inverse;
            final double wi = w[i];
            final double d1 = wi * density.derivative(z);
            final double d2 = wi * density.secondDerivative(z);
            sumValue += wi * density.value(z);
            sumD1 += d1;
            sumZd1 += z * d1;
            sumD2 += d2;
            sumZd2 += z * d2;
            sumZzd2 += z * z * d2;
        }
        final double weight = totalWeight;
        final double value = sumValue - weight * Math.log(s);
        final double r = unit / s;
        final double r2 = r * r;
        return new State(mu, s, value, -sumD1 * r, -(weight + sumZd1) * r,
                sumD2 * r2, (sumD1 + sumZd2) * r2, (weight + 2 * sumZd1 + sumZzd2) * r2);
    }

    private Result run(double location, double scale) {
        State state = evaluate(location, scale);
        if (!Double.isFinite(state.value)) {
            return result(state, 0, false, "the log-likelihood is not finite at the start ("
                    + location + ", " + scale + ")");
        }
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            final double det = state.hMuMu * state.hSS - state.hMuS * state.hMuS;
            final double[] direction =
                    state.hMuMu < 0 && det > 0 ? newtonStep(state, det) : null;
            State next = direction == null ? null : step(state, direction);
            if (next == null) {
                next = step(state, scoringStep(state));
            }
            if (next == null) {
                return result(state, iteration, false, "no step increases the likelihood at"
                        + " location " + state.mu + ", scale " + state.s);
            }
            final boolean small = direction != null
                    && Math.abs(direction[0]) <= STEP_TOLERANCE * state.s
                    && Math.abs(direction[1]) <= STEP_TOLERANCE * state.s;
            state = next;
            if (small) {
                return result(state, iteration, true, "");
            }
        }
        return result(state, MAX_ITERATIONS, false, "no convergence in " + MAX_ITERATIONS
                + " iterations (location " + state.mu + ", scale " + state.s + ")");
    }

    /** The Newton step in the original units. */
    private double[] newtonStep(State state, double det) {
        // solve (-H) d = g with -H = [[-hMuMu, -hMuS], [-hMuS, -hSS]], in units of u
        return new double[] {
            unit * (-state.hSS * state.gMu + state.hMuS * state.gS) / det,
            unit * (state.hMuS * state.gMu - state.hMuMu * state.gS) / det,
        };
    }

    /** The Fisher-scoring step in the original units. */
    private double[] scoringStep(State state) {
        final double r = state.s / unit;
        final double r2 = r * r;
        return new double[] {
            unit * state.gMu * r2 / (totalWeight * density.locationInformation()),
            unit * state.gS * r2 / (totalWeight * density.scaleInformation()),
        };
    }

    /** The point along {@code direction}, halved until acceptable, or null. */
    private State step(State state, double[] direction) {
        double t = 1;
        final double tolerance = 1e-13 * (Math.abs(state.value) + totalWeight);
        for (int halving = 0; halving <= MAX_HALVINGS; halving++, t *= 0.5) {
            final double s = state.s + t * direction[1];
            if (!(s >= MAX_SHRINK * state.s) || !Double.isFinite(s)) {
                continue;
            }
            final State candidate = evaluate(state.mu + t * direction[0], s);
            if (candidate.value >= state.value - tolerance) {
                return candidate;
            }
        }
        return null;
    }

    private Result result(State state, int iterations, boolean converged, String message) {
        final double[][] information = {
            {-state.hMuMu, -state.hMuS},
            {-state.hMuS, -state.hSS},
        };
        return new Result(state.mu, state.s, state.value, information, unit, iterations, passes,
                converged, message);
    }
}
