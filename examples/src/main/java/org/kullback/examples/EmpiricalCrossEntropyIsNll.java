package org.kullback.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Normal;
import org.kullback.estimators.EmpiricalCrossEntropy;
import org.kullback.estimators.Fit;
import org.kullback.estimators.NormalMaximumLikelihood;

/**
 * Example 2: the empirical cross-entropy is the mean negative log-likelihood, so maximum
 * likelihood minimises it — and, as the sample grows, it minimises KL to the truth.
 *
 * <p>For a sample \( x_1, \dots, x_n \) with empirical distribution \( \hat p_n \),
 * \[ H(\hat p_n, q) = -\frac1n \sum_i \log q(x_i) = -\frac{\ell(q)}{n}, \]
 * so the maximum-likelihood \( \hat q \) is the model of least empirical cross-entropy. For a
 * sample from \( p \), \( H(\hat p_n, q) \to H(p, q) = H(p) + \mathrm{KL}(p\,\|\,q) \); when
 * \( p \) is in the family, \( H(\hat p_n, \hat q_n) \to H(p) \) and
 * \( \mathrm{KL}(p\,\|\,\hat q_n) \to 0 \), about as \( k/(2n) \) for \( k \) fitted parameters
 * (Cover &amp; Thomas, Elements of Information Theory, 2nd ed., §11.8; Akaike 1974).
 *
 * <p>First on real data (Michelson's speed-of-light measurements, a Normal fit), then on samples
 * of growing size drawn from that fitted Normal, where the truth is known.
 */
public final class EmpiricalCrossEntropyIsNll {

    static final long SEED = 2;
    static final int LARGEST_SAMPLE = 1_000_000;
    /** Relative size of the parameter perturbations that show the minimum. */
    static final double NUDGE = 0.01;

    /**
     * The three ways to write the same number, at a fitted Normal, and the least increase of the
     * empirical cross-entropy when \( \hat\mu \) is moved by \( \pm 0.01\,\hat\sigma \) or
     * \( \hat\sigma \) scaled by \( 1 \pm 0.01 \) (all eight combinations).
     */
    public record AtTheFit(Normal fitted, double meanNegativeLogLikelihood,
            double empiricalCrossEntropy, double minusLogLikelihoodPerObservation,
            double leastIncreaseWhenNudged) {
    }

    /**
     * One sample size: the empirical cross-entropy of the sample at its own fit and at the truth
     * \( p \), and the exact \( \mathrm{KL}(p\,\|\,\hat q_n) \).
     */
    public record SampleSize(int n, Normal fitted, double empiricalCrossEntropy,
            double empiricalCrossEntropyOfTruth, double kl) {
    }

    /** Everything the example prints. */
    public record Result(AtTheFit michelson, Normal truth, double truthEntropy,
            List<SampleSize> sampleSizes) {
    }

    private EmpiricalCrossEntropyIsNll() {
    }

    /** Runs the example; its chart goes to the directory in {@code args[0]}, or kullback-tour. */
    public static void main(String[] args) {
        demonstrate(System.out, Charts.directory(args));
    }

    /** Computes, prints the table and writes the chart; returns the chart file. */
    public static Path demonstrate(PrintStream out, Path outDir) {
        Result result = compute();
        print(result, out);
        return Charts.save(chart(result), outDir, "2-empirical-cross-entropy-is-nll");
    }

    /** The computation whose numbers the example prints and its tests assert. */
    public static Result compute() {
        AtTheFit michelson = atTheFit(BuiltInData.michelson());
        Normal truth = michelson.fitted();
        double[] draws = truth.sample(new SplittableRandom(SEED), LARGEST_SAMPLE);
        List<SampleSize> sizes = new ArrayList<>();
        // Four sizes per decade, from 10 to a million; each sample extends the previous one.
        for (int i = 4; i <= 24; i++) {
            int n = (int) Math.round(Math.pow(10, i / 4.0));
            double[] sample = Arrays.copyOf(draws, n);
            Normal fitted = NormalMaximumLikelihood.INSTANCE.fit(sample).distribution();
            sizes.add(new SampleSize(n, fitted, EmpiricalCrossEntropy.of(sample, fitted),
                    EmpiricalCrossEntropy.of(sample, truth),
                    ClosedForms.kl(truth, fitted).orElseThrow()));
        }
        return new Result(michelson, truth, truth.entropy(), sizes);
    }

    static AtTheFit atTheFit(double[] x) {
        Fit<Normal> fit = NormalMaximumLikelihood.INSTANCE.fit(x);
        Normal q = fit.distribution();
        double sum = 0;
        for (double value : x) {
            sum -= q.logDensity(value);
        }
        double atFit = EmpiricalCrossEntropy.of(x, q);
        double leastIncrease = Double.POSITIVE_INFINITY;
        for (int dm = -1; dm <= 1; dm++) {
            for (int ds = -1; ds <= 1; ds++) {
                if (dm != 0 || ds != 0) {
                    Normal nudged = Normal.of(q.mean() + dm * NUDGE * q.sd(),
                            q.sd() * (1 + ds * NUDGE));
                    leastIncrease = Math.min(leastIncrease,
                            EmpiricalCrossEntropy.of(x, nudged) - atFit);
                }
            }
        }
        return new AtTheFit(q, sum / x.length, atFit, -fit.logLikelihood() / x.length,
                leastIncrease);
    }

    /** Prints the table and the claims it supports. */
    public static void print(Result result, PrintStream out) {
        AtTheFit m = result.michelson();
        out.printf(Locale.ROOT, "Michelson's %d speed-of-light measurements, Normal fitted by"
                + " maximum likelihood:%n  %s%n", BuiltInData.michelson().length, m.fitted());
        out.printf(Locale.ROOT, "  mean negative log-likelihood  -1/n sum log q(x_i) = %.15f%n",
                m.meanNegativeLogLikelihood());
        out.printf(Locale.ROOT, "  empirical cross-entropy        H(p_n, q)          = %.15f%n",
                m.empiricalCrossEntropy());
        out.printf(Locale.ROOT, "  from the fit                   -loglik / n        = %.15f%n",
                m.minusLogLikelihoodPerObservation());
        out.printf(Locale.ROOT, "  - the same number; moving the mean by 1%% of sd or the sd"
                + " by 1%% raises it%n    by at least %.2e: the MLE is the minimum%n",
                m.leastIncreaseWhenNudged());
        out.printf(Locale.ROOT, "Samples of size n drawn from p = %s,%n  H(p) = %.6f nats%n",
                result.truth(), result.truthEntropy());
        out.printf(Locale.ROOT, "%9s %14s %14s %14s %12s %8s%n", "n", "H(p_n, q_n)",
                "H(p_n, p)", "H(p_n,q_n)-H(p)", "KL(p||q_n)", "n * KL");
        for (SampleSize row : result.sampleSizes()) {
            if (row.n() == 10 || Integer.toString(row.n()).matches("10+")) {
                out.printf(Locale.ROOT, "%9d %14.6f %14.6f %14.6f %12.3e %8.3f%n", row.n(),
                        row.empiricalCrossEntropy(), row.empiricalCrossEntropyOfTruth(),
                        row.empiricalCrossEntropy() - result.truthEntropy(), row.kl(),
                        row.n() * row.kl());
            }
        }
        out.println("  - at every n the fit q_n has a lower empirical cross-entropy than the truth"
                + " p itself:\n    it maximises the likelihood of this very sample");
        out.println("  - both approach H(p), and KL(p||q_n) goes to 0 like 1/n (n * KL tends to"
                + " chi-squared(2)/2:\n    mean 1, below 10 with probability 0.99995)");
    }

    /** The chart described in the class comment. */
    public static XYChart chart(Result result) {
        List<SampleSize> rows = result.sampleSizes();
        double[] n = rows.stream().mapToDouble(SampleSize::n).toArray();
        double[] entropy = new double[n.length];
        Arrays.fill(entropy, result.truthEntropy());
        XYChart chart = Charts.lines("The fit's mean NLL sits below the truth's; both tend to"
                + " H(p), and KL(p || fit) to 0", "sample size n (log scale)",
                "empirical cross-entropy (nats)");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.setYAxisGroupTitle(1, "KL (nats)");
        Charts.line(chart, "H(p_n, fitted) = mean NLL at the fit", n,
                rows.stream().mapToDouble(SampleSize::empiricalCrossEntropy).toArray());
        Charts.line(chart, "H(p_n, p) = mean NLL of the truth", n,
                rows.stream().mapToDouble(SampleSize::empiricalCrossEntropyOfTruth).toArray());
        Charts.dashed(chart, String.format(Locale.ROOT, "H(p) = %.4f", result.truthEntropy()), n,
                entropy);
        Charts.line(chart, "KL(p || fitted), right axis", n,
                rows.stream().mapToDouble(SampleSize::kl).toArray()).setYAxisGroup(1);
        return chart;
    }
}
