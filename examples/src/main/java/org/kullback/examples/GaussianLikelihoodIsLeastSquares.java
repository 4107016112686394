package org.kullback.examples;

import java.awt.Color;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.kullback.distributions.Normal;
import org.kullback.estimators.regression.HeteroscedasticFit;
import org.kullback.estimators.regression.HeteroscedasticRegression;
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
 * <p>Shown on NIST's Longley data, where the least-squares fit matches NIST's certified
 * coefficients and the log-likelihood, summed from Normal log-densities, falls when any
 * coefficient or \( \sigma \) is moved; and on a synthetic line, where the likelihood is
 * maximised by a search that only evaluates it (Nelder–Mead) and lands on the least-squares line.
 *
 * <p>Then the noise grows with \( x \): \( \log\sigma_i = \gamma_0 + \gamma_1 x_i \). The
 * log-likelihood \( -\sum_i [\log\sigma_i + r_i^2/(2\sigma_i^2)] \) weights each squared
 * residual by its own precision, so it is no longer the sum of squares: its maximum
 * ({@link HeteroscedasticRegression}, and the same search) is a different line. This is where
 * "Gaussian likelihood = L2 loss" stops being true.
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

    /**
     * Heteroscedastic data: least squares, the maximum likelihood with \( \log\sigma \) linear in
     * \( x \), and the search on that likelihood over \( (\beta_0, \beta_1, \gamma_0, \gamma_1) \).
     */
    public record Heteroscedastic(BuiltInData.Regression data, LinearFit leastSquares,
            HeteroscedasticFit fit, NelderMead.Maximum likelihoodMaximum) {

        /** The fitted mean coefficients differ from least squares by this many standard errors. */
        public double slopeShiftInStandardErrors() {
            return Math.abs(fit.meanCoefficients()[1] - leastSquares.coefficients()[1])
                    / fit.meanStandardErrors()[1];
        }
    }

    /** Everything the example prints. */
    public record Result(Longley longley, Synthetic synthetic, Heteroscedastic heteroscedastic) {
    }

    private GaussianLikelihoodIsLeastSquares() {
    }

    /** Runs the example; its chart goes to the directory in {@code args[0]}, or kullback-tour. */
    public static void main(String[] args) {
        demonstrate(System.out, Charts.directory(args));
    }

    /** Computes, prints the table and writes the chart; returns the chart file. */
    public static Path demonstrate(PrintStream out, Path outDir) {
        Result result = compute();
        print(result, out);
        return Charts.save(chart(result), outDir, "3-gaussian-likelihood-is-least-squares");
    }

    /** The computation whose numbers the example prints and its tests assert. */
    public static Result compute() {
        return new Result(longley(), synthetic(), heteroscedastic());
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
        LinearFit fit = LinearRegression.of().fit(data.predictors(), data.response());
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
        LinearFit fit = LinearRegression.of().fit(data.predictors(), data.response());
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

    /**
     * \( \sum_i \log\varphi(y_i; \beta_0 + \beta_1 x_i, e^{\gamma_0 + \gamma_1 x_i}) \) for
     * \( \theta = (\beta_0, \beta_1, \gamma_0, \gamma_1) \).
     */
    static double heteroscedasticLogLikelihood(BuiltInData.Regression data, double[] theta) {
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            double x = data.predictors()[i][0];
            sum += Normal.of(theta[0] + theta[1] * x, Math.exp(theta[2] + theta[3] * x))
                    .logDensity(data.response()[i]);
        }
        return sum;
    }

    static Heteroscedastic heteroscedastic() {
        BuiltInData.Regression data = BuiltInData.heteroscedasticLine(SYNTHETIC_SIZE, SEED);
        LinearFit leastSquares = LinearRegression.of().fit(data.predictors(), data.response());
        HeteroscedasticFit fit = HeteroscedasticRegression.of().fit(data.predictors(),
                data.predictors(), data.response());
        double[] y = data.response();
        double mean = Arrays.stream(y).average().orElseThrow();
        double spread = Math.sqrt(Arrays.stream(y).map(v -> (v - mean) * (v - mean))
                .average().orElseThrow());
        NelderMead.Maximum maximum = NelderMead.maximise(
                theta -> heteroscedasticLogLikelihood(data, theta),
                new double[] {mean, 0, Math.log(spread), 0}, new double[] {1, 0.1, 0.5, 0.05},
                1e-15, 40_000);
        return new Heteroscedastic(data, leastSquares, fit, maximum);
    }

    /** Prints the table and the claims it supports. */
    public static void print(Result result, PrintStream out) {
        Longley l = result.longley();
        out.printf(Locale.ROOT, "NIST Longley (n = %d, %d coefficients):%n", l.fit().n(),
                l.fit().parameters());
        out.printf(Locale.ROOT, "  least-squares coefficients match NIST's certified values to"
                + " %.1f digits (LRE)%n", l.minLogRelativeAccuracy());
        out.printf(Locale.ROOT, "  sigma_MLE = sqrt(RSS/n) = %.10g; from NIST's certified"
                + "%n  s = sqrt(RSS/(n-p)) = %3$.10g: s*sqrt((n-p)/n) = %2$.10g%n",
                l.fit().sigmaMle(), l.certifiedSigmaMle(),
                l.certified().residualStandardDeviation());
        out.printf(Locale.ROOT, "  log-likelihood summed from Normal log-densities: %.10f,"
                + "%n  as the fit reports: %.10f%n", l.logLikelihoodSummed(),
                l.fit().logLikelihood());
        out.printf(Locale.ROOT, "  - moving any coefficient or sigma by %.2f standard errors"
                + " lowers it (by at least%n    %.2e): least squares is the likelihood"
                + " maximum%n",
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
                + " optimum) lands on the%n    least-squares line and on sqrt(RSS/n), not on"
                + " s = sqrt(RSS/(n-2)) = %.8f%n", s.likelihoodMaximum().evaluations(),
                s.fit().residualStandardDeviation());
        Heteroscedastic h = result.heteroscedastic();
        out.printf(Locale.ROOT, "Heteroscedastic line y = 2 + 0.5 x + N(0, (0.1 exp(0.4 x))^2),"
                + " n = %d:%n", h.data().size());
        out.printf(Locale.ROOT, "  %-44s %12s %12s %12s%n", "", "intercept", "slope",
                "log-lik");
        double[] theta = h.likelihoodMaximum().point();
        out.printf(Locale.ROOT, "  %-44s %12.8f %12.8f %12.4f%n", "least squares",
                h.leastSquares().coefficients()[0], h.leastSquares().coefficients()[1],
                h.leastSquares().logLikelihood());
        out.printf(Locale.ROOT, "  %-44s %12.8f %12.8f %12.4f%n",
                "maximum likelihood, log sigma = g0 + g1 x", h.fit().meanCoefficients()[0],
                h.fit().meanCoefficients()[1], h.fit().logLikelihood());
        out.printf(Locale.ROOT, "  %-44s %12.8f %12.8f %12.4f%n",
                "the same likelihood maximised by search", theta[0], theta[1],
                h.likelihoodMaximum().value());
        out.printf(Locale.ROOT, "  - modelling sigma moves the slope by %.1f standard errors:"
                + " the likelihood now%n    weights each squared residual by 1/sigma_i^2.%n",
                h.slopeShiftInStandardErrors());
        out.println("    This is where \"Gaussian likelihood = L2 loss\" stops being true:"
                + " it needs\n    one sigma for all points.");
    }

    /** The chart described in the class comment. */
    public static XYChart chart(Result result) {
        Heteroscedastic h = result.heteroscedastic();
        XYChart chart = Charts.lines("Growing noise: least squares (band ±σ̂) vs the likelihood"
                + " with log σ linear in x (band ±σ(x))", "x", "y");
        Charts.points(chart, "data", h.data().predictor(0), h.data().response())
                .setMarkerColor(Color.GRAY);
        int points = 41;
        double[] x = new double[points];
        double[][] curves = new double[6][points];
        for (int i = 0; i < points; i++) {
            x[i] = 10.0 * i / (points - 1);
            double[] row = {x[i]};
            curves[0][i] = h.leastSquares().mean(row);
            curves[1][i] = curves[0][i] + h.leastSquares().sigmaMle();
            curves[2][i] = curves[0][i] - h.leastSquares().sigmaMle();
            Normal predicted = h.fit().predict(row, row);
            curves[3][i] = predicted.mean();
            curves[4][i] = predicted.mean() + predicted.sd();
            curves[5][i] = predicted.mean() - predicted.sd();
        }
        Color leastSquares = new Color(214, 39, 40);
        Color likelihood = new Color(31, 119, 180);
        Charts.line(chart, "least squares", x, curves[0]).setLineColor(leastSquares);
        Charts.dashed(chart, "±σ̂, σ̂² = RSS/n", x, curves[1]).setLineColor(leastSquares);
        Charts.dashed(chart, " ", x, curves[2]).setLineColor(leastSquares)
                .setShowInLegend(false);
        Charts.line(chart, "maximum likelihood, σ modelled", x, curves[3])
                .setLineColor(likelihood);
        Charts.dashed(chart, "±σ(x)", x, curves[4]).setLineColor(likelihood);
        Charts.dashed(chart, "  ", x, curves[5]).setLineColor(likelihood).setShowInLegend(false);
        return chart;
    }
}
