package org.kullback.estimators;

import java.util.function.DoublePredicate;

/**
 * The set of sample values a family can be fitted to, with a human-readable description used in
 * error messages and in {@code ModelSelection}'s reasons for skipping a family.
 *
 * @param description the set in words, for example {@code "x > 0"}
 * @param contains whether a finite value lies in the set
 */
public record Support(String description, DoublePredicate contains) {

    /** Every finite real number. */
    public static final Support REAL_LINE = new Support("any finite x", x -> true);
    /** \( x &gt; 0 \). */
    public static final Support POSITIVE = new Support("x > 0", x -> x > 0);
    /** \( x \ge 0 \). */
    public static final Support NON_NEGATIVE = new Support("x >= 0", x -> x >= 0);
    /** \( 0 &lt; x &lt; 1 \). */
    public static final Support OPEN_UNIT_INTERVAL = new Support("0 < x < 1", x -> x > 0 && x < 1);
    /** \( x \in \{0, 1\} \). */
    public static final Support ZERO_OR_ONE = new Support("x in {0, 1}", x -> x == 0 || x == 1);
    /** \( x \in \{0, 1, 2, \dots\} \). */
    public static final Support NON_NEGATIVE_INTEGERS = new Support("x in {0, 1, 2, ...}",
            x -> x >= 0 && x == Math.rint(x));

    /** The integers \( 0, 1, \dots, \mathit{max} \). */
    public static Support integersUpTo(long max) {
        return new Support("x in {0, 1, ..., " + max + "}",
                x -> x >= 0 && x <= max && x == Math.rint(x));
    }

    /**
     * Throws unless {@code x} lies in this set.
     *
     * @param family the family being fitted, named in the message
     * @param index the position of {@code x} in its sample, from 0
     * @throws IllegalArgumentException "x[3] = -1.0 is outside the support of Gamma (x &gt; 0)"
     */
    public void check(String family, long index, double x) {
        if (!contains.test(x)) {
            throw new IllegalArgumentException("x[" + index + "] = " + x
                    + " is outside the support of " + family + " (" + description + ")");
        }
    }

    /**
     * Throws unless {@code x} lies in this set; for streaming accumulators, which do not know the
     * position of a value in the caller's data.
     *
     * @throws IllegalArgumentException "x = -1.0 is outside the support of Gamma (x &gt; 0)"
     */
    public void check(String family, double x) {
        if (!contains.test(x)) {
            throw new IllegalArgumentException("x = " + x + " is outside the support of " + family
                    + " (" + description + ")");
        }
    }
}
