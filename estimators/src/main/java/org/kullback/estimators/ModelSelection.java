package org.kullback.estimators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.kullback.distributions.UnivariateDiscrete;
import org.kullback.distributions.UnivariateDistribution;

/**
 * Fits several families to one sample and ranks them, by three criteria that estimate the same
 * thing — the expected cross-entropy of new data relative to the fitted model, i.e. (up to the
 * data's own entropy) its KL divergence from the truth:
 * <ul>
 *   <li>AIC \( = 2k - 2\ell \) (Akaike 1974; \( \mathrm{AIC}/2n \) is an asymptotically unbiased
 *       estimate of that cross-entropy),</li>
 *   <li>BIC \( = k\log n - 2\ell \) (Schwarz 1978; penalises parameters more, consistent for the
 *       true family),</li>
 *   <li>the k-fold held-out empirical cross-entropy: the sample is shuffled with the given seed
 *       and split into {@code folds} parts; each part is scored by
 *       {@link EmpiricalCrossEntropy} under the family fitted to the other parts, and the
 *       per-observation average over all parts is reported, in nats (Stone, "An asymptotic
 *       equivalence of choice of model by cross-validation and Akaike's criterion", JRSS B 39,
 *       1977).</li>
 * </ul>
 * Rows are ranked by AIC (ties by BIC). Log-likelihoods of densities and of probabilities are
 * not comparable, so when the data are integers and some discrete family could be fitted, the
 * continuous families are skipped (with that reason). A held-out value is \( +\infty \) when
 * a fold's fit gives probability 0 to a held-out observation (Uniform and Pareto often do: their
 * fitted support ends at the training sample's extremes) or when a fold's training part cannot
 * be fitted; the row's note says which.
 */
public final class ModelSelection {

    /** The default number of folds of the held-out cross-entropy. */
    public static final int DEFAULT_FOLDS = 5;
    /** The default seed of the fold assignment. */
    public static final long DEFAULT_SEED = 0x5EEDL;

    private ModelSelection() {
    }

    /**
     * One fitted family.
     *
     * @param family the family's name
     * @param fit its maximum-likelihood fit to the whole sample
     * @param aic the fit's AIC
     * @param bic the fit's BIC
     * @param heldOutCrossEntropy the k-fold held-out cross-entropy per observation, in nats
     * @param note why the held-out cross-entropy is infinite; empty otherwise
     */
    public record Row(String family, Fit<?> fit, double aic, double bic,
            double heldOutCrossEntropy, String note) {
    }

    /**
     * A family that was not fitted, and why.
     *
     * @param family the family's name
     * @param reason the reason (a value outside its support, degenerate data, unknown family, …)
     */
    public record Skipped(String family, String reason) {
    }

    /**
     * The ranking.
     *
     * @param ranked the fitted families, best (lowest AIC) first
     * @param skipped the families not fitted, with reasons
     * @param folds the number of folds of the held-out cross-entropy
     * @param seed the seed of the fold assignment
     */
    public record Result(List<Row> ranked, List<Skipped> skipped, int folds, long seed) {

        public Result {
            ranked = List.copyOf(ranked);
            skipped = List.copyOf(skipped);
        }

        /**
         * The best family by AIC.
         *
         * @throws IllegalStateException if no family could be fitted
         */
        public Row best() {
            if (ranked.isEmpty()) {
                throw new IllegalStateException("no family could be fitted: " + skipped);
            }
            return ranked.get(0);
        }

        /** The rows ordered by BIC, lowest first. */
        public List<Row> byBic() {
            return ranked.stream().sorted(Comparator.comparingDouble(Row::bic)).toList();
        }

        /** The rows ordered by held-out cross-entropy, lowest first. */
        public List<Row> byHeldOutCrossEntropy() {
            return ranked.stream()
                    .sorted(Comparator.comparingDouble(Row::heldOutCrossEntropy)).toList();
        }
    }

    /**
     * Ranks every registered family ({@link Estimators#all()}) whose support contains the sample,
     * with {@value #DEFAULT_FOLDS} folds (fewer for samples smaller than that) and the default
     * seed.
     *
     * @throws IllegalArgumentException if the sample is empty or has a value that is not finite
     */
    public static Result rank(double[] sample) {
        SampleChecks.requireFiniteValues("sample", sample);
        List<String> families = Estimators.all().stream().map(MaximumLikelihood::family).toList();
        return rank(sample, families, Math.min(DEFAULT_FOLDS, Math.max(2, sample.length)),
                DEFAULT_SEED);
    }

    /**
     * Ranks the named families.
     *
     * @throws IllegalArgumentException if the sample is empty or has a value that is not finite,
     *     or {@code folds} is not in \( [2, n] \)
     */
    public static Result rank(double[] sample, List<String> families, int folds, long seed) {
        SampleChecks.requireFiniteValues("sample", sample);
        Objects.requireNonNull(families, "families");
        if (folds < 2 || folds > sample.length) {
            throw new IllegalArgumentException("folds must be in [2, " + sample.length
                    + "] (the sample size), got " + folds);
        }
        int[] foldOf = foldAssignment(sample.length, folds, seed);
        List<Row> rows = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (String family : families) {
            MaximumLikelihood<?, ?> estimator;
            Fit<?> fit;
            try {
                estimator = Estimators.forFamily(family);
                fit = estimator.fit(sample);
            } catch (IllegalArgumentException cannotFit) {
                skipped.add(new Skipped(family, cannotFit.getMessage()));
                continue;
            }
            StringBuilder note = new StringBuilder();
            double heldOut = heldOutCrossEntropy(estimator, sample, foldOf, folds, note);
            rows.add(new Row(family, fit, fit.aic(), fit.bic(), heldOut, note.toString()));
        }
        boolean anyDiscrete = rows.stream()
                .anyMatch(row -> row.fit().distribution() instanceof UnivariateDiscrete);
        if (anyDiscrete) {
            for (Row row : List.copyOf(rows)) {
                if (!(row.fit().distribution() instanceof UnivariateDiscrete)) {
                    rows.remove(row);
                    skipped.add(new Skipped(row.family(), "the data are integers and discrete "
                            + "families were fitted: a density is not comparable with their "
                            + "probabilities"));
                }
            }
        }
        rows.sort(Comparator.comparingDouble(Row::aic).thenComparingDouble(Row::bic));
        return new Result(rows, skipped, folds, seed);
    }

    /** A random permutation (Fisher–Yates) cut into {@code folds} parts of near-equal size. */
    private static int[] foldAssignment(int n, int folds, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] foldOf = new int[n];
        for (int position = 0; position < n; position++) {
            foldOf[order[position]] = position % folds;
        }
        return foldOf;
    }

    private static double heldOutCrossEntropy(MaximumLikelihood<?, ?> estimator, double[] sample,
            int[] foldOf, int folds, StringBuilder note) {
        CompensatedSum total = new CompensatedSum();
        for (int fold = 0; fold < folds; fold++) {
            int heldOutSize = 0;
            for (int f : foldOf) {
                heldOutSize += f == fold ? 1 : 0;
            }
            double[] training = new double[sample.length - heldOutSize];
            int[] heldOut = new int[heldOutSize];
            for (int i = 0, t = 0, h = 0; i < sample.length; i++) {
                if (foldOf[i] == fold) {
                    heldOut[h++] = i;
                } else {
                    training[t++] = sample[i];
                }
            }
            UnivariateDistribution model;
            try {
                model = (UnivariateDistribution) estimator.fit(training).distribution();
            } catch (IllegalArgumentException cannotFit) {
                note.append("fold ").append(fold).append(": cannot fit the training part: ")
                        .append(cannotFit.getMessage());
                return Double.POSITIVE_INFINITY;
            }
            for (int i : heldOut) {
                double logQ = EmpiricalCrossEntropy.logLikelihood(model, sample[i]);
                if (logQ == Double.NEGATIVE_INFINITY) {
                    note.append("fold ").append(fold).append(": x[").append(i).append("] = ")
                            .append(sample[i]).append(" has probability 0 under ").append(model)
                            .append(", fitted to the other folds");
                    return Double.POSITIVE_INFINITY;
                }
                total.add(-logQ);
            }
        }
        return total.value() / sample.length;
    }
}
