package org.kullback.distributions;

import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Weibull} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class WeibullDivergences {

    private WeibullDivergences() {
    }

    /**
     * \( \mathrm{KL}(W(k_1,\lambda_1)\,\|\,W(k_2,\lambda_2))
     *   = \log\frac{k_1}{\lambda_1^{k_1}} - \log\frac{k_2}{\lambda_2^{k_2}}
     *   + (k_1-k_2)\Big(\log\lambda_1 - \frac{\gamma}{k_1}\Big)
     *   + \Big(\frac{\lambda_1}{\lambda_2}\Big)^{k_2}\Gamma\Big(\frac{k_2}{k_1}+1\Big) - 1 \)
     * (C. Bauckhage, "Computing the Kullback–Leibler divergence between two Weibull
     * distributions", arXiv:1310.3713, 2013), from \( E_p[\log X] = \log\lambda_1 - \gamma/k_1 \)
     * and \( E_p[X^{s}] = \lambda_1^{s}\Gamma(1+s/k_1) \).
     *
     * <p>Evaluated in a form whose two terms are both non-negative. With
     * \( \rho = k_2/k_1 = 1+e \), \( \ell = \log(\lambda_1/\lambda_2) \) and
     * \( B(e) = \log\Gamma(1+e) + \gamma e \) ({@link Weibull#logGammaBregmanAtOne(double)}), the
     * formula rearranges (using \( \Gamma(2+e) = (1+e)\Gamma(1+e) \)) to
     * \[ \mathrm{KL} = (e^w - 1 - w) + B(e), \qquad
     *    w = k_2\ell + \operatorname{log1p}(e) + \log\Gamma(1+e). \]
     * The first term is {@code expm1mx(w)}; \( e \) comes from the exact difference
     * \( k_2 - k_1 \) and \( \ell \) from {@link Pareto#logRatio(double, double)}, so nearly equal
     * parameters keep full relative accuracy. For \( \rho &lt; 1/2 \), \( \log(1+e) \) and
     * \( \log\Gamma(1+e) \) are taken from \( \rho \) itself, as \( 1+e \) would lose its
     * relative precision. Where KL is huge it is about \( e^w \), whose relative accuracy is
     * about \( |w| \) ulps: the condition number of the problem.
     */
    static double kl(Weibull p, Weibull q) {
        Exponent exponent = Exponent.of(p, q);
        return LogSpace.expm1mx(exponent.w()) + exponent.bregman();
    }

    /**
     * \( w = \log E_p[(X/\lambda_2)^{k_2}] = k_2\ell + \log\Gamma(1+\rho) \) and
     * \( B(e) \), as defined for {@link #kl(Weibull, Weibull)}, shared with the cross-entropy so
     * that both use the same rounded exponent.
     */
    private record Exponent(double w, double bregman, double logScaleRatio) {

        static Exponent of(Weibull p, Weibull q) {
            double e = (q.shape() - p.shape()) / p.shape();
            double bregman;
            double logRatio;
            if (e >= -0.5) {
                bregman = Weibull.logGammaBregmanAtOne(e);
                logRatio = Math.log1p(e);
            } else {
                // 1 + e would lose the relative precision of a small ratio; use the ratio itself.
                double ratio = q.shape() / p.shape();
                bregman = org.hipparchus.special.Gamma.logGamma(ratio) + Weibull.EULER * e;
                logRatio = Math.log(ratio);
            }
            double logScaleRatio = Pareto.logRatio(p.scale(), q.scale());
            double w = q.shape() * logScaleRatio + logRatio + (bregman - Weibull.EULER * e);
            return new Exponent(w, bregman, logScaleRatio);
        }
    }

    /**
     * \( H(W(k_1,\lambda_1), W(k_2,\lambda_2)) = -\log(k_2/\lambda_2)
     *   - (k_2-1)(\log(\lambda_1/\lambda_2) - \gamma/k_1)
     *   + (\lambda_1/\lambda_2)^{k_2}\Gamma(1+k_2/k_1) \), which is \( -E_p[\log q] \) with
     * the moments of {@link #kl(Weibull, Weibull)}. As for
     * {@link ExponentialDivergences#crossEntropy(Exponential, Exponential)}, whichever of this and
     * \( H(p) + \mathrm{KL} \) has the smaller rounding-error bound is returned.
     */
    static double crossEntropy(Weibull p, Weibull q) {
        Exponent exponent = Exponent.of(p, q);
        double power = Math.exp(exponent.w());
        double logScaleRatio = exponent.logScaleRatio();
        double logShapeOverScale = LogRatio.of(q.shape(), q.scale());
        double meanLog = logScaleRatio - Weibull.EULER / p.shape();
        double entropy = p.entropy();
        double kl = LogSpace.expm1mx(exponent.w()) + exponent.bregman();
        double magnitude = power + Math.abs(logShapeOverScale)
                + Math.abs(q.shape() - 1) * (Math.abs(logScaleRatio) + Weibull.EULER / p.shape());
        return Math.abs(entropy) + kl <= magnitude ? entropy + kl
                : power - logShapeOverScale - (q.shape() - 1) * meanLog;
    }
}
