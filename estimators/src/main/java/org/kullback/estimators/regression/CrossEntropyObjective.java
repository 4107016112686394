package org.kullback.estimators.regression;

/**
 * A convex objective minimised by {@link CrossEntropyNewton}: the negative log-likelihood of a
 * logistic or softmax regression (its total cross-entropy), plus an optional L2 penalty.
 */
interface CrossEntropyObjective {

    /** The number of parameters. */
    int dimension();

    /** The objective at {@code theta}. */
    double value(double[] theta);

    /**
     * Fills {@code gradient} and {@code hessian} (zeroed by the callee) with the derivatives at
     * {@code theta} and returns the objective there.
     */
    double derivatives(double[] theta, double[] gradient, double[][] hessian);

    /** Whether an L2 penalty makes the objective coercive (then no separation is possible). */
    boolean penalised();

    /**
     * Whether moving the parameters along {@code direction} lowers the objective for ever, i.e.
     * the data are separated by it; returns the explanation for the caller, or {@code null}.
     */
    String separation(double[] direction);
}
