package org.kullback.integration;

import org.kullback.distributions.Distribution;

/**
 * An entropy, cross-entropy or KL divergence with how it was computed.
 *
 * @param quantity {@code "entropy"}, {@code "cross-entropy"} or {@code "KL"}
 * @param p the first distribution
 * @param q the second distribution, null for an entropy
 * @param value the value in {@code units}; {@code +∞} when infinite
 * @param method the method actually used (never {@link Method#AUTO})
 * @param errorBound the estimated absolute error: the quadrature's error estimate, or 0 for a
 *     closed form (a formula evaluated in floating point; {@link ClosedFormVerifier} checks
 *     that it agrees with quadrature to 1e-10)
 * @param units {@code "nats"} or {@code "bits"}
 */
public record Divergence(String quantity, Distribution p, Distribution q, double value,
        Method method, double errorBound, String units) {

    private static final double LN2 = Math.log(2);

    /** This result in bits (value and error divided by \( \ln 2 \)); itself if already bits. */
    public Divergence inBits() {
        if (units.equals("bits")) {
            return this;
        }
        return new Divergence(quantity, p, q, value / LN2, method, errorBound / LN2, "bits");
    }

    @Override
    public String toString() {
        String of = q == null ? "(" + p + ")" : "(" + p + " ‖ " + q + ")";
        return quantity + of + " = " + value + " " + units + " ± " + errorBound + " ("
                + method.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    }
}
