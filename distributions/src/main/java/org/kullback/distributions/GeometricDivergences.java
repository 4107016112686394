package org.kullback.distributions;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Geometric} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class GeometricDivergences {

    private GeometricDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{Geometric}(a)\,\|\,\mathrm{Geometric}(b))
     *   = \log\frac{a}{b} + \frac{1-a}{a}\log\frac{1-a}{1-b}
     *   = \frac{1}{a}\,\mathrm{KL}(\mathrm{Bernoulli}(a)\,\|\,\mathrm{Bernoulli}(b)) \).
     *
     * <p>Derivation: \( \log\frac{p_a(k)}{p_b(k)} = \log\frac{a}{b} + k\log\frac{1-a}{1-b} \)
     * and \( E_a[k] = (1-a)/a \); multiplying out,
     * \( a\log\frac ab + (1-a)\log\frac{1-a}{1-b} \) is the Bernoulli divergence of one trial,
     * and \( 1/a \) is the expected number of trials (Wald's identity). The Bernoulli form
     * ({@link BernoulliDivergences#kl(Bernoulli, Bernoulli)}) keeps full relative accuracy for
     * nearly equal parameters, and the division by \( a \) is exact to rounding. \( a = 1 \) (the
     * point mass at 0) gives \( -\log b \); \( b = 1 \) with \( a &lt; 1 \) gives \( +\infty \).
     */
    static double kl(Geometric p, Geometric q) {
        return BernoulliDivergences.kl(p.trial(), q.trial()) / p.p();
    }

    /**
     * \( H(\mathrm{Geometric}(a), \mathrm{Geometric}(b)) = -\log b - \frac{1-a}{a}\log(1-b)
     *   = \frac{1}{a}\,H(\mathrm{Bernoulli}(a), \mathrm{Bernoulli}(b)) \), by the same expansion
     * as {@link #kl(Geometric, Geometric)}; both terms are non-negative.
     */
    static double crossEntropy(Geometric p, Geometric q) {
        return BernoulliDivergences.crossEntropy(p.trial(), q.trial()) / p.p();
    }
}
