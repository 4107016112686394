package org.kullback.estimators.regression;

/**
 * Logistic regression by maximum likelihood: \( P(Y = 1 \mid x) = \sigma(x^\top\beta) =
 * 1/(1 + e^{-x^\top\beta}) \), fitted by maximising the (weighted) Bernoulli log-likelihood
 * \[ \ell(\beta) = \sum_i w_i \bigl[ y_i \log\sigma(\eta_i) + (1 - y_i) \log(1 - \sigma(\eta_i))
 *     \bigr], \qquad \eta_i = x_i^\top\beta, \]
 * which is minus the total binary cross-entropy from the labels to the model. Maximum
 * likelihood is therefore minimum mean cross-entropy, and — since the labels' own entropy does
 * not depend on \( \beta \) — minimum mean KL divergence from the labels to the model.
 *
 * <p>Options (immutable; each {@code with...} returns a new instance):
 * <ul>
 *   <li>intercept (default on): a leading coefficient for a column of ones; it comes first in
 *       {@link LogisticFit#coefficients()}.</li>
 *   <li>L2 penalty \( \lambda \ge 0 \) (default 0): maximises
 *       \( \ell(\beta) - \frac{\lambda}{2} \sum_j \beta_j^2 \) over every coefficient <em>but
 *       the intercept</em>, which stays unpenalised so that the fit does not depend on where
 *       the labels' base rate lies. \( \lambda \) is on the scale of the total (not mean)
 *       log-likelihood. With \( \lambda &gt; 0 \) the maximiser is finite even for separated
 *       data.</li>
 *   <li>maximum number of Newton iterations (default 100).</li>
 * </ul>
 *
 * <p>Labels may be soft: any \( y_i \in [0, 1] \) (a hard label is 0 or 1). Weights are
 * frequency weights: weight 2 counts a row twice (Fisher information, AIC and BIC use
 * \( \sum_i w_i \)); weight 0 drops a row from the likelihood (its values are still checked).
 *
 * <p>Algorithm: Newton's method (equivalently iteratively reweighted least squares) from
 * \( \beta = 0 \), with the Hessian \( X^\top W V X \) factored by Cholesky after Jacobi scaling
 * and backtracking on the Armijo condition; see {@link CrossEntropyNewton}. All logarithms are
 * softplus forms of the logit ({@link LogisticLikelihood}).
 *
 * <p>Separation: when a direction \( d \) of the coefficients has \( x_i^\top d \ge 0 \) for
 * every row with \( y_i = 1 \) and \( \le 0 \) for every row with \( y_i = 0 \) (and
 * \( = 0 \) for soft labels), the log-likelihood keeps increasing along \( d \) and there is no
 * finite estimate (Albert &amp; Anderson, Biometrika 71 (1984) 1–10). The diverging Newton
 * iterates reveal such a direction (the change of the iterates over the last four Newton steps,
 * from the sixth iteration on), which is then checked explicitly against every row, up to
 * \( 10^{-10} \lVert x_i \rVert \lVert d \rVert \); if it separates, {@link #fit} throws an
 * {@link IllegalArgumentException} naming the direction, whether the separation is complete or
 * quasi-complete, and suggesting {@link #withL2Penalty(double)}. Data that overlap by less than
 * that tolerance count as separated; data that overlap by more have a finite estimate (which
 * grows only like the logarithm of the inverse overlap) and are fitted.
 *
 * <p>Bad input throws {@link IllegalArgumentException} naming the row, column or index and the
 * value: labels outside [0, 1] or NaN, non-finite predictors, mismatched lengths, negative or
 * non-finite weights, no more rows of positive weight than coefficients, collinear columns (the
 * column and the columns it depends on are named). Non-convergence is not thrown: the fit has
 * {@code converged() == false} and {@code message()} gives the reason.
 */
public final class LogisticRegression extends ClassificationRegression<LogisticRegression> {

    private static final String MODEL = "LogisticRegression";

    private LogisticRegression(boolean intercept, double l2Penalty, int maxIterations) {
        super(intercept, l2Penalty, maxIterations);
    }

    /** Logistic regression with an intercept, no penalty and the default iteration limit. */
    public static LogisticRegression of() {
        return new LogisticRegression(true, 0, DEFAULT_MAX_ITERATIONS);
    }

    @Override
    LogisticRegression with(boolean intercept, double l2Penalty, int maxIterations) {
        return new LogisticRegression(intercept, l2Penalty, maxIterations);
    }

    @Override
    String model() {
        return MODEL;
    }

    /**
     * Fits with unit weights.
     *
     * @param x predictor rows, {@code x[i][j]} = predictor j of observation i (no column of
     *     ones: the intercept is added when enabled)
     * @param y labels in [0, 1]
     * @throws IllegalArgumentException on bad input (see the class documentation) or separated
     *     data without a penalty
     */
    public LogisticFit fit(double[][] x, double[] y) {
        return fit(x, y, null);
    }

    /**
     * Fits with observation weights.
     *
     * @param x predictor rows
     * @param y labels in [0, 1]
     * @param weights finite non-negative frequency weights, or {@code null} for unit weights
     * @throws IllegalArgumentException on bad input (see the class documentation) or separated
     *     data without a penalty
     */
    public LogisticFit fit(double[][] x, double[] y, double[] weights) {
        ClassificationDesign design = design(x, weights, 1);
        double[] labels = checkLabels(y, design.n());
        LogisticLikelihood likelihood = new LogisticLikelihood(design, labels,
                l2Penalty());
        return new LogisticFit(design, likelihood, minimise(likelihood),
                l2Penalty());
    }

    private static double[] checkLabels(double[] y, int n) {
        if (y == null) {
            throw new IllegalArgumentException(MODEL + ": y must not be null");
        }
        if (y.length != n) {
            throw new IllegalArgumentException(
                    MODEL + ": x has " + n + " rows but y has " + y.length + " entries");
        }
        for (int i = 0; i < n; i++) {
            if (!(y[i] >= 0 && y[i] <= 1)) {
                throw new IllegalArgumentException(
                        MODEL + ": y[" + i + "] must be a label in [0, 1], got " + y[i]);
            }
        }
        return y.clone();
    }
}
