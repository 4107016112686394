package org.kullback.estimators;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.kullback.distributions.Distribution;

/**
 * The result of a maximum-likelihood fit: the fitted distribution with its diagnostics. Immutable;
 * the array accessors return copies.
 *
 * <p>Weights are frequency weights throughout: a weight of 2 counts as the value observed twice.
 * So the log-likelihood is \( \ell = \sum_i w_i \log p(x_i \mid \hat\theta) \), the Fisher
 * information scales with the total weight \( W = \sum_i w_i \), and
 * \( \mathrm{AIC} = 2k - 2\ell \), \( \mathrm{BIC} = k\log W - 2\ell \) (Akaike 1974; Schwarz
 * 1978) with \( k \) the number of free parameters; without weights \( W = n \).
 *
 * <p>The covariance is the inverse of the Fisher information of the whole sample, of the kind
 * {@link #information()} says; the standard errors are the square roots of its diagonal. Estimators
 * whose asymptotics are not those of a regular MLE (an estimate on the boundary, a support bound)
 * document what they report.
 *
 * @param <D> the fitted family
 */
public final class Fit<D extends Distribution> {

    private final D distribution;
    private final double logLikelihood;
    private final long n;
    private final double totalWeight;
    private final List<String> parameterNames;
    private final double[] estimates;
    private final double[][] covariance;
    private final Information information;
    private final int freeParameters;
    private final int iterations;
    private final boolean converged;
    private final String method;
    private final String message;

    private Fit(Builder<D> builder) {
        this.distribution = Objects.requireNonNull(builder.distribution, "distribution");
        this.logLikelihood = builder.logLikelihood;
        this.n = builder.n;
        this.totalWeight = builder.totalWeight;
        this.parameterNames = List.copyOf(builder.parameterNames);
        this.estimates = builder.estimates.clone();
        this.covariance = copy(builder.covariance);
        this.information = Objects.requireNonNull(builder.information, "information");
        this.freeParameters =
                builder.freeParameters < 0 ? estimates.length : builder.freeParameters;
        this.iterations = builder.iterations;
        this.converged = builder.converged;
        this.method = builder.method;
        this.message = builder.message;
    }

    /**
     * Starts a fit of {@code distribution}; the builder is for estimators, users only read fits.
     */
    public static <D extends Distribution> Builder<D> builder(D distribution) {
        return new Builder<>(distribution);
    }

    /** The fitted distribution. */
    public D distribution() {
        return distribution;
    }

    /** \( \ell(\hat\theta) = \sum_i w_i \log p(x_i \mid \hat\theta) \), in nats. */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** The number of observations with positive weight. */
    public long n() {
        return n;
    }

    /** \( W = \sum_i w_i \); equals {@link #n()} for an unweighted sample. */
    public double totalWeight() {
        return totalWeight;
    }

    /** The names of the estimated parameters, in the order of {@link #estimates()}. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** The estimates \( \hat\theta \). */
    public double[] estimates() {
        return estimates.clone();
    }

    /** The square roots of the diagonal of {@link #covariance()}. */
    public double[] standardErrors() {
        double[] se = new double[covariance.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = Math.sqrt(covariance[i][i]);
        }
        return se;
    }

    /** The estimated covariance of \( \hat\theta \): the inverse Fisher information. */
    public double[][] covariance() {
        return copy(covariance);
    }

    /** Which Fisher information the covariance inverts. */
    public Information information() {
        return information;
    }

    /**
     * The number of free parameters \( k \) counted by AIC and BIC (smaller than the number of
     * estimates when they are constrained, as the probabilities of a Categorical that sum to 1).
     */
    public int freeParameters() {
        return freeParameters;
    }

    /** \( 2k - 2\ell \). */
    public double aic() {
        return 2.0 * freeParameters - 2 * logLikelihood;
    }

    /** \( k \log W - 2\ell \). */
    public double bic() {
        return freeParameters * Math.log(totalWeight) - 2 * logLikelihood;
    }

    /** The number of iterations of the solver; 0 for a closed form. */
    public int iterations() {
        return iterations;
    }

    /** Whether the solver met its tolerance; always true for a closed form. */
    public boolean converged() {
        return converged;
    }

    /** How the estimate was computed: "closed form", "Newton", "EM", … */
    public String method() {
        return method;
    }

    /** Why the solver did not converge; empty when it did. */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(distribution.toString()).append(": ");
        for (int i = 0; i < estimates.length; i++) {
            text.append(i == 0 ? "" : ", ").append(parameterNames.get(i)).append(" = ")
                    .append(estimates[i]).append(" ± ").append(Math.sqrt(covariance[i][i]));
        }
        text.append("; logLikelihood = ").append(logLikelihood).append(", n = ").append(n)
                .append(", AIC = ").append(aic()).append(", BIC = ").append(bic())
                .append(", ").append(method);
        if (!converged) {
            text.append(", NOT CONVERGED: ").append(message);
        }
        return text.toString();
    }

    private static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /**
     * Assembles a {@link Fit}. Required: {@link #logLikelihood}, {@link #sample},
     * {@link #parameters}, and either {@link #informationMatrix} or {@link #covariance}. By
     * default the fit is a converged closed form.
     *
     * @param <D> the fitted family
     */
    public static final class Builder<D extends Distribution> {
        private final D distribution;
        private double logLikelihood = Double.NaN;
        private long n = -1;
        private double totalWeight = Double.NaN;
        private List<String> parameterNames;
        private double[] estimates;
        private double[][] covariance;
        private Information information;
        private int freeParameters = -1;
        private int iterations;
        private boolean converged = true;
        private String method = "closed form";
        private String message = "";

        private Builder(D distribution) {
            this.distribution = distribution;
        }

        /** The maximised log-likelihood of the whole (weighted) sample. */
        public Builder<D> logLikelihood(double value) {
            this.logLikelihood = value;
            return this;
        }

        /** The number of observations with positive weight and their total weight. */
        public Builder<D> sample(long count, double weight) {
            this.n = count;
            this.totalWeight = weight;
            return this;
        }

        /** The names of the parameters and their estimates, in the same order. */
        public Builder<D> parameters(List<String> names, double... values) {
            if (names.size() != values.length) {
                throw new IllegalArgumentException(names.size() + " parameter names for "
                        + values.length + " estimates");
            }
            this.parameterNames = names;
            this.estimates = values.clone();
            return this;
        }

        /**
         * The Fisher information matrix of the whole sample at the estimate; the covariance is its
         * inverse (by Cholesky: an information matrix at a maximum is positive definite).
         *
         * @throws IllegalArgumentException if the matrix is not symmetric positive definite
         */
        public Builder<D> informationMatrix(double[][] matrix, Information kind) {
            RealMatrix info = MatrixUtils.createRealMatrix(matrix);
            try {
                this.covariance = new CholeskyDecomposition(info, 1e-12, 0).getSolver()
                        .getInverse().getData();
            } catch (RuntimeException notPositiveDefinite) {
                throw new IllegalArgumentException("the " + kind.name().toLowerCase()
                        + " information matrix " + Arrays.deepToString(matrix)
                        + " is not positive definite: the estimate is not a strict maximum",
                        notPositiveDefinite);
            }
            this.information = kind;
            return this;
        }

        /**
         * The information matrix when it is diagonal (the parameters are orthogonal), given by
         * its diagonal.
         */
        public Builder<D> diagonalInformation(Information kind, double... diagonal) {
            double[][] inverse = new double[diagonal.length][diagonal.length];
            for (int i = 0; i < diagonal.length; i++) {
                inverse[i][i] = 1 / diagonal[i];
            }
            this.covariance = inverse;
            this.information = kind;
            return this;
        }

        /**
         * The covariance of the estimates directly, for estimators that know it in closed form or
         * whose information matrix is singular at a boundary estimate (where they document what
         * the entries mean).
         */
        public Builder<D> covariance(double[][] matrix, Information kind) {
            this.covariance = copy(matrix);
            this.information = kind;
            return this;
        }

        /** The number of free parameters for AIC and BIC, when fewer than the estimates. */
        public Builder<D> freeParameters(int count) {
            this.freeParameters = count;
            return this;
        }

        /** An iterative solver's name and iteration count, and whether it converged. */
        public Builder<D> solver(String methodName, int iterationCount, boolean hasConverged,
                String reason) {
            this.method = methodName;
            this.iterations = iterationCount;
            this.converged = hasConverged;
            this.message = hasConverged ? "" : Objects.requireNonNull(reason, "reason");
            return this;
        }

        /**
         * The fit.
         *
         * @throws IllegalStateException if a required part is missing
         */
        public Fit<D> build() {
            if (n < 0 || estimates == null || covariance == null) {
                throw new IllegalStateException(
                        "a fit needs the sample size, the parameters and their covariance");
            }
            if (covariance.length != estimates.length) {
                throw new IllegalStateException("covariance of size " + covariance.length
                        + " for " + estimates.length + " estimates");
            }
            return new Fit<>(this);
        }
    }
}
