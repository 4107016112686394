package org.kullback.distributions;

/**
 * A probability distribution of one of Kullback's families.
 *
 * <p>Every distribution is immutable and thread-safe, is validated when it is created (by the
 * family's static {@code of} factory), and prints itself in the spec syntax that
 * {@link DistributionSpec#parse(String)} reads back, for example {@code Normal(0.0, 1.0)}.
 *
 * <p>Entropies are in nats: the Shannon entropy \( -\sum_k p_k \log p_k \) for discrete families and
 * the differential entropy \( -\int p(x) \log p(x)\,dx \) for continuous ones (which can be
 * negative). Divergences between two distributions live in {@link ClosedForms}.
 */
public interface Distribution {

    /** The family's name as used in the spec syntax, for example {@code "Normal"}. */
    String family();

    /** The entropy in nats (differential entropy for continuous families). */
    double entropy();
}
