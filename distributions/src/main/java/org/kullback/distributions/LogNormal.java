package org.kullback.distributions;

import java.util.random.RandomGenerator;
import org.hipparchus.special.Erf;

/**
 * The log-normal distribution: \( \log X \sim N(\mu, \sigma^2) \), parameterised by the mean
 * \( \mu \) and standard deviation \( \sigma &gt; 0 \) of \( \log X \) (commons-math3 calls them
 * scale and shape).
 *
 * <p>For \( x &gt; 0 \), with \( z = (\log x - \mu)/\sigma \):
 * \( \log p(x) = -\tfrac12 z^2 - \log x - \log\sigma - \tfrac12\log(2\pi) \),
 * \( F(x) = \Phi(z) = \tfrac12\operatorname{erfc}(-z/\sqrt2) \). Mean
 * \( e^{\mu + \sigma^2/2} \), variance \( (e^{\sigma^2} - 1)\,e^{2\mu + \sigma^2} \), entropy
 * \( \mu + \tfrac12 + \tfrac12\log(2\pi\sigma^2) \) (Johnson, Kotz and Balakrishnan,
 * <i>Continuous Univariate Distributions</i>, vol. 1, 2nd ed., 1994, ch. 14; the entropy is that
 * of \( N(\mu,\sigma^2) \) plus \( E[\log X] = \mu \)).
 */
public final class LogNormal implements UnivariateContinuous {

    static final String FAMILY = "LogNormal";
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SQRT2 = Math.sqrt(2);
    private final double mu;
    private final double sigma;
    private final double logSigma;
    private final double entropy;

    private LogNormal(double mu, double sigma) {
        this.mu = ParameterChecks.finite(FAMILY, "mu", mu);
        this.sigma = ParameterChecks.positiveFinite(FAMILY, "sigma", sigma);
        this.logSigma = Math.log(sigma);
        this.entropy = DoubleDoubleLog.plus(sigma, mu, Normal.HALF_ONE_PLUS_LOG_TWO_PI_HI,
                Normal.HALF_ONE_PLUS_LOG_TWO_PI_MID, Normal.HALF_ONE_PLUS_LOG_TWO_PI_LO);
    }

    /**
     * The log-normal distribution of \( e^Y \), \( Y \sim N(\mu, \sigma^2) \).
     *
     * @throws IllegalArgumentException if {@code mu} is not finite or {@code sigma} is not
     *     positive and finite
     */
    public static LogNormal of(double mu, double sigma) {
        return new LogNormal(mu, sigma);
    }

    /** The mean \( \mu \) of \( \log X \). */
    public double mu() {
        return mu;
    }

    /** The standard deviation \( \sigma \) of \( \log X \). */
    public double sigma() {
        return sigma;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( -\infty \) for \( x \le 0 \) (the density tends to 0 at 0) and for \( x = +\infty \).
     */
    @Override
    public double logDensity(double x) {
        if (x <= 0 || x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double logX = Math.log(x);
        double z = (logX - mu) / sigma;
        return -0.5 * z * z - logX - logSigma - HALF_LOG_TWO_PI;
    }

    @Override
    public double cdf(double x) {
        if (x <= 0) {
            return 0;
        }
        return x == Double.POSITIVE_INFINITY ? 1 : 0.5 * Erf.erfc(-standardScore(x) / SQRT2);
    }

    @Override
    public double survival(double x) {
        if (x <= 0) {
            return 1;
        }
        return x == Double.POSITIVE_INFINITY ? 0 : 0.5 * Erf.erfc(standardScore(x) / SQRT2);
    }

    /**
     * \( z = (\log x - \mu)/\sigma \) for positive finite x. The difference is formed by
     * {@link DoubleDoubleLog}: rounding \( \log x \) first would cost an absolute error of
     * \( 10^{-16}|\log x| \) in \( \log x - \mu \), which for a large \( |\mu| \) and a small
     * \( \sigma \) is many times the uncertainty that the double x itself carries.
     */
    private double standardScore(double x) {
        return DoubleDoubleLog.plus(x, -mu) / sigma;
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( \exp(\mu + \sigma z) \) with \( z = \Phi^{-1}(p) \) from the nearer tail, as in
     * {@link Normal#quantile(double)}, and the exponent carried to double-double precision.
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        double z = p <= 0.5 ? Normal.standardQuantile(p) : -Normal.standardQuantile(1 - p);
        double product = sigma * z;
        double exponent = mu + product;
        double x = Math.exp(exponent);
        if (!Double.isFinite(product) || x == 0 || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        // exp(s + e) = exp(s)(1 + e) for the rounding error e of s = µ + σz (TwoSum and fma), so
        // a large |µ| does not cost ulp(µ) of relative accuracy in x.
        double virtual = exponent - mu;
        double error = (mu - (exponent - virtual)) + (product - virtual)
                + Math.fma(sigma, z, -product);
        return x + x * error;
    }

    /**
     * \( e^{\mu + \sigma^2/2} \); {@link Double#POSITIVE_INFINITY} when it exceeds the double
     * range (the mean itself is always finite).
     */
    @Override
    public double mean() {
        return Math.exp(mu + 0.5 * sigma * sigma);
    }

    /**
     * \( (e^{\sigma^2} - 1)\,e^{2\mu + \sigma^2} \), evaluated as
     * \( \exp(\log\operatorname{expm1}(\sigma^2) + 2\mu + \sigma^2) \) so that neither factor
     * overflows or underflows on its own; {@link Double#POSITIVE_INFINITY} when the variance
     * exceeds the double range (it is always finite).
     */
    @Override
    public double variance() {
        double s2 = sigma * sigma;
        double logExpm1;
        if (s2 > 1) {
            logExpm1 = s2 + Math.log1p(-Math.exp(-s2));
        } else if (s2 >= Double.MIN_NORMAL) {
            logExpm1 = Math.log(Math.expm1(s2));
        } else {
            // expm1(s²) = s²(1 + s²/2 + ...) and s² is below the normal range: log s² = 2 log σ.
            logExpm1 = 2 * logSigma;
        }
        return Math.exp(logExpm1 + 2 * mu + s2);
    }

    /**
     * \( \mu + \tfrac12(1 + \log 2\pi) + \log\sigma \).
     *
     * <p>The sum vanishes on the curve \( \sigma\sqrt{2\pi e} = e^{-\mu} \), where its terms
     * cancel; {@link DoubleDoubleLog} forms \( \log\sigma \) in double-double and adds the
     * terms without rounding, so the entropy keeps full relative accuracy there too.
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
        return Double.POSITIVE_INFINITY;
    }

    /** \( e^{\mu + \sigma Z} \) with a standard normal draw \( Z \). */
    @Override
    public double sample(RandomGenerator rng) {
        return Math.exp(mu + sigma * rng.nextGaussian());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogNormal that
                && Double.compare(mu, that.mu) == 0 && Double.compare(sigma, that.sigma) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(mu) + Double.hashCode(sigma);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, mu, sigma);
    }
}
