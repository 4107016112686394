package org.kullback.distributions;

import java.util.function.LongToDoubleFunction;

/**
 * Tail probabilities of a discrete distribution by summing its probabilities outwards from one
 * point, as Binomial and Poisson do where the regularized beta and gamma functions of Hipparchus
 * are not accurate enough (up to 8e-9 relative in the Poisson(1e7) tail).
 *
 * <p>From the anchor \( k_0 \) the terms \( P(X=j)/P(X=k_0) \) follow by the ratio recurrence
 * \( r_j = P(X=j+s)/P(X=j) \) (step \( s = \pm1 \)); the sum is compensated (Fast2Sum, the terms
 * only shrink) and multiplied by \( P(X=k_0) \) once at the end. Once the ratios are below 1 and
 * a term times \( r/(1-r) \) is below \( 10^{-17} \) of the sum, the geometric bound shows the
 * rest is too. Every 64 terms the running term is recomputed from the log probabilities, so
 * rounding cannot build up along the recurrence.
 */
final class TailSum {

    private static final int REANCHOR = 64;

    private TailSum() {
    }

    /**
     * \( \sum_j P(X=j) \) for j from {@code anchor} stepping by {@code step} (±1) up to and
     * including {@code limit} (or until the terms are negligible).
     *
     * @param ratio \( j \mapsto P(X=j+\text{step})/P(X=j) \)
     */
    static double from(UnivariateDiscrete d, long anchor, long limit, int step,
            LongToDoubleFunction ratio) {
        double logAnchor = d.logProbability(anchor);
        double sum = 1;
        double compensation = 0;
        double term = 1;
        long j = anchor;
        while (j != limit) {
            long blockEnd = step < 0 ? Math.max(limit, j - REANCHOR)
                    : Math.min(limit, j + REANCHOR);
            for (; j != blockEnd; j += step) {
                double r = ratio.applyAsDouble(j);
                term *= r;
                double next = sum + term;
                compensation += (sum - next) + term;
                sum = next;
                if (r < 1 && term * r < 1e-17 * sum * (1 - r)) {
                    return Math.exp(logAnchor) * (sum + compensation);
                }
            }
            term = Math.exp(d.logProbability(j) - logAnchor);
        }
        return Math.exp(logAnchor) * (sum + compensation);
    }
}
