package org.kullback.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The guided tour: the examples in order, each introduced by a sentence or two, on built-in data.
 * {@code kullback tour} runs it.
 */
public final class Tour {

    private record Stop(String title, String introduction,
            BiFunction<PrintStream, Path, Path> example) {
    }

    private static final List<Stop> STOPS = List.of(
            new Stop("1. Cross-entropy versus KL during training",
                    "Cross-entropy is entropy plus KL: H(p, q) = H(p) + KL(p||q). Since H(p) does"
                    + " not depend on the model, minimising either one is the same training.",
                    CrossEntropyVersusKl::demonstrate),
            new Stop("2. Empirical cross-entropy is the negative log-likelihood",
                    "On a sample, cross-entropy is the mean negative log-likelihood, so maximum"
                    + " likelihood minimises it; with more data it tends to H(p), and KL to 0.",
                    EmpiricalCrossEntropyIsNll::demonstrate),
            new Stop("3. Gaussian likelihood is least squares",
                    "With Gaussian noise of one fixed size, the log-likelihood is minus the sum of"
                    + " squared residuals, scaled: maximising one minimises the other. When the"
                    + " noise size varies, that stops being true.",
                    GaussianLikelihoodIsLeastSquares::demonstrate),
            new Stop("4. Closed form versus integration",
                    "KL is an integral, so every closed form can be checked by integrating its"
                    + " definition numerically; Kullback does this for every registered pair.",
                    ClosedFormVersusIntegration::demonstrate),
            new Stop("5. Why \"BCE is more robust than KL\"",
                    "Binary cross-entropy and KL differ by the label entropy, so they give the"
                    + " same gradient. What breaks is the formula on probabilities, not KL.",
                    BinaryCrossEntropyVersusKl::demonstrate),
            new Stop("6. Bits and codes",
                    "Entropy is the shortest mean code length; coding with a wrong model q costs"
                    + " H(p, q) bits per symbol, so the excess is KL(p||q).",
                    BitsAndCodes::demonstrate),
            new Stop("7. Asymmetry and zeros",
                    "KL is not a distance: it is not symmetric and can be infinite one way only."
                    + " And cross-entropy of a distribution with itself is its entropy, not 0.",
                    AsymmetryAndZeros::demonstrate));

    private Tour() {
    }

    /** The titles of the examples, in tour order. */
    public static List<String> titles() {
        return STOPS.stream().map(Stop::title).toList();
    }

    /** Runs the tour; the charts go to the directory in {@code args[0]}, or kullback-tour. */
    public static void main(String[] args) {
        run(System.out, Charts.directory(args));
    }

    /**
     * Runs every example, printing its introduction, table and conclusions to {@code out} and
     * writing its chart into {@code outDir} (created if needed).
     *
     * @return the chart files, in the order of the examples
     */
    public static List<Path> run(PrintStream out, Path outDir) {
        List<Path> charts = new ArrayList<>();
        for (Stop stop : STOPS) {
            out.println();
            out.println("== " + stop.title());
            out.println(wrapped(stop.introduction()));
            out.println();
            Path chart = stop.example().apply(out, outDir);
            out.println("chart: " + chart);
            charts.add(chart);
        }
        return List.copyOf(charts);
    }

    /** {@code text} broken into lines of at most 96 characters, at spaces. */
    static String wrapped(String text) {
        StringBuilder lines = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (lines.length() > lineStart && lines.length() - lineStart + 1 + word.length() > 96) {
                lines.append(System.lineSeparator());
                lineStart = lines.length();
            } else if (lines.length() > lineStart) {
                lines.append(' ');
            }
            lines.append(word);
        }
        return lines.toString();
    }
}
