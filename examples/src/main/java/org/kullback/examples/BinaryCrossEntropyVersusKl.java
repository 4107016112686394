package org.kullback.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.kullback.distributions.Bernoulli;
import org.kullback.distributions.ClosedForms;
import org.kullback.special.LogSpace;

/**
 * Example 5: why "binary cross-entropy is more robust than KL" — and why it is really about
 * computing from logits.
 *
 * <p>For a label \( y \in [0, 1] \) and a prediction \( s = \sigma(z) = 1/(1 + e^{-z}) \) from a
 * logit \( z \):
 * \[ \mathrm{BCE}(y, z) = -y \log s - (1-y)\log(1-s), \qquad
 *    \mathrm{KL}(y\,\|\,s) = y \log\frac{y}{s} + (1-y)\log\frac{1-y}{1-s}, \]
 * and \( \mathrm{BCE} - \mathrm{KL} = H(y) = -y\log y - (1-y)\log(1-y) \), which does not depend on
 * \( z \): both have the gradient \( \partial/\partial z = s - y \). Written on probabilities, KL
 * evaluates \( 0 \cdot \log 0 \) for a hard label (NaN), and both losses evaluate
 * \( \log 0 \) once \( s \) rounds to 0 or 1 (\( |z| \gtrsim 37 \)), giving \( \infty \) or
 * NaN. Written on the logit, with \( -\log s = \log(1 + e^{-z}) \) and
 * \( -\log(1-s) = \log(1 + e^{z}) \) ({@link LogSpace#log1pexp}) and \( 0 \log 0 = 0 \)
 * ({@link LogSpace#xlogy}), both are finite everywhere.
 */
public final class BinaryCrossEntropyVersusKl {

    /** A label and a logit, with what the case shows. */
    public record Case(String description, double label, double logit) {
    }

    static final List<Case> CASES = List.of(
            new Case("soft label", 0.3, 0.5),
            new Case("hard label 0", 0, -2),
            new Case("hard label 1", 1, 3),
            new Case("soft, s rounds to 1", 0.3, 40),
            new Case("hard 0, s rounds to 1", 0, 40),
            new Case("hard 1, s rounds to 1", 1, 40),
            new Case("soft, s underflows to 0", 0.2, -800));

    /**
     * One case evaluated every way.
     *
     * @param prediction \( s = \sigma(z) \) as a double
     * @param naiveKl KL on probabilities, \( y\log(y/s) + (1-y)\log((1-y)/(1-s)) \)
     * @param naiveBce BCE on probabilities, \( -y\log s - (1-y)\log(1-s) \)
     * @param kl KL from the logit
     * @param bce BCE from the logit
     * @param klClosedForm Kullback's {@code ClosedForms.kl(Bernoulli.of(y), Bernoulli.ofLogit(z))}
     * @param labelEntropy \( H(y) \)
     * @param klGradient \( \partial \mathrm{KL}/\partial z \) by central differences of the
     *     closed form
     * @param bceGradient \( \partial \mathrm{BCE}/\partial z \) by central differences
     */
    public record Row(Case input, double prediction, double naiveKl, double naiveBce, double kl,
            double bce, double klClosedForm, double labelEntropy, double klGradient,
            double bceGradient) {

        /** The exact gradient of both losses, \( \sigma(z) - y \). */
        public double sigmoidMinusLabel() {
            return prediction - input.label();
        }
    }

    /** Everything the example prints. */
    public record Result(List<Row> rows) {

        /** The largest \( |(\mathrm{BCE} - \mathrm{KL}) - H(y)| \) over the cases. */
        public double maxEntropyGapError() {
            return max(row -> Math.abs(row.bce() - row.kl() - row.labelEntropy()));
        }

        /** The largest relative difference between the logit KL and the closed form. */
        public double maxClosedFormRelativeDifference() {
            return max(row -> Math.abs(row.kl() - row.klClosedForm()) / row.klClosedForm());
        }

        /** The largest difference between the two numerical gradients. */
        public double maxGradientDifference() {
            return max(row -> Math.abs(row.bceGradient() - row.klGradient()));
        }

        /** The largest difference between either numerical gradient and \( \sigma(z) - y \). */
        public double maxGradientError() {
            return max(row -> Math.max(Math.abs(row.bceGradient() - row.sigmoidMinusLabel()),
                    Math.abs(row.klGradient() - row.sigmoidMinusLabel())));
        }

        private double max(ToDoubleFunction<Row> value) {
            return rows.stream().mapToDouble(value).max().orElseThrow();
        }
    }

    private BinaryCrossEntropyVersusKl() {
    }

    /** Runs the example; its chart goes to the directory in {@code args[0]}, or kullback-tour. */
    public static void main(String[] args) {
        demonstrate(System.out, Charts.directory(args));
    }

    /** Computes, prints the table and writes the chart; returns the chart file. */
    public static Path demonstrate(PrintStream out, Path outDir) {
        Result result = compute();
        print(result, out);
        return Charts.save(chart(), outDir, "5-binary-cross-entropy-versus-kl");
    }

    /** The computation whose numbers the example prints and its tests assert. */
    public static Result compute() {
        return new Result(CASES.stream().map(BinaryCrossEntropyVersusKl::evaluate).toList());
    }

    static Row evaluate(Case c) {
        double y = c.label();
        double z = c.logit();
        double s = 1 / (1 + Math.exp(-z));
        return new Row(c, s, naiveKl(y, s), naiveBce(y, s), kl(y, z), bce(y, z),
                klClosedForm(y, z), labelEntropy(y),
                CentralDifferences.derivative(logit -> klClosedForm(y, logit), z),
                CentralDifferences.derivative(logit -> bce(y, logit), z));
    }

    /** The textbook formula on probabilities, as it is often typed. */
    static double naiveKl(double y, double s) {
        return y * Math.log(y / s) + (1 - y) * Math.log((1 - y) / (1 - s));
    }

    /** The textbook formula on probabilities, as it is often typed. */
    static double naiveBce(double y, double s) {
        return -y * Math.log(s) - (1 - y) * Math.log(1 - s);
    }

    /** \( y \log(1 + e^{-z}) + (1-y)\log(1 + e^{z}) \): no \( \log 0 \), no cancellation. */
    static double bce(double y, double z) {
        return y * LogSpace.log1pexp(-z) + (1 - y) * LogSpace.log1pexp(z);
    }

    /**
     * \( y(\log y - \log s) + (1-y)(\log(1-y) - \log(1-s)) \) with \( \log s \) and
     * \( \log(1-s) \) from the logit, and a term of weight 0 left out (\( 0 \log 0 = 0 \)).
     */
    static double kl(double y, double z) {
        double sum = 0;
        if (y > 0) {
            sum += y * (Math.log(y) + LogSpace.log1pexp(-z));
        }
        if (y < 1) {
            sum += (1 - y) * (Math.log1p(-y) + LogSpace.log1pexp(z));
        }
        return sum;
    }

    /** Kullback's closed form, as an independent check of {@link #kl}. */
    static double klClosedForm(double y, double z) {
        return ClosedForms.kl(Bernoulli.of(y), Bernoulli.ofLogit(z)).orElseThrow();
    }

    /** \( H(y) = -y\log y - (1-y)\log(1-y) \), with \( 0 \log 0 = 0 \). */
    static double labelEntropy(double y) {
        // Starting from +0.0 so that a hard label gives 0.0, not -0.0.
        return 0.0 - LogSpace.xlogy(y, y) - LogSpace.xlogy(1 - y, 1 - y);
    }

    /** Prints the table and the claims it supports. */
    public static void print(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "%-23s %4s %6s %9s %9s %9s %9s %9s %9s%n", "case", "y", "z",
                "naive KL", "naive BCE", "KL", "BCE", "BCE - KL", "H(y)");
        for (Row row : result.rows()) {
            out.printf(Locale.ROOT, "%-23s %4.1f %6.1f %9.4g %9.4g %9.4g %9.4g %9.4g %9.4g%n",
                    row.input().description(), row.input().label(), row.input().logit(),
                    row.naiveKl(), row.naiveBce(), row.kl(), row.bce(), row.bce() - row.kl(),
                    row.labelEntropy());
        }
        out.println("- naive KL on probabilities is NaN for every hard label (0 log 0), and NaN"
                + " or Infinity once\n  s = sigmoid(z) rounds to 0 or 1; naive BCE survives"
                + " hard labels but not saturation");
        out.printf(Locale.ROOT, "- from the logit z both are finite in every case, and KL matches"
                + " Kullback's closed-form%n  Bernoulli KL (relative difference %.1e)%n",
                result.maxClosedFormRelativeDifference());
        out.printf(Locale.ROOT, "- BCE - KL = H(y) in every case (to %.1e; 0 for hard labels)%n",
                result.maxEntropyGapError());
        out.printf(Locale.ROOT, "- the gradients d/dz of BCE and KL agree to %.1e, and with"
                + " sigmoid(z) - y to %.1e:%n  the same training signal%n",
                result.maxGradientDifference(), result.maxGradientError());
        out.println("So BCE is not more robust than KL; computing from logits is what is robust.");
    }

    /** Both losses from the logit, against \( z \), for one soft and one hard label. */
    public static XYChart chart() {
        // Few points, so that segments are longer than the dashes of the KL curves.
        int points = 33;
        double[] z = new double[points];
        double[][] curves = new double[4][points];
        for (int i = 0; i < points; i++) {
            z[i] = -8 + 16.0 * i / (points - 1);
            curves[0][i] = bce(0.3, z[i]);
            curves[1][i] = kl(0.3, z[i]);
            curves[2][i] = bce(1, z[i]);
            curves[3][i] = kl(1, z[i]);
        }
        XYChart chart = Charts.lines("BCE and KL against the logit: parallel curves, gap H(y)",
                "logit z", "loss (nats)");
        Charts.line(chart, "BCE, y = 0.3", z, curves[0]);
        Charts.dashed(chart, "KL, y = 0.3 (BCE - 0.611)", z, curves[1]);
        Charts.line(chart, "BCE, y = 1", z, curves[2]);
        Charts.dashed(chart, "KL, y = 1 (= BCE)", z, curves[3]);
        return chart;
    }
}
