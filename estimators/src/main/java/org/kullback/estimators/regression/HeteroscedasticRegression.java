package org.kullback.estimators.regression;

/**
 * Gaussian regression with a modelled variance: \( y_i \sim N(x_i^T\beta, \sigma_i^2) \) with
 * \( \log\sigma_i = z_i^T\gamma \), fitted by maximum likelihood with Fisher scoring. Here the
 * likelihood is no longer the L2 loss: each residual is weighted by its fitted precision
 * \( 1/\sigma_i^2 \) and \( \log\sigma_i \) is paid for, so \( \hat\beta \) differs from least
 * squares whenever the fitted variances differ.
 *
 * <p>The expected information is block diagonal (\( I_{\beta\gamma} = 0 \)), so a scoring step
 * splits into two least-squares problems (Aitkin, "Modelling variance heterogeneity in normal
 * regression using GLIM", Applied Statistics 36 (1987) 332–339; Smyth, "Generalized linear models
 * with varying dispersion", JRSS B 51 (1989) 47–60):
 * <ul>
 *   <li>\( \gamma \leftarrow \gamma + (2Z^TZ)^{-1} \sum_i z_i (r_i^2/\sigma_i^2 - 1) \), i.e. the
 *       regression of \( (r_i^2/\sigma_i^2 - 1)/2 \) on Z, halved until the likelihood does not
 *       decrease;</li>
 *   <li>\( \beta \leftarrow \) the weighted least-squares fit with weights \( 1/\sigma_i^2 \)
 *       (the exact maximiser over \( \beta \) for the current \( \gamma \), solved by
 *       {@link LinearRegression} with its refinement).</li>
 * </ul>
 * The likelihood increases at every step. Iteration stops when every coefficient moves by less
 * than \( 10^{-10} \) of its standard error; it starts from least squares and the constant
 * \( \log\sigma \) that least squares implies.
 *
 * <pre>{@code
 * HeteroscedasticFit fit = HeteroscedasticRegression.of().fit(x, z, y);   // both with intercept
 * HeteroscedasticFit origin = HeteroscedasticRegression.of().withMeanIntercept(false)
 *         .fit(x, x, y);
 * }</pre>
 */
public final class HeteroscedasticRegression {

    private static final int MAX_ITERATIONS = 500;
    private static final double TOLERANCE = 1e-10;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private final boolean meanIntercept;
    private final boolean scaleIntercept;

    private HeteroscedasticRegression(boolean meanIntercept, boolean scaleIntercept) {
        this.meanIntercept = meanIntercept;
        this.scaleIntercept = scaleIntercept;
    }

    /** The model with an intercept in both the mean and the log-scale model. */
    public static HeteroscedasticRegression of() {
        return new HeteroscedasticRegression(true, true);
    }

    /** The same options with or without a constant term in the mean model \( x^T\beta \). */
    public HeteroscedasticRegression withMeanIntercept(boolean withIntercept) {
        return new HeteroscedasticRegression(withIntercept, scaleIntercept);
    }

    /** The same options with or without a constant term in the log-scale model \( z^T\gamma \). */
    public HeteroscedasticRegression withScaleIntercept(boolean withIntercept) {
        return new HeteroscedasticRegression(meanIntercept, withIntercept);
    }

    public boolean meanIntercept() {
        return meanIntercept;
    }

    public boolean scaleIntercept() {
        return scaleIntercept;
    }

    /**
     * The maximum-likelihood fit of mean \( x^T\beta \) and \( \log\sigma = z^T\gamma \).
     *
     * @param x the rows of the mean model's predictors (no column of ones)
     * @param z the rows of the log-scale model's predictors (no column of ones); may be x itself
     * @param y the responses
     * @throws IllegalArgumentException for mismatched lengths, non-finite data, \( n \le p \) or
     *     \( n \le q \), or linearly dependent columns of x or z
     */
    public HeteroscedasticFit fit(double[][] x, double[][] z, double[] y) {
        LinearRegression meanModel = LinearRegression.of().withIntercept(meanIntercept);
        LinearFit ols = meanModel.fit(x, y);
        if (z == null || z.length != y.length) {
            throw new IllegalArgumentException("z has " + (z == null ? "no" : z.length)
                    + " rows but y has " + y.length + " values");
        }
        int n = y.length;
        int[] zColumns = validateZ(z);
        int q = zColumns.length + (scaleIntercept ? 1 : 0);
        LinearRegression.requireMoreRowsThanParameters(n, q);
        if (!(ols.residualSumOfSquares() > 0)) {
            throw new IllegalArgumentException("least squares fits y exactly: the variance is zero"
                    + " and the scale model has no maximum-likelihood estimate");
        }
        RowDesign scaleDesign = new RowDesign(z, new double[n], null, scaleIntercept, zColumns);
        HouseholderQr zQr = new HouseholderQr(scaleDesign);
        int dependent = LinearRegression.firstDependentColumn(zQr);
        if (dependent >= 0) {
            throw new IllegalArgumentException("z has linearly dependent columns: "
                    + (scaleIntercept && dependent == 0 ? "the intercept"
                    : "column " + (dependent - (scaleIntercept ? 1 : 0)))
                    + " is a combination of the columns before it");
        }
        double[] gamma = startingScale(z, ols, scaleIntercept, zColumns, zQr);
        double[] beta = ols.coefficients();
        double[] logSigma = linear(z, gamma, scaleIntercept);
        double[] residuals = ols.residuals();
        double logLikelihood = logLikelihood(residuals, logSigma);
        LinearFit weighted = ols;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[] working = new double[n];
            for (int i = 0; i < n; i++) {
                double u = residuals[i] * Math.exp(-logSigma[i]);
                working[i] = 0.5 * (u * u - 1);
            }
            double[] step = RefinedLeastSquares.solve(
                    new RowDesign(z, working, null, scaleIntercept, zColumns), zQr,
                    0x1p-60, 0x1p-50).x();
            double factor = 1;
            double[] trialGamma;
            double[] trialLogSigma;
            double trial;
            do {
                trialGamma = gamma.clone();
                for (int j = 0; j < q; j++) {
                    trialGamma[j] += factor * step[j];
                }
                trialLogSigma = linear(z, trialGamma, scaleIntercept);
                trial = logLikelihood(residuals, trialLogSigma);
                factor *= 0.5;
            } while (!(trial >= logLikelihood) && factor > 0x1p-30);
            if (!(trial >= logLikelihood)) {
                return result(weighted, beta, gamma, zQr, scaleIntercept, meanIntercept,
                        logLikelihood, n, iteration, false,
                        "no step of the log-scale coefficients increases the likelihood");
            }
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = Math.exp(-2 * trialLogSigma[i]);
                if (!(weights[i] > 0 && weights[i] < Double.POSITIVE_INFINITY)) {
                    return result(weighted, beta, gamma, zQr, scaleIntercept, meanIntercept,
                            logLikelihood, n, iteration, false, "the fitted sigma of row " + i
                                    + " left the range of doubles (" + Math.exp(trialLogSigma[i])
                                    + "): the likelihood is unbounded for this scale model");
                }
            }
            weighted = meanModel.fit(x, y, weights);
            double[] newBeta = weighted.coefficients();
            double[] newResiduals = weighted.residuals();
            double newLogLikelihood = logLikelihood(newResiduals, trialLogSigma);
            boolean small = movesLessThan(gamma, trialGamma, scaleStandardErrors(zQr))
                    && movesLessThan(beta, newBeta, meanStandardErrors(weighted));
            gamma = trialGamma;
            logSigma = trialLogSigma;
            beta = newBeta;
            residuals = newResiduals;
            logLikelihood = newLogLikelihood;
            if (small) {
                return result(weighted, beta, gamma, zQr, scaleIntercept, meanIntercept,
                        logLikelihood, n, iteration, true, "");
            }
        }
        return result(weighted, beta, gamma, zQr, scaleIntercept, meanIntercept, logLikelihood,
                n, MAX_ITERATIONS, false, "no convergence in " + MAX_ITERATIONS
                        + " scoring iterations");
    }

    private static int[] validateZ(double[][] z) {
        int width = z.length == 0 || z[0] == null ? 0 : z[0].length;
        for (int i = 0; i < z.length; i++) {
            if (z[i] == null || z[i].length != width) {
                throw new IllegalArgumentException("z[" + i + "] has "
                        + (z[i] == null ? "no values (null)" : z[i].length + " columns")
                        + " but z[0] has " + width);
            }
            for (int j = 0; j < width; j++) {
                if (!Double.isFinite(z[i][j])) {
                    throw new IllegalArgumentException("z[" + i + "][" + j + "] (row " + i
                            + ", column " + j + ") must be finite, got " + z[i][j]);
                }
            }
        }
        int[] columns = new int[width];
        for (int j = 0; j < width; j++) {
            columns[j] = j;
        }
        return columns;
    }

    /**
     * A start for \( \gamma \): the regression of \( \log|r_i| + 0.635 \) on z (since
     * \( E\log|\varepsilon| = \log\sigma - (\gamma_E + \log 2)/2 \) for normal \( \varepsilon \)),
     * with \( r_i^2 \) floored at \( 10^{-6} \hat\sigma^2 \) so that an exactly fitted row does not
     * give \( -\infty \).
     */
    private static double[] startingScale(double[][] z, LinearFit ols, boolean intercept,
            int[] columns, HouseholderQr qr) {
        double[] r = ols.residuals();
        double floor = 1e-6 * ols.varianceMle();
        double offset = 0.5 * (0.5772156649015329 + Math.log(2));
        double[] target = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            target[i] = 0.5 * Math.log(Math.max(r[i] * r[i], floor)) + offset;
        }
        return RefinedLeastSquares.solve(new RowDesign(z, target, null, intercept, columns), qr,
                0x1p-60, 0x1p-50).x();
    }

    private static double[] linear(double[][] z, double[] gamma, boolean intercept) {
        double[] v = new double[z.length];
        int offset = intercept ? 1 : 0;
        for (int i = 0; i < z.length; i++) {
            double s = intercept ? gamma[0] : 0;
            for (int j = 0; j < z[i].length; j++) {
                s += gamma[j + offset] * z[i][j];
            }
            v[i] = s;
        }
        return v;
    }

    private static double logLikelihood(double[] residuals, double[] logSigma) {
        double hi = 0;
        double lo = 0;
        for (int i = 0; i < residuals.length; i++) {
            double u = residuals[i] * Math.exp(-logSigma[i]);
            double term = -logSigma[i] - HALF_LOG_TWO_PI - 0.5 * u * u;
            double s = hi + term;
            lo += DoubleDouble.twoSumError(hi, term, s);
            hi = s;
        }
        return hi + lo;
    }

    private static boolean movesLessThan(double[] before, double[] after, double[] scale) {
        for (int j = 0; j < before.length; j++) {
            if (!(Math.abs(after[j] - before[j]) <= TOLERANCE * scale[j])) {
                return false;
            }
        }
        return true;
    }

    private static double[] scaleStandardErrors(HouseholderQr zQr) {
        double[][] c = zQr.inverseGram();
        double[] se = new double[c.length];
        for (int j = 0; j < se.length; j++) {
            se[j] = Math.sqrt(0.5 * c[j][j]);
        }
        return se;
    }

    /** Standard errors from \( (X^TWX)^{-1} \) without the \( s^2 \) factor: the weights are the fitted precisions. */
    private static double[] meanStandardErrors(LinearFit weighted) {
        double[][] c = weighted.covariance();
        double s2 = weighted.residualVariance();
        double[] se = new double[c.length];
        for (int j = 0; j < se.length; j++) {
            se[j] = Math.sqrt(c[j][j] / s2);
        }
        return se;
    }

    private static HeteroscedasticFit result(LinearFit weighted, double[] beta, double[] gamma,
            HouseholderQr zQr, boolean scaleIntercept, boolean meanIntercept,
            double logLikelihood, int n, int iterations, boolean converged, String message) {
        double[][] c = weighted.covariance();
        double s2 = weighted.residualVariance();
        for (double[] row : c) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= s2;
            }
        }
        double[][] g = zQr.inverseGram();
        for (double[] row : g) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= 0.5;
            }
        }
        return new HeteroscedasticFit(beta, c, gamma, g, meanIntercept, scaleIntercept,
                logLikelihood, n, iterations, converged, message);
    }
}
