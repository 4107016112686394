package org.kullback.distributions;

import org.hipparchus.special.Gamma;
import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Gumbel} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class GumbelDivergences {

    /**
     * \( (-1)^k(\zeta(k) - 1)/k \) for k = 2, …, 30 (mpmath, 50 digits, rounded). Their size is
     * about \( 2^{-k}/k \), so at \( |\varepsilon| &lt; \tfrac12 \) the last term is below
     * \( 10^{-19} \).
     */
    private static final double[] ZETA_MINUS_ONE_OVER_K = {
        0.3224670334241132, -0.0673523010531981, 0.020580808427784546, -0.007385551028673986,
        0.0028905103307415234, -0.001192753911703261, 0.0005096695247430425,
        -0.00022315475845357939, 9.945751278180853e-05, -4.492623673813314e-05,
        2.050721277567069e-05, -9.439488275268397e-06, 4.374866789907488e-06,
        -2.039215753801366e-06, 9.55141213040742e-07, -4.492469198764566e-07,
        2.1207184805554665e-07, -1.0043224823968099e-07, 4.7698101693639804e-08,
        -2.2711094608943164e-08, 1.0838659214896955e-08, -5.183475041970047e-09,
        2.4836745438024785e-09, -1.1921401405860912e-09, 5.731367241678862e-10,
        -2.7595228851242334e-10, 1.330476437424449e-10, -6.4229645638381e-11,
        3.1044247747322276e-11,
    };

    /** \( \pi/\sqrt6 \), the ratio of a Gumbel's standard deviation to its scale. */
    private static final double PI_OVER_SQRT6 = 1.282549830161864;
    /**
     * \( \tfrac12\log(\pi^3/3) - \gamma - \tfrac12 \), the least KL from a Gumbel to a normal
     * (mpmath).
     */
    private static final double NORMAL_GAP = 0.09057301953851256;

    private GumbelDivergences() {
    }

    /**
     * The pieces shared by KL and cross-entropy, with \( r = \beta_1/\beta_2 \),
     * \( \varepsilon = r - 1 \), \( t = (\mu_2-\mu_1)/\beta_2 \):
     * {@code x} \( = t + \log\Gamma(1+r) \),
     * {@code shift} \( = \log\Gamma(1+r) + \gamma\varepsilon \) and
     * {@code scaleTerm} \( = \log\Gamma(r) + \gamma\varepsilon \ge 0 \); all three are
     * \( +\infty \) when \( r \) overflows.
     */
    private record Parts(double x, double shift, double scaleTerm) {
    }

    /**
     * \( \mathrm{KL}(\mathrm{G}(\mu_1,\beta_1)\,\|\,\mathrm{G}(\mu_2,\beta_2))
     *   = -\log r - t + \gamma(r - 1) + e^{t}\,\Gamma(1 + r) - 1 \)
     * with \( r = \beta_1/\beta_2 \), \( t = (\mu_2 - \mu_1)/\beta_2 \) and \( \gamma \) the
     * Euler–Mascheroni constant.
     *
     * <p>Derivation: write \( X = \mu_1 + \beta_1 Y \) with \( Y \) standard Gumbel, for which
     * \( E[Y] = \gamma \) and \( e^{-Y} \) is standard exponential, so
     * \( E[e^{-sY}] = \Gamma(1+s) \). With \( z_2 = (X - \mu_2)/\beta_2 = rY - t \),
     * \( H(p, q) = E[\log\beta_2 + z_2 + e^{-z_2}] = \log\beta_2 + r\gamma - t
     * + e^{t}\Gamma(1+r) \); subtract \( H(p) = \log\beta_1 + \gamma + 1 \).
     *
     * <p>Accurate form: with \( x = t + \log\Gamma(1+r) \), the divergence is the sum of two
     * non-negative terms,
     * \( (e^x - 1 - x) + [\log\Gamma(r) + \gamma(r-1)] \) (the second is convex in \( r \) with
     * a double zero at 1, since \( \psi(1) = -\gamma \)). The first is {@code expm1mx(x)}. For
     * \( \varepsilon = r - 1 = (\beta_1-\beta_2)/\beta_2 \) (an exact difference) below
     * \( \tfrac12 \) in magnitude, the second is the series
     * \( \log\Gamma(1+\varepsilon) + \gamma\varepsilon
     *   = \sum_{k\ge2} (-1)^k\zeta(k)\varepsilon^k/k
     *   = -(\log(1+\varepsilon) - \varepsilon) + \sum_{k\ge2}(-1)^k(\zeta(k)-1)\varepsilon^k/k \)
     * (Abramowitz and Stegun 6.1.33, with \( \sum_{k\ge2}(-\varepsilon)^k/k \) summed in closed
     * form by {@code log1pmx}, so the rest converges like \( (\varepsilon/2)^k \)), and
     * \( \log\Gamma(1+r) = \log(1+\varepsilon) + \log\Gamma(1+\varepsilon) \). Both terms then
     * keep full relative accuracy when p ≈ q. Farther from \( r = 1 \), Hipparchus's
     * {@code logGamma1p} (for \( r \le \tfrac12 \)) and {@code logGamma} (for
     * \( r \ge \tfrac32 \)), both accurate to a few ulps there, give \( \log\Gamma \), and the
     * second term no longer cancels.
     *
     * <p>When \( x \) is large the divergence is about \( e^x \), and its relative accuracy is
     * that of \( x \), about \( 10^{-16}(|t| + r\psi(1+r)) \); that is also the relative change
     * of the divergence when \( \beta_2 \) moves by one ulp, so the problem itself is that
     * sensitive there.
     */
    static double kl(Gumbel p, Gumbel q) {
        Parts parts = parts(p, q);
        if (parts.scaleTerm() == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return LogSpace.expm1mx(parts.x()) + parts.scaleTerm();
    }

    /**
     * \( H(\mathrm{G}(\mu_1,\beta_1), \mathrm{G}(\mu_2,\beta_2))
     *   = \log\beta_2 + r\gamma - t + e^{t}\Gamma(1+r) \), notation and derivation as in
     * {@link #kl(Gumbel, Gumbel)}.
     *
     * <p>With \( e^t\Gamma(1+r) = e^x = 1 + x + \operatorname{expm1mx}(x) \) it is
     * \( \log\beta_2 + (1 + \gamma) + [\log\Gamma(1+r) + \gamma(r-1)]
     * + \operatorname{expm1mx}(x) \), summed with \( \log\beta_2 \) from
     * {@link DoubleDoubleLog}. Summing directly, rather than as \( H(p) + \mathrm{KL} \), avoids
     * the cancellation of a very negative entropy against a large KL when
     * \( \beta_1 \ll \beta_2 \).
     */
    static double crossEntropy(Gumbel p, Gumbel q) {
        Parts parts = parts(p, q);
        if (parts.shift() == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double excess = LogSpace.expm1mx(parts.x());
        if (excess == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return DoubleDoubleLog.plus(q.scale(), Gumbel.ONE_PLUS_EULER_HI, Gumbel.ONE_PLUS_EULER_LO,
                parts.shift(), excess);
    }

    private static Parts parts(Gumbel p, Gumbel q) {
        double t = (q.location() - p.location()) / q.scale();
        double epsilon = (p.scale() - q.scale()) / q.scale();
        if (Math.abs(epsilon) < 0.5) {
            double scaleTerm = logGammaPlusEulerTerm(epsilon);
            double shift = Math.log1p(epsilon) + scaleTerm;
            return new Parts(t + (shift - Gumbel.EULER * epsilon), shift, scaleTerm);
        }
        double r = p.scale() / q.scale();
        if (r == Double.POSITIVE_INFINITY) {
            return new Parts(r, r, r);
        }
        double logR = LogRatio.of(p.scale(), q.scale());
        // Γ(1+r) = rΓ(r); take each log from the side where it does not cancel.
        double logGammaOnePlusR;
        double logGammaR;
        if (r <= 0.5) {
            logGammaOnePlusR = Gamma.logGamma1p(r);
            logGammaR = logGammaOnePlusR - logR;
        } else {
            logGammaR = Gamma.logGamma(r);
            logGammaOnePlusR = logR + logGammaR;
        }
        return new Parts(t + logGammaOnePlusR, logGammaOnePlusR + Gumbel.EULER * epsilon,
                logGammaR + Gumbel.EULER * epsilon);
    }

    /**
     * \( \log\Gamma(1+\varepsilon) + \gamma\varepsilon \) for \( |\varepsilon| &lt; \tfrac12 \),
     * by the series in {@link #kl(Gumbel, Gumbel)}.
     */
    private static double logGammaPlusEulerTerm(double epsilon) {
        double sum = 0;
        for (int k = ZETA_MINUS_ONE_OVER_K.length - 1; k >= 0; k--) {
            sum = sum * epsilon + ZETA_MINUS_ONE_OVER_K[k];
        }
        return sum * epsilon * epsilon - LogSpace.log1pmx(epsilon);
    }

    /**
     * \( \mathrm{KL}(\mathrm{G}(\mu_1,\beta)\,\|\,N(\mu_2,\sigma^2))
     *   = \tfrac12(\rho - 1 - \log\rho) + \tfrac12 d^2
     *   + \big(\tfrac12\log\tfrac{\pi^3}{3} - \gamma - \tfrac12\big) \)
     * with \( \rho = \pi^2\beta^2/(6\sigma^2) \) (the variance ratio) and
     * \( d = (\mu_1 + \gamma\beta - \mu_2)/\sigma \) (the standardised difference of the means).
     *
     * <p>Derivation: \( -\log q(x) = \log\sigma + \tfrac12\log 2\pi + (x-\mu_2)^2/2\sigma^2 \)
     * and \( E_p(X-\mu_2)^2 = \operatorname{Var}X + (EX - \mu_2)^2 \) with the Gumbel's mean
     * \( \mu_1 + \gamma\beta \) and variance \( \pi^2\beta^2/6 \), so
     * \( H(p, q) = \log\sigma + \tfrac12\log 2\pi + \tfrac12\rho + \tfrac12 d^2 \); subtract
     * \( H(p) = \log\beta + \gamma + 1 \). As for {@link LaplaceDivergences#kl(Laplace, Normal)},
     * the terms are the KL from the moment-matched normal to q and the constant entropy gap
     * between that normal and p; all are non-negative, so nothing cancels.
     */
    static double kl(Gumbel p, Normal q) {
        double d = (p.location() - q.mean() + Gumbel.EULER * p.scale()) / q.sd();
        return NormalDivergences.halfVarianceItakuraSaito(p.scale(), q.sd() / PI_OVER_SQRT6)
                + 0.5 * d * d + NORMAL_GAP;
    }

    /**
     * \( H(\mathrm{G}(\mu_1,\beta), N(\mu_2,\sigma^2))
     *   = \log\sigma + \tfrac12\log 2\pi + \tfrac12\rho + \tfrac12 d^2 \), notation and
     * derivation as in {@link #kl(Gumbel, Normal)}, summed with \( \log\sigma \) from
     * {@link DoubleDoubleLog}.
     */
    static double crossEntropy(Gumbel p, Normal q) {
        double k = PI_OVER_SQRT6 * (p.scale() / q.sd());
        double d = (p.location() - q.mean() + Gumbel.EULER * p.scale()) / q.sd();
        double quadratic = 0.5 * (k * k + d * d);
        if (quadratic == Double.POSITIVE_INFINITY) {
            return quadratic;
        }
        return DoubleDoubleLog.plus(q.sd(), NormalDivergences.HALF_LOG_TWO_PI_HI,
                NormalDivergences.HALF_LOG_TWO_PI_LO, quadratic);
    }
}
