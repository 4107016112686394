package org.kullback.estimators.regression;

import java.util.ArrayList;
import java.util.List;
import org.kullback.distributions.Normal;

/**
 * A heteroscedastic Gaussian regression \( y_i \sim N(x_i^T\beta, \sigma_i^2) \),
 * \( \log\sigma_i = z_i^T\gamma \), fitted by maximum likelihood. Standard errors come from the
 * inverse expected (Fisher) information, which is block diagonal:
 * \( I_{\beta\beta} = \sum_i x_i x_i^T/\sigma_i^2 \), \( I_{\gamma\gamma} = 2\sum_i z_i z_i^T \),
 * \( I_{\beta\gamma} = 0 \). Immutable.
 *
 * <p>The mean and log-scale parts are available separately ({@link #meanCoefficients()},
 * {@link #scaleCoefficients()}, …) and, as for the other regression fits, as one vector
 * \( (\hat\beta, \hat\gamma) \) named by {@link #parameterNames()} ("mean: intercept",
 * "mean: x[0]", …, "log sigma: intercept", "log sigma: z[0]", …) with its block-diagonal
 * {@link #covariance()}.
 */
public final class HeteroscedasticFit {

    private final double[] meanCoefficients;
    private final double[][] meanCovariance;
    private final double[] scaleCoefficients;
    private final double[][] scaleCovariance;
    private final boolean meanIntercept;
    private final boolean scaleIntercept;
    private final double logLikelihood;
    private final long n;
    private final int iterations;
    private final boolean converged;
    private final String message;

    HeteroscedasticFit(double[] meanCoefficients, double[][] meanCovariance,
            double[] scaleCoefficients, double[][] scaleCovariance, boolean meanIntercept,
            boolean scaleIntercept, double logLikelihood, long n, int iterations,
            boolean converged, String message) {
        this.meanCoefficients = meanCoefficients;
        this.meanCovariance = meanCovariance;
        this.scaleCoefficients = scaleCoefficients;
        this.scaleCovariance = scaleCovariance;
        this.meanIntercept = meanIntercept;
        this.scaleIntercept = scaleIntercept;
        this.logLikelihood = logLikelihood;
        this.n = n;
        this.iterations = iterations;
        this.converged = converged;
        this.message = message;
    }

    /** \( (\hat\beta, \hat\gamma) \): the mean coefficients, then the log-scale ones. */
    public double[] coefficients() {
        double[] all = new double[parameters()];
        System.arraycopy(meanCoefficients, 0, all, 0, meanCoefficients.length);
        System.arraycopy(scaleCoefficients, 0, all, meanCoefficients.length,
                scaleCoefficients.length);
        return all;
    }

    /** The block-diagonal inverse Fisher information of {@link #coefficients()}. */
    public double[][] covariance() {
        int p = meanCoefficients.length;
        double[][] all = new double[parameters()][parameters()];
        for (int i = 0; i < p; i++) {
            System.arraycopy(meanCovariance[i], 0, all[i], 0, p);
        }
        for (int i = 0; i < scaleCoefficients.length; i++) {
            System.arraycopy(scaleCovariance[i], 0, all[p + i], p, scaleCoefficients.length);
        }
        return all;
    }

    /** Standard errors of {@link #coefficients()}: roots of the covariance's diagonal. */
    public double[] standardErrors() {
        return diagonalRoots(covariance());
    }

    /** Names of {@link #coefficients()}, in order. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        addNames(names, "mean: ", meanIntercept, meanCoefficients.length, "x");
        addNames(names, "log sigma: ", scaleIntercept, scaleCoefficients.length, "z");
        return List.copyOf(names);
    }

    private static void addNames(List<String> names, String prefix, boolean intercept,
            int count, String predictor) {
        int offset = intercept ? 1 : 0;
        if (intercept) {
            names.add(prefix + "intercept");
        }
        for (int j = 0; j < count - offset; j++) {
            names.add(prefix + predictor + "[" + j + "]");
        }
    }

    /** Whether the mean model has a constant term (then first in {@link #meanCoefficients()}). */
    public boolean hasMeanIntercept() {
        return meanIntercept;
    }

    /** Whether the log-scale model has a constant term (first in {@link #scaleCoefficients()}). */
    public boolean hasScaleIntercept() {
        return scaleIntercept;
    }

    /** \( \hat\beta \): the mean model's intercept (if any), then one per column of x. */
    public double[] meanCoefficients() {
        return meanCoefficients.clone();
    }

    /** \( I_{\beta\beta}^{-1} = (\sum x_i x_i^T/\hat\sigma_i^2)^{-1} \). */
    public double[][] meanCovariance() {
        return copy(meanCovariance);
    }

    /** Standard errors of {@link #meanCoefficients()}. */
    public double[] meanStandardErrors() {
        return diagonalRoots(meanCovariance);
    }

    /** \( \hat\gamma \) of \( \log\sigma = z^T\gamma \): the intercept (if any), then one per column of z. */
    public double[] scaleCoefficients() {
        return scaleCoefficients.clone();
    }

    /** \( I_{\gamma\gamma}^{-1} = \tfrac12(\sum z_i z_i^T)^{-1} \). */
    public double[][] scaleCovariance() {
        return copy(scaleCovariance);
    }

    /** Standard errors of {@link #scaleCoefficients()}. */
    public double[] scaleStandardErrors() {
        return diagonalRoots(scaleCovariance);
    }

    /** \( \ell = -\sum_i [\log\sigma_i + \tfrac12\log 2\pi + r_i^2/(2\sigma_i^2)] \) at the estimates. */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** Number of free parameters k = p + q. */
    public int parameters() {
        return meanCoefficients.length + scaleCoefficients.length;
    }

    /** Number of observations n. */
    public long n() {
        return n;
    }

    /** \( 2k - 2\ell \). */
    public double aic() {
        return 2.0 * parameters() - 2 * logLikelihood;
    }

    /** \( k\log n - 2\ell \). */
    public double bic() {
        return parameters() * Math.log(n) - 2 * logLikelihood;
    }

    /** Scoring iterations taken. */
    public int iterations() {
        return iterations;
    }

    public boolean converged() {
        return converged;
    }

    /** Why the iteration did not converge, else empty. */
    public String message() {
        return message;
    }

    /** \( \exp(z^T\hat\gamma) \) for a row of z's width. */
    public double sigma(double[] zRow) {
        return Math.exp(dot(scaleCoefficients, zRow, scaleIntercept, "zRow"));
    }

    /** The fitted distribution \( N(x^T\hat\beta, \exp(z^T\hat\gamma)) \) of a new observation. */
    public Normal predict(double[] xRow, double[] zRow) {
        return Normal.of(dot(meanCoefficients, xRow, meanIntercept, "xRow"), sigma(zRow));
    }

    private static double dot(double[] coefficients, double[] row, boolean intercept,
            String name) {
        int offset = intercept ? 1 : 0;
        RowChecks.requirePredictors(name, row, coefficients.length - offset);
        double s = intercept ? coefficients[0] : 0;
        for (int j = 0; j < row.length; j++) {
            s += coefficients[j + offset] * row[j];
        }
        return s;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private static double[] diagonalRoots(double[][] m) {
        double[] d = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            d[i] = Math.sqrt(m[i][i]);
        }
        return d;
    }

    @Override
    public String toString() {
        return "HeteroscedasticFit[n=" + n + ", mean=" + java.util.Arrays.toString(meanCoefficients)
                + ", logScale=" + java.util.Arrays.toString(scaleCoefficients) + ", logLikelihood="
                + logLikelihood + ", converged=" + converged + "]";
    }
}
