package org.kullback.integration;

/**
 * A Monte Carlo estimate \( \bar t = \tfrac1n\sum_{i=1}^n t(X_i) \) of an expectation, with its
 * standard error \( s/\sqrt n \), where \( s^2 = \tfrac{1}{n-1}\sum_i (t(X_i) - \bar t)^2 \) is the
 * sample variance of the terms.
 *
 * <p>When the quantity is known to be \( +\infty \) (p's support is not inside q's, or a draw
 * from p landed where q vanishes) the value is {@link Double#POSITIVE_INFINITY} and the standard
 * error is 0: that verdict is certain, not estimated.
 *
 * @param value the estimate, in nats
 * @param standardError the standard error of the estimate (0 for a certain \( +\infty \))
 * @param samples the number of draws the estimate rests on (0 when the support rule decided
 *     without drawing)
 */
public record MonteCarloEstimate(double value, double standardError, int samples) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the value is NaN, the standard error is negative or
     *     NaN, or samples is negative
     */
    public MonteCarloEstimate {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("value must not be NaN");
        }
        if (!(standardError >= 0)) {
            throw new IllegalArgumentException(
                    "standardError must be non-negative, got " + standardError);
        }
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be non-negative, got " + samples);
        }
    }
}
