package org.kullback.examples;

import java.awt.Color;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.knowm.xchart.XYChart;
import org.kullback.distributions.Categorical;
import org.kullback.distributions.ClosedForms;

/**
 * Example 6: entropy is the optimal mean code length, cross-entropy the length you pay with the
 * wrong model, and KL the excess.
 *
 * <p>Symbols are drawn from \( p \). Huffman's code built for \( p \) uses
 * \( H(p) \le L &lt; H(p) + 1 \) bits per symbol; a code built for a model \( q \) (Shannon's,
 * \( \ell_i = \lceil -\log_2 q_i \rceil \)) uses \( H(p, q) \le L &lt; H(p, q) + 1 \), so the
 * excess is \( \mathrm{KL}(p\,\|\,q) \) up to the rounding of lengths to whole bits. Coding
 * blocks of \( m \) symbols at once (the code for \( p^m \) or \( q^m \)) shrinks that rounding to
 * \( 1/m \) bit per symbol (Cover &amp; Thomas, Elements of Information Theory, 2nd ed., §5.4).
 * Each code encodes a sample and decodes it back.
 */
public final class BitsAndCodes {

    static final double[] P = {0.35, 0.2, 0.15, 0.1, 0.08, 0.06, 0.04, 0.02};
    /** A model that gets the frequencies wrong: it thinks the rare symbols are the common ones. */
    static final double[] Q = {0.1, 0.1, 0.1, 0.1, 0.15, 0.15, 0.15, 0.15};
    static final int[] BLOCK_LENGTHS = {1, 2, 3, 4};
    /** Divisible by every block length. */
    static final int SAMPLES = 24_000;
    static final long SEED = 6;

    /**
     * One block length; lengths are in bits per symbol.
     *
     * @param huffmanExpected mean length of Huffman's code for \( p^m \), exact
     * @param huffmanMeasured its length on the sample, divided by the number of symbols
     * @param huffmanStandardError the standard error of the measured length
     * @param shannonExpected mean length of Shannon's code for \( q^m \) on data from \( p \)
     * @param decodedExactly whether both encoded samples decode to the sample
     */
    public record Row(int blockLength, double huffmanExpected, double huffmanMeasured,
            double huffmanStandardError, double shannonExpected, double shannonMeasured,
            double shannonStandardError, boolean decodedExactly) {

        public double excess() {
            return shannonExpected - huffmanExpected;
        }
    }

    /** \( H(p) \), \( H(p, q) \), \( \mathrm{KL}(p\,\|\,q) \) in bits; a row per block length. */
    public record Result(double entropy, double crossEntropy, double kl, List<Row> rows) {
    }

    private BitsAndCodes() {
    }

    /** Runs the example; its chart goes to the directory in {@code args[0]}, or kullback-tour. */
    public static void main(String[] args) {
        demonstrate(System.out, Charts.directory(args));
    }

    /** Computes, prints the table and writes the chart; returns the chart file. */
    public static Path demonstrate(PrintStream out, Path outDir) {
        Result result = compute();
        print(result, out);
        return Charts.save(chart(result), outDir, "6-bits-and-codes");
    }

    /** The computation whose numbers the example prints and its tests assert. */
    public static Result compute() {
        Categorical p = Categorical.of(P);
        Categorical q = Categorical.of(Q);
        double ln2 = Math.log(2);
        RandomGenerator rng = new SplittableRandom(SEED);
        int[] sample = new int[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            sample[i] = (int) p.sample(rng);
        }
        List<Row> rows = new ArrayList<>();
        for (int m : BLOCK_LENGTHS) {
            rows.add(codeBlocks(m, sample));
        }
        return new Result(p.entropy() / ln2, ClosedForms.crossEntropy(p, q).orElseThrow() / ln2,
                ClosedForms.kl(p, q).orElseThrow() / ln2, rows);
    }

    static Row codeBlocks(int m, int[] sample) {
        double[] pm = blockProbabilities(P, m);
        PrefixCode huffman = PrefixCode.huffman(pm);
        PrefixCode shannon = PrefixCode.shannon(blockProbabilities(Q, m));
        int[] blocks = blocks(sample, m, P.length);
        String huffmanBits = huffman.encode(blocks);
        String shannonBits = shannon.encode(blocks);
        boolean decoded = Arrays.equals(huffman.decode(huffmanBits), blocks)
                && Arrays.equals(shannon.decode(shannonBits), blocks);
        return new Row(m, huffman.meanLength(pm) / m, (double) huffmanBits.length() / SAMPLES,
                standardError(huffman, pm, blocks.length) / m, shannon.meanLength(pm) / m,
                (double) shannonBits.length() / SAMPLES,
                standardError(shannon, pm, blocks.length) / m, decoded);
    }

    /** The probabilities of the blocks \( s_0 \dots s_{m-1} \), at \( \sum_j s_j k^j \). */
    static double[] blockProbabilities(double[] p, int m) {
        double[] blocks = {1};
        for (int j = 0; j < m; j++) {
            double[] longer = new double[blocks.length * p.length];
            for (int b = 0; b < blocks.length; b++) {
                for (int s = 0; s < p.length; s++) {
                    longer[b + blocks.length * s] = blocks[b] * p[s];
                }
            }
            blocks = longer;
        }
        return blocks;
    }

    static int[] blocks(int[] sample, int m, int k) {
        int[] blocks = new int[sample.length / m];
        for (int b = 0; b < blocks.length; b++) {
            int index = 0;
            for (int j = m - 1; j >= 0; j--) {
                index = index * k + sample[b * m + j];
            }
            blocks[b] = index;
        }
        return blocks;
    }

    /** \( \sqrt{\mathrm{Var}(\ell)/n} \) for {@code n} blocks drawn from {@code p}. */
    static double standardError(PrefixCode code, double[] p, int n) {
        double mean = code.meanLength(p);
        double variance = 0;
        for (int i = 0; i < p.length; i++) {
            double d = code.length(i) - mean;
            variance += p[i] * d * d;
        }
        return Math.sqrt(variance / n);
    }

    /** Prints the table and the claims it supports. */
    public static void print(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "p       = %s%nmodel q = %s%n", CrossEntropyVersusKl.vector(P),
                CrossEntropyVersusKl.vector(Q));
        out.printf(Locale.ROOT, "H(p) = %.4f bits, H(p, q) = %.4f bits, KL(p||q) = %.4f bits%n",
                result.entropy(), result.crossEntropy(), result.kl());
        out.printf(Locale.ROOT, "bits per symbol; measured on %d symbols drawn from p%n", SAMPLES);
        out.printf(Locale.ROOT, "%-5s %21s %21s%n", "block", "Huffman code for p",
                "Shannon code for q");
        out.printf(Locale.ROOT, "%5s %10s %10s %10s %10s %8s %8s%n", "m", "expected", "measured",
                "expected", "measured", "excess", "1/m");
        for (Row row : result.rows()) {
            out.printf(Locale.ROOT, "%5d %10.4f %10.4f %10.4f %10.4f %8.4f %8.4f%n",
                    row.blockLength(), row.huffmanExpected(), row.huffmanMeasured(),
                    row.shannonExpected(), row.shannonMeasured(), row.excess(),
                    1.0 / row.blockLength());
        }
        out.println("- Huffman's code for p: H(p) <= length < H(p) + 1/m; Shannon's code for q:"
                + "\n  H(p, q) <= length < H(p, q) + 1/m; so the excess is KL(p||q) within 1/m");
        out.printf(Locale.ROOT, "- measured lengths are within %.1f standard errors of the"
                + " expected ones,%n  and every encoded sample decodes back exactly%n",
                maxStandardizedDeviation(result));
    }

    /** The largest \( |\text{measured} - \text{expected}| \) in standard errors. */
    static double maxStandardizedDeviation(Result result) {
        double max = 0;
        for (Row row : result.rows()) {
            max = Math.max(max, Math.abs(row.huffmanMeasured() - row.huffmanExpected())
                    / row.huffmanStandardError());
            max = Math.max(max, Math.abs(row.shannonMeasured() - row.shannonExpected())
                    / row.shannonStandardError());
        }
        return max;
    }

    /** The chart described in the class comment. */
    public static XYChart chart(Result result) {
        int n = result.rows().size();
        double[] m = new double[n];
        double[][] series = new double[6][n];
        for (int i = 0; i < n; i++) {
            Row row = result.rows().get(i);
            m[i] = row.blockLength();
            series[0][i] = row.huffmanExpected();
            series[1][i] = row.huffmanMeasured();
            series[2][i] = result.entropy();
            series[3][i] = row.shannonExpected();
            series[4][i] = row.shannonMeasured();
            series[5][i] = result.crossEntropy();
        }
        XYChart chart = Charts.lines("Mean code length approaches H(p) with the right model,"
                + " H(p, q) with the wrong one", "symbols per block m", "bits per symbol");
        chart.getStyler().setXAxisDecimalPattern("0");
        Color forP = new Color(31, 119, 180);
        Color forQ = new Color(214, 39, 40);
        Charts.line(chart, "Huffman code for p", m, series[0]).setLineColor(forP);
        Charts.points(chart, "measured (p code)", m, series[1]).setMarkerColor(forP);
        Charts.dashed(chart, String.format(Locale.ROOT, "H(p) = %.3f", result.entropy()), m,
                series[2]).setLineColor(forP);
        Charts.line(chart, "Shannon code for q", m, series[3]).setLineColor(forQ);
        Charts.points(chart, "measured (q code)", m, series[4]).setMarkerColor(forQ);
        Charts.dashed(chart, String.format(Locale.ROOT, "H(p, q) = %.3f", result.crossEntropy()),
                m, series[5]).setLineColor(forQ);
        return chart;
    }
}
