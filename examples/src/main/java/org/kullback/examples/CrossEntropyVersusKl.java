package org.kullback.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.kullback.distributions.Categorical;

/**
 * Example 1: training on cross-entropy and training on KL divergence are the same training.
 *
 * <p>A model \( q_\theta = \operatorname{softmax}(\theta) \) is fitted to a fixed target \( p \) by
 * gradient descent, once on \( H(p, q_\theta) = -\sum_i p_i \log q_{\theta,i} \) and once on
 * \( \mathrm{KL}(p\,\|\,q_\theta) = \sum_i p_i \log(p_i / q_{\theta,i}) \). Since
 * \( H(p, q_\theta) = H(p) + \mathrm{KL}(p\,\|\,q_\theta) \) and \( H(p) \) does not depend on
 * \( \theta \), both losses have the gradient \( q_\theta - p \): the two runs follow the same path
 * and their losses differ by the constant \( H(p) \) at every step. For a one-hot target
 * \( H(p) = 0 \) and the losses coincide.
 *
 * <p>The optimiser sees each loss only as a function and differentiates it by central
 * differences, so the equality of the gradients is observed, not assumed.
 */
public final class CrossEntropyVersusKl {

    /** A target that is not one-hot: \( H(p) \approx 1.208 \) nats. */
    static final double[] SOFT_TARGET = {0.5, 0.25, 0.15, 0.1};
    static final double[] ONE_HOT_TARGET = {0, 1, 0, 0};
    /** The starting logits: the model first puts most of its mass on the least likely class. */
    static final double[] START = {0, 0, 0, 3};
    static final int STEPS = 60;
    static final double LEARNING_RATE = 0.5;

    /**
     * The two runs for one target.
     *
     * @param target the target \( p \)
     * @param targetEntropy \( H(p) \) in nats
     * @param crossEntropy \( H(p, q_{\theta_t}) \) along the run on cross-entropy, steps 0…STEPS
     * @param kl \( \mathrm{KL}(p\,\|\,q_{\theta_t}) \) along the run on KL, steps 0…STEPS
     * @param maxGradientDifference the largest \( |\nabla H - \nabla \mathrm{KL}| \) (any step,
     *     any coordinate)
     * @param maxGradientError the largest difference between either numerical gradient and
     *     \( q_\theta - p \)
     * @param maxLogitDifference the largest \( |\theta^{H}_t - \theta^{KL}_t| \)
     * @param maxGapError the largest \( |(H_t - \mathrm{KL}_t) - H(p)| \)
     * @param finalModel \( q_\theta \) at the end of the run on cross-entropy
     */
    public record Run(double[] target, double targetEntropy, double[] crossEntropy, double[] kl,
            double maxGradientDifference, double maxGradientError, double maxLogitDifference,
            double maxGapError, double[] finalModel) {
    }

    /** The runs for the soft and the one-hot target. */
    public record Result(Run soft, Run oneHot) {
    }

    private CrossEntropyVersusKl() {
    }

    /** Runs the example; its chart goes to the directory in {@code args[0]}, or kullback-tour. */
    public static void main(String[] args) {
        demonstrate(System.out, Charts.directory(args));
    }

    /** Computes, prints the table and writes the chart; returns the chart file. */
    public static Path demonstrate(PrintStream out, Path outDir) {
        Result result = compute();
        print(result, out);
        return Charts.save(chart(result), outDir, "1-cross-entropy-versus-kl");
    }

    /** The computation whose numbers the example prints and its tests assert. */
    public static Result compute() {
        return new Result(train(SOFT_TARGET), train(ONE_HOT_TARGET));
    }

    /** \( H(p, q_\theta) = -\sum_i p_i \log q_{\theta,i} \), terms with \( p_i = 0 \) omitted. */
    static double crossEntropy(double[] p, double[] logits) {
        double[] logQ = Categorical.ofLogits(logits).logProbabilities();
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                sum -= p[i] * logQ[i];
            }
        }
        return sum;
    }

    /** \( \mathrm{KL}(p\,\|\,q_\theta) = \sum_i p_i (\log p_i - \log q_{\theta,i}) \). */
    static double kl(double[] p, double[] logits) {
        double[] logQ = Categorical.ofLogits(logits).logProbabilities();
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                sum += p[i] * (Math.log(p[i]) - logQ[i]);
            }
        }
        return sum;
    }

    static Run train(double[] target) {
        ToDoubleFunction<double[]> ceLoss = theta -> crossEntropy(target, theta);
        ToDoubleFunction<double[]> klLoss = theta -> kl(target, theta);
        double entropy = Categorical.of(target).entropy();
        int k = target.length;
        double[] thetaCe = START.clone();
        double[] thetaKl = START.clone();
        double[] ce = new double[STEPS + 1];
        double[] kl = new double[STEPS + 1];
        double gradientDifference = 0;
        double gradientError = 0;
        double logitDifference = 0;
        double gapError = 0;
        for (int t = 0; ; t++) {
            ce[t] = ceLoss.applyAsDouble(thetaCe);
            kl[t] = klLoss.applyAsDouble(thetaKl);
            gapError = Math.max(gapError, Math.abs(ce[t] - kl[t] - entropy));
            for (int i = 0; i < k; i++) {
                logitDifference = Math.max(logitDifference, Math.abs(thetaCe[i] - thetaKl[i]));
            }
            if (t == STEPS) {
                break;
            }
            double[] gradientCe = CentralDifferences.gradient(ceLoss, thetaCe);
            double[] gradientKl = CentralDifferences.gradient(klLoss, thetaKl);
            double[] q = Categorical.ofLogits(thetaCe).probabilities();
            for (int i = 0; i < k; i++) {
                gradientDifference = Math.max(gradientDifference,
                        Math.abs(gradientCe[i] - gradientKl[i]));
                double analytic = q[i] - target[i];
                gradientError = Math.max(gradientError, Math.max(
                        Math.abs(gradientCe[i] - analytic), Math.abs(gradientKl[i] - analytic)));
                thetaCe[i] -= LEARNING_RATE * gradientCe[i];
                thetaKl[i] -= LEARNING_RATE * gradientKl[i];
            }
        }
        return new Run(target.clone(), entropy, ce, kl, gradientDifference, gradientError,
                logitDifference, gapError, Categorical.ofLogits(thetaCe).probabilities());
    }

    /** Prints the table and the claims it supports. */
    public static void print(Result result, PrintStream out) {
        Run soft = result.soft();
        out.printf(Locale.ROOT, "target p = %s, H(p) = %.6f nats%n%d gradient steps of size"
                + " %.1f on the logits of q, from q = %s%n",
                vector(soft.target()), soft.targetEntropy(), STEPS, LEARNING_RATE,
                vector(Categorical.ofLogits(START).probabilities()));
        out.printf(Locale.ROOT, "%6s %14s %14s %14s%n", "step", "H(p, q)", "KL(p||q)", "H - KL");
        for (int t : new int[] {0, 1, 2, 5, 10, 20, 40, STEPS}) {
            out.printf(Locale.ROOT, "%6d %14.10f %14.10f %14.10f%n", t, soft.crossEntropy()[t],
                    soft.kl()[t], soft.crossEntropy()[t] - soft.kl()[t]);
        }
        out.printf(Locale.ROOT, "final q = %s%n", vector(soft.finalModel()));
        out.printf(Locale.ROOT, "- the gradients of H and KL agree to %.1e at every step, and"
                + " equal q - p to %.1e%n  (the accuracy of central differences)%n",
                soft.maxGradientDifference(), soft.maxGradientError());
        out.printf(Locale.ROOT, "- the two runs' logits agree to %.1e at every step:"
                + " the same trajectory%n", soft.maxLogitDifference());
        out.printf(Locale.ROOT, "- H - KL = H(p) = %.6f at every step (to %.1e)%n",
                soft.targetEntropy(), soft.maxGapError());
        Run oneHot = result.oneHot();
        out.printf(Locale.ROOT, "- one-hot target %s: H(p) = %s, and H - KL = %.1e at every"
                + " step:%n  the two losses coincide (H falls from %.4f to %.4f)%n",
                vector(oneHot.target()), oneHot.targetEntropy(), oneHot.maxGapError(),
                oneHot.crossEntropy()[0], oneHot.crossEntropy()[STEPS]);
    }

    /** The chart described in the class comment. */
    public static XYChart chart(Result result) {
        Run soft = result.soft();
        double[] steps = new double[STEPS + 1];
        double[] gap = new double[STEPS + 1];
        for (int t = 0; t <= STEPS; t++) {
            steps[t] = t;
            gap[t] = soft.crossEntropy()[t] - soft.kl()[t];
        }
        XYChart chart = Charts.lines(String.format(Locale.ROOT,
                "Descent on cross-entropy and on KL: same path, losses %.3f nats apart",
                soft.targetEntropy()), "gradient step", "loss (nats)");
        Charts.line(chart, "cross-entropy H(p, q)", steps, soft.crossEntropy());
        Charts.line(chart, "KL(p || q)", steps, soft.kl());
        Charts.dashed(chart, "H(p, q) - KL(p || q)", steps, gap);
        return chart;
    }

    static String vector(double[] values) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g", values[i]));
        }
        return text.append(')').toString();
    }
}
