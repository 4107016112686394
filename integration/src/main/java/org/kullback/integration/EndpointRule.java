package org.kullback.integration;

/** How {@link AdaptiveQuadrature} treats a finite endpoint of the interval. */
public enum EndpointRule {
    /**
     * Graded where the integrand looks singular: at a finite endpoint \( a \), the integrand is
     * probed at distances \( 10^{-12} \) and \( 10^{-6} \) of the half-width; if it is larger
     * (in absolute value) at the nearer point by more than 1 %, or not finite there, the half
     * next to \( a \) is integrated with {@link #GRADED}.
     */
    AUTO,
    /** Plain Gauss–Kronrod with bisection up to the endpoints. */
    PLAIN,
    /**
     * The exponential substitution \( x = a + h e^{-s} \) towards every finite endpoint, for
     * integrable singularities \( |x-a|^{\alpha-1} \), \( \alpha &gt; 0 \), and
     * \( \log|x - a| \) factors.
     */
    GRADED
}
