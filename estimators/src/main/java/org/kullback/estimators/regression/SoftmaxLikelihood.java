package org.kullback.estimators.regression;

import org.kullback.special.LogSpace;

/**
 * The penalised categorical cross-entropy of a softmax regression with \( K \) classes and
 * reference class 0, as a function of \( \theta = (\beta_1, \dots, \beta_{K-1}) \) (class-major:
 * \( \theta_{(c-1)p + j} = \beta_{cj} \)):
 * \[ f(\theta) = \sum_i w_i \sum_k t_{ik} \bigl(-\log \pi_{ik}\bigr)
 *     + \tfrac{\lambda}{2} \sum_{c \ge 1} \sum_{j \in P} \beta_{cj}^2, \qquad
 *     \pi_{ik} = \frac{e^{\eta_{ik}}}{\sum_l e^{\eta_{il}}}, \quad \eta_{i0} = 0, \quad
 *     \eta_{ic} = x_i^\top\beta_c. \]
 * With \( m = \max_k \eta_{ik} \) attained at \( a \) and \( T = \sum_{k \ne a}
 * e^{\eta_{ik} - m} \), \( -\log\pi_{ik} = (m - \eta_{ik}) + \operatorname{log1p}(T) \): a sum of
 * two non-negative terms (the log-sum-exp with the maximum's term taken out), so no
 * probability is formed and then logged, and the likeliest class keeps its relative accuracy.
 * Terms with \( t_{ik} = 0 \) are skipped (0 log 0 = 0).
 *
 * <p>Derivatives, with \( s_i = \sum_k t_{ik} \) (1 up to rounding):
 * \( \partial f/\partial\beta_c = \sum_i w_i (s_i\pi_{ic} - t_{ic}) x_i + \lambda\beta_{c,P} \),
 * \( \partial^2 f/\partial\beta_c\partial\beta_d^\top = \sum_i w_i s_i \pi_{ic}(\delta_{cd} -
 * \pi_{id}) x_i x_i^\top + \lambda\delta_{cd} I_P \). For the likeliest class,
 * \( s_i\pi_{ia} - t_{ia} = -s_i T/(1+T) + \sum_{k \ne a} t_{ik} \), which avoids the
 * cancellation of \( \pi_{ia} - 1 \).
 */
final class SoftmaxLikelihood extends CrossEntropyObjective {

    private final double[][] targets;
    private final int classes;

    SoftmaxLikelihood(ClassificationDesign design, double[][] targets, int classes,
            double penalty) {
        super(design, penalty);
        this.targets = targets;
        this.classes = classes;
    }

    @Override
    int dimension() {
        return (classes - 1) * design.columns();
    }

    /** The K logits of a design row, 0 first (the reference class). */
    static double[] logits(double[] row, double[] theta, int classes) {
        int p = row.length;
        double[] eta = new double[classes];
        for (int c = 1; c < classes; c++) {
            double sum = 0;
            for (int j = 0; j < p; j++) {
                sum += row[j] * theta[(c - 1) * p + j];
            }
            eta[c] = sum;
        }
        return eta;
    }

    private static int argMax(double[] eta) {
        int a = 0;
        for (int k = 1; k < eta.length; k++) {
            if (eta[k] > eta[a]) {
                a = k;
            }
        }
        return a;
    }

    /** \( T = \sum_{k \ne a} e^{\eta_k - \eta_a} \). */
    private static double rest(double[] eta, int a) {
        double t = 0;
        for (int k = 0; k < eta.length; k++) {
            if (k != a) {
                t += Math.exp(eta[k] - eta[a]);
            }
        }
        return t;
    }

    /** \( -\log\pi_k \) for every class. */
    static double[] negativeLogProbabilities(double[] eta) {
        int a = argMax(eta);
        double log1pT = Math.log1p(rest(eta, a));
        double[] result = new double[eta.length];
        for (int k = 0; k < eta.length; k++) {
            result[k] = (eta[a] - eta[k]) + log1pT;
        }
        return result;
    }

    /** \( \pi_k \) for every class, normalised by \( 1 + T \). */
    static double[] probabilities(double[] eta) {
        int a = argMax(eta);
        double total = 1 + rest(eta, a);
        double[] result = new double[eta.length];
        for (int k = 0; k < eta.length; k++) {
            result[k] = Math.exp(eta[k] - eta[a]) / total;
        }
        return result;
    }

    private double rowCrossEntropy(double[] t, double[] eta) {
        double[] nlp = negativeLogProbabilities(eta);
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            if (t[k] != 0) {
                sum += t[k] * nlp[k];
            }
        }
        return sum;
    }

    @Override
    double rowCrossEntropy(int i, double[] theta) {
        return rowCrossEntropy(targets[i], logits(design.row(i), theta, classes));
    }

    /** \( H(t) = -\sum_k t_k \log t_k \). */
    @Override
    double rowLabelEntropy(int i) {
        double h = 0;
        for (double v : targets[i]) {
            h -= LogSpace.xlogy(v, v);
        }
        return h;
    }

    /** \( \sum_k t_k(\log t_k - \log\pi_k) \). */
    @Override
    double rowKl(int i, double[] theta) {
        double[] t = targets[i];
        double[] nlp = negativeLogProbabilities(logits(design.row(i), theta, classes));
        double kl = 0;
        for (int k = 0; k < classes; k++) {
            if (t[k] != 0) {
                kl += t[k] * (Math.log(t[k]) + nlp[k]);
            }
        }
        return kl;
    }

    /** \( w (s\pi_c - t_c) x \) for each class \( c \ge 1 \). */
    @Override
    void addRowGradient(int i, double w, double[] theta, double[] gradient) {
        int p = design.columns();
        double[] x = design.row(i);
        double[] r = residuals(targets[i], logits(x, theta, classes));
        for (int c = 1; c < classes; c++) {
            for (int j = 0; j < p; j++) {
                gradient[(c - 1) * p + j] += w * r[c] * x[j];
            }
        }
    }

    /** \( s\pi_c - t_c \) for every class (index 0 unused by the gradient). */
    private static double[] residuals(double[] t, double[] eta) {
        int a = argMax(eta);
        double rest = rest(eta, a);
        double total = 1 + rest;
        double s = 0;
        for (double v : t) {
            s += v;
        }
        double[] r = new double[eta.length];
        for (int k = 0; k < eta.length; k++) {
            if (k == a) {
                double others = 0;
                for (int l = 0; l < t.length; l++) {
                    if (l != a) {
                        others += t[l];
                    }
                }
                r[k] = -s * rest / total + others;
            } else {
                r[k] = s * Math.exp(eta[k] - eta[a]) / total - t[k];
            }
        }
        return r;
    }

    @Override
    double derivatives(double[] theta, double[] gradient, double[][] hessian) {
        int p = design.columns();
        clear(gradient, hessian);
        double value = 0;
        for (int i = 0; i < design.n(); i++) {
            double w = design.weight(i);
            if (w == 0) {
                continue;
            }
            double[] x = design.row(i);
            double[] t = targets[i];
            double[] eta = logits(x, theta, classes);
            value += w * rowCrossEntropy(t, eta);
            double[] r = residuals(t, eta);
            double[] pi = probabilities(eta);
            double s = 0;
            for (double v : t) {
                s += v;
            }
            for (int c = 1; c < classes; c++) {
                int rowBase = (c - 1) * p;
                for (int j = 0; j < p; j++) {
                    gradient[rowBase + j] += w * r[c] * x[j];
                }
                for (int d = 1; d <= c; d++) {
                    double v = w * s * pi[c] * ((c == d ? 1 : 0) - pi[d]);
                    int columnBase = (d - 1) * p;
                    for (int j = 0; j < p; j++) {
                        double vx = v * x[j];
                        for (int k = 0; k < p; k++) {
                            hessian[rowBase + j][columnBase + k] += vx * x[k];
                        }
                    }
                }
            }
        }
        int q = theta.length;
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < a; b++) {
                // Blocks with d <= c were accumulated; mirror them into d > c.
                if (a / p != b / p) {
                    hessian[b][a] = hessian[a][b];
                }
            }
        }
        return addPenalty(value, theta, gradient, hessian);
    }

    /**
     * The data are separated by \( D = (d_1, \dots, d_{K-1}) \) (with \( d_0 = 0 \)) when, in
     * every row, each class with a positive target has the largest score \( x^\top d_k \) (up to
     * \( 10^{-10} \lVert x \rVert \lVert D \rVert \)) and in some row another class scores
     * strictly less: then every row's cross-entropy is non-increasing along \( D \), one
     * strictly decreasing, and there is no finite minimiser. For \( K = 2 \) this is the
     * condition of Albert &amp; Anderson (Biometrika 71 (1984) 1–10).
     */
    @Override
    String separation(double[] d) {
        int p = design.columns();
        double dNorm = norm(d);
        int strict = 0;
        for (int i = 0; i < design.n(); i++) {
            if (design.weight(i) == 0) {
                continue;
            }
            double[] x = design.row(i);
            double[] scores = logits(x, d, classes);
            double top = scores[argMax(scores)];
            double tolerance = separationTolerance(x, dNorm);
            boolean below = false;
            for (int k = 0; k < classes; k++) {
                boolean atTop = scores[k] >= top - tolerance;
                if (targets[i][k] > 0 && !atTop) {
                    return null;
                }
                below |= !atTop;
            }
            if (below) {
                strict++;
            }
        }
        if (strict == 0) {
            return null;
        }
        int rows = design.positiveRows();
        String kind = strict == rows ? "completely separated"
                : "quasi-completely separated (" + (rows - strict) + " of the " + rows
                        + " rows score all classes equally along d)";
        return design.model() + ": the data are " + kind + " by the coefficient direction D = "
                + describe(d, p) + " (reference class 0 has d_0 = 0): in every row the classes "
                + "with a positive target have the largest score x·d_k, so the log-likelihood "
                + "keeps increasing as the coefficients go to infinity along D and no finite "
                + "maximum-likelihood estimate exists (a class that never occurs is one such "
                + "case)." + PENALTY_ADVICE;
    }

    private String describe(double[] d, int p) {
        double largest = largestMagnitude(d);
        StringBuilder text = new StringBuilder("(");
        for (int c = 1; c < classes; c++) {
            text.append(c == 1 ? "" : "; ").append("class ").append(c).append(": ");
            for (int j = 0; j < p; j++) {
                text.append(j == 0 ? "" : ", ").append(design.columnName(j)).append(" ")
                        .append(String.format("%.4g", d[(c - 1) * p + j] / largest));
            }
        }
        return text.append(")").toString();
    }
}
