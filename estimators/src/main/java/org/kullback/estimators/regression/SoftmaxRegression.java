package org.kullback.estimators.regression;

/**
 * Softmax (multinomial logistic) regression by maximum likelihood: for \( K \ge 2 \) classes
 * \( P(Y = k \mid x) = \pi_k(x) = e^{\eta_k} / \sum_l e^{\eta_l} \) with \( \eta_0 = 0 \) and
 * \( \eta_c = x^\top\beta_c \) for \( c = 1, \dots, K-1 \), fitted by maximising
 * \[ \ell(\beta) = \sum_i w_i \sum_k t_{ik} \log \pi_k(x_i), \]
 * minus the total categorical cross-entropy from the targets \( t_i \) to the model.
 *
 * <p>Identifiability: adding the same vector to every \( \beta_k \) leaves the probabilities
 * unchanged, so class 0 (the <em>first</em> class) is the reference with \( \beta_0 = 0 \), as in
 * statsmodels' {@code MNLogit}; the fit has \( K - 1 \) coefficient rows, for classes
 * \( 1, \dots, K-1 \), each the log-odds of that class against class 0.
 *
 * <p>Targets: hard labels (class indices \( 0, \dots, K-1 \), i.e. one-hot rows) or soft targets
 * (rows of probabilities: entries in [0, 1] summing to 1 within \( 10^{-9} \), used as given).
 *
 * <p>Options as for {@link LogisticRegression}: intercept (default on), L2 penalty
 * \( \frac{\lambda}{2}\sum_{c \ge 1}\sum_j \beta_{cj}^2 \) on the non-intercept coefficients of
 * the non-reference classes (the reference parameterisation is kept under the penalty, so a
 * penalised fit depends on which class is the reference), maximum Newton iterations (default
 * 100). Weights are frequency weights.
 *
 * <p>Algorithm: Newton's method on the full \( (K-1)p \)-dimensional Hessian
 * \( \sum_i w_i (\operatorname{diag}\pi_i - \pi_i\pi_i^\top) \otimes x_i x_i^\top \), with
 * backtracking ({@link CrossEntropyNewton}); the cost per iteration is
 * \( O(n K^2 p^2 + K^3 p^3) \), meant for moderate \( K p \) (up to a few hundred).
 * Separated data (some direction along which no row's likelihood decreases, e.g. a class that
 * never occurs) have no finite estimate and are reported by an
 * {@link IllegalArgumentException} suggesting {@link #withL2Penalty(double)}.
 *
 * <p>Bad input throws {@link IllegalArgumentException} naming the row, column or index and the
 * value: class index out of range, targets outside [0, 1], non-finite or not summing to 1,
 * ragged target rows, fewer than two classes, non-finite predictors, mismatched lengths,
 * negative or non-finite weights, no more rows of positive weight than coefficients, collinear
 * columns. Non-convergence is reported by {@code converged() == false} and {@code message()}.
 */
public final class SoftmaxRegression extends ClassificationRegression<SoftmaxRegression> {

    /** How far a soft target row's sum may be from 1. */
    public static final double TARGET_SUM_TOLERANCE = 1e-9;

    private static final String MODEL = "SoftmaxRegression";

    private SoftmaxRegression(boolean intercept, double l2Penalty, int maxIterations) {
        super(intercept, l2Penalty, maxIterations);
    }

    /** Softmax regression with an intercept, no penalty and the default iteration limit. */
    public static SoftmaxRegression of() {
        return new SoftmaxRegression(true, 0, DEFAULT_MAX_ITERATIONS);
    }

    @Override
    SoftmaxRegression with(boolean intercept, double l2Penalty, int maxIterations) {
        return new SoftmaxRegression(intercept, l2Penalty, maxIterations);
    }

    @Override
    String model() {
        return MODEL;
    }

    /** Fits hard labels {@code classes[i]} in \( 0, \dots, K-1 \) with unit weights. */
    public SoftmaxFit fit(double[][] x, int[] classes, int classCount) {
        return fit(x, classes, classCount, null);
    }

    /**
     * Fits hard labels with observation weights ({@code null}: unit weights).
     *
     * @throws IllegalArgumentException on bad input or separated data without a penalty
     */
    public SoftmaxFit fit(double[][] x, int[] classes, int classCount, double[] weights) {
        if (classCount < 2) {
            throw new IllegalArgumentException(
                    MODEL + ": classCount must be at least 2, got " + classCount);
        }
        if (classes == null) {
            throw new IllegalArgumentException(MODEL + ": classes must not be null");
        }
        if (x != null && classes.length != x.length) {
            throw new IllegalArgumentException(MODEL + ": x has " + x.length
                    + " rows but classes has " + classes.length + " entries");
        }
        double[][] targets = new double[classes.length][classCount];
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] < 0 || classes[i] >= classCount) {
                throw new IllegalArgumentException(MODEL + ": classes[" + i
                        + "] must be a class index in [0, " + classCount + "), got "
                        + classes[i]);
            }
            targets[i][classes[i]] = 1;
        }
        return fitTargets(x, targets, classCount, weights);
    }

    /** Fits soft targets (rows of class probabilities) with unit weights. */
    public SoftmaxFit fit(double[][] x, double[][] targets) {
        return fit(x, targets, null);
    }

    /**
     * Fits soft targets with observation weights ({@code null}: unit weights).
     *
     * @throws IllegalArgumentException on bad input or separated data without a penalty
     */
    public SoftmaxFit fit(double[][] x, double[][] targets, double[] weights) {
        if (targets == null || targets.length == 0 || targets[0] == null) {
            throw new IllegalArgumentException(MODEL + ": targets must have at least one row");
        }
        int k = targets[0].length;
        if (k < 2) {
            throw new IllegalArgumentException(
                    MODEL + ": targets must have at least 2 columns (classes), got " + k);
        }
        if (x != null && targets.length != x.length) {
            throw new IllegalArgumentException(MODEL + ": x has " + x.length
                    + " rows but targets has " + targets.length + " rows");
        }
        double[][] copy = new double[targets.length][];
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] == null || targets[i].length != k) {
                throw new IllegalArgumentException(MODEL + ": targets must be rectangular: row 0 "
                        + "has " + k + " entries but row " + i + " has "
                        + (targets[i] == null ? "null" : targets[i].length + " entries"));
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                double t = targets[i][c];
                if (!(t >= 0 && t <= 1)) {
                    throw new IllegalArgumentException(MODEL + ": targets[" + i + "][" + c
                            + "] must be a probability in [0, 1], got " + t);
                }
                sum += t;
            }
            if (!(Math.abs(sum - 1) <= TARGET_SUM_TOLERANCE)) {
                throw new IllegalArgumentException(MODEL + ": targets[" + i + "] must sum to 1 "
                        + "(within " + TARGET_SUM_TOLERANCE + "), got " + sum);
            }
            copy[i] = targets[i].clone();
        }
        return fitTargets(x, copy, k, weights);
    }

    private SoftmaxFit fitTargets(double[][] x, double[][] targets, int k, double[] weights) {
        ClassificationDesign design = design(x, weights, k - 1);
        SoftmaxLikelihood likelihood = new SoftmaxLikelihood(design, targets, k,
                l2Penalty());
        return new SoftmaxFit(design, likelihood, minimise(likelihood), k,
                l2Penalty());
    }
}
