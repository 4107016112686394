package org.kullback.distributions;

import org.hipparchus.special.Erf;
import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Normal} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class NormalDivergences {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    /** \( \tfrac12\log 2\pi \) as an unevaluated sum of two doubles (mpmath, 50 digits). */
    static final double HALF_LOG_TWO_PI_HI = 0.9189385332046728;
    static final double HALF_LOG_TWO_PI_LO = -3.8782941580672414e-17;
    private static final double SQRT2 = 1.4142135623730951;
    private static final double SQRT_TWO_OVER_PI = 0.7978845608028654;
    private static final double SQRT_PI_OVER_TWO = 1.2533141373155003;
    private static final double HALF_LOG_PI_OVER_TWO = 0.22579135264472744;
    /** \( \tfrac12 - \log(\pi/2) \), the least KL from a normal to a Laplace (mpmath). */
    private static final double LAPLACE_GAP = 0.048417294710545136;
    /** \( 1 - \tfrac12\log 2\pi \) (mpmath). */
    private static final double GUMBEL_GAP = 0.08106146679532726;
    /**
     * Beyond this many standard deviations between the means, \( E|X - \mu_2| = |\mu_1-\mu_2| \)
     * to double precision (the correction is below \( e^{-800} \) relative).
     */
    private static final double FAR_MEANS = 40;

    private NormalDivergences() {
    }

    /**
     * \( \mathrm{KL}(N(\mu_1,\sigma_1^2)\,\|\,N(\mu_2,\sigma_2^2))
     *   = \tfrac12\,(r^2 - 1 - \log r^2) + \tfrac12 d^2 \)
     * with \( r = \sigma_1/\sigma_2 \), \( d = (\mu_1-\mu_2)/\sigma_2 \).
     *
     * <p>The scale term is the Itakura–Saito divergence of the variances, evaluated from
     * \( u = r^2 - 1 = \frac{\sigma_1-\sigma_2}{\sigma_2}\cdot\frac{\sigma_1+\sigma_2}{\sigma_2} \)
     * as \( -\tfrac12(\log(1+u) - u) \), so it keeps its digits when \( \sigma_1 \approx \sigma_2 \);
     * the location term uses the exact difference \( \mu_1 - \mu_2 \), so
     * KL(N(0,1)‖N(1e-9,1)) = 5e-19 to full precision.
     */
    static double kl(Normal p, Normal q) {
        double d = (p.mean() - q.mean()) / q.sd();
        return halfVarianceItakuraSaito(p.sd(), q.sd()) + 0.5 * d * d;
    }

    /**
     * \( H(N(\mu_1,\sigma_1^2), N(\mu_2,\sigma_2^2))
     *   = \log\sigma_2 + \tfrac12\log 2\pi + \tfrac12\,(r^2 + d^2) \), notation as in
     * {@link #kl(Normal, Normal)}.
     */
    static double crossEntropy(Normal p, Normal q) {
        double r = p.sd() / q.sd();
        double d = (p.mean() - q.mean()) / q.sd();
        return q.logSd() + HALF_LOG_TWO_PI + 0.5 * (r * r + d * d);
    }

    /**
     * \( \tfrac12\,(\rho - 1 - \log\rho) \) with \( \rho = s_1^2/s_2^2 \), for positive
     * {@code s1}, {@code s2}: half the Itakura–Saito divergence of two variances, which is
     * \( \mathrm{KL}(N(\mu, s_1^2)\,\|\,N(\mu, s_2^2)) \). As in {@link #kl(Normal, Normal)},
     * \( u = \rho - 1 = \frac{s_1-s_2}{s_2}\cdot(\frac{s_1}{s_2} + 1) \), with the exact
     * difference \( s_1 - s_2 \) when the two are close, and the value is
     * \( -\tfrac12\operatorname{log1pmx}(u) \) where that does not cancel. It is
     * \( +\infty \) when \( \rho \) overflows.
     */
    static double halfVarianceItakuraSaito(double s1, double s2) {
        // s1/s2 + 1 rather than (s1 + s2)/s2, whose sum may overflow.
        double u = ((s1 - s2) / s2) * (s1 / s2 + 1);
        if (u == Double.POSITIVE_INFINITY) {
            return u;
        }
        return u > -0.5 ? -0.5 * LogSpace.log1pmx(u) : 0.5 * u - LogRatio.of(s1, s2);
    }

    /**
     * \( E|X - \mu_2| \) for \( X \sim N(\mu_1, \sigma_1^2) \) and \( \log g \) with
     * \( g = \sqrt{\pi/2}\,E|X-\mu_2|/\sigma_1 \ge 1 \), as used by
     * {@link #kl(Normal, Laplace)}.
     */
    private record MeanAbsoluteDeviation(double value, double logG) {
    }

    /**
     * With \( z = |\mu_1-\mu_2|/\sigma_1 \), the folded-normal mean
     * \( E|X - \mu_2| = \sigma_1\sqrt{2/\pi}\,e^{-z^2/2} + |\mu_1-\mu_2|\operatorname{erf}(z/\sqrt2) \)
     * (Leone, Nelson and Nottingham, "The folded normal distribution", Technometrics 3, 1961),
     * a sum of two positive terms; so is
     * \( g - 1 = \operatorname{expm1}(-z^2/2) + z\sqrt{\pi/2}\operatorname{erf}(z/\sqrt2) \)
     * up to a factor 2 of cancellation (\( z^2/2 \) against \( z^2 \)), and
     * \( \log g = \operatorname{log1p}(g - 1) \). For far-apart means (\( z \ge 40 \)) the first
     * term is below \( e^{-800} \) and \( \operatorname{erf} = 1 \): \( E|X-\mu_2| \) is the
     * exact \( |\mu_1-\mu_2| \) and \( \log g = \log z + \tfrac12\log(\pi/2) \), with
     * \( \log z \) from the ratio so that it stays finite when \( z \) overflows.
     */
    private static MeanAbsoluteDeviation meanAbsoluteDeviation(Normal p, double center) {
        double distance = Math.abs(p.mean() - center);
        double z = distance / p.sd();
        if (z >= FAR_MEANS) {
            return new MeanAbsoluteDeviation(distance,
                    LogRatio.of(distance, p.sd()) + HALF_LOG_PI_OVER_TWO);
        }
        double erf = Erf.erf(z / SQRT2);
        double value = distance * erf + p.sd() * SQRT_TWO_OVER_PI * Math.exp(-0.5 * z * z);
        double gMinusOne = Math.expm1(-0.5 * z * z) + z * SQRT_PI_OVER_TWO * erf;
        return new MeanAbsoluteDeviation(value, Math.log1p(gMinusOne));
    }

    /**
     * \( \mathrm{KL}(N(\mu_1,\sigma_1^2)\,\|\,\mathrm{Laplace}(\mu_2, b))
     *   = [\rho - 1 - \log\rho] + \big(\tfrac12 - \log\tfrac\pi2\big) + \log g \)
     * with \( \rho = E|X-\mu_2|/b \) and \( g = \sqrt{\pi/2}\,E|X-\mu_2|/\sigma_1 \ge 1 \).
     *
     * <p>Derivation: \( -\log q(x) = \log 2b + |x-\mu_2|/b \), so
     * \( H(p, q) = \log 2b + \rho \) with \( E|X-\mu_2| \) the folded-normal mean (see
     * {@link #meanAbsoluteDeviation}); subtracting \( H(p) = \tfrac12\log(2\pi e\sigma_1^2) \)
     * and regrouping \( \log(\sigma_1/b) = \log\rho + \tfrac12\log(\pi/2) - \log g \) gives the
     * three non-negative terms above: the Itakura–Saito divergence
     * ({@link LogRatio#itakuraSaito(double, double)}), the constant (the least KL, reached at equal
     * locations and \( b = \sigma_1\sqrt{2/\pi} \)) and \( \log g \). Nothing cancels, so the
     * sum keeps full relative accuracy; the scale ratio enters only through ratios, so scales
     * near the ends of the double range are fine.
     */
    static double kl(Normal p, Laplace q) {
        MeanAbsoluteDeviation mad = meanAbsoluteDeviation(p, q.location());
        if (mad.value() == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return LogRatio.itakuraSaito(mad.value(), q.scale()) + LAPLACE_GAP + mad.logG();
    }

    /**
     * \( H(N(\mu_1,\sigma_1^2), \mathrm{Laplace}(\mu_2, b)) = \log 2b + E|X-\mu_2|/b \),
     * with the folded-normal mean of {@link #meanAbsoluteDeviation}, summed with \( \log b \)
     * from {@link DoubleDoubleLog} so that a cross-entropy near 0 keeps its digits.
     */
    static double crossEntropy(Normal p, Laplace q) {
        double ratio = meanAbsoluteDeviation(p, q.location()).value() / q.scale();
        if (ratio == Double.POSITIVE_INFINITY) {
            return ratio;
        }
        return DoubleDoubleLog.plus(q.scale(), DoubleDoubleLog.LN2_HI, DoubleDoubleLog.LN2_MID,
                ratio);
    }

    /**
     * \( \mathrm{KL}(N(\mu_1,\sigma_1^2)\,\|\,\mathrm{Gumbel}(\mu_2, \beta))
     *   = \operatorname{expm1mx}(x) + \tfrac12(s^2 - 1 - \log s^2) + (1 - \tfrac12\log 2\pi) \)
     * with \( s = \sigma_1/\beta \), \( t = (\mu_1-\mu_2)/\beta \), \( x = s^2/2 - t \) and
     * \( \operatorname{expm1mx}(x) = e^x - 1 - x \).
     *
     * <p>Derivation: with \( z = (X-\mu_2)/\beta \sim N(t, s^2) \),
     * \( -\log q = \log\beta + z + e^{-z} \), \( E[z] = t \) and
     * \( E[e^{-z}] = e^{-t + s^2/2} = e^x \) (the normal moment generating function), so
     * \( H(p, q) = \log\beta + t + e^x \); subtract \( H(p) = \log\sigma_1 + \tfrac12\log 2\pi e \)
     * and write \( t = s^2/2 - x \). All three terms are non-negative, so the sum keeps full
     * relative accuracy. When \( x \) is beyond about 709 the divergence exceeds the double
     * range and is \( +\infty \).
     */
    static double kl(Normal p, Gumbel q) {
        double t = (p.mean() - q.location()) / q.scale();
        double s = p.sd() / q.scale();
        double x = 0.5 * s * s - t;
        if (!Double.isFinite(x)) {
            // t or s² overflowed: the divergence, at least |t| or s²/2 - log s, does too.
            return Double.POSITIVE_INFINITY;
        }
        return LogSpace.expm1mx(x) + halfVarianceItakuraSaito(p.sd(), q.scale()) + GUMBEL_GAP;
    }

    /**
     * \( H(N(\mu_1,\sigma_1^2), \mathrm{Gumbel}(\mu_2, \beta))
     *   = \log\beta + t + e^{x} = \log\beta + 1 + s^2/2 + \operatorname{expm1mx}(x) \), notation
     * and derivation as in {@link #kl(Normal, Gumbel)}; every term after \( \log\beta \) is
     * non-negative, and \( \log\beta \) comes from {@link DoubleDoubleLog}.
     */
    static double crossEntropy(Normal p, Gumbel q) {
        double t = (p.mean() - q.location()) / q.scale();
        double s = p.sd() / q.scale();
        double x = 0.5 * s * s - t;
        double excess = Double.isFinite(x) ? LogSpace.expm1mx(x) : Double.POSITIVE_INFINITY;
        if (excess == Double.POSITIVE_INFINITY) {
            return excess;
        }
        return DoubleDoubleLog.plus(q.scale(), 1, 0.5 * s * s, excess);
    }
}
