package org.kullback.distributions;

import org.kullback.special.LogSpace;
import org.kullback.special.Polygamma;

/**
 * Closed-form KL divergences and cross-entropies from an {@link Exponential} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class ExponentialDivergences {

    private ExponentialDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{Exp}(\lambda_1)\,\|\,\mathrm{Exp}(\lambda_2))
     *   = \lambda_2/\lambda_1 - 1 - \log(\lambda_2/\lambda_1) \).
     *
     * <p>From \( \log p - \log q = \log(\lambda_1/\lambda_2) - (\lambda_1-\lambda_2)x \) and
     * \( E_p[X] = 1/\lambda_1 \). It is the Itakura–Saito divergence of the rates, evaluated by
     * {@link LogRatio#itakuraSaito(double, double)} without cancellation, so
     * KL(Exp(2)‖Exp(2.00000002)) = 5.0e-17 keeps full precision.
     */
    static double kl(Exponential p, Exponential q) {
        // + 0.0 turns the -0.0 of equal rates into +0.0.
        return LogRatio.itakuraSaito(q.rate(), p.rate()) + 0.0;
    }

    /**
     * \( H(\mathrm{Exp}(\lambda_1), \mathrm{Exp}(\lambda_2)) = \lambda_2/\lambda_1
     *   - \log\lambda_2 \), which is \( -E_p[\log q] \).
     *
     * <p>Of the two evaluations, this one and \( H(p) + \mathrm{KL}(p\,\|\,q) \), the one with
     * the smaller rounding-error bound (the sum of the magnitudes of its terms) is returned: the
     * written-out form cancels near its zero (for p = q at \( \lambda = e \)), the sum cancels
     * when \( H(p) \) is large and negative and the KL large.
     */
    static double crossEntropy(Exponential p, Exponential q) {
        double ratio = q.rate() / p.rate();
        double logRate = Math.log(q.rate());
        double entropy = p.entropy();
        double kl = kl(p, q);
        return Math.abs(entropy) + kl <= ratio + Math.abs(logRate) ? entropy + kl
                : ratio - logRate;
    }

    /**
     * \( \mathrm{KL}(\mathrm{Exp}(\lambda)\,\|\,\Gamma(k,\beta)) \): the exponential distribution
     * is \( \Gamma(1, \lambda) \), so this is {@link GammaDivergences#kl(Gamma, Gamma)}, which
     * keeps full relative accuracy as \( (k, \beta) \to (1, \lambda) \) (its shape part is the
     * Bregman divergence of \( \log\Gamma \), evaluated without cancellation).
     */
    static double kl(Exponential p, Gamma q) {
        return GammaDivergences.kl(asGamma(p), q);
    }

    /** \( H(\mathrm{Exp}(\lambda), \Gamma(k,\beta)) \), as
     * {@link GammaDivergences#crossEntropy(Gamma, Gamma)} with p = \( \Gamma(1, \lambda) \). */
    static double crossEntropy(Exponential p, Gamma q) {
        return GammaDivergences.crossEntropy(asGamma(p), q);
    }

    /**
     * \( \mathrm{KL}(\mathrm{Exp}(\lambda)\,\|\,N(\mu,\sigma^2)) \), as
     * {@link GammaDivergences#kl(Gamma, Normal)} with p = \( \Gamma(1, \lambda) \): the negentropy
     * of the exponential distribution is \( J(1) = \tfrac12\log 2\pi - \tfrac12 \).
     */
    static double kl(Exponential p, Normal q) {
        return GammaDivergences.kl(asGamma(p), q);
    }

    /** \( H(\mathrm{Exp}(\lambda), N(\mu,\sigma^2)) = \log\sigma + \tfrac12\log 2\pi
     *   + (1/\lambda^2 + (1/\lambda - \mu)^2)/(2\sigma^2) \), as
     * {@link GammaDivergences#crossEntropy(Gamma, Normal)}. */
    static double crossEntropy(Exponential p, Normal q) {
        return GammaDivergences.crossEntropy(asGamma(p), q);
    }

    /**
     * \( \mathrm{KL}(\mathrm{Exp}(\lambda)\,\|\,\mathrm{Gumbel}(\mu, b)) \), as
     * {@link GammaDivergences#kl(Gamma, Gumbel)} with p = \( \Gamma(1, \lambda) \) (the Laplace
     * transform is \( E_p[e^{-X/b}] = 1/(1 + 1/(\lambda b)) \)).
     */
    static double kl(Exponential p, Gumbel q) {
        return GammaDivergences.kl(asGamma(p), q);
    }

    /** \( H(\mathrm{Exp}(\lambda), \mathrm{Gumbel}(\mu, b)) \), as
     * {@link GammaDivergences#crossEntropy(Gamma, Gumbel)}. */
    static double crossEntropy(Exponential p, Gumbel q) {
        return GammaDivergences.crossEntropy(asGamma(p), q);
    }

    /**
     * \( \mathrm{KL}(\mathrm{Exp}(\lambda)\,\|\,W(k, s)) = \operatorname{expm1mx}(w) + B(k-1) \)
     * with \( L = \log(\lambda s) \), \( w = \log\Gamma(1+k) - kL \) and
     * \( B(e) = \log\Gamma(1+e) + \gamma e \ge 0 \) ({@link Weibull#logGammaBregmanAtOne}).
     *
     * <p>Derivation: \( -\log q(x) = -\log(k/s) - (k-1)\log(x/s) + (x/s)^k \), and for
     * \( X \sim \mathrm{Exp}(\lambda) \), \( E[\log X] = -\gamma - \log\lambda \) and
     * \( E[X^k] = \Gamma(1+k)/\lambda^k \), so
     * \( H(p,q) = -\log(k/s) + (k-1)(\gamma + L) + e^w \). Subtracting
     * \( H(p) = 1 - \log\lambda \) and using \( kL = \log\Gamma(1+k) - w \) leaves
     * \( e^w - 1 - w + \log\Gamma(k) + \gamma(k-1) \): two non-negative terms, both zero only at
     * \( k = 1 \), \( s = 1/\lambda \), where Weibull(1, 1/λ) is Exp(λ). It is the Weibull–Weibull
     * formula of {@link WeibullDivergences#kl(Weibull, Weibull)} for \( W(1, 1/\lambda) \), with
     * \( L \) from the exact product \( \lambda s \) ({@link CrossFamilyTerms#logProduct}) instead
     * of the rounded \( 1/\lambda \), so nearly equal parameters keep full relative accuracy.
     */
    static double kl(Exponential p, Weibull q) {
        WeibullExponent exponent = WeibullExponent.of(p, q);
        return LogSpace.expm1mx(exponent.w()) + exponent.bregman();
    }

    /**
     * \( H(\mathrm{Exp}(\lambda), W(k, s)) = -\log(k/s) + (k-1)(\gamma + \log(\lambda s)) + e^w \)
     * with w of {@link #kl(Exponential, Weibull)}: \( -E_p[\log q] \). Whichever of this and
     * \( H(p) + \mathrm{KL} \) has the smaller rounding-error bound is returned.
     */
    static double crossEntropy(Exponential p, Weibull q) {
        WeibullExponent exponent = WeibullExponent.of(p, q);
        double kl = LogSpace.expm1mx(exponent.w()) + exponent.bregman();
        double logShapeOverScale = LogRatio.of(q.shape(), q.scale());
        double shapeTerm = (q.shape() - 1) * (Weibull.EULER + exponent.logProduct());
        double power = Math.exp(exponent.w());
        return CrossFamilyTerms.crossEntropy(p.entropy(), kl,
                power - logShapeOverScale + shapeTerm,
                power + Math.abs(logShapeOverScale) + Math.abs(shapeTerm));
    }

    /**
     * \( L = \log(\lambda s) \), \( w = \log\Gamma(1+k) - kL \) and \( B(k-1) \) of
     * {@link #kl(Exponential, Weibull)}, shared with the cross-entropy.
     */
    private record WeibullExponent(double logProduct, double w, double bregman) {

        static WeibullExponent of(Exponential p, Weibull q) {
            double k = q.shape();
            double e = k - 1;
            double logProduct = CrossFamilyTerms.logProduct(p.rate(), q.scale());
            double logGammaOnePlusK;
            double bregman;
            if (Math.abs(e) <= 0.5) {
                // e is exact here; log Γ(1+k) = log1p(e) + log Γ(1+e) = log1p(e) + B(e) − γe.
                bregman = Weibull.logGammaBregmanAtOne(e);
                logGammaOnePlusK = Math.log1p(e) + (bregman - Weibull.EULER * e);
            } else {
                logGammaOnePlusK = Polygamma.logGamma1p(k);
                bregman = logGammaOnePlusK - Math.log(k) + Weibull.EULER * e;
            }
            return new WeibullExponent(logProduct, logGammaOnePlusK - k * logProduct, bregman);
        }
    }

    /** Exp(λ) as the gamma distribution Γ(1, λ) it is. */
    private static Gamma asGamma(Exponential p) {
        return Gamma.of(1, p.rate());
    }
}
