package org.kullback.estimators.regression;

import java.util.List;

/**
 * What a fitted logistic or softmax regression reports beyond its coefficients (immutable). With
 * \( W = \sum_i w_i \) the total weight, \( t_i \) the label of row i (a probability vector; a
 * hard label is one-hot) and \( q \) the number of coefficients:
 * <ul>
 *   <li>{@link #logLikelihood()} \( \ell = -\sum_i w_i\,\mathrm{CE}(t_i, \hat\pi_i) \), without
 *       the penalty;</li>
 *   <li>{@link #meanCrossEntropy()} \( = -\ell/W \), {@link #meanLabelEntropy()}
 *       \( = \sum_i w_i H(t_i)/W \) (0 for hard labels), {@link #meanKl()}
 *       \( = \sum_i w_i\,\mathrm{KL}(t_i \| \hat\pi_i)/W \), which equals the cross-entropy minus
 *       the label entropy (summed per row, so no digits cancel), all in nats;</li>
 *   <li>{@link #deviance()} \( = 2W \cdot \) mean KL: twice the log-likelihood ratio to the
 *       saturated model (\( -2\ell \) for hard labels);</li>
 *   <li>{@link #aic()} \( = -2\ell + 2q \), {@link #bic()} \( = -2\ell + q\log W \) (q is not an
 *       effective number for penalised fits);</li>
 *   <li>{@link #covariance()}: the inverse of the (penalised) Fisher information at the
 *       estimate, indexed as {@link #parameterNames()}; for a penalised fit it is the covariance
 *       of the Laplace approximation to the posterior under the Gaussian prior the penalty
 *       represents, not a sampling covariance.</li>
 * </ul>
 */
public abstract sealed class ClassificationFit permits LogisticFit, SoftmaxFit {

    private final List<String> parameterNames;
    private final double[][] covariance;
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

    ClassificationFit(ClassificationDesign design, List<String> parameterNames,
            CrossEntropyObjective likelihood, CrossEntropyNewton.Outcome outcome,
            double l2Penalty) {
        double[] theta = outcome.theta();
        this.parameterNames = List.copyOf(parameterNames);
        this.covariance = outcome.inverseHessian();
        this.logLikelihood = -likelihood.totalCrossEntropy(theta);
        this.meanCrossEntropy = likelihood.meanCrossEntropy(theta);
        this.meanLabelEntropy = likelihood.meanLabelEntropy();
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

    /** Names of the (flattened) coefficients indexing {@link #covariance()}. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** The inverse (penalised) Fisher information at the estimate. */
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int j = 0; j < covariance.length; j++) {
            copy[j] = covariance[j].clone();
        }
        return copy;
    }

    /** \( \ell \), the weighted log-likelihood without the penalty, in nats. */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** Twice the log-likelihood ratio to the saturated model, \( 2W \) times the mean KL. */
    public double deviance() {
        return 2 * totalWeight * meanKl;
    }

    /** \( -2\ell + 2q \). */
    public double aic() {
        return -2 * logLikelihood + 2 * covariance.length;
    }

    /** \( -2\ell + q\log W \). */
    public double bic() {
        return -2 * logLikelihood + covariance.length * Math.log(totalWeight);
    }

    /** The mean cross-entropy from the labels to the fitted model, in nats. */
    public double meanCrossEntropy() {
        return meanCrossEntropy;
    }

    /** The mean entropy of the labels (0 for hard labels), in nats. */
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

    /** \( W = \sum_i w_i \). */
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

    /** \( \sqrt{C_{jj}} \) for every flattened coefficient. */
    double[] flatStandardErrors() {
        double[] se = new double[covariance.length];
        for (int j = 0; j < se.length; j++) {
            se[j] = Math.sqrt(covariance[j][j]);
        }
        return se;
    }

    /**
     * The design row \( (1, x) \) (or \( x \) without intercept) of a new row of predictors.
     *
     * @throws IllegalArgumentException if {@code x} has the wrong length or a non-finite entry
     */
    double[] designRow(double[] x) {
        RowChecks.requirePredictors(getClass().getSimpleName() + ": x", x, predictors);
        int offset = intercept ? 1 : 0;
        double[] row = new double[predictors + offset];
        if (intercept) {
            row[0] = 1;
        }
        System.arraycopy(x, 0, row, offset, predictors);
        return row;
    }
}
