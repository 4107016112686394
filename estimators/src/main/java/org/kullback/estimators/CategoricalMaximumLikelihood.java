package org.kullback.estimators;

import java.util.ArrayList;
import java.util.List;
import org.kullback.distributions.Categorical;
import org.kullback.special.LogSpace;

/**
 * Maximum likelihood for the categorical family on labels \( 0, \dots, k-1 \): \( \hat p_j =
 * c_j/W \), the weighted frequencies; \( \ell = \sum_j c_j\log\hat p_j \) (with \( 0\log 0 = 0 \)).
 * A label that was never observed gets \( \hat p_j = 0 \), which is the MLE and a valid
 * categorical distribution.
 *
 * <p>The \( k \) probabilities are constrained to sum to 1, so AIC and BIC count \( k - 1 \) free
 * parameters. Their reported covariance is the multinomial one at the estimate,
 * \( (\mathrm{diag}(\hat p) - \hat p\hat p^\top)/W \): the inverse expected information of
 * \( k - 1 \) free probabilities, extended to all \( k \) (it is singular, since their sum is
 * fixed). Observed and unobserved-label standard errors of 0 are boundary values, as for
 * {@link BernoulliMaximumLikelihood}.
 *
 * <p>{@link #INSTANCE} takes \( k \) as the largest label seen plus one; {@link #withCategories}
 * fixes \( k \); {@link #fitCounts} fits a table of counts.
 */
public final class CategoricalMaximumLikelihood
        implements MaximumLikelihood<Categorical, CategoricalStatistics> {

    /** The estimator with \( k \) inferred from the labels. */
    public static final CategoricalMaximumLikelihood INSTANCE =
            new CategoricalMaximumLikelihood(-1);

    static final String FAMILY = "Categorical";

    private final int categories;

    private CategoricalMaximumLikelihood(int categories) {
        this.categories = categories;
    }

    /**
     * The estimator for labels \( 0, \dots, k-1 \), {@code k = categories}.
     *
     * @throws IllegalArgumentException if {@code categories} is not positive
     */
    public static CategoricalMaximumLikelihood withCategories(int categories) {
        if (categories < 1) {
            throw new IllegalArgumentException(
                    "categories must be a positive integer, got " + categories);
        }
        return new CategoricalMaximumLikelihood(categories);
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Support support() {
        return newStatistics().supportOfLabels();
    }

    /** \( k - 1 \) for a fixed \( k \); 1 when \( k \) is inferred (at least two labels). */
    @Override
    public int parameterCount() {
        return categories > 0 ? categories - 1 : 1;
    }

    @Override
    public CategoricalStatistics newStatistics() {
        return categories > 0 ? new CategoricalStatistics(categories) : new CategoricalStatistics();
    }

    /**
     * The fit to a table of counts (or total weights): {@code counts[j]} observations of label
     * {@code j}, as frequency weights; so the fit's {@link Fit#n()} is the number of labels with a
     * positive count and {@link Fit#totalWeight()} the total count. With \( k \) inferred, the
     * table's length is \( k \) (trailing zero counts are categories never observed).
     *
     * @throws IllegalArgumentException if the table is empty, a count is negative, NaN or
     *     infinite, all are zero, or there are more categories than this estimator's fixed number
     */
    public Fit<Categorical> fitCounts(double[] counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException(
                    "counts is empty: cannot fit Categorical to no categories");
        }
        if (categories > 0 && counts.length > categories) {
            throw new IllegalArgumentException("counts has " + counts.length
                    + " categories but this estimator has " + categories);
        }
        // A table fixes k: trailing zero counts are categories observed 0 times.
        CategoricalStatistics statistics = categories > 0 ? newStatistics()
                : new CategoricalStatistics(counts.length);
        boolean anyPositive = false;
        for (int j = 0; j < counts.length; j++) {
            if (!(counts[j] >= 0 && counts[j] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        "counts[" + j + "] must be finite and non-negative, got " + counts[j]);
            }
            anyPositive |= counts[j] > 0;
            statistics.accept(j, counts[j]);
        }
        if (!anyPositive) {
            throw new IllegalArgumentException(
                    "counts are all zero: there is no observation to fit");
        }
        return fit(statistics);
    }

    /**
     * The fit.
     *
     * @throws IllegalArgumentException if there is no observation
     */
    @Override
    public Fit<Categorical> fit(CategoricalStatistics statistics) {
        long n = statistics.count();
        SampleChecks.requireObservations(FAMILY, n, 1);
        double w = statistics.totalWeight();
        double[] counts = statistics.counts();
        int k = counts.length;
        double[] p = new double[k];
        double logLikelihood = 0;
        List<String> names = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            p[j] = counts[j] / w;
            logLikelihood += LogSpace.xlogy(counts[j], p[j]);
            names.add("p" + j);
        }
        double[][] covariance = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                covariance[i][j] = ((i == j ? p[i] : 0) - p[i] * p[j]) / w;
            }
        }
        return Fit.builder(Categorical.ofWeights(counts))
                .logLikelihood(logLikelihood)
                .sample(n, w)
                .parameters(names, p)
                .covariance(covariance, Information.EXPECTED)
                .freeParameters(k - 1)
                .build();
    }
}
