package org.kullback.distributions;

import org.kullback.special.LogBeta;
import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link LogNormal} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class LogNormalDivergences {

    /** \( \tfrac12\log 2\pi \) as an unevaluated sum of two doubles (mpmath, 60 digits). */
    private static final double HALF_LOG_TWO_PI_HI = 0.9189385332046728;
    private static final double HALF_LOG_TWO_PI_LO = -3.8782941580672414e-17;

    private LogNormalDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{LN}(\mu_1,\sigma_1^2)\,\|\,\mathrm{LN}(\mu_2,\sigma_2^2))
     *   = \mathrm{KL}(N(\mu_1,\sigma_1^2)\,\|\,N(\mu_2,\sigma_2^2)) \).
     *
     * <p>KL is invariant under the bijection \( x \mapsto \log x \) (both densities gain the same
     * Jacobian \( 1/x \), which cancels in the log ratio), so this is
     * {@link NormalDivergences#kl(Normal, Normal)} on the parameters of \( \log X \), with its
     * accuracy for nearly equal parameters.
     */
    static double kl(LogNormal p, LogNormal q) {
        return NormalDivergences.kl(Normal.of(p.mu(), p.sigma()), Normal.of(q.mu(), q.sigma()));
    }

    /**
     * \( H(\mathrm{LN}(\mu_1,\sigma_1^2), \mathrm{LN}(\mu_2,\sigma_2^2))
     *   = \mu_1 + \log\sigma_2 + \tfrac12\log 2\pi + \tfrac12(r^2 + d^2) \)
     * with \( r = \sigma_1/\sigma_2 \), \( d = (\mu_1-\mu_2)/\sigma_2 \).
     *
     * <p>Unlike KL, the cross-entropy is not invariant under \( x \mapsto \log x \):
     * \( -\log q(x) = -\log q_N(\log x) + \log x \), so it is the normal cross-entropy plus
     * \( E_p[\log X] = \mu_1 \). It is summed directly rather than as \( H(p) + \mathrm{KL} \),
     * which cancels when \( \sigma_1 \ll \sigma_2 \) (a very negative entropy plus a large KL),
     * with \( \log\sigma_2 \) from {@link DoubleDoubleLog} so the sum keeps its accuracy where
     * the terms cancel.
     */
    static double crossEntropy(LogNormal p, LogNormal q) {
        double r = p.sigma() / q.sigma();
        double d = (p.mu() - q.mu()) / q.sigma();
        double quadratic = 0.5 * (r * r + d * d);
        if (quadratic == Double.POSITIVE_INFINITY) {
            return quadratic;
        }
        return DoubleDoubleLog.plus(q.sigma(), p.mu(), HALF_LOG_TWO_PI_HI, HALF_LOG_TWO_PI_LO,
                quadratic);
    }

    /**
     * \( \mathrm{KL}(\mathrm{LN}(\mu,\sigma^2)\,\|\,\Gamma(k,\beta)) = k\operatorname{expm1mx}(b)
     *   + \tfrac12\mathrm{IS}(k\sigma^2) + \delta(k) \), with
     * \( b = \log(\beta/k) + \mu + \sigma^2/2 \), \( \mathrm{IS}(x) = x - 1 - \log x \) and
     * \( \delta \) the Stirling remainder ({@link LogBeta#logGammaCorrection}).
     *
     * <p>Derivation: \( -\log q(x) = -k\log\beta - (k-1)\log x + \beta x + \log\Gamma(k) \),
     * with \( E_p[\log X] = \mu \) and \( E_p[X] = e^{\mu+\sigma^2/2} \), so
     * \( H(p,q) = -k\log\beta - (k-1)\mu + k e^b + \log\Gamma(k) \); subtracting
     * \( H(p) = \mu + \tfrac12 + \log\sigma + \tfrac12\log 2\pi \) and inserting Stirling's
     * formula \( \log\Gamma(k) = (k-\tfrac12)\log k - k + \tfrac12\log 2\pi + \delta(k) \), every
     * term of size \( k\log k \) or \( k \) cancels analytically and three non-negative terms
     * remain. \( b \) is the log-ratio of the two means. So a log-normal close to a gamma of
     * large shape, as LN(0, 10⁻³) against Γ(10⁶, 10⁶) (KL 2.1e-7 from terms of size 10⁷),
     * keeps full relative accuracy: b is summed in double-double arithmetic and
     * \( k\sigma^2 - 1 \) comes from exact products.
     */
    static double kl(LogNormal p, Gamma q) {
        double k = q.shape();
        double b = meanLogRatio(p, q);
        return k * LogSpace.expm1mx(b) + halfItakuraSaitoOfVarianceRatio(p.sigma(), k)
                + LogBeta.logGammaCorrection(k);
    }

    /**
     * \( H(\mathrm{LN}(\mu,\sigma^2), \Gamma(k,\beta)) = -k\log\beta - (k-1)\mu + k e^b
     *   + \log\Gamma(k) \) with b of {@link #kl(LogNormal, Gamma)} (so \( k e^b = \beta
     * E_p[X] \) without overflow of \( e^{\mu+\sigma^2/2} \)): \( -E_p[\log q] \). Whichever
     * of this and \( H(p) + \mathrm{KL} \) has the smaller rounding-error bound is returned.
     */
    static double crossEntropy(LogNormal p, Gamma q) {
        double k = q.shape();
        double rateTerm = -k * Math.log(q.rate());
        double logTerm = -(k - 1) * p.mu();
        double meanTerm = k * Math.exp(meanLogRatio(p, q));
        double logGamma = org.hipparchus.special.Gamma.logGamma(k);
        return CrossFamilyTerms.crossEntropy(p.entropy(), kl(p, q),
                rateTerm + logTerm + meanTerm + logGamma,
                Math.abs(rateTerm) + Math.abs(logTerm) + meanTerm + Math.abs(logGamma));
    }

    /**
     * \( b = \log(\beta/k) + \mu + \sigma^2/2 = \log(E_p[X]/E_q[X]) \), with \( \beta/k \) and
     * \( \sigma^2 \) carried as unevaluated sums of two doubles and added in double-double
     * arithmetic by {@link DoubleDoubleLog#plus}, so b keeps its relative accuracy when the two
     * means nearly agree and its terms cancel.
     */
    private static double meanLogRatio(LogNormal p, Gamma q) {
        double sigma = p.sigma();
        double square = sigma * sigma;
        double squareError = Math.fma(sigma, sigma, -square);
        double ratio = q.rate() / q.shape();
        if (!(ratio >= Double.MIN_NORMAL && ratio < Double.POSITIVE_INFINITY
                && square < Double.POSITIVE_INFINITY)) {
            return LogRatio.of(q.rate(), q.shape()) + p.mu() + 0.5 * square;
        }
        double ratioError = Math.fma(-ratio, q.shape(), q.rate()) / q.shape();
        return DoubleDoubleLog.plus(ratio, p.mu(), 0.5 * square, ratioError / ratio,
                0.5 * squareError);
    }

    /**
     * \( \tfrac12\mathrm{IS}(k\sigma^2) \): near 1 as \( -\tfrac12\operatorname{log1pmx}(x) \)
     * with \( x = k\sigma^2 - 1 \) from {@link CrossFamilyTerms#scaledSquareMinusOne}; elsewhere
     * \( \tfrac12 x - \log\sigma - \tfrac12\log k \), whose logarithms do not underflow with
     * \( k\sigma^2 \).
     */
    private static double halfItakuraSaitoOfVarianceRatio(double sigma, double k) {
        double x = CrossFamilyTerms.scaledSquareMinusOne(k, sigma);
        if (x > -0.5 && x < 1) {
            return -0.5 * LogSpace.log1pmx(x);
        }
        return 0.5 * x - (Math.log(sigma) + 0.5 * Math.log(k));
    }
}
