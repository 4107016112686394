package org.kullback.distributions;

import org.kullback.special.LogBeta;
import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Gamma} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class GammaDivergences {

    private static final double HALF_LOG_TWO_PI = 0.9189385332046728;

    private GammaDivergences() {
    }

    /**
     * \( \mathrm{KL}(\Gamma(k_1,\beta_1)\,\|\,\Gamma(k_2,\beta_2))
     *   = (k_1-k_2)\psi(k_1) - \log\Gamma(k_1) + \log\Gamma(k_2)
     *   + k_2(\log\beta_1 - \log\beta_2) + k_1(\beta_2-\beta_1)/\beta_1 \) (shape \( k \), rate
     * \( \beta \); from \( E_p[X] = k_1/\beta_1 \), \( E_p[\log X] = \psi(k_1) - \log\beta_1 \);
     * e.g. Penny, "KL-divergences of Normal, Gamma, Dirichlet and Wishart densities", 2001).
     *
     * <p>The textbook form cancels badly twice: the \( \log\Gamma \) difference against the
     * digamma term when \( k_1 \approx k_2 \), and, for large shapes, the shape part against the
     * rate part when the means are nearly equal (the Fisher metric is nearly singular along
     * constant mean). It is rearranged exactly into three non-negative terms. With
     * \( h = k_2 - k_1 \), means \( \mu_i = k_i/\beta_i \), the Itakura–Saito divergence
     * \( \mathrm{IS}(a, b) = a/b - 1 - \log(a/b) \) and the Stirling remainder \( \delta \)
     * (\( \log\Gamma(k) = (k-\tfrac12)\log k - k + \tfrac12\log 2\pi + \delta(k) \)), inserting
     * Stirling's formula for \( \log\Gamma \) and \( \psi = \log k - 1/(2k) + \delta' \) gives
     * \[ \mathrm{KL} = k_2\,\mathrm{IS}(\mu_1, \mu_2) + \tfrac12\mathrm{IS}(k_2, k_1)
     *   + D_\delta(k_2, k_1), \]
     * where \( D_\delta(k_2,k_1) = \delta(k_2) - \delta(k_1) - h\,\delta'(k_1) \) is the Bregman
     * divergence of the convex \( \delta \) ({@link Gamma#stirlingRemainderBregman}). The mean
     * ratio \( \mu_1/\mu_2 - 1 = (k_1\beta_2 - k_2\beta_1)/(k_2\beta_1) \) is formed with exact
     * (fused) products, so it is accurate when the means nearly agree.
     *
     * <p>\( \delta \) is evaluated by its asymptotic series, valid from 10 on. For smaller shapes
     * the recurrence \( \log\Gamma(k) = \log\Gamma(k+N) - \sum_{i&lt;N}\log(k+i) \) shifts both
     * shapes by the same integer \( N \), and the Bregman divergence of \( \log\Gamma \) shifts as
     * \( G(k_2, k_1) = G(k_2+N, k_1+N) + \sum_{i&lt;N}\mathrm{IS}(k_2+i, k_1+i) \), again a sum
     * of non-negative terms; since \( G(k_2, k_1) = k_2\mathrm{IS}(k_1, k_2)
     * + \tfrac12\mathrm{IS}(k_2,k_1) + D_\delta(k_2,k_1) \) for any shapes, the last two terms of
     * the KL are \( G(k_2,k_1) - k_2\mathrm{IS}(k_1,k_2) \). Every IS term is computed from
     * \( h \), which is exact when the shapes are within a factor 2. Shapes further apart need
     * none of this: there \( D_\delta \) is formed directly from \( \delta \) and
     * \( \delta' \).
     */
    static double kl(Gamma p, Gamma q) {
        return q.shape() * meanItakuraSaito(p, q) + shapePart(p.shape(), q.shape()) + 0.0;
    }

    /** \( \tfrac12\mathrm{IS}(k_2, k_1) + D_\delta(k_2, k_1) \); see {@link #kl(Gamma, Gamma)}. */
    private static double shapePart(double k1, double k2) {
        double h = k2 - k1;
        if (!(k1 <= 2 * k2 && k2 <= 2 * k1)) {
            // Far apart: no cancellation to fear, and h is not exact, so work from k1 and k2.
            return 0.5 * LogRatio.itakuraSaito(k2, k1) + LogBeta.logGammaCorrection(k2)
                    - LogBeta.logGammaCorrection(k1) + h * Gamma.stirlingRemainderSlope(k1);
        }
        double lower = Math.min(k1, k2);
        if (lower >= Gamma.ASYMPTOTIC_SHAPE) {
            return 0.5 * itakuraSaitoOfExcess(h / k1) + Gamma.stirlingRemainderBregman(k1, h);
        }
        int shift = (int) Math.ceil(Gamma.ASYMPTOTIC_SHAPE - lower);
        double sum = 0;
        for (int i = 0; i < shift; i++) {
            sum += itakuraSaitoOfExcess(h / (k1 + i));
        }
        double shifted1 = k1 + shift;
        double shifted2 = k2 + shift;
        sum += shifted2 * itakuraSaitoOfExcess(-h / shifted2)
                + 0.5 * itakuraSaitoOfExcess(h / shifted1)
                + Gamma.stirlingRemainderBregman(shifted1, h);
        return sum - k2 * itakuraSaitoOfExcess(-h / k2);
    }

    /**
     * \( H(\Gamma(k_1,\beta_1), \Gamma(k_2,\beta_2)) = -k_2\log\beta_2 + \log\Gamma(k_2)
     *   - (k_2-1)(\psi(k_1) - \log\beta_1) + \beta_2 k_1/\beta_1 \), which is
     * \( -E_p[\log q] \) with the moments of {@link #kl(Gamma, Gamma)}.
     *
     * <p>With Stirling's formula for \( \log\Gamma(k_2) \) and
     * \( \varphi(k) = \log k - \psi(k) \) the terms of size \( k\log k \) cancel
     * analytically:
     * \[ H(p, q) = k_2\,\mathrm{IS}(\mu_1, \mu_2) + \log(\mu_1/\sqrt{k_2})
     *   + \tfrac12\log 2\pi + \delta(k_2) + (k_2-1)\,\varphi(k_1), \]
     * with \( \mu_i = k_i/\beta_i \); for p = q it is the entropy formula of
     * {@link Gamma#entropy()}. As for
     * {@link ExponentialDivergences#crossEntropy(Exponential, Exponential)}, whichever of this and
     * \( H(p) + \mathrm{KL} \) has the smaller rounding-error bound is returned (the sum cancels
     * when a small shape makes \( H(p) \) large and negative).
     */
    static double crossEntropy(Gamma p, Gamma q) {
        double k1 = p.shape();
        double k2 = q.shape();
        double logShape1 = Math.log(k1);
        double logRate1 = Math.log(p.rate());
        double logShape2 = Math.log(k2);
        double meanPart = k2 * meanItakuraSaito(p, q);
        double remainder = LogBeta.logGammaCorrection(k2);
        double digammaPart = (k2 - 1) * Gamma.logMinusDigamma(k1);
        double entropy = p.entropy();
        double kl = kl(p, q);
        double magnitude = meanPart + Math.abs(logShape1) + Math.abs(logRate1)
                + 0.5 * Math.abs(logShape2) + HALF_LOG_TWO_PI + remainder + Math.abs(digammaPart);
        if (Math.abs(entropy) + kl <= magnitude) {
            return entropy + kl;
        }
        return meanPart + (logShape1 - logRate1 - 0.5 * logShape2) + HALF_LOG_TWO_PI + remainder
                + digammaPart;
    }

    /** \( \mathrm{IS}(1+x, 1) = x - \log(1+x) \) for \( x &gt; -1 \), without cancellation. */
    private static double itakuraSaitoOfExcess(double x) {
        return -LogSpace.log1pmx(x);
    }

    /**
     * \( \mathrm{IS}(\mu_1, \mu_2) \) with \( \mu_1/\mu_2 = k_1\beta_2/(k_2\beta_1) \). When the
     * two products are within a factor 2, \( \mu_1/\mu_2 - 1 \) is formed from their exact
     * difference, each product split into two doubles by {@link Math#fma}.
     */
    private static double meanItakuraSaito(Gamma p, Gamma q) {
        double a = p.shape() * q.rate();
        double b = q.shape() * p.rate();
        boolean representable = Math.abs(Math.log(a)) < 600 && Math.abs(Math.log(b)) < 600;
        if (!(representable && a <= 2 * b && b <= 2 * a)) {
            return LogRatio.itakuraSaito(p.shape() / p.rate(), q.shape() / q.rate());
        }
        double aError = Math.fma(p.shape(), q.rate(), -a);
        double bError = Math.fma(q.shape(), p.rate(), -b);
        return itakuraSaitoOfExcess(((a - b) + (aError - bError)) / b);
    }
}
