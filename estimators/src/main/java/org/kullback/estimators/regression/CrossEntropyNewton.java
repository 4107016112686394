package org.kullback.estimators.regression;

import java.util.Arrays;

/**
 * Newton's method with backtracking for the convex objectives of logistic and softmax
 * regression, with detection of separated data.
 *
 * <p>Each iteration solves \( H \delta = -g \) by Cholesky factorisation of the Jacobi-scaled
 * Hessian \( S H S \), \( S = \operatorname{diag}(H_{jj}^{-1/2}) \), which removes the effect
 * of predictor scales on the factorisation, and halves the step until the Armijo condition
 * \( f(\theta + t\delta) \le f(\theta) + 10^{-4} t\, g^\top\delta \) holds (Nocedal &amp;
 * Wright, <i>Numerical Optimization</i>, 2nd ed., §3.1 and §3.5). The objective is convex, so the
 * damped iteration converges globally when a finite minimiser exists, and quadratically near it.
 *
 * <p>Convergence: the step actually taken is at most \( 10^{-10} \) relative to
 * \( \max(1, \lVert\theta\rVert_\infty) \) — after quadratic convergence the remaining error is
 * then far below the rounding level. When the rounding noise of the gradient keeps the steps
 * above that (a badly conditioned Hessian), the iteration also stops once the Newton decrement
 * \( -g^\top\delta \) (twice the predicted decrease of the objective) is below
 * \( 10^{-20} \max(1, |f|) \) and the step below \( 10^{-5} \) relative.
 *
 * <p>Separation: when no finite minimiser exists (separated data), the iterates move off along
 * a recession direction \( d \) of the objective with steps that do not shrink. From the sixth
 * iteration on, unless the objective is penalised, the change over the last four iterations is
 * offered to {@link CrossEntropyObjective#separation}, which checks explicitly whether it
 * separates the data; if it does, an {@link IllegalArgumentException} says so.
 */
final class CrossEntropyNewton {

    /**
     * The outcome: the minimiser (or last iterate), the objective and inverse Hessian there, and
     * the status.
     */
    record Outcome(double[] theta, double objective, double[][] inverseHessian, int iterations,
            boolean converged, String message) {
    }

    private static final double ARMIJO = 1e-4;
    private static final double STEP_TOLERANCE = 1e-10;
    private static final double DECREMENT_TOLERANCE = 1e-20;
    private static final double NOISE_FLOOR_STEP = 1e-5;
    private static final int MAX_HALVINGS = 60;
    private static final int SEPARATION_LAG = 4;
    private static final int SEPARATION_FIRST_ITERATION = 6;

    private CrossEntropyNewton() {
    }

    static Outcome minimise(CrossEntropyObjective f, int maxIterations) {
        int q = f.dimension();
        double[] theta = new double[q];
        double[] gradient = new double[q];
        double[][] hessian = new double[q][q];
        double[][] history = new double[SEPARATION_LAG + 1][];
        String message = "";
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            double value = f.derivatives(theta, gradient, hessian);
            double[] step = solve(hessian, gradient);
            if (step == null) {
                message = "the Hessian is not positive definite at iteration " + iteration
                        + " (fitted probabilities saturated)";
                break;
            }
            double decrement = 0;
            for (int j = 0; j < q; j++) {
                step[j] = -step[j];
                decrement -= gradient[j] * step[j];
            }
            double t = 1;
            double[] trial = new double[q];
            boolean accepted = false;
            boolean atNoiseLevel = !(decrement > 1e-12 * Math.max(1, Math.abs(value)));
            for (int halving = 0; halving <= MAX_HALVINGS; halving++) {
                for (int j = 0; j < q; j++) {
                    trial[j] = theta[j] + t * step[j];
                }
                double trialValue = f.value(trial);
                if (trialValue <= value - ARMIJO * t * decrement || atNoiseLevel) {
                    accepted = true;
                    break;
                }
                t /= 2;
            }
            if (!accepted) {
                message = "the line search found no decrease at iteration " + iteration
                        + " (Newton decrement " + decrement + ")";
                break;
            }
            iteration++;
            double largestStep = 0;
            double largestTheta = 1;
            for (int j = 0; j < q; j++) {
                largestStep = Math.max(largestStep, Math.abs(trial[j] - theta[j]));
                largestTheta = Math.max(largestTheta, Math.abs(trial[j]));
            }
            theta = trial;
            double relativeStep = largestStep / largestTheta;
            if (relativeStep <= STEP_TOLERANCE
                    || (decrement <= DECREMENT_TOLERANCE * Math.max(1, Math.abs(value))
                        && relativeStep <= NOISE_FLOOR_STEP)) {
                converged = true;
                break;
            }
            shift(history, theta);
            if (!f.penalised() && iteration >= SEPARATION_FIRST_ITERATION) {
                rejectSeparation(f, theta, history[0]);
            }
        }
        if (!converged && !f.penalised() && iteration >= SEPARATION_LAG) {
            rejectSeparation(f, theta, history[0]);
        }
        if (!converged && message.isEmpty()) {
            message = "Newton's method did not converge in " + maxIterations + " iterations";
        }
        double objective = f.derivatives(theta, gradient, hessian);
        double[][] inverse = inverse(hessian);
        if (inverse == null) {
            converged = false;
            message = (message.isEmpty() ? "" : message + "; ")
                    + "the Hessian at the estimate is not positive definite, so no covariance";
            inverse = nanMatrix(q);
        }
        return new Outcome(theta, objective, inverse, iteration, converged, message);
    }

    private static void shift(double[][] history, double[] theta) {
        System.arraycopy(history, 1, history, 0, history.length - 1);
        history[history.length - 1] = theta.clone();
    }

    private static void rejectSeparation(CrossEntropyObjective f, double[] theta,
            double[] earlier) {
        if (earlier == null) {
            return;
        }
        double[] direction = new double[theta.length];
        boolean moved = false;
        for (int j = 0; j < theta.length; j++) {
            direction[j] = theta[j] - earlier[j];
            moved |= direction[j] != 0;
        }
        if (!moved) {
            return;
        }
        String explanation = f.separation(direction);
        if (explanation != null) {
            throw new IllegalArgumentException(explanation);
        }
    }

    /**
     * Solves \( H x = b \) by Cholesky factorisation of the Jacobi-scaled \( S H S \); returns
     * {@code null} when \( H \) is not (numerically) positive definite.
     */
    static double[] solve(double[][] h, double[] b) {
        ScaledCholesky factor = ScaledCholesky.of(h);
        return factor == null ? null : factor.solve(b);
    }

    /** \( S H S = L L^\top \) with the Jacobi scaling \( S = \operatorname{diag}(s) \). */
    private record ScaledCholesky(double[] scale, double[][] l) {

        /** The factorisation, or {@code null} when \( H \) is not (numerically) SPD. */
        static ScaledCholesky of(double[][] h) {
            double[] scale = jacobiScale(h);
            if (scale == null) {
                return null;
            }
            double[][] l = choleskyOfScaled(h, scale);
            return l == null ? null : new ScaledCholesky(scale, l);
        }

        /** \( H^{-1} b = S (L L^\top)^{-1} S b \). */
        double[] solve(double[] b) {
            int q = b.length;
            double[] y = new double[q];
            for (int i = 0; i < q; i++) {
                y[i] = b[i] * scale[i];
            }
            substitute(l, y);
            for (int i = 0; i < q; i++) {
                y[i] *= scale[i];
            }
            return y;
        }
    }

    /** \( H^{-1} \) from the same factorisation, column by column; {@code null} if not SPD. */
    static double[][] inverse(double[][] h) {
        int q = h.length;
        ScaledCholesky factor = ScaledCholesky.of(h);
        if (factor == null) {
            return null;
        }
        double[][] inverse = new double[q][q];
        for (int c = 0; c < q; c++) {
            double[] e = new double[q];
            e[c] = 1;
            double[] column = factor.solve(e);
            for (int i = 0; i < q; i++) {
                inverse[i][c] = column[i];
            }
        }
        for (int i = 0; i < q; i++) {
            for (int c = 0; c < i; c++) {
                double mean = (inverse[i][c] + inverse[c][i]) / 2;
                inverse[i][c] = mean;
                inverse[c][i] = mean;
            }
        }
        return inverse;
    }

    private static double[] jacobiScale(double[][] h) {
        double[] scale = new double[h.length];
        for (int j = 0; j < h.length; j++) {
            if (!(h[j][j] > 0 && h[j][j] < Double.POSITIVE_INFINITY)) {
                return null;
            }
            scale[j] = 1 / Math.sqrt(h[j][j]);
        }
        return scale;
    }

    private static double[][] choleskyOfScaled(double[][] h, double[] scale) {
        int q = h.length;
        double[][] l = new double[q][q];
        for (int j = 0; j < q; j++) {
            double d = h[j][j] * scale[j] * scale[j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 0)) {
                return null;
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < q; i++) {
                double s = h[i][j] * scale[i] * scale[j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return l;
    }

    /** Overwrites {@code y} with \( (L L^\top)^{-1} y \). */
    private static void substitute(double[][] l, double[] y) {
        int q = y.length;
        for (int i = 0; i < q; i++) {
            double s = y[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        for (int i = q - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < q; k++) {
                s -= l[k][i] * y[k];
            }
            y[i] = s / l[i][i];
        }
    }

    private static double[][] nanMatrix(int q) {
        double[][] m = new double[q][q];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        return m;
    }
}
