package org.kullback.distributions;

import org.kullback.special.LogBeta;
import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Pareto} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class ParetoDivergences {

    /** \( \tfrac12\log 2\pi \) as an unevaluated sum of two doubles (mpmath, 60 digits). */
    private static final double HALF_LOG_TWO_PI_HI = 0.9189385332046728;
    private static final double HALF_LOG_TWO_PI_LO = -3.8782941580672414e-17;
    /** \( \tfrac12\log 2\pi - \tfrac12 \), the negentropy of the exponential distribution. */
    private static final double HALF_LOG_TWO_PI_MINUS_HALF = 0.4189385332046727;

    private ParetoDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{Pareto}(x_1,\alpha_1)\,\|\,\mathrm{Pareto}(x_2,\alpha_2))
     *   = \alpha_2/\alpha_1 - 1 - \log(\alpha_2/\alpha_1) + \alpha_2\log(x_1/x_2) \) for
     * \( x_1 \ge x_2 \), and \( +\infty \) for \( x_1 &lt; x_2 \) (p then has mass where q has
     * none).
     *
     * <p>Derivation: on \( x \ge x_1 \),
     * \( \log p - \log q = \log(\alpha_1/\alpha_2) + \alpha_1\log x_1 - \alpha_2\log x_2
     *   + (\alpha_2-\alpha_1)\log x \), and \( E_p[\log X] = \log x_1 + 1/\alpha_1 \) (since
     * \( \log(X/x_1) \) is exponential with rate \( \alpha_1 \)). Both terms are non-negative: the
     * first is the Itakura–Saito divergence of the shapes
     * ({@link LogRatio#itakuraSaito(double, double)}), the second uses \( \log(x_1/x_2) \) from
     * {@link Pareto#logRatio(double, double)}; neither cancels when the parameters are nearly
     * equal.
     */
    static double kl(Pareto p, Pareto q) {
        if (p.scale() < q.scale()) {
            return Double.POSITIVE_INFINITY;
        }
        return LogRatio.itakuraSaito(q.shape(), p.shape())
                + q.shape() * Pareto.logRatio(p.scale(), q.scale());
    }

    /**
     * \( H(\mathrm{Pareto}(x_1,\alpha_1), \mathrm{Pareto}(x_2,\alpha_2))
     *   = \log(x_1/\alpha_2) + \alpha_2\log(x_1/x_2) + (\alpha_2+1)/\alpha_1 \) for
     * \( x_1 \ge x_2 \), else \( +\infty \): \( -E_p[\log q] \) with \( \log q(x)
     * = \log\alpha_2 + \alpha_2\log x_2 - (\alpha_2+1)\log x \) and
     * \( E_p[\log X] = \log x_1 + 1/\alpha_1 \). As for
     * {@link ExponentialDivergences#crossEntropy(Exponential, Exponential)}, whichever of this and
     * \( H(p) + \mathrm{KL} \) has the smaller rounding-error bound is returned.
     */
    static double crossEntropy(Pareto p, Pareto q) {
        if (p.scale() < q.scale()) {
            return Double.POSITIVE_INFINITY;
        }
        double logScaleOverShape = LogRatio.of(p.scale(), q.shape());
        double tail = q.shape() * Pareto.logRatio(p.scale(), q.scale());
        double reciprocal = (q.shape() + 1) / p.shape();
        double entropy = p.entropy();
        double kl = kl(p, q);
        return Math.abs(entropy) + kl <= Math.abs(logScaleOverShape) + tail + reciprocal
                ? entropy + kl : logScaleOverShape + tail + reciprocal;
    }

    /**
     * \( \mathrm{KL}(\mathrm{Pareto}(x_m,\alpha)\,\|\,\mathrm{Exp}(\lambda)) \): the exponential
     * distribution is \( \Gamma(1, \lambda) \), so this is {@link #kl(Pareto, Gamma)}, which
     * reduces to \( \mathrm{IS}(\lambda E_p[X]) + \log\alpha - \operatorname{log1pmx}(-1/\alpha) \)
     * for \( \alpha &gt; 1 \) and \( +\infty \) for \( \alpha \le 1 \).
     */
    static double kl(Pareto p, Exponential q) {
        return kl(p, Gamma.of(1, q.rate()));
    }

    /** \( H(\mathrm{Pareto}(x_m,\alpha), \mathrm{Exp}(\lambda)) = -\log\lambda
     *   + \lambda\alpha x_m/(\alpha - 1) \) for \( \alpha &gt; 1 \), else \( +\infty \); as
     * {@link #crossEntropy(Pareto, Gamma)} with \( \Gamma(1, \lambda) \). */
    static double crossEntropy(Pareto p, Exponential q) {
        return crossEntropy(p, Gamma.of(1, q.rate()));
    }

    /**
     * \( \mathrm{KL}(\mathrm{Pareto}(x_m,\alpha)\,\|\,\Gamma(k,\beta)) = k\,\mathrm{IS}(\beta\mu/k)
     *   + \tfrac12\mathrm{IS}(k/\alpha^2) + k\,h(1/\alpha) + \delta(k)
     *   + \tfrac12\log 2\pi - \tfrac12 \) for \( \alpha &gt; 1 \), where
     * \( \mu = E_p[X] = \alpha x_m/(\alpha-1) \), \( \mathrm{IS}(x) = x - 1 - \log x \),
     * \( h(x) = -\log(1-x) - x - x^2/2 \ge 0 \) and \( \delta \) is the Stirling remainder;
     * \( +\infty \) for \( \alpha \le 1 \), where \( E_p[X] = \infty \) and
     * \( -\log q(x) \) grows like \( \beta x \).
     *
     * <p>Derivation: \( -\log q(x) = -k\log\beta - (k-1)\log x + \beta x + \log\Gamma(k) \), with
     * \( E_p[\log X] = \log x_m + 1/\alpha \) and \( E_p[X] = \mu \); subtracting
     * \( H(p) = \log(x_m/\alpha) + 1/\alpha + 1 \) gives
     * \( -k\log(\beta x_m) - k/\alpha + \beta\mu + \log\Gamma(k) + \log\alpha - 1 \), which
     * Stirling's formula for \( \log\Gamma(k) \) and \( -\log(1 - 1/\alpha) - 1/\alpha
     * = 1/(2\alpha^2) + h(1/\alpha) \) rearrange exactly into the five non-negative terms above
     * (the last is the negentropy of the exponential distribution, which the Pareto approaches
     * for large \( \alpha \) after a shift). Nothing cancels.
     */
    static double kl(Pareto p, Gamma q) {
        double alpha = p.shape();
        if (!(alpha > 1)) {
            return Double.POSITIVE_INFINITY;
        }
        double k = q.shape();
        double inverse = 1 / alpha;
        double tail = -LogSpace.log1pmx(-inverse) - 0.5 * inverse * inverse;
        return k * CrossFamilyTerms.itakuraSaitoOfProduct(q.rate() / k, meanOf(p))
                + 0.5 * LogRatio.itakuraSaito(k / alpha, alpha) + k * tail
                + LogBeta.logGammaCorrection(k) + HALF_LOG_TWO_PI_MINUS_HALF;
    }

    /**
     * \( H(\mathrm{Pareto}(x_m,\alpha), \Gamma(k,\beta)) = -k\log\beta
     *   - (k-1)(\log x_m + 1/\alpha) + \beta\alpha x_m/(\alpha-1) + \log\Gamma(k) \) for
     * \( \alpha &gt; 1 \), else \( +\infty \): \( -E_p[\log q] \) with the moments of
     * {@link #kl(Pareto, Gamma)}. Whichever of this and \( H(p) + \mathrm{KL} \) has the smaller
     * rounding-error bound is returned.
     */
    static double crossEntropy(Pareto p, Gamma q) {
        double kl = kl(p, q);
        if (kl == Double.POSITIVE_INFINITY) {
            return kl;
        }
        double k = q.shape();
        double rateTerm = -k * Math.log(q.rate());
        double logTerm = -(k - 1) * (Math.log(p.scale()) + 1 / p.shape());
        double meanTerm = q.rate() * meanOf(p);
        double logGamma = org.hipparchus.special.Gamma.logGamma(k);
        return CrossFamilyTerms.crossEntropy(p.entropy(), kl,
                rateTerm + logTerm + meanTerm + logGamma,
                Math.abs(rateTerm) + Math.abs(logTerm) + meanTerm + Math.abs(logGamma));
    }

    /**
     * \( \mathrm{KL}(\mathrm{Pareto}(x_m,\alpha)\,\|\,N(\mu,\sigma^2)) = J(\alpha)
     *   + \tfrac12\mathrm{IS}(r^2) + \tfrac12 z^2 \) for \( \alpha &gt; 2 \), with
     * \( r = s/\sigma \), \( z = (m - \mu)/\sigma \), the mean \( m = \alpha x_m/(\alpha-1) \),
     * the standard deviation \( s = x_m\sqrt{\alpha/(\alpha-2)}/(\alpha-1) \) and the negentropy
     * \[ J(\alpha) = \tfrac12\log 2\pi - \tfrac12 - \operatorname{log1pmx}(-1/\alpha)
     *   - \tfrac12\operatorname{log1p}(-2/\alpha); \]
     * \( +\infty \) for \( \alpha \le 2 \), where \( E_p[X^2] = \infty \) and
     * \( -\log q(x) \) grows like \( x^2/(2\sigma^2) \).
     *
     * <p>From {@link CrossFamilyTerms#klToNormal} with
     * \( J = \tfrac12\log(2\pi e s^2) - H(p) \) and \( H(p) = \log(x_m/\alpha) + 1/\alpha + 1 \):
     * \( \log(\alpha s/x_m) = -\log(1 - 1/\alpha) - \tfrac12\log(1 - 2/\alpha) \). All terms are
     * non-negative, and \( J(\alpha) &gt; 0.41 \), so the rounding of r does not matter.
     */
    static double kl(Pareto p, Normal q) {
        double alpha = p.shape();
        if (!(alpha > 2)) {
            return Double.POSITIVE_INFINITY;
        }
        double negentropy = HALF_LOG_TWO_PI_MINUS_HALF - LogSpace.log1pmx(-1 / alpha)
                - 0.5 * Math.log1p(-2 / alpha);
        double sd = sdOf(p);
        double ratio = sd / q.sd();
        return CrossFamilyTerms.klToNormal((meanOf(p) - q.mean()) / q.sd(), ratio * ratio - 1,
                LogRatio.of(sd, q.sd()), negentropy);
    }

    /**
     * \( H(\mathrm{Pareto}(x_m,\alpha), N(\mu,\sigma^2)) = \log\sigma + \tfrac12\log 2\pi
     *   + \tfrac12(r^2 + z^2) \) for \( \alpha &gt; 2 \), else \( +\infty \), with r and z of
     * {@link #kl(Pareto, Normal)}: \( -E_p[\log q] \). The logarithm and the constant are summed
     * in double-double arithmetic ({@link DoubleDoubleLog}); whichever of this and
     * \( H(p) + \mathrm{KL} \) has the smaller rounding-error bound is returned.
     */
    static double crossEntropy(Pareto p, Normal q) {
        double kl = kl(p, q);
        if (kl == Double.POSITIVE_INFINITY) {
            return kl;
        }
        double r = sdOf(p) / q.sd();
        double z = (meanOf(p) - q.mean()) / q.sd();
        double quadratic = 0.5 * (r * r + z * z);
        double direct = quadratic == Double.POSITIVE_INFINITY ? quadratic
                : DoubleDoubleLog.plus(q.sd(), HALF_LOG_TWO_PI_HI, HALF_LOG_TWO_PI_LO, quadratic);
        return CrossFamilyTerms.crossEntropy(p.entropy(), kl, direct, quadratic);
    }

    /** \( E[X] = x_m/(1 - 1/\alpha) \) for \( \alpha &gt; 1 \), with \( \alpha - 1 \) exact. */
    private static double meanOf(Pareto p) {
        return p.scale() / ((p.shape() - 1) / p.shape());
    }

    /**
     * \( \sqrt{\mathrm{Var}\,X} = x_m\sqrt{\alpha/(\alpha-2)}/(\alpha-1) \) for
     * \( \alpha &gt; 2 \).
     */
    private static double sdOf(Pareto p) {
        double alpha = p.shape();
        return p.scale() / (alpha - 1) * Math.sqrt(alpha / (alpha - 2));
    }
}
