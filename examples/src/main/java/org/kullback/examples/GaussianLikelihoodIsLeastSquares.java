package org.kullback.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.kullback.distributions.Normal;
import org.kullback.estimators.regression.LinearFit;
import org.kullback.estimators.regression.LinearRegression;

/**
 * Example 3: maximising a Gaussian likelihood is least squares — while the noise is the same
 * everywhere.
 *
 * <p>For \( y_i \sim \mathcal N(x_i^T\beta, \sigma^2) \),
 * \[ \log L(\beta, \sigma) = -\frac n2 \log(2\pi\sigma^2) - \frac{\mathrm{RSS}(\beta)}{2\sigma^2},
 *    \qquad \mathrm{RSS}(\beta) = \sum_i (y_i - x_i^T\beta)^2, \]
 * so for every \( \sigma \) the best \( \beta \) is the least-squares one, and then
 * \( \hat\sigma^2 = \mathrm{RSS}/n \) (not the unbiased \( \mathrm{RSS}/(n-p) \)).
 *
 * <p>Shown three ways: on NIST's Longley data, where the least-squares fit matches NIST's
 * certified coefficients and the log-likelihood, summed from Normal log-densities, falls when any
 * coefficient or \( \sigma \) is moved; on a synthetic line, where the likelihood is maximised by
 * a search that only evaluates it (Nelder–Mead) and lands on the least-squares line.
 */
public final class GaussianLikelihoodIsLeastSquares {

    static final int SYNTHETIC_SIZE = 200;
    static final long SEED = 3;
    /** Each Longley coefficient and σ is moved by this many of its standard errors. */
    static final double NUDGE = 0.01;

    /**
     * Longley: the least-squares fit against NIST, and the log-likelihood at and around it.
     *
     * @param minLogRelativeAccuracy the least number of correct digits of a coefficient,
     *     \( -\log_{10}|\hat\beta_j - \beta_j| / |\beta_j| \) (NIST's LRE)
     * @param certifiedSigmaMle \( \sqrt{\mathrm{RSS}/n} \) from NIST's certified residual
     *     standard deviation, \( s\sqrt{(n-p)/n} \)
     * @param logLikelihoodSummed \( \sum_i \log \varphi(y_i; x_i^T\hat\beta, \hat\sigma) \)
     * @param leastDropWhenNudged the least fall of the log-likelihood when one coefficient or
     *     \( \sigma \) moves by ±{@link #NUDGE} standard errors
     */
    public record Longley(LinearFit fit, BuiltInData.Certified certified,
            double minLogRelativeAccuracy, double certifiedSigmaMle, double logLikelihoodSummed,
            double leastDropWhenNudged) {
    }

    /** The synthetic line: least squares and the likelihood maximised by search. */
    public record Synthetic(BuiltInData.Regression data, LinearFit fit,
            NelderMead.Maximum likelihoodMaximum) {

        /** The searched coefficients \( (\beta_0, \beta_1) \). */
        public double[] searchedCoefficients() {
            return new double[] {likelihoodMaximum.point()[0], likelihoodMaximum.point()[1]};
        }

        /** The searched \( \sigma \) (the search runs over \( \log\sigma \)). */
        public double searchedSigma() {
            return Math.exp(likelihoodMaximum.point()[2]);
        }
    }

    public record Result(Longley longley, Synthetic synthetic) {
    }

    private GaussianLikelihoodIsLeastSquares() {
    }

    public static void main(String[] args) {
        demonstrate(System.out, Charts.directory(args));
    }

    /** Computes, prints the table and writes the chart; returns the chart file. */
    public static Path demonstrate(PrintStream out, Path outDir) {
        Result result = compute();
        print(result, out);
        return Charts.save(chart(result), outDir, "3-gaussian-likelihood-is-least-squares");
    }

    public static Result compute() {
        return new Result(longley(), synthetic());
    }

    /** \( \sum_i \log\varphi(y_i; \beta_0 + x_i^T\beta_{1:}, \sigma) \), term by term. */
    static double logLikelihood(BuiltInData.Regression data, double[] beta, double sigma) {
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            double mean = beta[0];
            for (int j = 0; j < data.predictors()[i].length; j++) {
                mean += beta[j + 1] * data.predictors()[i][j];
            }
            sum += Normal.of(mean, sigma).logDensity(data.response()[i]);
        }
        return sum;
    }

    static Longley longley() {
        BuiltInData.Regression data = BuiltInData.longley();
        BuiltInData.Certified certified = BuiltInData.longleyCertified();
        LinearFit fit = LinearRegression.fit(data.predictors(), data.response());
        double[] beta = fit.coefficients();
        double digits = Double.POSITIVE_INFINITY;
        for (int j = 0; j < beta.length; j++) {
            double relative = Math.abs(beta[j] - certified.coefficients()[j])
                    / Math.abs(certified.coefficients()[j]);
            digits = Math.min(digits, -Math.log10(Math.max(relative, 1e-16)));
        }
        int n = data.size();
        double certifiedSigmaMle = certified.residualStandardDeviation()
                * Math.sqrt((double) (n - beta.length) / n);
        double sigma = fit.sigmaMle();
        double atFit = logLikelihood(data, beta, sigma);
        double leastDrop = Double.POSITIVE_INFINITY;
        for (int j = 0; j <= beta.length; j++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] nudged = beta.clone();
                double nudgedSigma = sigma;
                if (j < beta.length) {
                    nudged[j] += sign * NUDGE * fit.standardErrors()[j];
                } else {
                    nudgedSigma *= 1 + sign * NUDGE;
                }
                leastDrop = Math.min(leastDrop,
                        atFit - logLikelihood(data, nudged, nudgedSigma));
            }
        }
        return new Longley(fit, certified, digits, certifiedSigmaMle, atFit, leastDrop);
    }

    static Synthetic synthetic() {
        BuiltInData.Regression data = BuiltInData.line(SYNTHETIC_SIZE, SEED);
        LinearFit fit = LinearRegression.fit(data.predictors(), data.response());
        // Start where nothing is known: a flat line at the mean of y, σ the spread of y.
        double[] y = data.response();
        double mean = Arrays.stream(y).average().orElseThrow();
        double spread = Math.sqrt(Arrays.stream(y).map(v -> (v - mean) * (v - mean))
                .average().orElseThrow());
        NelderMead.Maximum maximum = NelderMead.maximise(
                theta -> logLikelihood(data, new double[] {theta[0], theta[1]},
                        Math.exp(theta[2])),
                new double[] {mean, 0, Math.log(spread)}, new double[] {1, 0.1, 0.5},
                1e-15, 20_000);
        return new Synthetic(data, fit, maximum);
    }

    public static void print(Result result, PrintStream out) {
        Longley l = result.longley();
        out.printf(Locale.ROOT, "NIST Longley (n = %d, %d coefficients):%n", l.fit().n(),
                l.fit().parameters());
        out.printf(Locale.ROOT, "  least-squares coefficients match NIST's certified values to"
                + " %.1f digits (LRE)%n", l.minLogRelativeAccuracy());
        out.printf(Locale.ROOT, "  sigma_MLE = sqrt(RSS/n) = %.10g; from NIST's certified s:"
                + " s*sqrt((n-p)/n) = %.10g (s = sqrt(RSS/(n-p)) = %.10g)%n",
                l.fit().sigmaMle(), l.certifiedSigmaMle(),
                l.certified().residualStandardDeviation());
        out.printf(Locale.ROOT, "  log-likelihood summed from Normal log-densities: %.10f;"
                + " the fit reports %.10f%n", l.logLikelihoodSummed(), l.fit().logLikelihood());
        out.printf(Locale.ROOT, "  - moving any coefficient or sigma by %.2f standard errors"
                + " lowers it (by at least %.2e): least squares is the likelihood maximum%n",
                NUDGE, l.leastDropWhenNudged());
        Synthetic s = result.synthetic();
        out.printf(Locale.ROOT, "Synthetic line y = 2 + 0.5 x + N(0, 1), n = %d:%n",
                s.data().size());
        out.printf(Locale.ROOT, "  %-44s %12s %12s %12s%n", "", "intercept", "slope", "sigma");
        out.printf(Locale.ROOT, "  %-44s %12.8f %12.8f %12.8f%n",
                "least squares (QR), sigma = sqrt(RSS/n)", s.fit().coefficients()[0],
                s.fit().coefficients()[1], s.fit().sigmaMle());
        out.printf(Locale.ROOT, "  %-44s %12.8f %12.8f %12.8f%n",
                "likelihood maximised by Nelder-Mead search", s.searchedCoefficients()[0],
                s.searchedCoefficients()[1], s.searchedSigma());
        out.printf(Locale.ROOT, "  - the search (%d likelihood evaluations, no formula for the"
                + " optimum) lands on the least-squares line and on sqrt(RSS/n), not on"
                + " s = sqrt(RSS/(n-2)) = %.8f%n", s.likelihoodMaximum().evaluations(),
                s.fit().residualStandardDeviation());
    }

    public static XYChart chart(Result result) {
        Synthetic s = result.synthetic();
        double[] x = s.data().predictor(0);
        XYChart chart = Charts.lines("Gaussian likelihood maximum = least-squares line,"
                + " band ±σ with σ² = RSS/n", "x", "y");
        Charts.points(chart, "data", x, s.data().response());
        double[] ends = {0, 10};
        double[] fitted = new double[2];
        double[] upper = new double[2];
        double[] lower = new double[2];
        double[] searched = new double[2];
        for (int i = 0; i < 2; i++) {
            fitted[i] = s.fit().mean(new double[] {ends[i]});
            upper[i] = fitted[i] + s.fit().sigmaMle();
            lower[i] = fitted[i] - s.fit().sigmaMle();
            searched[i] = s.searchedCoefficients()[0] + s.searchedCoefficients()[1] * ends[i];
        }
        Charts.line(chart, "least squares", ends, fitted);
        Charts.dashed(chart, "likelihood maximum (search)", ends, searched);
        Charts.dashed(chart, "+σ", ends, upper);
        Charts.dashed(chart, "-σ", ends, lower);
        return chart;
    }
}
