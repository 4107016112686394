/**
 * Numerical integration and the information-theoretic quantities computed with it.
 *
 * <ul>
 *   <li>{@link org.kullback.integration.AdaptiveQuadrature}: globally adaptive 21-point
 *       Gauss–Kronrod quadrature on finite, semi-infinite and infinite intervals, with a graded
 *       rule for integrable endpoint singularities; results are
 *       {@link org.kullback.integration.Integral} values with an error estimate.</li>
 *   <li>{@link org.kullback.integration.Expectations}: \( E_p[g(X)] \) for any univariate
 *       distribution.</li>
 *   <li>{@link org.kullback.integration.NumericalDivergences}: entropy, cross-entropy and KL
 *       divergence of any univariate pair by quadrature or summation, +∞ for divergent
 *       integrals.</li>
 *   <li>{@link org.kullback.integration.Divergences}: the facade that picks the closed form or
 *       quadrature and records the method in a {@link org.kullback.integration.Divergence}.</li>
 *   <li>{@link org.kullback.integration.ClosedFormVerifier}: every registered closed form
 *       against quadrature.</li>
 * </ul>
 */
package org.kullback.integration;
