package org.kullback.estimators;

import java.util.Objects;

/**
 * The validation every estimator shares, so that every family reports bad input in the same words.
 * Each failure is an {@link IllegalArgumentException} whose message names the argument, the index
 * (from 0) and the offending value.
 */
public final class SampleChecks {

    private SampleChecks() {
    }

    /**
     * Checks a sample before fitting {@code family}: not empty, every value finite and inside
     * {@code support}.
     *
     * @throws IllegalArgumentException "x is empty: cannot fit Normal to no observations",
     *     "x[3] must be finite, got NaN", "x[2] = -1.0 is outside the support of Gamma (x &gt; 0)"
     */
    public static void requireSample(String family, double[] x, Support support) {
        Objects.requireNonNull(x, "x");
        if (x.length == 0) {
            throw new IllegalArgumentException(
                    "x is empty: cannot fit " + family + " to no observations");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("x[" + i + "] must be finite, got " + x[i]);
            }
            support.check(family, i, x[i]);
        }
    }

    /**
     * Checks that an array of observations outside any fit is non-empty and finite.
     *
     * @param name the argument's name used in messages, for example {@code "sample"}
     * @throws IllegalArgumentException "sample is empty", "sample[3] must be finite, got NaN"
     */
    public static void requireFiniteValues(String name, double[] values) {
        Objects.requireNonNull(values, name);
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must be finite, got " + values[i]);
            }
        }
    }

    /**
     * Checks weights against their sample: same length, each finite and non-negative, not all
     * zero.
     *
     * @throws IllegalArgumentException "weights has length 4 but the sample has length 5",
     *     "weights[3] must be finite and non-negative, got NaN", "weights are all zero: there is
     *     no observation to fit"
     */
    public static void requireWeights(double[] x, double[] weights) {
        Objects.requireNonNull(weights, "weights");
        if (weights.length != x.length) {
            throw new IllegalArgumentException("weights has length " + weights.length
                    + " but the sample has length " + x.length);
        }
        boolean anyPositive = false;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0 && weights[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        "weights[" + i + "] must be finite and non-negative, got " + weights[i]);
            }
            anyPositive |= weights[i] > 0;
        }
        if (!anyPositive) {
            throw new IllegalArgumentException(
                    "weights are all zero: there is no observation to fit");
        }
    }

    /**
     * The check a streaming accumulator makes on each value it accepts (it does not know the
     * value's position in the caller's data).
     *
     * @throws IllegalArgumentException "x must be finite, got NaN"
     */
    public static double finiteValue(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("x must be finite, got " + x);
        }
        return x;
    }

    /**
     * The check a streaming accumulator makes on each weight it accepts.
     *
     * @throws IllegalArgumentException "weight must be finite and non-negative, got -1.0"
     */
    public static double weight(double weight) {
        if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "weight must be finite and non-negative, got " + weight);
        }
        return weight;
    }

    /**
     * Checks that accumulated statistics hold enough observations (with positive weight) to
     * determine {@code family}'s parameters.
     *
     * @throws IllegalArgumentException "Normal needs at least 2 observations with positive weight,
     *     got 1"
     */
    public static void requireObservations(String family, long count, long needed) {
        if (count < needed) {
            throw new IllegalArgumentException(family + " needs at least " + needed
                    + (needed == 1 ? " observation" : " observations")
                    + " with positive weight, got " + count);
        }
    }

    /**
     * The error for a sample whose values are all equal, where the MLE leaves the family:
     * "all 17 observations equal 3.0: the maximum-likelihood sd is 0, which is not a Normal
     * distribution".
     *
     * @param family the family being fitted
     * @param count the number of observations (with positive weight)
     * @param value the common value
     * @param parameterAtLimit what the MLE degenerates to, for example {@code "sd is 0"}
     */
    public static IllegalArgumentException allEqual(String family, long count, double value,
            String parameterAtLimit) {
        return new IllegalArgumentException("all " + count + " observations equal " + value
                + ": the maximum-likelihood " + parameterAtLimit + ", which is not "
                + (startsWithVowelSound(family) ? "an " : "a ") + family
                + " distribution");
    }

    /** "an Exponential", "a Uniform": a vowel letter other than a "yoo"-sounding U. */
    private static boolean startsWithVowelSound(String word) {
        return "AEIOaeio".indexOf(word.charAt(0)) >= 0;
    }
}
