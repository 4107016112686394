package org.kullback.estimators.regression;

import org.kullback.special.LogSpace;

/**
 * The penalised binary cross-entropy of a logistic regression, as a function of the
 * coefficients \( \beta \):
 * \[ f(\beta) = \sum_i w_i \bigl[ y_i \log(1 + e^{-\eta_i}) + (1 - y_i) \log(1 + e^{\eta_i})
 *     \bigr] + \tfrac{\lambda}{2} \sum_{j \in P} \beta_j^2, \qquad \eta_i = x_i^\top \beta, \]
 * which is \( -\ell(\beta) \) plus the penalty, since
 * \( \log \sigma(\eta) = -\log(1 + e^{-\eta}) \) and \( \log(1 - \sigma(\eta)) =
 * -\log(1 + e^{\eta}) \). Both are evaluated by {@link LogSpace#log1pexp} (softplus) from the
 * logit, so no probability that rounded to 0 or 1 is ever logged. \( P \) is every coefficient
 * but the intercept.
 *
 * <p>Derivatives: \( \nabla f = \sum_i w_i (\sigma(\eta_i) - y_i) x_i + \lambda \beta_P \) and
 * \( \nabla^2 f = \sum_i w_i \sigma(\eta_i)\sigma(-\eta_i) x_i x_i^\top + \lambda I_P \), where
 * \( \sigma(\eta) - y = (1 - y)\sigma(\eta) - y\,\sigma(-\eta) \) is formed from the two tails so
 * that it keeps its relative accuracy when the fitted probability is close to the label.
 */
final class LogisticLikelihood extends CrossEntropyObjective {

    private final double[] labels;

    LogisticLikelihood(ClassificationDesign design, double[] labels, double penalty) {
        super(design, penalty);
        this.labels = labels;
    }

    @Override
    int dimension() {
        return design.columns();
    }

    static double logit(double[] row, double[] beta) {
        double eta = 0;
        for (int j = 0; j < row.length; j++) {
            eta += row[j] * beta[j];
        }
        return eta;
    }

    /** \( \sigma(\eta) = 1/(1 + e^{-\eta}) \), from whichever side does not overflow. */
    static double sigmoid(double eta) {
        if (eta >= 0) {
            return 1 / (1 + Math.exp(-eta));
        }
        double e = Math.exp(eta);
        return e / (1 + e);
    }

    /** The binary cross-entropy of label y against \( \sigma(\eta) \), with 0 log 0 = 0. */
    static double crossEntropy(double y, double eta) {
        double ce = 0;
        if (y != 0) {
            ce += y * LogSpace.log1pexp(-eta);
        }
        if (y != 1) {
            ce += (1 - y) * LogSpace.log1pexp(eta);
        }
        return ce;
    }

    /** The binary entropy \( -y \log y - (1-y) \log(1-y) \), 0 at y = 0 and y = 1. */
    static double entropy(double y) {
        return -LogSpace.xlogy(y, y) - LogSpace.xlog1py(1 - y, -y);
    }

    /**
     * \( \mathrm{KL}(\mathrm{Bernoulli}(y) \,\|\, \mathrm{Bernoulli}(\sigma(\eta))) =
     * y(\log y + \log(1 + e^{-\eta})) + (1-y)(\log(1-y) + \log(1 + e^{\eta})) \), each
     * bracket the log-ratio of one outcome.
     */
    static double kl(double y, double eta) {
        double kl = 0;
        if (y != 0) {
            kl += y * (Math.log(y) + LogSpace.log1pexp(-eta));
        }
        if (y != 1) {
            kl += (1 - y) * (Math.log1p(-y) + LogSpace.log1pexp(eta));
        }
        return kl;
    }

    @Override
    double rowCrossEntropy(int i, double[] beta) {
        return crossEntropy(labels[i], logit(design.row(i), beta));
    }

    @Override
    double rowLabelEntropy(int i) {
        return entropy(labels[i]);
    }

    @Override
    double rowKl(int i, double[] beta) {
        return kl(labels[i], logit(design.row(i), beta));
    }

    /** \( w (\sigma(\eta) - y) x \), the residual formed from the two tails. */
    @Override
    void addRowGradient(int i, double w, double[] beta, double[] gradient) {
        double[] x = design.row(i);
        double eta = logit(x, beta);
        double residual = w * ((1 - labels[i]) * sigmoid(eta) - labels[i] * sigmoid(-eta));
        for (int j = 0; j < beta.length; j++) {
            gradient[j] += residual * x[j];
        }
    }

    @Override
    double derivatives(double[] beta, double[] gradient, double[][] hessian) {
        int p = beta.length;
        clear(gradient, hessian);
        double value = 0;
        for (int i = 0; i < design.n(); i++) {
            double w = design.weight(i);
            if (w == 0) {
                continue;
            }
            double[] x = design.row(i);
            double y = labels[i];
            double eta = logit(x, beta);
            value += w * crossEntropy(y, eta);
            double residual = w * ((1 - y) * sigmoid(eta) - y * sigmoid(-eta));
            double e = Math.exp(-Math.abs(eta));
            double curvature = w * e / ((1 + e) * (1 + e));
            for (int j = 0; j < p; j++) {
                gradient[j] += residual * x[j];
                double cx = curvature * x[j];
                for (int k = 0; k <= j; k++) {
                    hessian[j][k] += cx * x[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                hessian[k][j] = hessian[j][k];
            }
        }
        return addPenalty(value, beta, gradient, hessian);
    }

    /**
     * The data are separated by \( d \) when no row's likelihood decreases along it: rows with
     * \( y = 1 \) have \( x^\top d \ge 0 \), rows with \( y = 0 \) have \( x^\top d \le 0 \) and
     * rows with a soft label \( 0 &lt; y &lt; 1 \) have \( x^\top d = 0 \), each up to
     * \( 10^{-10} \lVert x \rVert \lVert d \rVert \); then \( \ell(\beta + t d) \) increases in
     * \( t \) for every \( \beta \) and has no finite maximiser (Albert &amp; Anderson,
     * Biometrika 71 (1984) 1–10, for hard labels).
     */
    @Override
    String separation(double[] d) {
        double dNorm = norm(d);
        int strict = 0;
        int onHyperplane = 0;
        for (int i = 0; i < design.n(); i++) {
            if (design.weight(i) == 0) {
                continue;
            }
            double[] x = design.row(i);
            double s = logit(x, d);
            double tolerance = separationTolerance(x, dNorm);
            double y = labels[i];
            boolean ok = y == 1 ? s >= -tolerance : y == 0 ? s <= tolerance
                    : Math.abs(s) <= tolerance;
            if (!ok) {
                return null;
            }
            if (Math.abs(s) > tolerance) {
                strict++;
            } else {
                onHyperplane++;
            }
        }
        if (strict == 0) {
            return null;
        }
        String kind = onHyperplane == 0 ? "completely separated"
                : "quasi-completely separated (" + onHyperplane + " of the "
                        + design.positiveRows() + " rows lie on the hyperplane x·d = 0)";
        return design.model() + ": the data are " + kind + " by the coefficient direction d = "
                + describe(d) + ": every row with y = 1 has x·d ≥ 0 and every row with y = 0 "
                + "has x·d ≤ 0" + (onHyperplane == 0 ? "" : " (soft labels only where x·d = 0)")
                + ", so the log-likelihood keeps increasing as the coefficients go to infinity "
                + "along d and no finite maximum-likelihood estimate exists (Albert & Anderson "
                + "1984)." + PENALTY_ADVICE;
    }

    private String describe(double[] d) {
        double largest = largestMagnitude(d);
        StringBuilder text = new StringBuilder("(");
        for (int j = 0; j < d.length; j++) {
            text.append(j == 0 ? "" : ", ").append(design.columnName(j)).append(": ")
                    .append(String.format("%.4g", d[j] / largest));
        }
        return text.append(")").toString();
    }
}
