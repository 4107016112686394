package org.kullback.estimators.regression;

/**
 * The options shared by {@link LogisticRegression} and {@link SoftmaxRegression}, validated in
 * one place (immutable; each {@code with...} returns a new instance of the same regression):
 * <ul>
 *   <li>intercept (default on): a leading coefficient for a column of ones;</li>
 *   <li>L2 penalty \( \frac{\lambda}{2}\sum_j \theta_j^2 \), \( \lambda \ge 0 \) (default 0), on
 *       every coefficient but the intercepts, on the scale of the total (not mean)
 *       log-likelihood; with \( \lambda &gt; 0 \) the maximiser is finite even for separated
 *       data;</li>
 *   <li>maximum number of Newton iterations (default {@value #DEFAULT_MAX_ITERATIONS}).</li>
 * </ul>
 *
 * @param <R> the regression itself, which the {@code with...} methods return
 */
public abstract sealed class ClassificationRegression<R extends ClassificationRegression<R>>
        permits LogisticRegression, SoftmaxRegression {

    /** The default iteration limit; Newton usually converges in 5 to 10 iterations. */
    public static final int DEFAULT_MAX_ITERATIONS = 100;

    private final boolean intercept;
    private final double l2Penalty;
    private final int maxIterations;

    ClassificationRegression(boolean intercept, double l2Penalty, int maxIterations) {
        this.intercept = intercept;
        this.l2Penalty = l2Penalty;
        this.maxIterations = maxIterations;
    }

    /** The same regression with other options (already validated). */
    abstract R with(boolean intercept, double l2Penalty, int maxIterations);

    /** The regression's name, which starts every error message. */
    abstract String model();

    /** The same options with or without an intercept. */
    public R withIntercept(boolean withIntercept) {
        return with(withIntercept, l2Penalty, maxIterations);
    }

    /**
     * The same options with the L2 penalty \( \frac{\lambda}{2}\sum_j \theta_j^2 \) on the
     * non-intercept coefficients.
     *
     * @throws IllegalArgumentException if {@code lambda} is negative, NaN or infinite
     */
    public R withL2Penalty(double lambda) {
        if (!(lambda >= 0 && lambda < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    model() + ": lambda must be finite and non-negative, got " + lambda);
        }
        return with(intercept, lambda, maxIterations);
    }

    /**
     * The same options with another iteration limit.
     *
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    public R withMaxIterations(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException(
                    model() + ": maxIterations must be positive, got " + limit);
        }
        return with(intercept, l2Penalty, limit);
    }

    public boolean intercept() {
        return intercept;
    }

    public double l2Penalty() {
        return l2Penalty;
    }

    public int maxIterations() {
        return maxIterations;
    }

    /** The validated design of x with this intercept, for {@code blocks} logit blocks. */
    ClassificationDesign design(double[][] x, double[] weights, int blocks) {
        return ClassificationDesign.of(model(), x, weights, intercept, blocks);
    }

    /** Minimises the penalised cross-entropy within the iteration limit. */
    CrossEntropyNewton.Outcome minimise(CrossEntropyObjective likelihood) {
        return CrossEntropyNewton.minimise(likelihood, maxIterations);
    }
}
