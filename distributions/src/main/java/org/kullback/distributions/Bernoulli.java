package org.kullback.distributions;

import java.util.random.RandomGenerator;
import org.kullback.special.LogSpace;

/**
 * The Bernoulli distribution on \( \{0, 1\} \) with success probability \( p \in [0, 1] \);
 * \( p = 0 \) and \( p = 1 \) are the point masses at 0 and 1.
 *
 * <p>\( P(X = 1) = p \), \( P(X = 0) = 1 - p \); \( F(x) = 0 \) for \( x &lt; 0 \), \( 1 - p \)
 * for \( 0 \le x &lt; 1 \) and \( 1 \) for \( x \ge 1 \); mean \( p \), variance \( p(1-p) \);
 * entropy \( -p\log p - (1-p)\log(1-p) \) with \( 0 \log 0 = 0 \) (Cover &amp; Thomas, Elements of
 * Information Theory, 2nd ed., eq. 2.5). The support bounds are those of the actual support:
 * \( [0, 1] \) for \( 0 &lt; p &lt; 1 \), \( \{0\} \) for \( p = 0 \), \( \{1\} \) for \( p = 1 \).
 *
 * <p>Two ways in: {@link #of(double)} takes \( p \) itself, and \( 1-p \) is then formed from it
 * (exactly for \( p \ge 1/2 \)); {@link #ofLogit(double)} takes the log-odds
 * \( \ell = \log\frac{p}{1-p} \), from which \( \log p = -\log(1+e^{-\ell}) \) and
 * \( \log(1-p) = -\log(1+e^{\ell}) \) are computed directly, so that both probabilities and their
 * logarithms keep full relative accuracy even where \( p \) rounds to 1 or underflows to 0 as a
 * double (for example \( \ell = 40 \): \( \log P(X=0) = -40 - \log(1+e^{-40}) \), while
 * \( 1 - p \) as a double would be 0).
 *
 * <p>The family's parameter is \( p \): {@link #toString()} prints it, and {@link #equals(Object)}
 * and {@link #hashCode()} compare it alone, so every instance reads back from its spec to an equal
 * one. An instance made from a logit is therefore equal to {@code Bernoulli.of(p())}, but carries
 * the more accurate log-probabilities above; the two differ beyond rounding only where \( p \)
 * rounds to 1 or underflows to 0 (\( \ell &gt; 37.4 \) or \( \ell &lt; -745.1 \)). The KL
 * divergence between two instances made from logits is computed from the logits (see
 * {@link BernoulliDivergences#kl(Bernoulli, Bernoulli)}).
 */
public final class Bernoulli implements UnivariateDiscrete {

    static final String FAMILY = "Bernoulli";

    private final double p;
    /** \( 1 - p \), accurate to relative rounding: exact for {@code of(p)} with \( p \ge 1/2 \). */
    private final double q;
    private final double logP;
    private final double log1mP;
    private final double logit;
    /** Whether {@link #logit} is the exact parameter (from {@link #ofLogit}), not derived. */
    private final boolean fromLogit;
    private final double entropy;

    private Bernoulli(double p, double q, double logP, double log1mP, double logit,
            boolean fromLogit) {
        this.p = p;
        this.q = q;
        this.logP = logP;
        this.log1mP = log1mP;
        this.logit = logit;
        this.fromLogit = fromLogit;
        this.entropy = entropyTerm(p, logP) + entropyTerm(q, log1mP);
    }

    /** \( -x \log x \) given \( \log x \), with \( 0 \log 0 = 0 \). */
    private static double entropyTerm(double x, double logX) {
        return x == 0 ? 0 : -x * logX;
    }

    /**
     * The Bernoulli distribution with success probability {@code p}.
     *
     * @throws IllegalArgumentException if {@code p} is not in [0, 1]
     */
    public static Bernoulli of(double p) {
        ParameterChecks.probability(FAMILY, "p", p);
        // Adding 0.0 turns -0.0 into 0.0, so that equal distributions print and compare equal.
        double success = p + 0.0;
        return new Bernoulli(success, 1 - success, Math.log(success), Math.log1p(-success),
                logitOf(success), false);
    }

    /**
     * The Bernoulli distribution with log-odds {@code logit} \( = \log\frac{p}{1-p} \);
     * \( \pm\infty \) give the point masses at 1 and 0. The smaller of \( p \) and \( 1-p \) is
     * computed as \( e^{-|\ell|}/(1 + e^{-|\ell|}) \), and the larger as 1 minus it.
     *
     * @throws IllegalArgumentException if {@code logit} is NaN
     */
    public static Bernoulli ofLogit(double logit) {
        if (Double.isNaN(logit)) {
            throw ParameterChecks.invalid(FAMILY, "logit", "a number or ±Infinity", logit);
        }
        double logP = -LogSpace.log1pexp(-logit);
        double log1mP = -LogSpace.log1pexp(logit);
        // The smaller probability e^{-|ℓ|}/(1 + e^{-|ℓ|}) directly: −|ℓ| is exact, so it keeps
        // full relative accuracy, where e^{log p} would inherit the rounding of log p (|ℓ|·2^-53).
        double e = Math.exp(-Math.abs(logit));
        double small = e / (1 + e);
        return logit <= 0 ? new Bernoulli(small, 1 - small, logP, log1mP, logit, true)
                : new Bernoulli(1 - small, small, logP, log1mP, logit, true);
    }

    /**
     * \( \log\frac{p}{1-p} \). Near \( p = 1/2 \) the two logarithms would cancel, so there it is
     * \( \operatorname{log1p}\frac{2p-1}{1-p} \), where \( 2p - 1 \) is exact for
     * \( p \ge 1/4 \) (Sterbenz) and the quotient is correct to rounding.
     */
    private static double logitOf(double p) {
        if (p >= 0.25 && p <= 0.75) {
            return Math.log1p((2 * p - 1) / (1 - p));
        }
        return Math.log(p) - Math.log1p(-p);
    }

    /** The success probability \( p = P(X = 1) \). */
    public double p() {
        return p;
    }

    /**
     * The log-odds \( \log\frac{p}{1-p} \): \( -\infty \) for \( p = 0 \), \( +\infty \) for
     * \( p = 1 \); exact for an instance made by {@link #ofLogit(double)}.
     */
    public double logit() {
        return logit;
    }

    /** Whether this instance was made from its logit, which is then exact. */
    boolean fromLogit() {
        return fromLogit;
    }

    /** \( 1 - p \), accurate also when it is tiny. */
    double q() {
        return q;
    }

    /** \( \log p \). */
    double logP() {
        return logP;
    }

    /** \( \log(1 - p) \). */
    double log1mP() {
        return log1mP;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public double logProbability(long k) {
        if (k == 0) {
            return log1mP;
        }
        return k == 1 ? logP : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 0;
        }
        return x < 1 ? q : 1;
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 1;
        }
        return x < 1 ? p : 0;
    }

    /**
     * {@inheritDoc}
     *
     * <p>0 when \( u \le 1 - p = \mathrm{cdf}(0) \), else 1; {@code quantile(1)} is the upper
     * support bound also where \( 1 - p \) rounds to 1 (\( p &lt; 2^{-54} \)).
     */
    @Override
    public double quantile(double u) {
        ParameterChecks.quantileArgument(u);
        if (u == 0) {
            return supportLowerBound();
        }
        if (u == 1) {
            return supportUpperBound();
        }
        return u <= q ? 0 : 1;
    }

    /** \( p \). */
    @Override
    public double mean() {
        return p;
    }

    /** \( p(1-p) \). */
    @Override
    public double variance() {
        return p * q;
    }

    /**
     * \( -p\log p - (1-p)\log(1-p) \), from the stored logarithms: both terms are non-negative,
     * so the sum does not cancel, and with \( \log(1-p) = \operatorname{log1p}(-p) \) the entropy
     * keeps full relative accuracy also for \( p = 10^{-300} \) and for \( p \) next to 1.
     */
    @Override
    public double entropy() {
        return entropy;
    }

    /** 1 when \( p = 1 \), else 0. */
    @Override
    public double supportLowerBound() {
        return log1mP == Double.NEGATIVE_INFINITY ? 1 : 0;
    }

    /** 0 when \( p = 0 \), else 1. */
    @Override
    public double supportUpperBound() {
        return logP == Double.NEGATIVE_INFINITY ? 0 : 1;
    }

    /** Inversion: 1 when a uniform draw \( U \in [0, 1) \) is below \( p \). */
    @Override
    public double sample(RandomGenerator rng) {
        return rng.nextDouble() < p ? 1 : 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bernoulli that && Double.compare(p, that.p) == 0;
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
