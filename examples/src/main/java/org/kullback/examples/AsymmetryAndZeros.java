package org.kullback.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.kullback.distributions.Categorical;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Distribution;
import org.kullback.distributions.Normal;
import org.kullback.distributions.Uniform;

/**
 * Example 7: three facts that are often stated wrongly.
 *
 * <ul>
 *   <li>KL divergence is not symmetric: \( \mathrm{KL}(p\,\|\,q) \ne \mathrm{KL}(q\,\|\,p) \) in
 *       general, and one direction can be infinite while the other is finite (when \( q \) is 0
 *       where \( p \) is not).</li>
 *   <li>\( \mathrm{KL}(p\,\|\,p) = 0 \), but the cross-entropy of a distribution with itself is
 *       its entropy, \( H(p, p) = H(p) \), which is not 0 unless \( p \) is a point mass: the
 *       claim that cross-entropy is zero for identical distributions is false.</li>
 *   <li>Differential entropy can be negative: \( H(\mathcal N(\mu, \sigma^2)) =
 *       \tfrac12 \log(2\pi e \sigma^2) &lt; 0 \) for
 *       \( \sigma &lt; 1/\sqrt{2\pi e} \approx 0.242 \),
 *       and \( H(\mathcal U(a, b)) = \log(b - a) &lt; 0 \) for \( b - a &lt; 1 \). (Discrete
 *       entropy is never negative.)</li>
 * </ul>
 * All values are Kullback's closed forms, in nats.
 */
public final class AsymmetryAndZeros {

    static final Normal NORMAL = Normal.of(0, 1);
    static final Normal WIDER_NORMAL = Normal.of(1, 2);
    static final Uniform UNIT_UNIFORM = Uniform.of(0, 1);
    static final Uniform WIDER_UNIFORM = Uniform.of(0, 2);
    static final Categorical CATEGORICAL = Categorical.of(0.5, 0.25, 0.25);
    static final Normal NARROW_NORMAL = Normal.of(0, 0.1);
    static final Uniform NARROW_UNIFORM = Uniform.of(0, 0.5);

    /** \( \mathrm{KL}(p\,\|\,q) \) and \( \mathrm{KL}(q\,\|\,p) \). */
    public record Pair(Distribution p, Distribution q, double forward, double backward) {
    }

    /** \( \mathrm{KL}(p\,\|\,p) \), \( H(p, p) \) and \( H(p) \). */
    public record Self(Distribution p, double kl, double crossEntropy, double entropy) {
    }

    /** Everything the example prints. */
    public record Result(Pair normals, Pair uniforms, Self normal, Self categorical,
            double narrowNormalEntropy, double narrowUniformEntropy) {
    }

    private AsymmetryAndZeros() {
    }

    /** Runs the example; its chart goes to the directory in {@code args[0]}, or kullback-tour. */
    public static void main(String[] args) {
        demonstrate(System.out, Charts.directory(args));
    }

    /** Computes, prints the table and writes the chart; returns the chart file. */
    public static Path demonstrate(PrintStream out, Path outDir) {
        Result result = compute();
        print(result, out);
        return Charts.save(chart(), outDir, "7-asymmetry-and-zeros");
    }

    /** The computation whose numbers the example prints and its tests assert. */
    public static Result compute() {
        return new Result(pair(NORMAL, WIDER_NORMAL), pair(UNIT_UNIFORM, WIDER_UNIFORM),
                self(NORMAL), self(CATEGORICAL), NARROW_NORMAL.entropy(),
                NARROW_UNIFORM.entropy());
    }

    static Pair pair(Distribution p, Distribution q) {
        return new Pair(p, q, kl(p, q), kl(q, p));
    }

    static Self self(Distribution p) {
        return new Self(p, kl(p, p), ClosedForms.crossEntropy(p, p).orElseThrow(), p.entropy());
    }

    static double kl(Distribution p, Distribution q) {
        return ClosedForms.kl(p, q).orElseThrow();
    }

    /** Prints the table and the claims it supports. */
    public static void print(Result result, PrintStream out) {
        out.println("Asymmetry:");
        for (Pair pair : new Pair[] {result.normals(), result.uniforms()}) {
            out.printf(Locale.ROOT, "  p = %-18s q = %-18s KL(p||q) = %-10.6f KL(q||p) = %.6f%n",
                    pair.p(), pair.q(), pair.forward(), pair.backward());
        }
        out.println("  - KL(p||q) != KL(q||p); KL(Uniform(0, 2) || Uniform(0, 1)) is infinite"
                + " because Uniform(0, 1)\n    has no mass on (1, 2), while the other direction"
                + " is log 2");
        out.println("A distribution against itself:");
        for (Self self : new Self[] {result.normal(), result.categorical()}) {
            out.printf(Locale.ROOT, "  p = %-32s KL(p||p) = %s   H(p, p) = %.6f = H(p) = %.6f%n",
                    self.p(), self.kl(), self.crossEntropy(), self.entropy());
        }
        out.println("  - KL(p||p) = 0 but H(p, p) = H(p) > 0: cross-entropy is not zero for"
                + " identical distributions");
        out.println("Negative differential entropy:");
        out.printf(Locale.ROOT, "  H(%s) = %.6f,  H(%s) = %.6f%n", NARROW_NORMAL,
                result.narrowNormalEntropy(), NARROW_UNIFORM, result.narrowUniformEntropy());
        out.println("  - differential entropy is negative for a narrow density (Normal with"
                + " sd < 0.242, Uniform\n    narrower than 1); discrete entropy and KL never"
                + " are");
    }

    /** Both directions of KL between \( \mathcal N(0,1) \) and \( \mathcal N(0,s^2) \). */
    public static XYChart chart() {
        int points = 121;
        double[] sd = new double[points];
        double[][] curves = new double[3][points];
        for (int i = 0; i < points; i++) {
            sd[i] = Math.pow(10, -1.3 + 2 * (double) i / (points - 1));
            Normal q = Normal.of(0, sd[i]);
            curves[0][i] = kl(NORMAL, q);
            curves[1][i] = kl(q, NORMAL);
            curves[2][i] = q.entropy();
        }
        XYChart chart = Charts.lines("KL between N(0, 1) and N(0, s²) in both directions;"
                + " entropy of N(0, s²)", "s (log scale)", "nats");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(-2.0);
        chart.getStyler().setYAxisMax(5.0);
        Charts.line(chart, "KL(N(0,1) || N(0,s²))", sd, curves[0]);
        Charts.line(chart, "KL(N(0,s²) || N(0,1))", sd, curves[1]);
        Charts.line(chart, "H(N(0,s²)), negative for s < 0.242", sd, curves[2]);
        Charts.dashed(chart, "0", new double[] {sd[0], sd[points - 1]}, new double[2]);
        return chart;
    }
}
