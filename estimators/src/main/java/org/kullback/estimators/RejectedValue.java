package org.kullback.estimators;

/**
 * The error for a value that failed the fast in-loop check of an array path, worded exactly as
 * {@link SampleChecks#requireSample} words it.
 */
final class RejectedValue {

    private RejectedValue() {
    }

    /**
     * Throws the {@link IllegalArgumentException} for {@code x[index] = value}: "x[3] must be
     * finite, got NaN" or "x[2] = -1.0 is outside the support of Gamma (x > 0)".
     *
     * @throws IllegalStateException if the value is in fact valid (a caller's bug)
     */
    static void raise(String family, Support support, int index, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("x[" + index + "] must be finite, got " + value);
        }
        support.check(family, index, value);
        throw new IllegalStateException("x[" + index + "] = " + value + " is valid for " + family);
    }
}
