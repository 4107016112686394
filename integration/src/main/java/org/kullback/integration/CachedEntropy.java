package org.kullback.integration;

import org.kullback.distributions.UnivariateDistribution;

/**
 * The entropy of an adapted foreign distribution, computed by quadrature on first use and then
 * kept: the foreign interfaces have no entropy, and the adapters promise one.
 *
 * <p>Thread-safe: two threads may both compute it once, and both get the same number.
 */
final class CachedEntropy {

    private final UnivariateDistribution distribution;
    private volatile Double value;

    CachedEntropy(UnivariateDistribution distribution) {
        this.distribution = distribution;
    }

    /**
     * \( H(p) \) from {@link NumericalDivergences#entropy(UnivariateDistribution)}.
     *
     * @throws NonConvergenceException if the quadrature does not converge
     */
    double value() {
        Double cached = value;
        if (cached == null) {
            Integral integral = NumericalDivergences.entropy(distribution);
            if (!integral.converged()) {
                throw new NonConvergenceException(
                        "entropy of " + distribution + " did not converge", integral);
            }
            cached = integral.value();
            value = cached;
        }
        return cached;
    }
}
