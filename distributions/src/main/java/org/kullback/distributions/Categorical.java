package org.kullback.distributions;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The categorical distribution on the category indices \( \{0, 1, \dots, k-1\} \) (numbered from
 * 0), with probabilities \( p_0, \dots, p_{k-1} \), \( k \ge 1 \).
 *
 * <p>\( P(X = i) = p_i \); \( F(x) = \sum_{i \le x} p_i \); mean \( \sum_i i\,p_i \), variance
 * \( \sum_i (i - \mu)^2 p_i \); entropy \( -\sum_i p_i \log p_i \) with \( 0\log 0 = 0 \) (Cover
 * &amp; Thomas, Elements of Information Theory, 2nd ed., eq. 2.1). The support bounds are the
 * smallest and largest categories of positive probability, so that the quantile function reaches
 * them at 0 and 1.
 *
 * <p>Three ways in: {@link #of(double...)} takes probabilities that sum to 1 up to rounding
 * (within \( 10^{-12} k \)); they are stored as given, and that is what {@link #toString()} prints
 * and {@link #equals(Object)} compares, so every spec reads back to an equal distribution. All
 * computations use them normalised by their exact sum \( s \): \( p_i = g_i/s \), with
 * \( \log p_i = \log g_i - \operatorname{log1p}(s - 1) \). {@link #ofWeights(double...)}
 * normalises non-negative weights and then proceeds as {@code of}. {@link #ofLogits(double...)}
 * takes log-probabilities up to an additive constant and keeps the normalised
 * \( \log p_i = \ell_i - \log\sum_j e^{\ell_j} \) to full accuracy, also where \( p_i \) itself
 * underflows, and divergences between two instances made from logits are computed from the
 * logits themselves; it prints (and compares) the rounded \( p_i \), so its spec reads back as
 * {@code of} of those, which agrees with it to rounding except for probabilities that underflow.
 *
 * <p>Sums are accumulated in double-double arithmetic (Knuth's TwoSum), so the cdf, the survival
 * function and the entropy keep their relative accuracy for up to thousands of categories.
 */
public final class Categorical implements UnivariateDiscrete {

    static final String FAMILY = "Categorical";
    private static final double SUM_TOLERANCE = 1e-12;

    /** The probabilities as given (or as normalised from weights or logits); printed. */
    private final double[] given;
    /** \( p_i = g_i / s \). */
    private final double[] probabilities;
    private final double[] logProbabilities;
    /** The logits as given to {@link #ofLogits}, or null. */
    private final double[] logits;
    /** \( s - 1 \) with \( s = \sum_i g_i \) exactly (to double-double rounding). */
    private final double sumExcess;
    /** \( \log s = \operatorname{log1p}(s - 1) \). */
    private final double logSum;
    /** \( P(X \le i) \). */
    private final double[] cumulative;
    /** \( P(X &gt; i) \), summed from the top so small upper tails keep their digits. */
    private final double[] upperTail;
    private final int lowest;
    private final int highest;
    private final double mean;
    private final double variance;
    private final double entropy;

    /**
     * @param given validated probabilities, a fresh array that becomes this instance's
     * @param logProbabilities normalised log-probabilities computed more accurately than from
     *     {@code given}, or null to compute them from {@code given}
     * @param logits the logits they were computed from, or null
     */
    private Categorical(double[] given, double[] logProbabilities, double[] logits) {
        int k = given.length;
        CompensatedSum total = new CompensatedSum();
        for (int i = 0; i < k; i++) {
            // Adding 0.0 turns -0.0 into 0.0, so that equal distributions print and compare equal.
            given[i] += 0.0;
            total.add(given[i]);
        }
        this.given = given;
        this.sumExcess = (total.hi() - 1) + total.lo();
        this.logSum = Math.log1p(sumExcess);
        double sum = total.value();
        this.probabilities = new double[k];
        for (int i = 0; i < k; i++) {
            probabilities[i] = given[i] / sum;
        }
        if (logProbabilities == null) {
            logProbabilities = new double[k];
            for (int i = 0; i < k; i++) {
                logProbabilities[i] = Math.log(given[i]) - logSum;
            }
        }
        this.logProbabilities = logProbabilities;
        this.logits = logits;

        int first = 0;
        while (logProbabilities[first] == Double.NEGATIVE_INFINITY) {
            first++;
        }
        int last = k - 1;
        while (logProbabilities[last] == Double.NEGATIVE_INFINITY) {
            last--;
        }
        this.lowest = first;
        this.highest = last;

        this.cumulative = new double[k];
        this.upperTail = new double[k];
        CompensatedSum below = new CompensatedSum();
        CompensatedSum above = new CompensatedSum();
        for (int i = 0; i < k; i++) {
            below.add(given[i]);
            cumulative[i] = i >= highest ? 1 : below.value() / sum;
            int j = k - 1 - i;
            upperTail[j] = j >= highest ? 0 : above.value() / sum;
            above.add(given[j]);
        }

        CompensatedSum firstMoment = new CompensatedSum();
        CompensatedSum information = new CompensatedSum();
        for (int i = 0; i < k; i++) {
            firstMoment.add(i * probabilities[i]);
            if (probabilities[i] > 0) {
                information.add(-probabilities[i] * logProbabilities[i]);
            }
        }
        this.mean = firstMoment.value();
        CompensatedSum second = new CompensatedSum();
        for (int i = 0; i < k; i++) {
            double d = i - mean;
            second.add(d * d * probabilities[i]);
        }
        this.variance = second.value();
        this.entropy = information.value();
    }

    /**
     * The categorical distribution with the given probabilities of categories 0, 1, …, k−1.
     * They are stored as given and used normalised by their sum.
     *
     * @throws IllegalArgumentException if there are none, if one is negative, NaN or infinite
     *     (the message names its index from 0), or if they do not sum to 1 within
     *     \( 10^{-12} k \)
     */
    public static Categorical of(double... probabilities) {
        requireNonEmpty(probabilities, "probabilities");
        double[] given = probabilities.clone();
        CompensatedSum total = new CompensatedSum();
        for (int i = 0; i < given.length; i++) {
            requireNonNegativeFinite(given[i], "p[" + i + "]");
            total.add(given[i]);
        }
        double sum = total.value();
        if (!(Math.abs(sum - 1) <= SUM_TOLERANCE * given.length)) {
            throw new IllegalArgumentException(
                    FAMILY + ": probabilities must sum to 1 (within 1e-12·k), got " + sum);
        }
        return new Categorical(given, null, null);
    }

    /**
     * The categorical distribution with probabilities proportional to {@code weights}.
     *
     * @throws IllegalArgumentException if there are none, if one is negative, NaN or infinite
     *     (the message names its index from 0), or if all are zero
     */
    public static Categorical ofWeights(double... weights) {
        requireNonEmpty(weights, "weights");
        double max = 0;
        for (int i = 0; i < weights.length; i++) {
            max = Math.max(max, requireNonNegativeFinite(weights[i], "weight[" + i + "]"));
        }
        if (max == 0) {
            throw new IllegalArgumentException(FAMILY + ": weights must not all be zero, got "
                    + SpecFormat.vector(weights));
        }
        // Dividing by the largest weight first keeps the sum from overflowing.
        double[] scaled = new double[weights.length];
        CompensatedSum total = new CompensatedSum();
        for (int i = 0; i < weights.length; i++) {
            scaled[i] = weights[i] / max;
            total.add(scaled[i]);
        }
        double sum = total.value();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] /= sum;
        }
        return new Categorical(scaled, null, null);
    }

    /**
     * The categorical distribution with \( \log p_i = \ell_i - \log\sum_j e^{\ell_j} \).
     * \( -\infty \) gives a category of probability 0.
     *
     * <p>With \( m = \max_j \ell_j \) attained at \( j^* \), \( \log\sum_j e^{\ell_j} = m +
     * \operatorname{log1p}(T) \), \( T = \sum_{j \ne j^*} e^{\ell_j - m} \), and
     * \( \log p_i = (\ell_i - m) - \operatorname{log1p}(T) \): no large number is added and
     * subtracted again, so the log-probability of the most likely category keeps its relative
     * accuracy even when it is nearly 0.
     *
     * @throws IllegalArgumentException if there are none, if one is NaN or \( +\infty \) (the
     *     message names its index from 0), or if all are \( -\infty \)
     */
    public static Categorical ofLogits(double... logits) {
        requireNonEmpty(logits, "logits");
        int top = 0;
        for (int i = 0; i < logits.length; i++) {
            if (Double.isNaN(logits[i]) || logits[i] == Double.POSITIVE_INFINITY) {
                throw ParameterChecks.invalid(FAMILY, "logit[" + i + "]", "finite or -Infinity",
                        logits[i]);
            }
            if (logits[i] > logits[top]) {
                top = i;
            }
        }
        double max = logits[top];
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException(FAMILY + ": logits must not all be -Infinity, got "
                    + SpecFormat.vector(logits));
        }
        // ℓ_i − m rounds by up to |ℓ_i − m|·2^-53, which e^{ℓ_i − m} would turn into a relative
        // error of the same size; TwoSum recovers the rounding error exactly, and it is put back
        // to first order (its square is below 2^-106).
        int k = logits.length;
        double[] differences = new double[k];
        double[] errors = new double[k];
        double[] unnormalised = new double[k];
        CompensatedSum rest = new CompensatedSum();
        for (int i = 0; i < k; i++) {
            differences[i] = logits[i] - max;
            if (differences[i] > Double.NEGATIVE_INFINITY) {
                errors[i] = CompensatedSum.twoSumError(logits[i], -max, differences[i]);
                double e = Math.exp(differences[i]);
                unnormalised[i] = e + e * errors[i];
            }
            if (i != top) {
                rest.add(unnormalised[i]);
            }
        }
        double total = 1 + rest.value();
        double logNormaliser = Math.log1p(rest.value());
        double[] logProbabilities = new double[k];
        double[] probabilities = new double[k];
        for (int i = 0; i < k; i++) {
            logProbabilities[i] = (differences[i] - logNormaliser) + errors[i];
            probabilities[i] = unnormalised[i] / total;
        }
        return new Categorical(probabilities, logProbabilities, logits.clone());
    }

    /** The rounding error \( a + b - \mathrm{sum} \) of {@code sum = a + b}, exactly (TwoSum). */
    private static void requireNonEmpty(double[] values, String parameter) {
        if (values == null || values.length == 0) {
            throw ParameterChecks.invalid(FAMILY, parameter, "non-empty",
                    values == null ? "null" : "[]");
        }
    }

    private static double requireNonNegativeFinite(double value, String parameter) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw ParameterChecks.invalid(FAMILY, parameter, "non-negative and finite", value);
        }
        return value;
    }

    /** The number of categories \( k \). */
    public int size() {
        return given.length;
    }

    /** The normalised probabilities \( p_0, \dots, p_{k-1} \) (a copy). */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The normalised log-probabilities \( \log p_0, \dots, \log p_{k-1} \) (a copy). */
    public double[] logProbabilities() {
        return logProbabilities.clone();
    }

    /** The i-th probability as stored (given, before normalisation). */
    double given(int i) {
        return given[i];
    }

    /** \( p_i \). */
    double probabilityAt(int i) {
        return probabilities[i];
    }

    /** \( \log p_i \). */
    double logProbabilityAt(int i) {
        return logProbabilities[i];
    }

    /** Whether this instance was made by {@link #ofLogits}, whose logits it then keeps. */
    boolean fromLogits() {
        return logits != null;
    }

    /** The i-th logit as given to {@link #ofLogits}; only for instances made from logits. */
    double logit(int i) {
        return logits[i];
    }

    /** \( s - 1 \), where \( s \) is the exact sum of the stored probabilities. */
    double sumExcess() {
        return sumExcess;
    }

    /** \( \log s \), where \( s \) is the exact sum of the stored probabilities. */
    double logSum() {
        return logSum;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public double logProbability(long k) {
        return k >= 0 && k < given.length ? logProbabilities[(int) k]
                : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < lowest) {
            return 0;
        }
        return x >= highest ? 1 : cumulative[(int) Math.floor(x)];
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < lowest) {
            return 1;
        }
        return x >= highest ? 0 : upperTail[(int) Math.floor(x)];
    }

    /**
     * {@inheritDoc}
     *
     * <p>Binary search for the smallest category with \( \mathrm{cdf}(i) \ge u \), on the cdf as
     * computed, so that {@code quantile(cdf(i)) == i} for every category of positive probability.
     */
    @Override
    public double quantile(double u) {
        ParameterChecks.quantileArgument(u);
        if (u == 0) {
            return lowest;
        }
        if (u == 1) {
            return highest;
        }
        int low = lowest;
        int high = highest;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] >= u) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** \( \sum_i i\,p_i \). */
    @Override
    public double mean() {
        return mean;
    }

    /** \( \sum_i (i - \mu)^2 p_i \), summed about the mean so it does not cancel. */
    @Override
    public double variance() {
        return variance;
    }

    /**
     * \( -\sum_i p_i \log p_i \), a sum of non-negative terms accumulated in double-double
     * arithmetic, with the log-probabilities as stored (exact normalisation, or from logits).
     */
    @Override
    public double entropy() {
        return entropy;
    }

    /** The smallest category of positive probability. */
    @Override
    public double supportLowerBound() {
        return lowest;
    }

    /** The largest category of positive probability. */
    @Override
    public double supportUpperBound() {
        return highest;
    }

    /**
     * Inversion by binary search (Devroye, Non-Uniform Random Variate Generation, 1986, §III.2):
     * the smallest category \( i \) with \( F(i) &gt; U \), \( U \) uniform on [0, 1).
     */
    @Override
    public double sample(RandomGenerator rng) {
        double u = rng.nextDouble();
        int low = lowest;
        int high = highest;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > u) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Categorical that && Arrays.equals(given, that.given);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(given);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, given);
    }
}
