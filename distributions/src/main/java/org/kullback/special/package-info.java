/**
 * Special functions that Kullback needs more accurately than its dependencies provide them,
 * and small log-space helpers for closed-form entropies and divergences.
 *
 * <ul>
 *   <li>{@link org.kullback.special.Polygamma}: digamma, trigamma, inverse digamma,
 *       \( \log\Gamma(1 + x) \).</li>
 *   <li>{@link org.kullback.special.LogBeta}: \( \log B(a, b) \) and the Stirling remainder
 *       \( \delta(x) \) of \( \log\Gamma \).</li>
 *   <li>{@link org.kullback.special.LogSpace}: {@code log1pmx}, {@code expm1mx},
 *       {@code xlogy}, {@code xlog1py}, {@code log1mexp}, {@code log1pexp},
 *       {@code logSumExp}.</li>
 * </ul>
 *
 * <h2>Which Hipparchus functions were checked, and the verdict</h2>
 *
 * <p>Each of these hipparchus-core 4.0.3 functions was compared with mpmath at 50 digits (the
 * reference data of this package's tests, {@code src/test/resources/reference/
 * special-functions.csv}, plus denser sweeps near 1 and 2 and over log-spaced arguments):
 * <ul>
 *   <li>{@code Gamma.logGamma(x)}, \( 10^{-300} \le x \le 10^{300} \), including
 *       \( x = 1 \pm k\,2^{-52} \) and \( 2 \pm k\,2^{-52} \), where \( \log\Gamma \to 0 \):
 *       relative error below 5e-16 everywhere. <b>Used directly</b>; this package has no
 *       {@code logGamma} of its own.</li>
 *   <li>{@code Gamma.logGamma1p(x)}, \( -0.5 \le x \le 1.5 \): accurate, except for
 *       \( 10^{-51} \lesssim |x| \lesssim 10^{-38} \), where the relative error reaches 1e-3.
 *       Used by {@link org.kullback.special.Polygamma#logGamma1p(double)} outside
 *       \( |x| &lt; 2^{-20} \), where a Taylor series replaces it.</li>
 *   <li>{@code Gamma.digamma(x)}: off by about 2.9e-9 everywhere (\( \psi(1) =
 *       -0.5772156677920679 \)): sign errors in its asymptotic series. <b>Not used.</b></li>
 *   <li>{@code Gamma.trigamma(x)}: relative error up to 2e-12 for \( x &gt; 0 \) (4e-14 at
 *       \( x = 1 \)). <b>Not used.</b></li>
 *   <li>{@code Beta.logBeta(a, b)}, \( a, b \in [10^{-10}, 10^{15}] \): relative error up to
 *       2.2e-14, e.g. at \( (4.64 \times 10^8, 0.1095) \). <b>Not used.</b></li>
 * </ul>
 *
 * <p>Conventions: all functions are static and total. {@code NaN} in gives {@code NaN} out,
 * arguments outside the domain and poles give {@code NaN}, and overflow gives an infinity;
 * nothing throws. Reference values are computed by
 * {@code src/test/python/special_functions_reference.py} (mpmath, 50 digits), never by this
 * code.
 */
package org.kullback.special;
