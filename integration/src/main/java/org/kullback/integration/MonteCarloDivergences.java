package org.kullback.integration;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.kullback.distributions.Distribution;
import org.kullback.distributions.MultivariateNormal;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDiscrete;
import org.kullback.distributions.UnivariateDistribution;

/**
 * Monte Carlo estimates of entropy, cross-entropy and KL divergence, with their standard errors:
 * for any pair of univariate distributions (continuous or discrete, Kullback families or adapted
 * foreign ones) and for pairs of {@link MultivariateNormal}s of the same dimension.
 *
 * <p>With \( X_1, \dots, X_n \) drawn independently from p,
 * \[ \widehat{\mathrm{KL}} = \tfrac1n \sum_i \bigl(\log p(X_i) - \log q(X_i)\bigr), \quad
 *    \widehat{H}(p, q) = -\tfrac1n \sum_i \log q(X_i), \quad
 *    \widehat{H}(p) = -\tfrac1n \sum_i \log p(X_i), \]
 * each term formed from the log-densities (log-probabilities for discrete distributions), never
 * from a ratio of densities that could underflow. The standard error is \( s/\sqrt n \) with
 * \( s^2 \) the sample variance of the terms, accumulated by Welford's update (B. P. Welford,
 * "Note on a method for calculating corrected sums of squares and products", Technometrics 4,
 * 1962), so nearly equal p and q, whose terms are tiny, lose nothing to cancellation. The
 * estimates are unbiased, so a KL estimate may be negative when the divergence is small compared
 * with its standard error; the standard error is an honest spread only when the terms have a
 * finite variance (not, for example, for KL(Cauchy‖Normal), which is itself infinite).
 *
 * <p>The result is \( +\infty \) with standard error 0 when p's support is not inside q's (the
 * same rule as {@link org.kullback.distributions.ClosedForms}: a continuous and a discrete
 * distribution, or support bounds not nested; then nothing is drawn), and also as soon as a draw
 * from p lands where q has log-density \( -\infty \) (a Categorical q with a zero category): such
 * a draw proves the divergence infinite.
 *
 * <p>The only source of randomness is the caller's {@link RandomGenerator}: the same generator
 * state gives the same estimate, bit for bit.
 */
public final class MonteCarloDivergences {

    private MonteCarloDivergences() {
    }

    /**
     * \( \mathrm{KL}(p\,\|\,q) = E_p[\log p(X) - \log q(X)] \) estimated from {@code samples}
     * draws of p.
     *
     * @throws IllegalArgumentException if p, q or rng is null, samples &lt; 2, or p and q are not
     *     both univariate or both multivariate normal of one dimension
     * @throws IllegalStateException if a draw lands where a log-density is undefined or
     *     \( +\infty \) (a singular point of p or q reached through rounding)
     */
    public static MonteCarloEstimate kl(Distribution p, Distribution q, int samples,
            RandomGenerator rng) {
        return estimate(Quantity.KL, p, q, samples, rng);
    }

    /**
     * \( H(p, q) = -E_p[\log q(X)] \) estimated from {@code samples} draws of p.
     *
     * @throws IllegalArgumentException if p, q or rng is null, samples &lt; 2, or p and q are not
     *     both univariate or both multivariate normal of one dimension
     * @throws IllegalStateException if a draw lands where \( \log q \) is undefined or
     *     \( +\infty \)
     */
    public static MonteCarloEstimate crossEntropy(Distribution p, Distribution q, int samples,
            RandomGenerator rng) {
        return estimate(Quantity.CROSS_ENTROPY, p, q, samples, rng);
    }

    /**
     * \( H(p) = -E_p[\log p(X)] \) estimated from {@code samples} draws of p.
     *
     * @throws IllegalArgumentException if p or rng is null, samples &lt; 2, or p is neither
     *     univariate nor multivariate normal
     * @throws IllegalStateException if a draw lands where \( \log p \) is not finite
     */
    public static MonteCarloEstimate entropy(Distribution p, int samples, RandomGenerator rng) {
        return estimate(Quantity.ENTROPY, p, p, samples, rng);
    }

    private enum Quantity {
        KL, CROSS_ENTROPY, ENTROPY
    }

    private static MonteCarloEstimate estimate(Quantity quantity, Distribution p, Distribution q,
            int samples, RandomGenerator rng) {
        if (p == null || q == null) {
            throw new IllegalArgumentException((p == null ? "p" : "q") + " must not be null");
        }
        if (samples < 2) {
            throw new IllegalArgumentException(
                    "samples must be at least 2 (a standard error needs two draws), got "
                            + samples);
        }
        if (rng == null) {
            throw new IllegalArgumentException("rng must not be null");
        }
        LogDensities pair = LogDensities.of(p, q);
        if (quantity != Quantity.ENTROPY && !pair.supportContained()) {
            return new MonteCarloEstimate(Double.POSITIVE_INFINITY, 0, 0);
        }
        double mean = 0;
        double sumOfSquares = 0;
        for (int i = 1; i <= samples; i++) {
            Draw draw = pair.draw(rng);
            double term = term(quantity, draw);
            if (term == Double.POSITIVE_INFINITY) {
                return new MonteCarloEstimate(Double.POSITIVE_INFINITY, 0, i);
            }
            double delta = term - mean;
            mean += delta / i;
            sumOfSquares += delta * (term - mean);
        }
        double variance = sumOfSquares / (samples - 1);
        return new MonteCarloEstimate(mean, Math.sqrt(variance / samples), samples);
    }

    /**
     * The summand for one draw, or \( +\infty \) when the draw proves the result infinite. A draw
     * where \( \log p \) is not finite has probability 0 under p and can only come from rounding
     * onto a singular point (a Gamma of shape 0.01 drawing exactly 0); there the terms are
     * meaningless, and an exception says so rather than letting \( \infty - \infty \) through.
     */
    private static double term(Quantity quantity, Draw draw) {
        double logP = draw.logP();
        double logQ = draw.logQ();
        boolean pDefined = Double.isFinite(logP);
        boolean qDefined = Double.isFinite(logQ) || logQ == Double.NEGATIVE_INFINITY;
        if (quantity != Quantity.CROSS_ENTROPY && !pDefined) {
            throw undefinedAt(draw, "log p = " + logP);
        }
        if (quantity != Quantity.ENTROPY && !qDefined) {
            throw undefinedAt(draw, "log q = " + logQ);
        }
        return switch (quantity) {
            case ENTROPY -> -logP;
            case CROSS_ENTROPY -> -logQ;
            case KL -> logP - logQ;
        };
    }

    private static IllegalStateException undefinedAt(Draw draw, String values) {
        Object point = draw.point();
        String x = point instanceof double[] vector ? Arrays.toString(vector) : point.toString();
        return new IllegalStateException("Monte Carlo term undefined at the draw x = " + x
                + " (" + values + "): a singular point of the density was reached "
                + "through rounding; use quadrature for this pair");
    }

    /** One draw from p (a Double or a double[]) with both log-densities at it. */
    private record Draw(Object point, double logP, double logQ) {
    }

    /** Draws from p and evaluates \( \log p \) and \( \log q \) at the draw. */
    private interface LogDensities {

        Draw draw(RandomGenerator rng);

        boolean supportContained();

        static LogDensities of(Distribution p, Distribution q) {
            if (p instanceof MultivariateNormal mp && q instanceof MultivariateNormal mq) {
                if (mp.dimension() != mq.dimension()) {
                    throw new IllegalArgumentException("p and q must have the same dimension, got "
                            + mp.dimension() + " and " + mq.dimension());
                }
                return new MultivariateNormals(mp, mq);
            }
            if (p instanceof UnivariateDistribution up && q instanceof UnivariateDistribution uq) {
                return new Univariates(up, uq);
            }
            throw new IllegalArgumentException("p and q must both be univariate or both "
                    + "MultivariateNormal, got " + p.family() + " and " + q.family());
        }
    }

    private record MultivariateNormals(MultivariateNormal p, MultivariateNormal q)
            implements LogDensities {

        @Override
        public Draw draw(RandomGenerator rng) {
            double[] x = p.sample(rng);
            double logP = p.logDensity(x);
            return new Draw(x, logP, q == p ? logP : q.logDensity(x));
        }

        @Override
        public boolean supportContained() {
            return true;
        }
    }

    private record Univariates(UnivariateDistribution p, UnivariateDistribution q)
            implements LogDensities {

        Univariates {
            requireLogDensity(p, "p");
            requireLogDensity(q, "q");
        }

        private static void requireLogDensity(UnivariateDistribution d, String name) {
            if (!(d instanceof UnivariateContinuous || d instanceof UnivariateDiscrete)) {
                throw new IllegalArgumentException(name + " must be UnivariateContinuous or "
                        + "UnivariateDiscrete (it needs a log-density), got " + d.family());
            }
        }

        @Override
        public Draw draw(RandomGenerator rng) {
            double x = p.sample(rng);
            double logP = logDensity(p, x);
            return new Draw(x, logP, q == p ? logP : logDensity(q, x));
        }

        private static double logDensity(UnivariateDistribution d, double x) {
            return d instanceof UnivariateContinuous c ? c.logDensity(x)
                    : ((UnivariateDiscrete) d).logProbability((long) x);
        }

        /**
         * The rule of {@code ClosedForms}: both continuous or both discrete, with p's support
         * bounds inside q's.
         */
        @Override
        public boolean supportContained() {
            return (p instanceof UnivariateDiscrete) == (q instanceof UnivariateDiscrete)
                    && p.supportLowerBound() >= q.supportLowerBound()
                    && p.supportUpperBound() <= q.supportUpperBound();
        }
    }
}
