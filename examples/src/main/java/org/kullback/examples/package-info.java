/**
 * Small runnable programs, one per claim of the theory, each printing a short table and writing a
 * chart; every claim they print is asserted by a unit test of the same computation.
 *
 * <ol>
 *   <li>{@link org.kullback.examples.CrossEntropyVersusKl}: training on cross-entropy and on KL
 *       follows the same path; the losses differ by \( H(p) \).</li>
 *   <li>{@link org.kullback.examples.EmpiricalCrossEntropyIsNll}: empirical cross-entropy is the
 *       mean negative log-likelihood; it tends to \( H(p) \) and KL to 0.</li>
 *   <li>{@link org.kullback.examples.GaussianLikelihoodIsLeastSquares}: the Gaussian likelihood
 *       is least squares, until the noise level varies.</li>
 *   <li>{@link org.kullback.examples.ClosedFormVersusIntegration}: closed forms checked by
 *       integrating the definition.</li>
 *   <li>{@link org.kullback.examples.BinaryCrossEntropyVersusKl}: BCE and KL from logits are
 *       both robust, and have the same gradient.</li>
 *   <li>{@link org.kullback.examples.BitsAndCodes}: entropy and cross-entropy as mean code
 *       lengths, KL as the excess.</li>
 *   <li>{@link org.kullback.examples.AsymmetryAndZeros}: KL is asymmetric, \( H(p, p) = H(p) \),
 *       and differential entropy can be negative.</li>
 * </ol>
 * {@link org.kullback.examples.Tour} runs them in order ({@code kullback tour});
 * {@link org.kullback.examples.BuiltInData} holds the data they use (NIST Longley and Michelson,
 * seeded synthetic lines).
 */
package org.kullback.examples;
