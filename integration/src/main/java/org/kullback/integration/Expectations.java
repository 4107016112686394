package org.kullback.integration;

import java.util.function.DoubleUnaryOperator;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDiscrete;
import org.kullback.distributions.UnivariateDistribution;

/**
 * \( E_p[g(X)] \) for a univariate distribution p: \( \int p(x) g(x)\,dx \) over p's support by
 * adaptive quadrature split at p's median, at p's own kinks and at the caller's break points
 * (where g is not smooth), or \( \sum_k p_k g(k) \) for a discrete p (exact for finite supports,
 * with a tail bound otherwise; see {@link DiscreteSums}). Where p vanishes (or underflows) the
 * term is 0 and g is not evaluated.
 */
public final class Expectations {

    private Expectations() {
    }

    /** \( E_p[g(X)] \) with {@link Tolerance#DEFAULT} and no extra break points. */
    public static Integral of(UnivariateDistribution p, DoubleUnaryOperator g) {
        return of(p, g, new double[0], Tolerance.DEFAULT);
    }

    /**
     * \( E_p[g(X)] \).
     *
     * @param breakPoints points where g is not smooth (ignored outside p's support and for
     *     discrete p)
     * @throws IllegalArgumentException if an argument is null, p has neither density nor mass
     *     function, a break point is NaN, or \( p(x)g(x) \) is not finite or g throws at some x
     */
    public static Integral of(UnivariateDistribution p, DoubleUnaryOperator g,
            double[] breakPoints, Tolerance tolerance) {
        if (p == null || g == null || breakPoints == null || tolerance == null) {
            throw new IllegalArgumentException((p == null ? "p" : g == null ? "g"
                    : breakPoints == null ? "breakPoints" : "tolerance") + " must not be null");
        }
        for (int i = 0; i < breakPoints.length; i++) {
            if (Double.isNaN(breakPoints[i])) {
                throw new IllegalArgumentException("breakPoints[" + i + "] must not be NaN");
            }
        }
        LogDensityTerm term = (x, logP, logQ) -> {
            double density = Math.exp(logP);
            return density == 0 ? 0 : density * g.applyAsDouble(x);
        };
        if (p instanceof UnivariateContinuous continuous) {
            return SupportQuadrature.integrate(continuous, null, term, breakPoints.clone(),
                    tolerance, EndpointRule.AUTO).integral();
        }
        if (p instanceof UnivariateDiscrete discrete) {
            return DiscreteSums.sum(discrete, null, (x, logP, logQ) -> {
                try {
                    return term.at(x, logP, logQ);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("g threw at k = " + (long) x + ": " + e, e);
                }
            }, tolerance).integral();
        }
        throw new IllegalArgumentException("p = " + p + " has neither a density "
                + "(UnivariateContinuous) nor a probability mass function (UnivariateDiscrete)");
    }
}
