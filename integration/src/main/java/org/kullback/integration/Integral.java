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
    static Integral divergent(int evaluations) {
        return new Integral(Double.POSITIVE_INFINITY, 0, evaluations, 0, true);
    }

    /** This integral with {@code constant} added to the value (an exactly known part). */
    Integral plus(double constant, double constantError) {
        return new Integral(value + constant, absoluteError + constantError, evaluations,
                subintervals, converged);
    }

    /** This integral with value and error multiplied by {@code factor}. */
    Integral times(double factor) {
        return new Integral(value * factor, absoluteError * Math.abs(factor), evaluations,
                subintervals, converged);
    }
}
