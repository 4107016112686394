package org.kullback.distributions;

import java.util.random.RandomGenerator;
import org.hipparchus.special.Erf;

/**
 * The normal (Gaussian) distribution \( N(\mu, \sigma^2) \), parameterised by its mean \( \mu \)
 * and standard deviation \( \sigma &gt; 0 \).
 *
 * <p>\( \log p(x) = -\tfrac12 z^2 - \log\sigma - \tfrac12\log(2\pi) \) with
 * \( z = (x-\mu)/\sigma \); \( F(x) = \tfrac12\operatorname{erfc}(-z/\sqrt2) \); entropy
 * \( \tfrac12\log(2\pi e\sigma^2) \), which is negative for \( \sigma &lt; 1/\sqrt{2\pi e} \).
 */
public final class Normal implements UnivariateContinuous {

    static final String FAMILY = "Normal";
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SQRT2 = Math.sqrt(2);
    /**
     * \( \tfrac12(1 + \log 2\pi) \), the standard normal's entropy, as an unevaluated sum of
     * three doubles (mpmath, 60 digits): LogNormal's entropy \( \mu + \log\sigma + \) this
     * can come within 1e-18 of zero, below the rounding of a two-double constant.
     */
    static final double HALF_ONE_PLUS_LOG_TWO_PI_HI = 1.4189385332046727;
    static final double HALF_ONE_PLUS_LOG_TWO_PI_MID = 7.223936088184323e-17;
    static final double HALF_ONE_PLUS_LOG_TWO_PI_LO = 4.839004225189348e-33;

    private final double mean;
    private final double sd;
    private final double logSd;
    private final double entropy;

    private Normal(double mean, double sd) {
        this.mean = ParameterChecks.finite(FAMILY, "mean", mean);
        this.sd = ParameterChecks.positiveFinite(FAMILY, "sd", sd);
        this.logSd = Math.log(sd);
        this.entropy = DoubleDoubleLog.plus(sd, HALF_ONE_PLUS_LOG_TWO_PI_HI,
                HALF_ONE_PLUS_LOG_TWO_PI_MID, HALF_ONE_PLUS_LOG_TWO_PI_LO);
    }

    /**
     * The normal distribution with the given mean and standard deviation.
     *
     * @throws IllegalArgumentException if {@code mean} is not finite or {@code sd} is not positive
     *     and finite
     */
    public static Normal of(double mean, double sd) {
        return new Normal(mean, sd);
    }

    /** The standard normal distribution N(0, 1). */
    public static Normal standard() {
        return new Normal(0, 1);
    }

    /** The standard deviation \( \sigma \). */
    public double sd() {
        return sd;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public double logDensity(double x) {
        double z = (x - mean) / sd;
        return -0.5 * z * z - logSd - HALF_LOG_TWO_PI;
    }

    @Override
    public double cdf(double x) {
        return 0.5 * Erf.erfc((mean - x) / (sd * SQRT2));
    }

    @Override
    public double survival(double x) {
        return 0.5 * Erf.erfc((x - mean) / (sd * SQRT2));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Works on the nearer tail: \( \mu + \sigma z \) with \( z = \Phi^{-1}(p) \) for
     * \( p \le 1/2 \) and \( z = -\Phi^{-1}(1-p) \) otherwise (\( 1-p \) is exact there).
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        return p <= 0.5 ? mean + sd * standardQuantile(p) : mean - sd * standardQuantile(1 - p);
    }

    /**
     * \( \Phi^{-1}(p) \) for \( 0 \le p \le 1/2 \). Hipparchus's {@code erfcInv} alone loses
     * about three digits in the far tail (cdf(quantile(1e-14)) = 9.992e-15), so its value is
     * refined by two Halley steps on \( \Phi(z) - p = 0 \), with
     * \( \Phi(z) = \tfrac12\operatorname{erfc}(-z/\sqrt2) \): the quantile is then as accurate as
     * the cdf. The step \( u = (\Phi(z)-p)/\varphi(z) \) is formed in log space so it does not
     * overflow for \( p \) near the smallest doubles.
     */
    static double standardQuantile(double p) {
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = -SQRT2 * Erf.erfcInv(2 * p);
        for (int step = 0; step < 2 && Double.isFinite(z); step++) {
            double excess = 0.5 * Erf.erfc(-z / SQRT2) - p;
            if (excess == 0) {
                break;
            }
            double u = Math.copySign(
                    Math.exp(Math.log(Math.abs(excess)) + 0.5 * z * z + HALF_LOG_TWO_PI), excess);
            z -= u / (1 + 0.5 * z * u);
        }
        return z;
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double variance() {
        return sd * sd;
    }

    @Override
    public double standardDeviation() {
        return sd;
    }

    /**
     * \( \log(\sigma\sqrt{2\pi e}) = \tfrac12(1 + \log 2\pi) + \log\sigma \).
     *
     * <p>Near its zero at \( \sigma = 1/\sqrt{2\pi e} \) the sum cancels, so the logarithm is
     * formed in double-double arithmetic ({@link DoubleDoubleLog}), keeping full relative
     * accuracy.
     */
    @Override
    public double entropy() {
        return entropy;
    }

    @Override
    public double supportLowerBound() {
        return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double supportUpperBound() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double sample(RandomGenerator rng) {
        return mean + sd * rng.nextGaussian();
    }

    double logSd() {
        return logSd;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Normal that
                && Double.compare(mean, that.mean) == 0 && Double.compare(sd, that.sd) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(mean) + Double.hashCode(sd);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, mean, sd);
    }
}
