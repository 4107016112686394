package org.kullback.distributions;

import java.util.random.RandomGenerator;

/**
 * The geometric distribution of the number of failures before the first success in independent
 * Bernoulli trials with success probability \( p \in (0, 1] \), on \( \{0, 1, 2, \dots\} \);
 * \( p = 1 \) is the point mass at 0. (This is the convention of commons-math3's
 * {@code GeometricDistribution}; the number of trials including the success is \( X + 1 \).)
 *
 * <p>\( P(X = k) = p(1-p)^k \), \( P(X &gt; k) = (1-p)^{k+1} \),
 * \( F(k) = 1 - (1-p)^{k+1} \); mean \( (1-p)/p \), variance \( (1-p)/p^2 \); entropy
 * \( \bigl(-(1-p)\log(1-p) - p\log p\bigr)/p \) (Johnson, Kemp &amp; Kotz, Univariate Discrete
 * Distributions, 3rd ed., §5.2). All are evaluated in log space from \( \log p \) and
 * \( \log(1-p) = \operatorname{log1p}(-p) \), so they keep full relative accuracy for tiny
 * \( p \) and in both tails.
 *
 * <p>The geometric variable is a sequence of Bernoulli(p) trials stopped at the first success, so
 * its entropy, cross-entropy and KL divergence are those of one trial times the expected number of
 * trials \( E[X + 1] = 1/p \) (Wald's identity); see {@link GeometricDivergences}.
 */
public final class Geometric implements UnivariateDiscrete {

    static final String FAMILY = "Geometric";

    private final double p;
    /** One trial: holds \( 1-p \), \( \log p \) and \( \log(1-p) \) and the trial's entropy. */
    private final Bernoulli trial;
    private final double entropy;

    private Geometric(double p) {
        if (!(p > 0 && p <= 1)) {
            throw ParameterChecks.invalid(FAMILY, "p", "in (0, 1]", p);
        }
        this.p = p;
        this.trial = Bernoulli.of(p);
        this.entropy = trial.entropy() / p;
    }

    /**
     * The geometric distribution with success probability {@code p}.
     *
     * @throws IllegalArgumentException if {@code p} is not in (0, 1]
     */
    public static Geometric of(double p) {
        return new Geometric(p);
    }

    /** The success probability \( p \) of each trial. */
    public double p() {
        return p;
    }

    /** The Bernoulli(p) distribution of one trial. */
    Bernoulli trial() {
        return trial;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    /** \( \log p + k\operatorname{log1p}(-p) \). */
    @Override
    public double logProbability(long k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        // k = 0 separately: for p = 1, 0·log(1 − p) would be 0·(−∞) = NaN.
        return k == 0 ? trial.logP() : trial.logP() + k * trial.log1mP();
    }

    /**
     * \( 1 - (1-p)^{\lfloor x\rfloor+1}
     *   = -\operatorname{expm1}((\lfloor x\rfloor+1)\log(1-p)) \).
     */
    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 0;
        }
        return -Math.expm1((Math.floor(x) + 1) * trial.log1mP());
    }

    /** \( (1-p)^{\lfloor x\rfloor+1} = \exp((\lfloor x\rfloor+1)\log(1-p)) \). */
    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 1;
        }
        return Math.exp((Math.floor(x) + 1) * trial.log1mP());
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( F(k) \ge u \iff (1-p)^{k+1} \le 1-u \iff k + 1 \ge \log(1-u)/\log(1-p) \), so the
     * quantile is \( \lceil \operatorname{log1p}(-u)/\operatorname{log1p}(-p)\rceil - 1 \) (at
     * least 0). Rounding can put that ratio on the wrong side of an integer, so the candidate is
     * checked against {@link #cdf(double)} and moved by one where needed: the result is exactly
     * \( \min\{k : \mathrm{cdf}(k) \ge u\} \) for the cdf as computed, so that
     * {@code quantile(cdf(k)) == k}.
     */
    @Override
    public double quantile(double u) {
        ParameterChecks.quantileArgument(u);
        if (u == 0) {
            return 0;
        }
        if (u == 1) {
            return supportUpperBound();
        }
        double k = Math.max(0, Math.ceil(Math.log1p(-u) / trial.log1mP()) - 1);
        if (cdf(k) < u) {
            return k + 1;
        }
        return k > 0 && cdf(k - 1) >= u ? k - 1 : k;
    }

    /**
     * \( (1-p)/p \); it overflows to \( +\infty \) only for subnormal
     * \( p &lt; 1/\mathrm{MAX\_VALUE} \approx 5.6\cdot10^{-309} \).
     */
    @Override
    public double mean() {
        return trial.q() / p;
    }

    /**
     * \( (1-p)/p^2 \), evaluated as \( ((1-p)/p)/p \); it overflows to \( +\infty \) for
     * \( p \lesssim 10^{-154} \), where the true value exceeds the double range.
     */
    @Override
    public double variance() {
        return trial.q() / p / p;
    }

    /**
     * \( \bigl(-p\log p - (1-p)\log(1-p)\bigr)/p \), the Bernoulli entropy of one trial divided by
     * \( p \): both terms are non-negative, so it is accurate for \( p = 10^{-12} \) (where it is
     * about \( 1 - \log p \)) and for \( p \to 1 \) (where it tends to 0).
     */
    @Override
    public double entropy() {
        return entropy;
    }

    @Override
    public double supportLowerBound() {
        return 0;
    }

    /** \( +\infty \), or 0 for the point mass \( p = 1 \). */
    @Override
    public double supportUpperBound() {
        return p == 1 ? 0 : Double.POSITIVE_INFINITY;
    }

    /**
     * Inversion (Devroye, Non-Uniform Random Variate Generation, 1986, §X.2):
     * \( \lfloor \log(1-U)/\log(1-p) \rfloor \) with \( U \) uniform on [0, 1), since
     * \( P(\lfloor \log(1-U)/\log(1-p)\rfloor \ge k) = P(1-U \le (1-p)^k) = (1-p)^k \).
     */
    @Override
    public double sample(RandomGenerator rng) {
        return Math.floor(Math.log1p(-rng.nextDouble()) / trial.log1mP());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Geometric that && Double.compare(p, that.p) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(p);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, p);
    }
}
