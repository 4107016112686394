package org.kullback.integration;

/**
 * When an adaptive integration or summation stops: as soon as the estimated absolute error is at
 * most \( \max(\text{absolute}, \text{relative} \cdot \int |f|) \), or when the next step would
 * exceed {@code maxEvaluations} integrand evaluations (then the result is not converged).
 *
 * <p>The relative tolerance is taken relative to \( \int |f| \) rather than \( |\int f| \), so
 * that an integral whose positive and negative parts cancel to nearly zero (a differential
 * entropy close to 0) still converges; for a non-negative integrand the two are the same.
 *
 * @param absolute the absolute tolerance, positive
 * @param relative the relative tolerance, positive
 * @param maxEvaluations the evaluation budget, at least 21 (one Gauss–Kronrod rule)
 */
public record Tolerance(double absolute, double relative, int maxEvaluations) {

    /**
     * Relative 1e-12, absolute {@link Double#MIN_NORMAL} (so the relative tolerance decides),
     * at most 200,000 evaluations.
     */
    public static final Tolerance DEFAULT = new Tolerance(Double.MIN_NORMAL, 1e-12, 200_000);

    /** Validates the tolerances. */
    public Tolerance {
        if (!(absolute > 0) || absolute == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "absolute tolerance must be positive and finite, got " + absolute);
        }
        if (!(relative > 0) || relative == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "relative tolerance must be positive and finite, got " + relative);
        }
        if (maxEvaluations < GaussKronrod21.POINTS) {
            throw new IllegalArgumentException("maxEvaluations must be at least "
                    + GaussKronrod21.POINTS + ", got " + maxEvaluations);
        }
    }

    /** The default absolute tolerance and budget with the given relative tolerance. */
    public static Tolerance relative(double relative) {
        return new Tolerance(DEFAULT.absolute, relative, DEFAULT.maxEvaluations);
    }

    /** This tolerance with another evaluation budget. */
    public Tolerance withMaxEvaluations(int evaluations) {
        return new Tolerance(absolute, relative, evaluations);
    }
}
