package org.kullback.estimators.regression;

import java.util.ArrayList;
import java.util.List;
import org.kullback.distributions.Categorical;

/**
 * A fitted softmax regression (immutable), made by {@link SoftmaxRegression}.
 *
 * <p>Class 0 is the reference class (\( \beta_0 = 0 \)); {@link #coefficients()} has \( K - 1 \)
 * rows, row \( c - 1 \) holding \( \beta_c \) for class \( c = 1, \dots, K-1 \), each ordered as
 * the design columns (intercept first when fitted, then one per column of x). The covariance is
 * over the flattened, class-major vector \( \theta_{(c-1)p + j} = \beta_{cj} \), named by
 * {@link #parameterNames()} ("class 1: intercept", "class 1: x[0]", …).
 *
 * <p>Diagnostics, with \( W = \sum_i w_i \): {@link #logLikelihood()} \( \ell =
 * \sum_i w_i \sum_k t_{ik} \log\hat\pi_{ik} \) (without the penalty), {@link #meanCrossEntropy()}
 * \( = -\ell/W \), {@link #meanTargetEntropy()} \( = \sum_i w_i H(t_i)/W \) (0 for hard labels),
 * {@link #meanKl()} \( = \sum_i w_i \mathrm{KL}(t_i \| \hat\pi_i)/W \) (cross-entropy minus
 * target entropy, summed per row), {@link #deviance()} \( = 2W \cdot \) mean KL,
 * {@link #aic()} \( = -2\ell + 2q \), {@link #bic()} \( = -2\ell + q\log W \) with
 * \( q = (K-1)p \). The covariance is the inverse of the (penalised) Fisher information at the
 * estimate; for a penalised fit it is the Laplace-approximation posterior covariance, not a
 * sampling covariance.
 */
public final class SoftmaxFit {

    private final int classes;
    private final int columns;
    private final double[] theta;
    private final List<String> parameterNames;
    private final double[][] covariance;
    private final double logLikelihood;
    private final double meanCrossEntropy;
    private final double meanTargetEntropy;
    private final double meanKl;
    private final long n;
    private final double totalWeight;
    private final boolean intercept;
    private final int predictors;
    private final double l2Penalty;
    private final int iterations;
    private final boolean converged;
    private final String message;

    SoftmaxFit(ClassificationDesign design, SoftmaxLikelihood likelihood,
            CrossEntropyNewton.Outcome outcome, int classes, double l2Penalty) {
        this.classes = classes;
        this.columns = design.columns();
        this.theta = outcome.theta().clone();
        List<String> names = new ArrayList<>();
        for (int c = 1; c < classes; c++) {
            for (String column : design.columnNames()) {
                names.add("class " + c + ": " + column);
            }
        }
        this.parameterNames = List.copyOf(names);
        this.covariance = outcome.inverseHessian();
        this.logLikelihood = -likelihood.totalCrossEntropy(theta);
        this.meanCrossEntropy = likelihood.meanCrossEntropy(theta);
        this.meanTargetEntropy = likelihood.meanTargetEntropy();
        this.meanKl = likelihood.meanKl(theta);
        this.n = design.n();
        this.totalWeight = design.totalWeight();
        this.intercept = design.intercept();
        this.predictors = design.predictors();
        this.l2Penalty = l2Penalty;
        this.iterations = outcome.iterations();
        this.converged = outcome.converged();
        this.message = outcome.message();
    }

    /** The number of classes \( K \). */
    public int classes() {
        return classes;
    }

    /** The reference class, whose coefficients are fixed at 0: always class 0. */
    public int referenceClass() {
        return 0;
    }

    /** \( K - 1 \) rows: \( \beta_c \) for classes \( c = 1, \dots, K-1 \). */
    public double[][] coefficients() {
        return reshape(theta);
    }

    /** Standard errors in the shape of {@link #coefficients()}. */
    public double[][] standardErrors() {
        double[] se = new double[theta.length];
        for (int j = 0; j < se.length; j++) {
            se[j] = Math.sqrt(covariance[j][j]);
        }
        return reshape(se);
    }

    /** Names of the flattened, class-major coefficients indexing {@link #covariance()}. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** The \( (K-1)p \times (K-1)p \) inverse (penalised) Fisher information. */
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int j = 0; j < covariance.length; j++) {
            copy[j] = covariance[j].clone();
        }
        return copy;
    }

    private double[][] reshape(double[] flat) {
        double[][] rows = new double[classes - 1][columns];
        for (int c = 0; c < classes - 1; c++) {
            System.arraycopy(flat, c * columns, rows[c], 0, columns);
        }
        return rows;
    }

    public double logLikelihood() {
        return logLikelihood;
    }

    public double deviance() {
        return 2 * totalWeight * meanKl;
    }

    public double aic() {
        return -2 * logLikelihood + 2 * theta.length;
    }

    public double bic() {
        return -2 * logLikelihood + theta.length * Math.log(totalWeight);
    }

    /** The mean categorical cross-entropy from the targets to the fitted model, in nats. */
    public double meanCrossEntropy() {
        return meanCrossEntropy;
    }

    /** The mean entropy of the targets (0 for hard labels), in nats. */
    public double meanTargetEntropy() {
        return meanTargetEntropy;
    }

    /** The mean KL divergence from the targets to the fitted model, in nats. */
    public double meanKl() {
        return meanKl;
    }

    /** The number of rows (including rows of weight 0). */
    public long n() {
        return n;
    }

    public double totalWeight() {
        return totalWeight;
    }

    public boolean hasIntercept() {
        return intercept;
    }

    public double l2Penalty() {
        return l2Penalty;
    }

    public int iterations() {
        return iterations;
    }

    public boolean converged() {
        return converged;
    }

    /** Why the fit did not converge; empty when it did. */
    public String message() {
        return message;
    }

    /**
     * The \( K \) fitted logits \( (0, x^\top\hat\beta_1, \dots) \) for a new row of predictors
     * (without the column of ones).
     *
     * @throws IllegalArgumentException if {@code x} has the wrong length or a non-finite entry
     */
    public double[] logits(double[] x) {
        if (x == null || x.length != predictors) {
            throw new IllegalArgumentException("SoftmaxFit: x must have " + predictors
                    + " entries, got " + (x == null ? "null" : x.length));
        }
        double[] row = new double[columns];
        int offset = intercept ? 1 : 0;
        if (intercept) {
            row[0] = 1;
        }
        for (int j = 0; j < predictors; j++) {
            if (!Double.isFinite(x[j])) {
                throw new IllegalArgumentException(
                        "SoftmaxFit: x[" + j + "] must be finite, got " + x[j]);
            }
            row[offset + j] = x[j];
        }
        return SoftmaxLikelihood.logits(row, theta, classes);
    }

    /** The predictive class probabilities \( \hat\pi_k(x) \). */
    public double[] probabilities(double[] x) {
        return SoftmaxLikelihood.probabilities(logits(x));
    }

    /** The predictive distribution over classes \( 0, \dots, K-1 \), built from the logits. */
    public Categorical predict(double[] x) {
        return Categorical.ofLogits(logits(x));
    }
}
