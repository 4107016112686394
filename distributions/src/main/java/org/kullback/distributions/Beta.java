package org.kullback.distributions;

import java.util.random.RandomGenerator;
import org.kullback.special.LogBeta;

/**
 * The beta distribution Beta(α, β) on [0, 1], with shape parameters \( \alpha, \beta &gt; 0 \).
 *
 * <p>Density \( p(x) = x^{\alpha-1}(1-x)^{\beta-1}/B(\alpha,\beta) \); cdf
 * \( F(x) = I_x(\alpha,\beta) \), the regularized incomplete beta function, and survival
 * \( I_{1-x}(\beta,\alpha) \) computed directly (see {@link RegularizedBeta}); mean
 * \( \alpha/(\alpha+\beta) \), variance \( \alpha\beta/((\alpha+\beta)^2(\alpha+\beta+1)) \),
 * both always finite; entropy (Johnson, Kotz &amp; Balakrishnan, Continuous Univariate
 * Distributions vol. 2, ch. 25)
 * \[ H = \log B(\alpha,\beta) - (\alpha-1)\psi(\alpha) - (\beta-1)\psi(\beta)
 *   + (\alpha+\beta-2)\psi(\alpha+\beta) \le 0, \]
 * zero only for the uniform Beta(1, 1).
 *
 * <p>The density at the endpoints is \( +\infty \) when the exponent is negative
 * (\( \alpha &lt; 1 \) at 0, \( \beta &lt; 1 \) at 1), finite when it is 0, and 0 otherwise.
 */
public final class Beta implements UnivariateContinuous {

    static final String FAMILY = "Beta";

    private final double alpha;
    private final double beta;
    private final double logBeta;
    private final double entropy;

    private Beta(double alpha, double beta) {
        this.alpha = ParameterChecks.positiveFinite(FAMILY, "alpha", alpha);
        this.beta = ParameterChecks.positiveFinite(FAMILY, "beta", beta);
        this.logBeta = LogBeta.logBeta(alpha, beta);
        // H(p) = -KL(p || Beta(1, 1)), whose evaluation keeps its digits both for large
        // parameters (where the textbook terms are 1e5 times the result) and near Beta(1, 1).
        this.entropy = 0.0 - BetaDivergences.kl(alpha, beta, 1, 1);
    }

    /**
     * The beta distribution with shape parameters {@code alpha} and {@code beta}.
     *
     * @throws IllegalArgumentException if either is not positive and finite
     */
    public static Beta of(double alpha, double beta) {
        return new Beta(alpha, beta);
    }

    /** The shape parameter \( \alpha \) (exponent of x). */
    public double alpha() {
        return alpha;
    }

    /** The shape parameter \( \beta \) (exponent of 1 − x). */
    public double beta() {
        return beta;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    /**
     * {@inheritDoc}
     *
     * <p>From {@link RegularizedBeta#logKernel}, which keeps the log density accurate to a few
     * ulps of its own size also at Beta(1e5, 3e5), where the textbook sum has terms of 2e5.
     */
    @Override
    public double logDensity(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0 || x > 1) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == 0) {
            return endpointLogDensity(alpha, beta);
        }
        if (x == 1) {
            return endpointLogDensity(beta, alpha);
        }
        double y = 1 - x;
        double logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
        double logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
        return RegularizedBeta.logKernel(alpha, beta, x, y) - logX - logY;
    }

    /** The log density at the endpoint whose exponent is {@code exponent} − 1. */
    private double endpointLogDensity(double exponent, double other) {
        if (exponent < 1) {
            return Double.POSITIVE_INFINITY;
        }
        // x^0 (1-x)^(other-1) / B(1, other) = other at the endpoint.
        return exponent == 1 ? Math.log(other) : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            return 0;
        }
        return x >= 1 ? 1 : RegularizedBeta.lower(alpha, beta, x, 1 - x);
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            return 1;
        }
        return x >= 1 ? 0 : RegularizedBeta.upper(alpha, beta, x, 1 - x);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Solves \( I_x(\alpha,\beta) = p \) for \( p \le \tfrac12 \) and
     * \( I_{1-x}(\beta,\alpha) = 1 - p \) otherwise, by {@link RegularizedBeta#inverse}.
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        if (p == 0) {
            return 0;
        }
        if (p == 1) {
            return 1;
        }
        return RegularizedBeta.inverse(alpha, beta, p, 1 - p);
    }

    @Override
    public double mean() {
        return alpha / (alpha + beta);
    }

    /** \( m(1-m)/(\alpha+\beta+1) \) with \( m = \alpha/(\alpha+\beta) \); always finite. */
    @Override
    public double variance() {
        double s = alpha + beta;
        return (alpha / s) * (beta / s) / (s + 1);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Computed as \( -\mathrm{KL}(p\,\|\,\mathrm{Beta}(1,1)) \) by
     * {@link BetaDivergences#kl(double, double, double, double)}: the textbook form cancels
     * massively for large parameters (at Beta(1e5, 3e5) its terms are 2e5 and the entropy is
     * -5.9, about \( \tfrac12\log(2\pi e\,\mathrm{var}) \)) and near Beta(1, 1), where it vanishes
     * to second order.
     */
    @Override
    public double entropy() {
        return entropy;
    }

    @Override
    public double supportLowerBound() {
        return 0;
    }

    @Override
    public double supportUpperBound() {
        return 1;
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( X = G_\alpha/(G_\alpha + G_\beta) \) for independent Gamma(α, 1) and Gamma(β, 1)
     * variates (Devroye, Non-Uniform Random Variate Generation, 1986, §IX.4.1), formed from their
     * logarithms so that tiny shapes, whose gamma variates underflow, still give values in (0, 1).
     */
    @Override
    public double sample(RandomGenerator rng) {
        double difference = GammaVariates.logStandard(rng, beta) - GammaVariates.logStandard(rng, alpha);
        return difference >= 0 ? 1 / (1 + Math.exp(difference))
                : 1 - 1 / (1 + Math.exp(-difference));
    }

    double logBeta() {
        return logBeta;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Beta that
                && Double.compare(alpha, that.alpha) == 0 && Double.compare(beta, that.beta) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(alpha) + Double.hashCode(beta);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, alpha, beta);
    }
}
