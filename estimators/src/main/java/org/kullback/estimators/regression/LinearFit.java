package org.kullback.estimators.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kullback.distributions.Normal;
import org.kullback.distributions.StudentT;

/**
 * A Gaussian linear regression fitted by maximum likelihood: the model
 * \( y_i \sim N(x_i^T\beta, \sigma^2 / w_i) \) (unit weights unless the caller gave some), whose
 * log-likelihood
 * \[ \ell(\beta, \sigma) = \tfrac12\sum_i \log w_i - \tfrac n2 \log(2\pi\sigma^2)
 *    - \frac{\mathrm{RSS}(\beta)}{2\sigma^2}, \qquad
 *    \mathrm{RSS}(\beta) = \sum_i w_i (y_i - x_i^T\beta)^2, \]
 * is maximised by the least-squares \( \hat\beta \) and \( \hat\sigma^2 = \mathrm{RSS}/n \)
 * (n counts the observations with positive weight). Immutable.
 *
 * <ul>
 *   <li>{@link #coefficients()} \( \hat\beta \): the intercept first when the model has one, then
 *       the caller's columns listed by {@link #columns()} (all of them unless collinear columns
 *       were dropped on request); for a polynomial fit \( \beta_0, \dots, \beta_d \) of
 *       \( \sum_k \beta_k x^k \).</li>
 *   <li>{@link #covariance()} \( s^2 (X^T W X)^{-1} \) with \( s^2 = \mathrm{RSS}/(n-p) \), the
 *       usual unbiased estimate (the inverse observed information at \( \hat\sigma \) would use
 *       \( \hat\sigma^2 \) instead; NIST and every regression package report \( s^2 \)); the
 *       standard errors are the square roots of its diagonal.</li>
 *   <li>\( R^2 = 1 - \mathrm{RSS}/\mathrm{TSS} \) with \( \mathrm{TSS} = \sum w_i (y_i - \bar y_w)^2 \)
 *       when the model has an intercept, and the uncentred \( \sum w_i y_i^2 \) without.</li>
 *   <li>\( \ell(\hat\beta, \hat\sigma) = \tfrac12\sum\log w_i - \tfrac n2(\log(2\pi\hat\sigma^2)
 *       + 1) \); AIC \( = 2k - 2\ell \) and BIC \( = k\log n - 2\ell \) with \( k = p + 1 \)
 *       parameters (the coefficients and \( \sigma \)).</li>
 * </ul>
 */
public final class LinearFit {

    /** {@link #method()} of a well-conditioned design-matrix fit. */
    public static final String SEMI_NORMAL =
            "Cholesky factor of the Gram matrix, double-double semi-normal refinement";
    /** {@link #method()} of other design-matrix fits. */
    public static final String HOUSEHOLDER =
            "Householder QR, double-double augmented-system refinement";
    /** {@link #method()} of polynomial fits. */
    public static final String CHEBYSHEV =
            "Chebyshev basis in double-double, Householder QR, augmented-system refinement";
    /** {@link #method()} of a one-pass streamed fit. */
    public static final String STREAMED = "streamed Householder QR, one pass";
    /** {@link #method()} of a streamed fit with its second pass. */
    public static final String STREAMED_REFINED =
            "streamed Householder QR, double-double semi-normal second pass";

    private final double[] coefficients;
    private final double[][] covariance;
    private final double[] standardErrors;
    private final double residualSumOfSquares;
    private final double totalSumOfSquares;
    private final long n;
    private final double logLikelihood;
    private final boolean intercept;
    private final int[] columns;
    private final List<Integer> droppedColumns;
    private final double[] residuals;
    private final int refinementSteps;
    private final boolean converged;
    private final String message;
    private final String method;
    private final Function<double[], double[]> basis;
    private final double[] basisCoefficients;
    private final double[][] basisInverseGram;

    LinearFit(Builder b) {
        this.coefficients = b.coefficients;
        this.residualSumOfSquares = b.residualSumOfSquares;
        this.totalSumOfSquares = b.totalSumOfSquares;
        this.n = b.n;
        this.intercept = b.intercept;
        this.columns = b.columns;
        this.droppedColumns = List.copyOf(b.droppedColumns);
        this.residuals = b.residuals;
        this.refinementSteps = b.refinementSteps;
        this.converged = b.converged;
        this.message = b.message;
        this.method = b.method;
        this.basis = b.basis;
        this.basisCoefficients = b.basisCoefficients;
        this.basisInverseGram = b.basisInverseGram;
        int p = coefficients.length;
        double s2 = residualVariance();
        this.covariance = new double[p][p];
        this.standardErrors = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                covariance[i][j] = s2 * b.inverseGram[i][j];
            }
            standardErrors[i] = Math.sqrt(covariance[i][i]);
        }
        this.logLikelihood = 0.5 * b.sumLogWeights
                - 0.5 * n * (Math.log(2 * Math.PI * varianceMle()) + 1);
    }

    /** \( \hat\beta \) (see the class documentation for the order). */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** Standard errors \( \sqrt{[s^2 (X^TWX)^{-1}]_{jj}} \). */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** \( s^2 (X^TWX)^{-1} \). */
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = covariance[i].clone();
        }
        return copy;
    }

    /** Number of observations n (those with positive weight). */
    public long n() {
        return n;
    }

    /** Number of coefficients p (the intercept included). */
    public int parameters() {
        return coefficients.length;
    }

    /** Residual degrees of freedom n − p. */
    public long degreesOfFreedom() {
        return n - coefficients.length;
    }

    /**
     * Names of {@link #coefficients()}, in order: "intercept" (if fitted), then "x[j]" for each
     * caller's column j in {@link #columns()}; for a polynomial fit "intercept", "x", "x^2", …
     */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        if (intercept) {
            names.add("intercept");
        }
        if (CHEBYSHEV.equals(method)) {
            for (int k = 1; k < coefficients.length; k++) {
                names.add(k == 1 ? "x" : "x^" + k);
            }
        } else {
            for (int column : columns) {
                names.add("x[" + column + "]");
            }
        }
        return List.copyOf(names);
    }

    /** Whether the first coefficient is an intercept. */
    public boolean hasIntercept() {
        return intercept;
    }

    /** The caller's columns (of x) that the coefficients after the intercept belong to, in order. */
    public int[] columns() {
        return columns.clone();
    }

    /** The caller's columns dropped as linear combinations of earlier ones (only when asked for). */
    public List<Integer> droppedColumns() {
        return droppedColumns;
    }

    /** \( \mathrm{RSS} = \sum w_i r_i^2 \), summed in double-double from the refined residuals. */
    public double residualSumOfSquares() {
        return residualSumOfSquares;
    }

    /** \( \hat\sigma^2_{\mathrm{MLE}} = \mathrm{RSS}/n \). */
    public double varianceMle() {
        return residualSumOfSquares / n;
    }

    /** \( \hat\sigma_{\mathrm{MLE}} = \sqrt{\mathrm{RSS}/n} \). */
    public double sigmaMle() {
        return Math.sqrt(varianceMle());
    }

    /** \( s^2 = \mathrm{RSS}/(n-p) \). */
    public double residualVariance() {
        return residualSumOfSquares / (n - coefficients.length);
    }

    /** \( s = \sqrt{\mathrm{RSS}/(n-p)} \), the residual standard deviation. */
    public double residualStandardDeviation() {
        return Math.sqrt(residualVariance());
    }

    /** \( R^2 \): centred with an intercept, uncentred without. */
    public double rSquared() {
        return totalSumOfSquares == 0 ? Double.NaN : 1 - residualSumOfSquares / totalSumOfSquares;
    }

    /** \( \ell(\hat\beta, \hat\sigma) \), in nats. */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** \( 2(p+1) - 2\ell \). */
    public double aic() {
        return 2.0 * (coefficients.length + 1) - 2 * logLikelihood;
    }

    /** \( (p+1)\log n - 2\ell \). */
    public double bic() {
        return (coefficients.length + 1) * Math.log(n) - 2 * logLikelihood;
    }

    /**
     * Residuals \( y_i - x_i^T\hat\beta \) (unweighted), one per input row.
     *
     * @throws IllegalStateException for a fit from a {@link QrAccumulator}, which keeps no rows
     */
    public double[] residuals() {
        if (residuals == null) {
            throw new IllegalStateException("a fit from streamed rows keeps no residuals;"
                    + " compute them from the coefficients in a pass over the data");
        }
        return residuals.clone();
    }

    /** Passes of iterative refinement (1 for a one-pass streamed fit, whose solution is unrefined). */
    public int refinementSteps() {
        return refinementSteps;
    }

    /** Whether iterative refinement reached its tolerance. */
    public boolean converged() {
        return converged;
    }

    /** How the fit was computed (one of the constants of this class). */
    public String method() {
        return method;
    }

    /** Why refinement did not converge, else empty. */
    public String message() {
        return message;
    }

    /** \( x^T\hat\beta \) for a row of the caller's width (for a polynomial fit, the single value x). */
    public double mean(double[] row) {
        double[] v = basis.apply(row);
        double hi = 0;
        double lo = 0;
        for (int j = 0; j < v.length; j++) {
            double p = v[j] * basisCoefficients[j];
            double s = hi + p;
            lo += DoubleDouble.twoSumError(hi, p, s) + Math.fma(v[j], basisCoefficients[j], -p);
            hi = s;
        }
        return hi + lo;
    }

    /**
     * The plug-in predictive distribution \( N(x^T\hat\beta, \hat\sigma_{\mathrm{MLE}}) \) of a
     * new observation (unit weight) at {@code row}.
     *
     * @throws IllegalStateException if the fit is exact (\( \hat\sigma = 0 \))
     */
    public Normal predict(double[] row) {
        requirePositiveScale();
        return Normal.of(mean(row), sigmaMle());
    }

    /**
     * The predictive distribution that includes the uncertainty of \( \hat\beta \):
     * \( (y - x^T\hat\beta) / (s\sqrt{1 + x^T(X^TWX)^{-1}x}) \sim t_{n-p} \), i.e.
     * {@code StudentT(dof = n − p, location = x^T β̂, scale = s √(1 + xᵀ(XᵀWX)⁻¹x))}
     * (e.g. Gelman et al., Bayesian Data Analysis, 3rd ed., §14.2, the posterior predictive under
     * the flat prior on \( (\beta, \log\sigma) \)).
     *
     * @throws IllegalStateException if the fit is exact (s = 0)
     */
    public StudentT predictive(double[] row) {
        requirePositiveScale();
        double[] v = basis.apply(row);
        double quadratic = 0;
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += basisInverseGram[i][j] * v[j];
            }
            quadratic += v[i] * s;
        }
        double scale = residualStandardDeviation() * Math.sqrt(1 + Math.max(0, quadratic));
        return StudentT.of(degreesOfFreedom(), mean(row), scale);
    }

    private void requirePositiveScale() {
        if (!(residualSumOfSquares > 0)) {
            throw new IllegalStateException("the fit is exact (RSS = " + residualSumOfSquares
                    + "): the predictive distribution is degenerate");
        }
    }

    @Override
    public String toString() {
        return "LinearFit[n=" + n + ", coefficients=" + java.util.Arrays.toString(coefficients)
                + ", standardErrors=" + java.util.Arrays.toString(standardErrors)
                + ", sigmaMle=" + sigmaMle() + ", rSquared=" + rSquared() + ", logLikelihood="
                + logLikelihood + "]";
    }

    /** Collects the parts of a fit; package-private so that only the fitting code builds one. */
    static final class Builder {
        double[] coefficients;
        double[][] inverseGram;
        double residualSumOfSquares;
        double totalSumOfSquares;
        long n;
        double sumLogWeights;
        boolean intercept;
        int[] columns;
        List<Integer> droppedColumns = List.of();
        double[] residuals;
        int refinementSteps;
        boolean converged = true;
        String message = "";
        String method = HOUSEHOLDER;
        Function<double[], double[]> basis;
        double[] basisCoefficients;
        double[][] basisInverseGram;

        /**
         * The solution of a design-matrix fit: the intercept (if any) and then the caller's
         * {@code columns} of rows of {@code width} values, which is also how new rows are
         * predicted.
         */
        Builder design(double[] beta, double[][] inverseGram, int width, boolean intercept,
                int[] columns) {
            int[] kept = columns.clone();
            this.coefficients = beta;
            this.inverseGram = inverseGram;
            this.intercept = intercept;
            this.columns = kept;
            this.basis = row -> LinearRegression.designVector(row, width, intercept, kept);
            this.basisCoefficients = beta;
            this.basisInverseGram = inverseGram;
            return this;
        }

        LinearFit build() {
            return new LinearFit(this);
        }
    }
}
