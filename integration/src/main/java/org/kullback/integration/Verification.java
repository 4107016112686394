package org.kullback.integration;

import java.util.Locale;
import org.kullback.distributions.Distribution;

/**
 * One row of {@link ClosedFormVerifier}: a closed-form KL divergence against quadrature.
 *
 * @param pair the pair of families, for example {@code "Normal→Laplace"}
 * @param p the first distribution
 * @param q the second distribution
 * @param closedForm \( \mathrm{KL}(p\,\|\,q) \) from {@code ClosedForms}
 * @param numerical the same from {@link NumericalDivergences#kl}; NaN if it did not converge
 * @param errorBound the quadrature's error estimate
 * @param relativeDifference \( |\text{closed} - \text{numerical}| / |\text{closed}| \) (0 when
 *     both are equal, including both \( +\infty \))
 * @param agrees whether the two agree: relative difference at most
 *     {@value ClosedFormVerifier#RELATIVE_TOLERANCE} where the closed form is at least
 *     {@value ClosedFormVerifier#SMALL_KL}, absolute difference at most
 *     {@value ClosedFormVerifier#ABSOLUTE_TOLERANCE} below that
 */
public record Verification(String pair, Distribution p, Distribution q, double closedForm,
        double numerical, double errorBound, double relativeDifference, boolean agrees) {

    /** One line: verdict, pair, p ‖ q, closed form, numerical, error bound, relative difference. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-4s %-22s %-44s %24.17g %24.17g %9.2e %9.2e",
                agrees ? "ok" : "FAIL", pair, p + " ‖ " + q, closedForm, numerical, errorBound,
                relativeDifference);
    }
}
