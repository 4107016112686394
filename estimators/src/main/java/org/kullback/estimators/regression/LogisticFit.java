package org.kullback.estimators.regression;

import java.util.List;
import org.kullback.distributions.Bernoulli;

/**
 * A fitted logistic regression (immutable), made by {@link LogisticRegression}.
 *
 * <p>Coefficients are ordered as the design columns: the intercept first (when fitted), then one
 * per column of {@code x}; {@link #parameterNames()} names them ("intercept", "x[0]", …).
 *
 * <p>Diagnostics, with \( W = \sum_i w_i \) the total weight and \( H(y) \) the binary entropy
 * of a label (0 for hard labels):
 * <ul>
 *   <li>{@link #logLikelihood()} \( \ell(\hat\beta) = -\sum_i w_i\,\mathrm{BCE}(y_i,
 *       \hat\eta_i) \), without the penalty;</li>
 *   <li>{@link #meanCrossEntropy()} \( = -\ell/W \) (nats), {@link #meanLabelEntropy()}
 *       \( = \sum_i w_i H(y_i)/W \), {@link #meanKl()} \( = \sum_i w_i\,
 *       \mathrm{KL}(\mathrm{Bernoulli}(y_i) \| \mathrm{Bernoulli}(\hat p_i))/W \), which equals
 *       the cross-entropy minus the label entropy (summed per row, so no digits cancel);</li>
 *   <li>{@link #deviance()} \( = 2 W \cdot \) mean KL: twice the log-likelihood ratio to the
 *       saturated model (\( -2\ell \) for hard labels);</li>
 *   <li>{@link #aic()} \( = -2\ell + 2p \), {@link #bic()} \( = -2\ell + p \log W \) with
 *       \( p \) the number of coefficients (not an effective number for penalised fits);</li>
 *   <li>{@link #covariance()} \( = (X^\top W V X + \lambda I_P)^{-1} \), the inverse Fisher
 *       information (the observed and expected information coincide for the logit link) at the
 *       estimate, penalised when \( \lambda &gt; 0 \) (then it is the covariance of the
 *       Laplace approximation to the posterior under the Gaussian prior the penalty
 *       represents, not a frequentist sampling covariance); standard errors are the square
 *       roots of its diagonal.</li>
 * </ul>
 */
public final class LogisticFit {

    private final double[] coefficients;
    private final List<String> parameterNames;
    private final double[][] covariance;
    private final double[] standardErrors;
    private final double logLikelihood;
    private final double meanCrossEntropy;
    private final double meanLabelEntropy;
    private final double meanKl;
    private final long n;
    private final double totalWeight;
    private final boolean intercept;
    private final int predictors;
    private final double l2Penalty;
    private final int iterations;
    private final boolean converged;
    private final String message;

    LogisticFit(ClassificationDesign design, LogisticLikelihood likelihood,
            CrossEntropyNewton.Outcome outcome, double l2Penalty) {
        this.coefficients = outcome.theta().clone();
        this.parameterNames = design.columnNames();
        this.covariance = outcome.inverseHessian();
        this.standardErrors = new double[coefficients.length];
        for (int j = 0; j < coefficients.length; j++) {
            standardErrors[j] = Math.sqrt(covariance[j][j]);
        }
        this.totalWeight = design.totalWeight();
        this.meanCrossEntropy = likelihood.meanCrossEntropy(coefficients);
        this.logLikelihood = -likelihood.totalCrossEntropy(coefficients);
        this.meanLabelEntropy = likelihood.meanLabelEntropy();
        this.meanKl = likelihood.meanKl(coefficients);
        this.n = design.n();
        this.intercept = design.intercept();
        this.predictors = design.predictors();
        this.l2Penalty = l2Penalty;
        this.iterations = outcome.iterations();
        this.converged = outcome.converged();
        this.message = outcome.message();
    }

    /** \( \hat\beta \): the intercept first (if fitted), then one per column of x. */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** "intercept" (if fitted), then "x[0]", "x[1]", … */
    public List<String> parameterNames() {
        return parameterNames;
    }

    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** The inverse (penalised) Fisher information at the estimate. */
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int j = 0; j < covariance.length; j++) {
            copy[j] = covariance[j].clone();
        }
        return copy;
    }

    /** \( \ell(\hat\beta) \), the weighted Bernoulli log-likelihood without the penalty. */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** Twice the log-likelihood ratio to the saturated model, \( 2W \) times the mean KL. */
    public double deviance() {
        return 2 * totalWeight * meanKl;
    }

    public double aic() {
        return -2 * logLikelihood + 2 * coefficients.length;
    }

    public double bic() {
        return -2 * logLikelihood + coefficients.length * Math.log(totalWeight);
    }

    /** The mean binary cross-entropy from the labels to the fitted model, in nats. */
    public double meanCrossEntropy() {
        return meanCrossEntropy;
    }

    /** The mean binary entropy of the labels (0 for hard labels), in nats. */
    public double meanLabelEntropy() {
        return meanLabelEntropy;
    }

    /** The mean KL divergence from the labels to the fitted model, in nats. */
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

    /** Newton iterations taken. */
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
     * The fitted logit \( x^\top\hat\beta \) for a new row of predictors (without the column of
     * ones).
     *
     * @throws IllegalArgumentException if {@code x} has the wrong length or a non-finite entry
     */
    public double logit(double[] x) {
        if (x == null || x.length != predictors) {
            throw new IllegalArgumentException("LogisticFit: x must have " + predictors
                    + " entries, got " + (x == null ? "null" : x.length));
        }
        int offset = intercept ? 1 : 0;
        double eta = intercept ? coefficients[0] : 0;
        for (int j = 0; j < predictors; j++) {
            if (!Double.isFinite(x[j])) {
                throw new IllegalArgumentException(
                        "LogisticFit: x[" + j + "] must be finite, got " + x[j]);
            }
            eta += coefficients[offset + j] * x[j];
        }
        return eta;
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
        StringBuilder text = new StringBuilder("LogisticFit[");
        for (int j = 0; j < coefficients.length; j++) {
            text.append(j == 0 ? "" : ", ").append(parameterNames.get(j)).append(" = ")
                    .append(coefficients[j]).append(" ± ").append(standardErrors[j]);
        }
        return text.append(", logLikelihood = ").append(logLikelihood)
                .append(", converged = ").append(converged).append("]").toString();
    }
}
