package org.kullback.distributions;

import org.kullback.special.LogBeta;
import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Beta} p to a Beta, Uniform, Normal,
 * Exponential or Gamma q. Registered in {@link ClosedForms}.
 *
 * <p>Against a Beta q both are always finite (both supports are [0, 1]). The cross-family forms
 * rest on the moments of p, \( E[X] = \alpha/s \), \( \mathrm{Var}\,X = \alpha\beta/(s^2(s+1)) \)
 * and \( E[\log X] = \psi(\alpha) - \psi(s) \) with \( s = \alpha + \beta \), and on Stirling's
 * series \( \log\Gamma(x) = (x-\tfrac12)\log x - x + \tfrac12\log 2\pi + \delta(x) \),
 * \( \psi(x) = \log x - 1/(2x) + \delta'(x) \) (DLMF 5.11.1), which lets the terms of size
 * \( \log s \) cancel analytically where Beta(α, β) is close to a normal or a gamma distribution.
 */
final class BetaDivergences {

    /**
     * \( B_{2k}/(2k(2k-1)) \), \( k = 1, \dots, 10 \): Stirling's series
     * \( \delta(x) \sim \sum_k B_{2k}/(2k(2k-1)\,x^{2k-1}) \) (DLMF 5.11.1), used from 10 on.
     */
    private static final double[] STIRLING = {1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680,
        1.0 / 1188, -691.0 / 360360, 1.0 / 156, -3617.0 / 122400, 43867.0 / 244188,
        -174611.0 / 125400};
    private static final double HALF_LOG_TWO_PI = 0.9189385332046728;
    private static final double SERIES_EPSILON = 0x1p-56;

    private BetaDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{Beta}(a_1,b_1)\,\|\,\mathrm{Beta}(a_2,b_2))
     *   = \log B(a_2,b_2) - \log B(a_1,b_1) + (a_1-a_2)\psi(a_1) + (b_1-b_2)\psi(b_1)
     *   + (a_2-a_1+b_2-b_1)\psi(a_1+b_1) \)
     * (the Bregman divergence of the log-partition function \( \log B \) of this exponential
     * family; e.g. Penny, KL-divergences of Normal, Gamma, Dirichlet and Wishart densities, 2001).
     *
     * <p>With \( D(x \to y) = \log\Gamma(y) - \log\Gamma(x) - (y-x)\psi(x) \) and
     * \( s = a + b \) this is \( D(a_1 \to a_2) + D(b_1 \to b_2) - D(s_1 \to s_2) \), which cancels
     * badly both for nearly equal and for large parameters. Splitting each D by Stirling's formula
     * into \( x\,g(y/x) + \tfrac12\mathrm{IS}(y/x) + B_\delta(x \to y) \) (see
     * {@link LogGammaDifferences}), with \( g(r) = r\log r - r + 1 \) and
     * \( \mathrm{IS}(r) = r - 1 - \log r \), the large parts combine exactly into
     * \[ \mathrm{KL} = s_2\,\mathrm{KL}_{\mathrm{Bern}}(m_2\,\|\,m_1)
     *   + \tfrac12\left[\mathrm{IS}(\tfrac{a_2}{a_1}) + \mathrm{IS}(\tfrac{b_2}{b_1})
     *   - \mathrm{IS}(\tfrac{s_2}{s_1})\right]
     *   + B_\delta(a_1 \to a_2) + B_\delta(b_1 \to b_2) - B_\delta(s_1 \to s_2), \]
     * \( m = a/s \), since \( \sum \pm x\,g(y/x) = a_2\log\frac{a_2}{a_1} + b_2\log\frac{b_2}{b_1}
     * - s_2\log\frac{s_2}{s_1} \). The Bernoulli divergence is
     * \( \frac{s_2}{s_1}[a_1 g(1 + \frac{c}{a_1 s_2}) + b_1 g(1 - \frac{c}{b_1 s_2})] \) with
     * \( c = a_2 b_1 - a_1 b_2 \) formed exactly with fused multiply-adds, and
     * \( g(1+u) = u^2 + (1+u)(\log(1+u) - u) \) near \( u = 0 \). The Itakura–Saito bracket pairs
     * the larger of \( a_1, b_1 \) with \( s_1 \), whose ratios are then close:
     * \( \mathrm{IS}(r) - \mathrm{IS}(r_s) = w\,\frac{s_2 - s_1}{s_2} - \ell(w/r_s) \) with
     * \( w = r - r_s \) again from c and \( \ell(v) = \log(1+v) - v \). The remainder terms are
     * smaller by \( 1/(12x^2) \). Nothing left cancels by more than a few bits, for nearly equal
     * parameters (to 1e-15 relative) and up to parameters of 1e15.
     */
    static double kl(Beta p, Beta q) {
        return kl(p.alpha(), p.beta(), q.alpha(), q.beta());
    }

    /** {@link #kl(Beta, Beta)} from the parameters; KL(p‖p) is exactly 0. */
    static double kl(double a1, double b1, double a2, double b2) {
        double s1 = a1 + b1;
        double s2 = a2 + b2;
        double ha = a2 - a1;
        double hb = b2 - b1;
        double hs = ha + hb;
        double cross = LogGammaDifferences.productDifference(a2, b1, a1, b2);
        double ratio = s1 / s2;
        double means = (s2 / s1) * (a1 * g(cross / a1 / s2, (a2 / a1) * ratio)
                + b1 * g(-cross / b1 / s2, (b2 / b1) * ratio));
        double scales;
        double remainders;
        if (a1 <= b1) {
            scales = LogGammaDifferences.itakuraSaito(a1, a2, ha)
                    + LogGammaDifferences.itakuraSaitoDifference(b1, b2, hb, s1, s2, hs,
                            -cross / b1 / s1);
            remainders = LogGammaDifferences.remainderBregman(a1, a2, ha)
                    + LogGammaDifferences.remainderBregmanAgainstShifted(b1, b2, hb, s1, s2, hs,
                            a1, ha, -cross);
        } else {
            scales = LogGammaDifferences.itakuraSaito(b1, b2, hb)
                    + LogGammaDifferences.itakuraSaitoDifference(a1, a2, ha, s1, s2, hs,
                            cross / a1 / s1);
            remainders = LogGammaDifferences.remainderBregman(b1, b2, hb)
                    + LogGammaDifferences.remainderBregmanAgainstShifted(a1, a2, ha, s1, s2, hs,
                            b1, hb, cross);
        }
        return means + 0.5 * scales + remainders + 0.0;
    }

    /**
     * \( H(\mathrm{Beta}(a_1,b_1), \mathrm{Beta}(a_2,b_2)) = \log B(a_2,b_2)
     *   - (a_2-1)(\psi(a_1) - \psi(a_1+b_1)) - (b_2-1)(\psi(b_1) - \psi(a_1+b_1)) \),
     * from \( E[\log X] = \psi(a_1) - \psi(a_1+b_1) \) and
     * \( E[\log(1-X)] = \psi(b_1) - \psi(a_1+b_1) \) under p.
     *
     * <p>The digamma differences are formed without cancellation (also when \( b_1 \ll a_1 \))
     * by {@link LogGammaDifferences#digammaDifference}. For large parameters the three terms are
     * far larger than their sum, and then \( H(p) + \mathrm{KL}(p\,\|\,q) \) is used instead: of
     * the two, the one whose terms are smaller in absolute value.
     */
    static double crossEntropy(Beta p, Beta q) {
        double a1 = p.alpha();
        double b1 = p.beta();
        double logMeanX = -LogGammaDifferences.digammaDifference(a1, a1 + b1, b1);
        double logMeanY = -LogGammaDifferences.digammaDifference(b1, a1 + b1, a1);
        double first = q.logBeta();
        double second = -(q.alpha() - 1) * logMeanX;
        double third = -(q.beta() - 1) * logMeanY;
        double kl = kl(p, q);
        if (Math.abs(first) + Math.abs(second) + Math.abs(third)
                <= Math.abs(p.entropy()) + kl) {
            return first + second + third;
        }
        return p.entropy() + kl;
    }

    /** \( g(r) = r\log r - r + 1 \) with \( r = 1 + u \), both given. */
    private static double g(double u, double r) {
        if (u > -0.5 && u < 0.5) {
            return u * u + r * LogSpace.log1pmx(u);
        }
        // r underflows to 0 only when the ratio of means is below 1e-308; r log r -> 0 there.
        return (r > 0 ? r * Math.log(r) : 0) - u;
    }

    /**
     * \( \mathrm{KL}(\mathrm{Beta}(\alpha,\beta)\,\|\,U(a,b)) = \log(b-a) - H(p) \) when
     * \( [0,1] \subseteq [a,b] \), else \( +\infty \): q's log density is the constant
     * \( -\log(b-a) \) on p's support. Beta(1, 1) is U(0, 1), and there the divergence is
     * \( -H(p) = \mathrm{KL}(p\,\|\,\mathrm{Beta}(1,1)) \), which {@link Beta#entropy()} already
     * evaluates without cancellation near (1, 1) (second order in \( \alpha - 1, \beta - 1 \)); for
     * wider intervals \( \log(b-a) &gt; 0 \) ({@link Uniform#logWidth()}, accurate near width 1)
     * is added to a non-negative number, so nothing cancels.
     */
    static double kl(Beta p, Uniform q) {
        return coversUnitInterval(q) ? q.logWidth() - p.entropy() : Double.POSITIVE_INFINITY;
    }

    /**
     * \( H(\mathrm{Beta}(\alpha,\beta), U(a,b)) = \log(b-a) \) when \( [0,1] \subseteq [a,b] \),
     * else \( +\infty \).
     */
    static double crossEntropy(Beta p, Uniform q) {
        return coversUnitInterval(q) ? q.logWidth() : Double.POSITIVE_INFINITY;
    }

    private static boolean coversUnitInterval(Uniform q) {
        return q.lower() <= 0 && q.upper() >= 1;
    }

    /**
     * \( \mathrm{KL}(\mathrm{Beta}(\alpha,\beta)\,\|\,N(\mu,\sigma^2))
     *   = \tfrac12\,\mathrm{IS}(v/\sigma^2) + \frac{(m-\mu)^2}{2\sigma^2} + J(\alpha,\beta) \),
     * with p's mean \( m = \alpha/s \) and variance \( v = \alpha\beta/(s^2(s+1)) \), the
     * Itakura–Saito divergence \( \mathrm{IS}(r) = r - 1 - \log r \) and the negentropy
     * \( J = \tfrac12\log(2\pi e v) - H(p) = \mathrm{KL}(p\,\|\,N(m, v)) \ge 0 \). Derivation:
     * \( -E_p[\log q] = \tfrac12\log(2\pi\sigma^2) + (v + (m-\mu)^2)/(2\sigma^2) \) (see
     * {@link #crossEntropy(Beta, Normal)}); subtracting \( H(p) \) and adding and subtracting
     * \( \tfrac12\log(2\pi e v) \) splits it into the three non-negative terms.
     *
     * <p>For large α and β the beta distribution is nearly normal, J is of order \( 1/s \) or
     * \( 1/s^2 \) while \( H(p) \) is of order \( \log s \), so J is computed from its own
     * expansion (see {@link #normalNegentropy}) rather than as a difference. The mean offset
     * \( m - \mu = (\alpha - \mu s)/s \) is formed with a fused multiply-add on the exact sum
     * \( s \) (TwoSum), so it is accurate when the means nearly agree.
     */
    static double kl(Beta p, Normal q) {
        double a = p.alpha();
        double b = p.beta();
        double sd = q.sd();
        double variance = p.variance();
        double ratio = variance / sd / sd;
        double scalePart;
        if (ratio > 0.5 && ratio < 2) {
            boolean moderate = Math.min(a, b) >= 1e-100 && a + b <= 1e100;
            scalePart = -LogSpace.log1pmx(moderate ? varianceExcess(a, b, sd) : ratio - 1);
        } else {
            double logRatio = ratio >= Double.MIN_NORMAL && ratio < Double.POSITIVE_INFINITY
                    ? Math.log(ratio) : Math.log(variance) - 2 * q.logSd();
            scalePart = ratio - 1 - logRatio;
        }
        double z = meanOffset(a, b, q.mean()) / sd;
        return 0.5 * scalePart + 0.5 * z * z + normalNegentropy(a, b);
    }

    /**
     * \( v/\sigma^2 - 1 \) for \( v/\sigma^2 \in (\tfrac12, 2) \), with
     * \( v = \alpha\beta/(s^2(s+1)) \) and \( \sigma^2 \) carried as double-double numbers
     * (error-free sums and fused multiply-adds), so that \( v - \sigma^2 \) is accurate:
     * \( \mathrm{IS}(r) \approx (r-1)^2/2 \) would otherwise inherit a relative error of
     * \( 2\epsilon/|r - 1| \) from the rounding of r.
     * Arguments with \( \alpha, \beta \ge 10^{-100} \) and \( s \le 10^{100} \), so nothing over-
     * or underflows.
     */
    private static double varianceExcess(double a, double b, double sd) {
        double s = a + b;
        double sError = twoSumError(a, b, s);
        double product = a * b;
        double productError = Math.fma(a, b, -product);
        double square = s * s;
        double squareError = Math.fma(s, s, -square) + 2 * s * sError;
        double next = s + 1;
        double nextError = twoSumError(s, 1, next) + sError;
        double denominator = square * next;
        double denominatorError = Math.fma(square, next, -denominator)
                + (square * nextError + squareError * next);
        double variance = product / denominator;
        double varianceError = (Math.fma(-variance, denominator, product) + productError
                - variance * denominatorError) / denominator;
        double target = sd * sd;
        double targetError = Math.fma(sd, sd, -target);
        // variance - target is exact (Sterbenz): the two are within a factor 2.
        return ((variance - target) + (varianceError - targetError)) / target;
    }

    /** The rounding error of {@code sum = x + y} (Knuth's TwoSum). */
    private static double twoSumError(double x, double y, double sum) {
        double yVirtual = sum - x;
        return (x - (sum - yVirtual)) + (y - yVirtual);
    }

    /** \( \alpha/(\alpha+\beta) - \mu \), with the sum carried exactly (TwoSum). */
    private static double meanOffset(double a, double b, double mu) {
        double s = a + b;
        return (Math.fma(-mu, s, a) - mu * twoSumError(a, b, s)) / s;
    }

    /**
     * \( H(\mathrm{Beta}(\alpha,\beta), N(\mu,\sigma^2)) = \tfrac12\log(2\pi\sigma^2)
     *   + \frac{v + (m-\mu)^2}{2\sigma^2} \), from \( E_p[(X-\mu)^2] = v + (m-\mu)^2 \). Of this
     * and \( H(p) + \mathrm{KL}(p\,\|\,q) \), the one with the smaller sum of magnitudes of its
     * terms (the smaller rounding-error bound) is returned.
     */
    static double crossEntropy(Beta p, Normal q) {
        double sd = q.sd();
        double z = meanOffset(p.alpha(), p.beta(), q.mean()) / sd;
        double spread = 0.5 * (p.variance() / sd / sd + z * z);
        double entropy = p.entropy();
        double kl = kl(p, q);
        if (Math.abs(entropy) + kl <= HALF_LOG_TWO_PI + Math.abs(q.logSd()) + spread) {
            return entropy + kl;
        }
        return HALF_LOG_TWO_PI + q.logSd() + spread;
    }

    /**
     * The negentropy \( J(\alpha,\beta) = \tfrac12\log(2\pi e\,v) - H(\mathrm{Beta}(\alpha,\beta))
     * \ge 0 \), \( v \) the variance.
     *
     * <p>Inserting Stirling's series into the entropy formula of {@link Beta} gives, exactly for
     * all \( \alpha, \beta &gt; 0 \),
     * \[ J = \tfrac12\Bigl(\tfrac1\alpha + \tfrac1\beta - \tfrac2s\Bigr)
     *   - \tfrac12\log\bigl(1 + \tfrac1s\bigr) - T(\alpha, 1) - T(\beta, 1) + T(s, 2), \qquad
     *   T(x, c) = \delta(x) - (x - c)\,\delta'(x), \]
     * (the \( \log \) terms of size \( \log s \) cancel identically). The leading terms
     * \( \delta(x) \approx 1/(12x) \) cancel further; collecting the orders \( 1/x \) and
     * \( 1/x^2 \) analytically,
     * \[ J = \frac{(\alpha-\beta)^2}{3\alpha\beta s}
     *   + \frac1{12}\Bigl(\frac1{\alpha^2} + \frac1{\beta^2} + \frac1{s^2}\Bigr)
     *   - \tfrac12\ell_3(1/s) - \tilde T(\alpha,1) - \tilde T(\beta,1) + \tilde T(s,2), \]
     * with \( \ell_3(u) = \log(1+u) - u + u^2/2 \) and \( \tilde T(x,c) = T(x,c)
     * - (2/x - c/x^2)/12 = O(x^{-3}) \) (for \( x \ge 10 \) summed from the series itself). The
     * first two terms are positive and of the size of J (\( 3/(4s^2) \) for \( \alpha = \beta \),
     * matching the Edgeworth estimate \( \kappa_4^2/48 \)), the rest smaller by \( 1/x \). This
     * form is used when both parameters are at least 1; below, J is above 0.17 and the first
     * form loses no more than a few bits.
     */
    static double normalNegentropy(double a, double b) {
        double s = a + b;
        if (Math.min(a, b) < 1) {
            return 0.5 * (1 / a + 1 / b - 2 / s) - 0.5 * Math.log1p(1 / s)
                    - stirlingTangent(a, 1) - stirlingTangent(b, 1) + stirlingTangent(s, 2);
        }
        double d = a - b;
        double u = 1 / s;
        return (d / a) * (d / b) / (3 * s) + (1 / (a * a) + 1 / (b * b) + u * u) / 12
                - 0.5 * log1pCubicRemainder(u)
                - stirlingTangentTail(a, 1) - stirlingTangentTail(b, 1) + stirlingTangentTail(s, 2);
    }

    /** \( \ell_3(u) = \log(1+u) - u + u^2/2 \) for \( 0 &lt; u \le 1 \). */
    private static double log1pCubicRemainder(double u) {
        if (u > 0.1) {
            // Here ℓ₃(u) > u³/4 and log1pmx(u) is within a factor 15 of it.
            return LogSpace.log1pmx(u) + 0.5 * u * u;
        }
        double power = u * u * u;
        double sum = 0;
        for (int j = 3; j < 60; j++) {
            double term = power / j;
            sum += (j & 1) == 1 ? term : -term;
            if (term <= SERIES_EPSILON * sum) {
                break;
            }
            power *= u;
        }
        return sum;
    }

    /** \( T(x, c) = \delta(x) - (x - c)\,\delta'(x) \). */
    private static double stirlingTangent(double x, double c) {
        return LogBeta.logGammaCorrection(x) - (x - c) * stirlingSlope(x);
    }

    /**
     * \( \tilde T(x, c) = T(x, c) - (2/x - c/x^2)/12 \): from 10 on, the terms \( k \ge 2 \) of
     * the series, \( \sum_k c_k[2k\,x^{1-2k} - c(2k-1)\,x^{-2k}] \); below, the difference
     * (there J is at least \( 1/(12x^2) \) and T about \( 1/(6x) \), so the cancellation costs
     * at most a factor \( 2x \) relative to J).
     */
    private static double stirlingTangentTail(double x, double c) {
        if (x < LogGammaDifferences.STIRLING_MIN) {
            return stirlingTangent(x, c) - (2 - c / x) / (12 * x);
        }
        double r = 1 / (x * x);
        double value = 0;
        double slope = 0;
        for (int j = STIRLING.length - 1; j >= 1; j--) {
            value = value * r + (2 * j + 2) * STIRLING[j];
            slope = slope * r + (2 * j + 1) * STIRLING[j];
        }
        return r * (value / x - c * r * slope);
    }

    /**
     * \( \mathrm{KL}(\mathrm{Beta}(\alpha,\beta)\,\|\,\mathrm{Exp}(\lambda)) \), as
     * {@link #kl(Beta, Gamma)} with \( \mathrm{Exp}(\lambda) = \Gamma(1, \lambda) \).
     * Beta(1, β) tends to Exp(β) as β grows, and this form keeps its relative accuracy there.
     */
    static double kl(Beta p, Exponential q) {
        return klToGamma(p, Gamma.of(1, q.rate()));
    }

    /**
     * \( H(\mathrm{Beta}(\alpha,\beta), \mathrm{Exp}(\lambda)) = \lambda m - \log\lambda \), from
     * \( E[X] = m = \alpha/s \); or \( H(p) + \mathrm{KL} \), whichever has the smaller rounding
     * bound.
     */
    static double crossEntropy(Beta p, Exponential q) {
        double meanTerm = q.rate() * p.mean();
        double logRate = Math.log(q.rate());
        double entropy = p.entropy();
        double kl = kl(p, q);
        if (Math.abs(entropy) + kl <= meanTerm + Math.abs(logRate)) {
            return entropy + kl;
        }
        return meanTerm - logRate;
    }

    /**
     * \( \mathrm{KL}(\mathrm{Beta}(\alpha,\beta)\,\|\,\Gamma(k,\lambda)) \) (shape k, rate λ)
     * \( = -E_p[\log q] - H(p) \), with \( -E_p[\log q] \) as in
     * {@link #crossEntropy(Beta, Gamma)}.
     *
     * <p>Beta(α, β) tends to Γ(α, β) as β grows (\( \beta X \to \Gamma(\alpha, 1) \)), and then
     * the cross-entropy and the entropy nearly cancel. So the divergence is split at the gamma
     * distribution \( g = \Gamma(\alpha, s) \), \( s = \alpha + \beta \), which has p's mean. As
     * for any exponential family (here with statistics \( (\log x, x) \) and natural parameters
     * \( (k - 1, -\lambda) \)),
     * \( \mathrm{KL}(p\,\|\,q) = \mathrm{KL}(p\,\|\,g) + \mathrm{KL}(g\,\|\,q)
     *   + (\theta_g - \theta_q)\cdot(E_p[T] - E_g[T]) \), and the moments differ only in
     * \( E[\log X] \): \( \psi(\alpha) - \psi(s) \) against \( \psi(\alpha) - \log s \). Hence
     * \[ \mathrm{KL}(p\,\|\,q) = K_0(\alpha,\beta) + \mathrm{KL}(\Gamma(\alpha,s)\,\|\,q)
     *   + (\alpha - k)\,\varphi(s), \qquad \varphi(s) = \log s - \psi(s) &gt; 0, \]
     * with the middle term from {@link GammaDivergences#kl(Gamma, Gamma)} and
     * \( K_0 = \mathrm{KL}(p\,\|\,g) \) from {@link #gammaGap}. The first two terms are
     * non-negative; the third is of order \( (\alpha - k)/(2s) \).
     */
    static double kl(Beta p, Gamma q) {
        return klToGamma(p, q);
    }

    private static double klToGamma(Beta p, Gamma q) {
        double a = p.alpha();
        double b = p.beta();
        double s = a + b;
        double sError = twoSumError(a, b, s);
        // g is Γ(α, s) with s rounded; the exact sum is S = s + sError. Then KL(p‖g) = K₀ +
        // α·IS(s/S), with IS(1 + x) ≈ x²/2 (of size 1e-32 α, which matters only when K₀ ≈
        // α/(4β²) is that small); the moments differ also in E[X], by α(1/S - 1/s), which
        // matters when q's rate is within about 1e-8 of s; and log s - ψ(S) = φ(s) - sError·ψ'(s)
        // to first order, with ψ'(s) ≈ 1/s up to a relative 1/(2s) of a correction of 1e-16.
        double relativeError = sError / s;
        return gammaGap(a, b) + 0.5 * a * relativeError * relativeError
                + GammaDivergences.kl(Gamma.of(a, s), q)
                + (a - q.shape()) * (Gamma.logMinusDigamma(s) - relativeError)
                - a * relativeError * ((q.rate() - s) / s);
    }

    /**
     * \( H(\mathrm{Beta}(\alpha,\beta), \Gamma(k,\lambda)) = -k\log\lambda + \log\Gamma(k)
     *   - (k-1)E[\log X] + \lambda m \), from \( E[X] = m = \alpha/s \) and
     * \( E[\log X] = \psi(\alpha) - \psi(s) \) (the digamma difference from
     * {@link LogGammaDifferences#digammaDifference}).
     *
     * <p>Its terms grow like \( k\log k \) and cancel; with Stirling's formula for
     * \( \log\Gamma(k) \) and \( \varphi(x) = \log x - \psi(x) \) they combine exactly into
     * \[ H = k\,\mathrm{IS}(\lambda m/k) + k\bigl(\varphi(\alpha) - \varphi(s)\bigr) + E[\log X]
     *   - \tfrac12\log k + \tfrac12\log 2\pi + \delta(k), \]
     * using \( \log m - E[\log X] = \varphi(\alpha) - \varphi(s) \ge 0 \). Of this and
     * \( H(p) + \mathrm{KL} \), the one with the smaller sum of magnitudes of its terms is
     * returned.
     */
    static double crossEntropy(Beta p, Gamma q) {
        double a = p.alpha();
        double b = p.beta();
        double s = a + b;
        double k = q.shape();
        double meanPart = k * meanItakuraSaito(q.rate(), a, b, k);
        double jensenPart = k * (Gamma.logMinusDigamma(a) - Gamma.logMinusDigamma(s));
        double logMean = -LogGammaDifferences.digammaDifference(a, s, b);
        double halfLogShape = 0.5 * Math.log(k);
        double remainder = LogBeta.logGammaCorrection(k);
        double entropy = p.entropy();
        double kl = kl(p, q);
        if (Math.abs(entropy) + kl <= meanPart + jensenPart + Math.abs(logMean)
                + Math.abs(halfLogShape) + HALF_LOG_TWO_PI + remainder) {
            return entropy + kl;
        }
        return meanPart + jensenPart + logMean - halfLogShape + HALF_LOG_TWO_PI + remainder;
    }

    /**
     * \( \mathrm{IS}(\lambda m/k) \), \( m = \alpha/s \): near 1 from
     * \( \lambda m/k - 1 = (\lambda\alpha - ks)/(ks) \) with both products and the sum s carried
     * exactly (fused multiply-adds, TwoSum), since k times the IS divergence would otherwise
     * inherit an error of \( k\,|\lambda m/k - 1| \) ulps from the rounding of m.
     */
    private static double meanItakuraSaito(double rate, double a, double b, double k) {
        double s = a + b;
        double product = rate * a;
        double scaled = k * s;
        if (!(Double.isFinite(product) && Double.isFinite(scaled) && product >= Double.MIN_NORMAL
                && product <= 2 * scaled && scaled <= 2 * product)) {
            return LogRatio.itakuraSaito(rate * (a / s), k);
        }
        double productError = Math.fma(rate, a, -product);
        double scaledError = Math.fma(k, s, -scaled) + k * twoSumError(a, b, s);
        return -LogSpace.log1pmx(((product - scaled) + (productError - scaledError)) / scaled);
    }

    /**
     * \( K_0(\alpha,\beta) = \mathrm{KL}(\mathrm{Beta}(\alpha,\beta)\,\|\,\Gamma(\alpha,s)) \),
     * \( s = \alpha + \beta \). The log density ratio is
     * \( (\beta-1)\log(1-x) + sx + \log\Gamma(s) - \log\Gamma(\beta) - \alpha\log s \); with
     * \( E[\log(1-X)] = \psi(\beta) - \psi(s) \), \( E[X] = \alpha/s \) and Stirling's series the
     * terms of size \( s\log s \) and \( \alpha \) cancel identically, leaving, for all
     * \( \alpha, \beta &gt; 0 \),
     * \[ K_0 = \tfrac12\bigl[\log(1 + \rho) - \rho\bigr] + \frac{\alpha(\alpha+1)}{2\beta s}
     *   + \delta(s) - \delta(\beta) - (\beta - 1)\bigl(\delta'(s) - \delta'(\beta)\bigr),
     *   \qquad \rho = \alpha/\beta. \]
     * For \( \alpha \le \beta \) and large β the terms are, to leading order,
     * \( -\rho^2/4 \), \( (\alpha^2 + \alpha)/(2\beta^2) \), \( -\alpha/(12\beta^2) \) and
     * \( -\alpha/(6\beta^2) \), so \( K_0 \approx \alpha(\alpha+1)/(4\beta^2) \) loses at most a
     * factor 3 to cancellation, provided the two remainder differences are formed directly:
     * \( \delta(s) - \delta(\beta) = B_\delta(\beta \to s) + \alpha\delta'(\beta) \)
     * ({@link LogGammaDifferences#remainderBregman}) and the slope difference by
     * {@link #stirlingSlopeDifference}. For \( \alpha &gt; \beta \) the first two terms are
     * combined into \( \tfrac12[\log(1+\rho) - \rho(\beta-1)/s] \), which avoids subtracting
     * \( \rho/2 \) from \( \rho/2 \); the remainders are then differences of values a factor
     * of 2 or more apart.
     */
    static double gammaGap(double a, double b) {
        double s = a + b;
        double ratio = a / b;
        if (a <= b) {
            double remainderDifference = LogGammaDifferences.remainderBregman(b, s, a)
                    + a * stirlingSlope(b);
            return 0.5 * LogSpace.log1pmx(ratio) + 0.5 * ratio * ((a + 1) / s)
                    + (remainderDifference - (b - 1) * stirlingSlopeDifference(b, a));
        }
        return 0.5 * (Math.log1p(ratio) - ratio * ((b - 1) / s))
                + (LogBeta.logGammaCorrection(s) - LogBeta.logGammaCorrection(b)
                        - (b - 1) * (stirlingSlope(s) - stirlingSlope(b)));
    }

    /**
     * \( \delta'(x) = \psi(x) - \log x + 1/(2x) &lt; 0 \) for \( x &gt; 0 \), to a few ulps: from
     * 10 on by the derivative of Stirling's series, below by
     * \( \delta'(x) = \delta'(x+1) + \beta'(x) \) with the Gudermann term
     * \( \beta(u) = \delta(u) - \delta(u+1) = (u+\tfrac12)\log(1+1/u) - 1 \) (Whittaker &amp;
     * Watson §12.31), every term negative.
     */
    static double stirlingSlope(double x) {
        double sum = 0;
        while (x < LogGammaDifferences.STIRLING_MIN) {
            sum += gudermannSlope(x);
            x += 1;
        }
        double r = 1 / (x * x);
        double series = 0;
        for (int j = STIRLING.length - 1; j >= 0; j--) {
            series = series * r - (2 * j + 1) * STIRLING[j];
        }
        return sum + series * r;
    }

    /**
     * \( \beta'(u) = \log(1 + 1/u) - (u+\tfrac12)/(u(u+1)) \). From \( u = \tfrac12 \) on, with
     * \( z = 1/(2u+1) \le \tfrac12 \), \( \beta(u) = \sum_{i\ge1} z^{2i}/(2i+1) \) (from
     * \( \log(1+1/u) = 2\,\mathrm{artanh}\,z \)) and \( dz/du = -2z^2 \) give the series
     * \( \beta'(u) = -\sum_{i\ge1} \frac{4i}{2i+1} z^{2i+1} \) of negative terms; below, the
     * closed form cancels by at most a factor 5.
     */
    private static double gudermannSlope(double u) {
        if (u < 0.5) {
            return Math.log1p(1 / u) - (u + 0.5) / (u * (u + 1));
        }
        double z = 1 / (2 * u + 1);
        double z2 = z * z;
        double power = z * z2;
        double sum = 0;
        for (int i = 1; i < 100; i++) {
            double term = 4.0 * i / (2 * i + 1) * power;
            sum += term;
            if (term <= SERIES_EPSILON * sum) {
                break;
            }
            power *= z2;
        }
        return -sum;
    }

    /**
     * \( \delta'(x + h) - \delta'(x) \ge 0 \) for \( x &gt; 0 \), \( h &gt; 0 \), accurate also for
     * \( h \ll x \). For \( h &gt; x \) the two values are subtracted (the second is at least 4
     * times the first in size); otherwise shifted as in {@link #stirlingSlope} to
     * \( \sum_{j} [\beta'(x+j+h) - \beta'(x+j)] \) plus the series difference from 10 on,
     * \( -\sum_k (2k-1)c_k\,x^{-2k}\operatorname{expm1}(-2k\operatorname{log1p}(h/x)) \): all terms
     * positive.
     */
    static double stirlingSlopeDifference(double x, double h) {
        if (h > x) {
            return stirlingSlope(x + h) - stirlingSlope(x);
        }
        double sum = 0;
        while (x < LogGammaDifferences.STIRLING_MIN) {
            sum += gudermannSlopeDifference(x, h);
            x += 1;
        }
        double logRatio = Math.log1p(h / x);
        double r = 1 / (x * x);
        double power = r;
        double series = 0;
        for (int j = 0; j < STIRLING.length; j++) {
            int m = 2 * j + 1;
            series -= m * STIRLING[j] * power * Math.expm1(-(m + 1) * logRatio);
            power *= r;
        }
        return sum + series;
    }

    /**
     * \( \beta'(u + h) - \beta'(u) \) for \( h &gt; 0 \). From \( u = \tfrac12 \) on, term by
     * term of the series of {@link #gudermannSlope}: with \( v = u + h \),
     * \( z_v = z_u/(1 + 2hz_u) \), so \( z_v^n - z_u^n = z_u^n\operatorname{expm1}(-nL) \),
     * \( L = \operatorname{log1p}(2hz_u) \). Below, the closed form
     * \( \operatorname{log1p}\bigl(-\tfrac{h}{v(u+1)}\bigr)
     *   + \tfrac h2\bigl(\tfrac1{uv} + \tfrac1{(u+1)(v+1)}\bigr) \), whose two terms differ in
     * size by at least a factor \( (u+1)/(2u) &gt; 3/2 \).
     */
    private static double gudermannSlopeDifference(double u, double h) {
        double v = u + h;
        if (u < 0.5) {
            return Math.log1p(-h / (v * (u + 1)))
                    + 0.5 * h * (1 / (u * v) + 1 / ((u + 1) * (v + 1)));
        }
        double z = 1 / (2 * u + 1);
        double z2 = z * z;
        double logRatio = Math.log1p(2 * h * z);
        double power = z * z2;
        double sum = 0;
        for (int i = 1; i < 100; i++) {
            int n = 2 * i + 1;
            double term = 4.0 * i / n * power * Math.expm1(-n * logRatio);
            sum += term;
            if (Math.abs(term) <= SERIES_EPSILON * Math.abs(sum)) {
                break;
            }
            power *= z2;
        }
        return -sum;
    }
}
