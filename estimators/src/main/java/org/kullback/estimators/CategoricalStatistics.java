package org.kullback.estimators;

import java.util.Arrays;

/**
 * The sufficient statistics of the categorical family: the total weight of each label
 * \( 0, 1, \dots, k-1 \). With a fixed number of categories, labels must be below it; otherwise the
 * table grows to the largest label seen (at most {@link #MAX_INFERRED_CATEGORIES}).
 */
public final class CategoricalStatistics implements SufficientStatistics<CategoricalStatistics> {

    /**
     * The largest number of categories inferred from labels, 65 536: a stray large label (or
     * count data such as populations, offered to every family by {@link ModelSelection}) would
     * otherwise allocate a table as large as its value. Use a fixed number of categories above it.
     */
    public static final int MAX_INFERRED_CATEGORIES = 1 << 16;

    private final int fixedCategories;
    private final Support support;
    private double[] counts;
    private long count;
    private final CompensatedSum weight = new CompensatedSum();

    /** Statistics whose number of categories is the largest label seen plus one. */
    public CategoricalStatistics() {
        this.fixedCategories = -1;
        this.support = new Support("x in {0, 1, ..., " + (MAX_INFERRED_CATEGORIES - 1) + "}",
                x -> x >= 0 && x < MAX_INFERRED_CATEGORIES && x == Math.rint(x));
        this.counts = new double[8];
    }

    /**
     * Statistics of labels \( 0, \dots, k-1 \).
     *
     * @throws IllegalArgumentException if {@code categories} is not positive
     */
    public CategoricalStatistics(int categories) {
        if (categories < 1) {
            throw new IllegalArgumentException(
                    "categories must be a positive integer, got " + categories);
        }
        this.fixedCategories = categories;
        this.support = Support.integersUpTo(categories - 1L);
        this.counts = new double[categories];
    }

    @Override
    public void accept(double x) {
        accept(x, 1);
    }

    @Override
    public void accept(double x, double w) {
        support.check(CategoricalMaximumLikelihood.FAMILY, SampleChecks.finiteValue(x));
        if (SampleChecks.weight(w) == 0) {
            return;
        }
        int label = (int) x;
        if (label >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(label + 1, 2 * counts.length));
        }
        counts[label] += w;
        count++;
        weight.add(w);
    }

    @Override
    public CategoricalStatistics combine(CategoricalStatistics other) {
        if (other.counts.length > counts.length) {
            if (fixedCategories > 0 && other.categories() > fixedCategories) {
                throw new IllegalArgumentException("cannot merge statistics of "
                        + other.categories() + " categories into statistics of " + fixedCategories);
            }
            counts = Arrays.copyOf(counts, other.counts.length);
        }
        for (int i = 0; i < other.counts.length; i++) {
            counts[i] += other.counts[i];
        }
        count += other.count;
        weight.add(other.weight.value());
        return this;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public double totalWeight() {
        return weight.value();
    }

    /**
     * \( k \): the fixed number of categories, or the largest label with positive weight plus 1.
     */
    public int categories() {
        if (fixedCategories > 0) {
            return fixedCategories;
        }
        int k = counts.length;
        while (k > 0 && counts[k - 1] == 0) {
            k--;
        }
        return k;
    }

    /** The labels these statistics accept. */
    Support supportOfLabels() {
        return support;
    }

    /** The total weight of each label \( 0, \dots, k-1 \). */
    public double[] counts() {
        return Arrays.copyOf(counts, categories());
    }
}
