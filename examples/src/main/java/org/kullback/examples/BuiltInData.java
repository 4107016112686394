package org.kullback.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The data the examples and the {@code kullback} command run on without network or user files:
 * two public-domain NIST StRD data sets shipped in the jar, and seeded synthetic data.
 *
 * <ul>
 *   <li>{@link #michelson()}: 100 measurements of the speed of light in air by Michelson (1879),
 *       in thousands of km/s (Dorsey 1944, Table 22; NIST StRD {@code Michelso.dat}).</li>
 *   <li>{@link #longley()}: Longley's (1967) regression of US total employment, 1947–1962, on six
 *       highly collinear economic series (NIST StRD {@code Longley.dat}).</li>
 * </ul>
 * Source: NIST Statistical Reference Datasets, https://www.itl.nist.gov/div898/strd/.
 */
public final class BuiltInData {

    private static final String FOLDER = "data/";

    /**
     * A regression data set: row \( i \) is {@code predictors[i]} with response
     * {@code response[i]}.
     */
    public record Regression(String name, List<String> predictorNames, String responseName,
            double[][] predictors, double[] response) {

        public int size() {
            return response.length;
        }

        /** Column {@code j} of the predictors. */
        public double[] predictor(int j) {
            return Arrays.stream(predictors).mapToDouble(row -> row[j]).toArray();
        }
    }

    /**
     * NIST's certified least-squares results for a data set (computed by NIST in multiple
     * precision): coefficients \( B_0, B_1, \dots \) (intercept first), their standard
     * deviations, the residual standard deviation \( \sqrt{\mathrm{RSS}/(n-p)} \) and \( R^2 \).
     */
    public record Certified(double[] coefficients, double[] standardErrors,
            double residualStandardDeviation, double rSquared) {
    }

    private BuiltInData() {
    }

    /** Michelson's 100 speed-of-light measurements, in thousands of km/s, in NIST's order. */
    public static double[] michelson() {
        double[][] rows = readNist("Michelso.dat");
        return Arrays.stream(rows).mapToDouble(row -> row[0]).toArray();
    }

    /**
     * Longley's data: response {@code y} (total employment), predictors {@code x1} (GNP price
     * deflator), {@code x2} (GNP), {@code x3} (unemployed), {@code x4} (size of the armed
     * forces), {@code x5} (non-institutional population aged 14 and over) and {@code x6} (year).
     */
    public static Regression longley() {
        double[][] rows = readNist("Longley.dat");
        double[][] predictors = new double[rows.length][];
        double[] response = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            response[i] = rows[i][0];
            predictors[i] = Arrays.copyOfRange(rows[i], 1, rows[i].length);
        }
        return new Regression("NIST Longley", List.of("x1", "x2", "x3", "x4", "x5", "x6"), "y",
                predictors, response);
    }

    /** NIST's certified values for {@link #longley()}, read from the file's header. */
    public static Certified longleyCertified() {
        List<String> lines = readLines("Longley.dat");
        List<double[]> parameters = new ArrayList<>();
        double residualSd = Double.NaN;
        double rSquared = Double.NaN;
        for (String line : lines) {
            String[] words = line.split("\\s+");
            if (words.length == 3 && words[0].matches("B\\d+")) {
                parameters.add(new double[] {Double.parseDouble(words[1]),
                        Double.parseDouble(words[2])});
            } else if (line.startsWith("Standard Deviation") && words.length == 3) {
                residualSd = Double.parseDouble(words[2]);
            } else if (line.startsWith("R-Squared")) {
                rSquared = Double.parseDouble(words[1]);
            }
        }
        return new Certified(parameters.stream().mapToDouble(b -> b[0]).toArray(),
                parameters.stream().mapToDouble(b -> b[1]).toArray(), residualSd, rSquared);
    }

    /**
     * {@code n} points of the straight line \( y = 2 + 0.5 x + \varepsilon \) with
     * \( x \sim \mathcal U(0, 10) \) and \( \varepsilon \sim \mathcal N(0, 1) \), drawn from a
     * {@link SplittableRandom} seeded with {@code seed}.
     */
    public static Regression line(int n, long seed) {
        return line(n, seed, "synthetic line", x -> 1.0);
    }

    /**
     * As {@link #line(int, long)} but heteroscedastic: the noise standard deviation grows with
     * \( x \), \( \sigma(x) = 0.1\,e^{0.4 x} \) (from 0.1 at \( x = 0 \) to 5.5 at \( x = 10 \)),
     * so \( \log \sigma \) is linear in \( x \).
     */
    public static Regression heteroscedasticLine(int n, long seed) {
        return line(n, seed, "synthetic heteroscedastic line", x -> 0.1 * Math.exp(0.4 * x));
    }

    private static Regression line(int n, long seed, String name,
            DoubleUnaryOperator sd) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive, got " + n);
        }
        RandomGenerator rng = new SplittableRandom(seed);
        double[][] x = new double[n][1];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 10 * rng.nextDouble();
            y[i] = 2 + 0.5 * x[i][0] + sd.applyAsDouble(x[i][0]) * rng.nextGaussian();
        }
        return new Regression(name, List.of("x"), "y", x, y);
    }

    /**
     * The numeric rows after the last line starting {@code Data:} of a NIST StRD file (the header
     * has an earlier one; NIST's rule of dashes under the column names is skipped).
     */
    static double[][] readNist(String file) {
        List<String> lines = readLines(file);
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Data:")) {
                header = i;
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(header + 1, lines.size())) {
            if (!line.isEmpty() && !line.startsWith("--")) {
                rows.add(Arrays.stream(line.split("\\s+")).mapToDouble(Double::parseDouble)
                        .toArray());
            }
        }
        return rows.toArray(double[][]::new);
    }

    /** The lines of a built-in file, stripped of surrounding white space. */
    private static List<String> readLines(String file) {
        try (InputStream in = BuiltInData.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("built-in data file " + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in data file " + file, e);
        }
    }
}
