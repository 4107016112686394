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
 * <p>The diagnostics are those of every {@link ClassificationFit}, with the categorical
 * cross-entropy \( -\sum_k t_{ik}\log\hat\pi_{ik} \), the entropy \( H(t_i) \) of a target row
 * (0 for hard labels) and \( \mathrm{KL}(t_i \| \hat\pi_i) \); the number of coefficients is
 * \( q = (K-1)p \).
 */
public final class SoftmaxFit extends ClassificationFit {

    private final int classes;
    private final int columns;
    private final double[] theta;

    SoftmaxFit(ClassificationDesign design, SoftmaxLikelihood likelihood,
            CrossEntropyNewton.Outcome outcome, int classes, double l2Penalty) {
        super(design, classMajorNames(design, classes), likelihood, outcome, l2Penalty);
        this.classes = classes;
        this.columns = design.columns();
        this.theta = outcome.theta().clone();
    }

    private static List<String> classMajorNames(ClassificationDesign design, int classes) {
        List<String> names = new ArrayList<>();
        for (int c = 1; c < classes; c++) {
            for (String column : design.columnNames()) {
                names.add("class " + c + ": " + column);
            }
        }
        return names;
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
        return reshape(flatStandardErrors());
    }

    private double[][] reshape(double[] flat) {
        double[][] rows = new double[classes - 1][columns];
        for (int c = 0; c < classes - 1; c++) {
            System.arraycopy(flat, c * columns, rows[c], 0, columns);
        }
        return rows;
    }

    /**
     * The \( K \) fitted logits \( (0, x^\top\hat\beta_1, \dots) \) for a new row of predictors
     * (without the column of ones).
     *
     * @throws IllegalArgumentException if {@code x} has the wrong length or a non-finite entry
     */
    public double[] logits(double[] x) {
        return SoftmaxLikelihood.logits(designRow(x), theta, classes);
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
