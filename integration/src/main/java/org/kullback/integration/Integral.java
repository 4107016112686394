package org.kullback.integration;

/**
 * The result of a numerical integration or summation.
 *
 * @param value the estimate of the integral; {@link Double#POSITIVE_INFINITY} when the integral
 *     was found to diverge (then {@code converged} is true and the error is 0)
 * @param absoluteError an estimate of \( |\text{value} - \text{integral}| \), from the
 *     Gauss–Kronrod error estimate of every subinterval (QUADPACK's pessimistic form) plus the
 *     tail bound of a truncated sum
 * @param evaluations how many times the integrand (or summand) was evaluated
 * @param subintervals how many subintervals (or summed terms) the final estimate is made of
 * @param converged whether the error estimate met the requested tolerance within the evaluation
 *     budget; when false, {@code value} is the best estimate found and {@code absoluteError} its
 *     estimated error
 */
public record Integral(double value, double absoluteError, int evaluations, int subintervals,
        boolean converged) {

    /** A divergent integral: {@code +∞}, converged, with no error. */
    static Integral divergent() {
        return new Integral(Double.POSITIVE_INFINITY, 0, 0, 0, true);
    }
}
