package org.kullback.estimators.regression;

import java.util.Arrays;

/**
 * A convex objective minimised by {@link CrossEntropyNewton}: the negative log-likelihood of a
 * logistic or softmax regression (its total cross-entropy
 * \( \sum_i w_i\,\mathrm{CE}(t_i, \hat\pi_i) \)), plus the L2 penalty
 * \( \tfrac{\lambda}{2}\sum_{j \in P}\theta_j^2 \) over every coefficient but the intercepts.
 *
 * <p>The subclasses give the per-row cross-entropy, label entropy and KL divergence and the
 * derivatives; the weighted sums over the rows, the penalty and the separation tolerance are the
 * same for both and live here.
 */
abstract class CrossEntropyObjective {

    /** Relative tolerance of the explicit separation check. */
    static final double SEPARATION_TOLERANCE = 1e-10;

    /** The end of every separation message: what the caller can do about it. */
    static final String PENALTY_ADVICE = " Fit with an L2 penalty, withL2Penalty(lambda) with "
            + "lambda > 0, for a finite estimate.";

    final ClassificationDesign design;
    private final double penalty;

    CrossEntropyObjective(ClassificationDesign design, double penalty) {
        this.design = design;
        this.penalty = penalty;
    }

    /** The number of parameters. */
    abstract int dimension();

    /** Row i's cross-entropy from its label to the model at {@code theta}. */
    abstract double rowCrossEntropy(int i, double[] theta);

    /** The entropy of row i's label (0 for a hard label). */
    abstract double rowLabelEntropy(int i);

    /** Row i's KL divergence from its label to the model, summed per outcome. */
    abstract double rowKl(int i, double[] theta);

    /** Adds \( w \) times the gradient of row i's cross-entropy at {@code theta}. */
    abstract void addRowGradient(int i, double w, double[] theta, double[] gradient);

    /**
     * Fills {@code gradient} and {@code hessian} with the derivatives of the objective at
     * {@code theta} and returns the objective there.
     */
    abstract double derivatives(double[] theta, double[] gradient, double[][] hessian);

    /**
     * Whether moving the parameters along {@code direction} lowers the objective for ever, i.e.
     * the data are separated by it; returns the explanation for the caller, or {@code null}.
     */
    abstract String separation(double[] direction);

    /** Whether an L2 penalty makes the objective coercive (then no separation is possible). */
    final boolean penalised() {
        return penalty > 0;
    }

    /** The objective at {@code theta}: the total cross-entropy plus the penalty. */
    final double value(double[] theta) {
        return totalCrossEntropy(theta) + penaltyTerm(theta);
    }

    /** \( -\ell(\theta) = \sum_i w_i\,\mathrm{CE}_i(\theta) \), without the penalty. */
    final double totalCrossEntropy(double[] theta) {
        double sum = 0;
        for (int i = 0; i < design.n(); i++) {
            double w = design.weight(i);
            if (w > 0) {
                sum += w * rowCrossEntropy(i, theta);
            }
        }
        return sum;
    }

    final double meanCrossEntropy(double[] theta) {
        return totalCrossEntropy(theta) / design.totalWeight();
    }

    /** \( \sum_i w_i H(t_i) / \sum_i w_i \), which does not depend on the coefficients. */
    final double meanLabelEntropy() {
        double sum = 0;
        for (int i = 0; i < design.n(); i++) {
            sum += design.weight(i) * rowLabelEntropy(i);
        }
        return sum / design.totalWeight();
    }

    /** \( \sum_i w_i \mathrm{KL}(t_i \| \hat\pi_i) / \sum_i w_i \), summed per row. */
    final double meanKl(double[] theta) {
        double sum = 0;
        for (int i = 0; i < design.n(); i++) {
            double w = design.weight(i);
            if (w > 0) {
                sum += w * rowKl(i, theta);
            }
        }
        return sum / design.totalWeight();
    }

    /** The gradient of the mean cross-entropy \( -\ell(\theta)/\sum_i w_i \) (no penalty). */
    final double[] gradientOfMeanCrossEntropy(double[] theta) {
        double[] gradient = new double[theta.length];
        for (int i = 0; i < design.n(); i++) {
            double w = design.weight(i);
            if (w > 0) {
                addRowGradient(i, w, theta, gradient);
            }
        }
        for (int j = 0; j < gradient.length; j++) {
            gradient[j] /= design.totalWeight();
        }
        return gradient;
    }

    /** Whether \( \theta_j \) is penalised: all but the intercepts (first of each block of p). */
    private boolean penalisedCoordinate(int j) {
        return !(design.intercept() && j % design.columns() == 0);
    }

    private double penaltyTerm(double[] theta) {
        if (penalty == 0) {
            return 0;
        }
        double sum = 0;
        for (int j = 0; j < theta.length; j++) {
            if (penalisedCoordinate(j)) {
                sum += theta[j] * theta[j];
            }
        }
        return penalty / 2 * sum;
    }

    /** Zeroes {@code gradient} and {@code hessian} before a row-by-row accumulation. */
    static void clear(double[] gradient, double[][] hessian) {
        Arrays.fill(gradient, 0);
        for (double[] row : hessian) {
            Arrays.fill(row, 0);
        }
    }

    /**
     * Adds the penalty's derivatives \( \lambda\theta_P \) and \( \lambda I_P \) to the
     * accumulated ones and returns the objective, {@code crossEntropy} plus the penalty.
     */
    final double addPenalty(double crossEntropy, double[] theta, double[] gradient,
            double[][] hessian) {
        if (penalty > 0) {
            for (int j = 0; j < theta.length; j++) {
                if (penalisedCoordinate(j)) {
                    gradient[j] += penalty * theta[j];
                    hessian[j][j] += penalty;
                }
            }
        }
        return crossEntropy + penaltyTerm(theta);
    }

    /** \( 10^{-10}\lVert x\rVert\lVert d\rVert \): how far from 0 a score counts as 0. */
    static double separationTolerance(double[] x, double dNorm) {
        return SEPARATION_TOLERANCE * norm(x) * dNorm;
    }

    static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** \( \max_j |d_j| \), to print a direction scaled to a largest entry of 1. */
    static double largestMagnitude(double[] d) {
        double largest = 0;
        for (double v : d) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }
}
