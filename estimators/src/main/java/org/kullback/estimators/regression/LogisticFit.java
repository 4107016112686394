package org.kullback.estimators.regression;

import java.util.List;
import org.kullback.distributions.Bernoulli;

/**
 * A fitted logistic regression (immutable), made by {@link LogisticRegression}.
 *
 * <p>Coefficients are ordered as the design columns: the intercept first (when fitted), then one
 * per column of {@code x}; {@link #parameterNames()} names them ("intercept", "x[0]", …).
 *
 * <p>The diagnostics are those of every {@link ClassificationFit}, with the binary
 * cross-entropy \( \mathrm{BCE}(y_i, \hat\eta_i) \), the binary entropy \( H(y_i) \) of a label
 * and \( \mathrm{KL}(\mathrm{Bernoulli}(y_i) \| \mathrm{Bernoulli}(\hat p_i)) \);
 * {@link #covariance()} is \( (X^\top W V X + \lambda I_P)^{-1} \) (the observed and expected
 * information coincide for the logit link).
 */
public final class LogisticFit extends ClassificationFit {

    private final double[] coefficients;

    LogisticFit(ClassificationDesign design, LogisticLikelihood likelihood,
            CrossEntropyNewton.Outcome outcome, double l2Penalty) {
        super(design, design.columnNames(), likelihood, outcome, l2Penalty);
        this.coefficients = outcome.theta().clone();
    }

    /** \( \hat\beta \): the intercept first (if fitted), then one per column of x. */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** \( \sqrt{C_{jj}} \), ordered as {@link #coefficients()}. */
    public double[] standardErrors() {
        return flatStandardErrors();
    }

    /**
     * The fitted logit \( x^\top\hat\beta \) for a new row of predictors (without the column of
     * ones).
     *
     * @throws IllegalArgumentException if {@code x} has the wrong length or a non-finite entry
     */
    public double logit(double[] x) {
        return LogisticLikelihood.logit(designRow(x), coefficients);
    }

    /** \( \hat P(Y = 1 \mid x) = \sigma(x^\top\hat\beta) \). */
    public double probability(double[] x) {
        return LogisticLikelihood.sigmoid(logit(x));
    }

    /** The predictive distribution, built from the logit so that both tails keep their digits. */
    public Bernoulli predict(double[] x) {
        return Bernoulli.ofLogit(logit(x));
    }

    /** \( \hat P(Y = 1 \mid x_i) \) for each row. */
    public double[] probabilities(double[][] x) {
        double[] result = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            result[i] = probability(x[i]);
        }
        return result;
    }

    @Override
    public String toString() {
        List<String> names = parameterNames();
        double[] standardErrors = standardErrors();
        StringBuilder text = new StringBuilder("LogisticFit[");
        for (int j = 0; j < coefficients.length; j++) {
            text.append(j == 0 ? "" : ", ").append(names.get(j)).append(" = ")
                    .append(coefficients[j]).append(" ± ").append(standardErrors[j]);
        }
        return text.append(", logLikelihood = ").append(logLikelihood())
                .append(", converged = ").append(converged()).append("]").toString();
    }
}
