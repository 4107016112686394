package org.kullback.distributions;

import org.kullback.special.LogBeta;
import org.kullback.special.LogSpace;
import org.kullback.special.Polygamma;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Gamma} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class GammaDivergences {

    private static final double HALF_LOG_TWO_PI = 0.9189385332046728;
    /** \( \tfrac12\log 2\pi \) as an unevaluated sum of two doubles (mpmath, 60 digits). */
    private static final double HALF_LOG_TWO_PI_LO = -3.8782941580672414e-17;
    /** \( 1 - \tfrac12\log 2\pi \) (mpmath, rounded to double). */
    private static final double ONE_MINUS_HALF_LOG_TWO_PI = 0.08106146679532726;
    /**
     * The Bernoulli numbers \( B_2, B_4, \ldots, B_{20} \), for the asymptotic series of the
     * trigamma function (DLMF 5.15.8); from \( x = 10 \) on, the first omitted term is below
     * \( 10^{-18} \) of the sum.
     */
    private static final double[] BERNOULLI = {1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66,
        -691.0 / 2730, 7.0 / 6, -3617.0 / 510, 43867.0 / 798, -174611.0 / 330};

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

    /**
     * \( \mathrm{KL}(\Gamma(k,\beta)\,\|\,\mathrm{Exp}(\lambda)) \): the exponential distribution
     * with rate \( \lambda \) is \( \Gamma(1, \lambda) \), so this is
     * {@link #kl(Gamma, Gamma)}, with its accuracy for nearly equal parameters (for example
     * \( \Gamma(1+10^{-9}, 2) \) against \( \mathrm{Exp}(2) \)) and for large shapes.
     */
    static double kl(Gamma p, Exponential q) {
        return kl(p, Gamma.of(1, q.rate()));
    }

    /**
     * \( H(\Gamma(k,\beta), \mathrm{Exp}(\lambda)) = -\log\lambda + \lambda k/\beta \), which is
     * \( -E_p[\log q] \) with \( E_p[X] = k/\beta \). Whichever of this and
     * \( H(p) + \mathrm{KL} \) has the smaller rounding-error bound is returned (the sum cancels
     * when a small shape makes \( H(p) \) large and negative).
     */
    static double crossEntropy(Gamma p, Exponential q) {
        double logRate = Math.log(q.rate());
        double meanTerm = q.rate() * (p.shape() / p.rate());
        return CrossFamilyTerms.crossEntropy(p.entropy(), kl(p, q), meanTerm - logRate,
                meanTerm + Math.abs(logRate));
    }

    /**
     * \( \mathrm{KL}(\Gamma(k,\beta)\,\|\,N(\mu,\sigma^2)) = J(k) + \tfrac12\mathrm{IS}(r^2)
     *   + \tfrac12 z^2 \), with \( r = \sqrt{k}/(\beta\sigma) \),
     * \( z = (k/\beta - \mu)/\sigma \) and the negentropy of the gamma distribution
     * \[ J(k) = \tfrac12 - \delta(k) - (k-1)\varphi(k)
     *   = \frac{1}{2k} - \delta(k) - (k-1)\varepsilon(k), \]
     * \( \delta \) the Stirling remainder, \( \varphi(k) = \log k - \psi(k) \) and
     * \( \varepsilon(k) = \varphi(k) - 1/(2k) \) ({@link #stirlingSlope}).
     *
     * <p>From \( E_p[X] = k/\beta \), \( \mathrm{Var}_p X = k/\beta^2 \) and the entropy of
     * {@link Gamma#entropy()}; see {@link CrossFamilyTerms#klToNormal}, whose three terms are
     * non-negative. \( J(k) \approx 1/(3k) \) for large k, the squared skewness over 12; its second
     * form loses at most a factor 1.5 to cancellation there, where the first would lose
     * everything. \( k - \mu\beta \) is formed with one rounding, by {@link Math#fma}, and
     * \( r^2 - 1 = -y/(1+y) \) from \( y = (\beta\sigma)^2/k - 1 \) of
     * {@link CrossFamilyTerms#productSquareRatioMinusOne}, so that a variance close to
     * \( \sigma^2 \) keeps the relative accuracy of \( \tfrac12\mathrm{IS}(r^2) \).
     */
    static double kl(Gamma p, Normal q) {
        double k = p.shape();
        double z = Math.fma(-q.mean(), p.rate(), k) / p.rate() / q.sd();
        double y = CrossFamilyTerms.productSquareRatioMinusOne(p.rate(), q.sd(), k);
        double sdRatio = Math.sqrt(k) / p.rate() / q.sd();
        // Far from 1 + y = 0, −y/(1 + y) keeps the accuracy of y; elsewhere r² − 1 is not small.
        double varianceExcess = Math.abs(y) <= 0.5 ? -y / (1 + y) : sdRatio * sdRatio - 1;
        double logSdRatio = 0.5 * Math.log(k) - Math.log(p.rate()) - Math.log(q.sd());
        return CrossFamilyTerms.klToNormal(z, varianceExcess, logSdRatio, normalNegentropy(k));
    }

    /**
     * \( H(\Gamma(k,\beta), N(\mu,\sigma^2)) = \log\sigma + \tfrac12\log 2\pi
     *   + \tfrac12(r^2 + z^2) \) with r and z of {@link #kl(Gamma, Normal)}: \( -E_p[\log q] \).
     * The logarithm and the constant are summed in double-double arithmetic
     * ({@link DoubleDoubleLog}); whichever of this and \( H(p) + \mathrm{KL} \) has the smaller
     * rounding-error bound is returned.
     */
    static double crossEntropy(Gamma p, Normal q) {
        double r = Math.sqrt(p.shape()) / p.rate() / q.sd();
        double z = Math.fma(-q.mean(), p.rate(), p.shape()) / p.rate() / q.sd();
        double quadratic = 0.5 * (r * r + z * z);
        double direct = quadratic == Double.POSITIVE_INFINITY ? quadratic
                : DoubleDoubleLog.plus(q.sd(), HALF_LOG_TWO_PI, HALF_LOG_TWO_PI_LO, quadratic);
        return CrossFamilyTerms.crossEntropy(p.entropy(), kl(p, q), direct, quadratic);
    }

    /**
     * \( \mathrm{KL}(\Gamma(k,\beta)\,\|\,\mathrm{LN}(\mu,\sigma^2)) = J_Y(k)
     *   + \tfrac12\mathrm{IS}(r^2) + \tfrac12 z^2 \), with \( r = \sqrt{\psi'(k)}/\sigma \),
     * \( z = (\psi(k) - \log\beta - \mu)/\sigma \) and
     * \[ J_Y(k) = \tfrac12\log(k\psi'(k)) - \delta(k) - k\,\varepsilon(k) \]
     * (\( \varepsilon \) as in {@link #kl(Gamma, Normal)}).
     *
     * <p>KL is invariant under \( x \mapsto \log x \), so this is the KL divergence from the law of
     * \( Y = \log X \) (the log-gamma distribution) to \( N(\mu, \sigma^2) \), and
     * {@link CrossFamilyTerms#klToNormal} applies with \( E[Y] = \psi(k) - \log\beta \),
     * \( \mathrm{Var}\,Y = \psi'(k) \) and \( H(Y) = H(X) - E[Y] \) (the Jacobian of the map).
     * \( J_Y = \tfrac12\log(2\pi e\,\psi'(k)) - H(Y) \) simplifies to the form above with the
     * entropy of {@link Gamma#entropy()}; it is about \( 1/(12k) \) for large k, where the
     * terms \( 1/(4k) \), \( 1/(12k) \), \( 1/(12k) \) cancel by a factor 5, and
     * \( T = k\psi'(k) - 1 \) comes from {@link #trigammaExcess} so that its logarithm keeps its
     * relative accuracy. The same T gives \( r^2 - 1 = (T - w)/(1 + w) \) with
     * \( w = k\sigma^2 - 1 \) ({@link CrossFamilyTerms#scaledSquareMinusOne}), and
     * \( \psi(k) - \log\beta - \mu \) is summed in double-double arithmetic
     * ({@link #meanLogMinus}), so that a log-normal fitted to the gamma keeps the relative
     * accuracy of the two small terms.
     */
    static double kl(Gamma p, LogNormal q) {
        double k = p.shape();
        double z = meanLogMinus(p, q.mu()) / q.sigma();
        double excess = trigammaExcess(k);
        double w = CrossFamilyTerms.scaledSquareMinusOne(k, q.sigma());
        double trigamma = Polygamma.trigamma(k);
        double sdRatio = Math.sqrt(trigamma) / q.sigma();
        double varianceExcess = Math.abs(w) <= 0.5 ? (excess - w) / (1 + w)
                : sdRatio * sdRatio - 1;
        double logSdRatio = 0.5 * Math.log(trigamma) - Math.log(q.sigma());
        return CrossFamilyTerms.klToNormal(z, varianceExcess, logSdRatio,
                0.5 * Math.log1p(excess) - LogBeta.logGammaCorrection(k) - k * stirlingSlope(k));
    }

    /**
     * \( H(\Gamma(k,\beta), \mathrm{LN}(\mu,\sigma^2)) = \log\sigma + \tfrac12\log 2\pi
     *   + E[Y] + \tfrac12(r^2 + z^2) \) with \( E[Y] = \psi(k) - \log\beta \) and r, z of
     * {@link #kl(Gamma, LogNormal)}: \( -E_p[\log q] \) with
     * \( \log q(x) = \log q_N(\log x) - \log x \). Summed as in
     * {@link #crossEntropy(Gamma, Normal)}.
     */
    static double crossEntropy(Gamma p, LogNormal q) {
        double meanLog = meanLogMinus(p, 0);
        double r = Math.sqrt(Polygamma.trigamma(p.shape())) / q.sigma();
        double z = meanLogMinus(p, q.mu()) / q.sigma();
        double quadratic = 0.5 * (r * r + z * z);
        double direct = quadratic == Double.POSITIVE_INFINITY ? quadratic
                : DoubleDoubleLog.plus(q.sigma(), HALF_LOG_TWO_PI, HALF_LOG_TWO_PI_LO, meanLog,
                        quadratic);
        return CrossFamilyTerms.crossEntropy(p.entropy(), kl(p, q), direct,
                Math.abs(meanLog) + quadratic);
    }

    /**
     * \( E_p[\log X] - \mu = \psi(k) - \log\beta - \mu \), for \( k \ge 10 \) as
     * \( \log(k/\beta) - \varphi(k) - \mu \), with the logarithm of the ratio (an unevaluated
     * sum of two doubles) and the other terms added in double-double arithmetic by
     * {@link DoubleDoubleLog#plus}, so the result is accurate also where the terms nearly cancel;
     * for \( k &lt; 10 \) likewise as \( \log(1/\beta) + \psi(k) - \mu \).
     */
    private static double meanLogMinus(Gamma p, double mu) {
        double k = p.shape();
        double rate = p.rate();
        boolean large = k >= Gamma.ASYMPTOTIC_SHAPE;
        double numerator = large ? k : 1;
        double shift = large ? -Gamma.logMinusDigamma(k) : Polygamma.digamma(k);
        double ratio = numerator / rate;
        if (!(ratio >= Double.MIN_NORMAL && ratio < Double.POSITIVE_INFINITY)) {
            return Math.log(numerator) - Math.log(rate) + shift - mu;
        }
        double ratioError = Math.fma(-ratio, rate, numerator) / rate;
        return DoubleDoubleLog.plus(ratio, shift, -mu, ratioError / ratio);
    }

    /**
     * \( \mathrm{KL}(\Gamma(k,\beta)\,\|\,\mathrm{Gumbel}(\mu, b)) = 1 - \tfrac12\log 2\pi
     *   + \log(t/\sqrt k) - \delta(k) - (k-1)\varphi(k) - k\operatorname{log1pmx}(1/t)
     *   + \operatorname{expm1mx}(w) \), with \( t = \beta b \) and
     * \( w = \mu/b - k\operatorname{log1p}(1/t) \).
     *
     * <p>With \( z = (x-\mu)/b \), \( -\log q(x) = \log b + z + e^{-z} \), and
     * \( E_p[e^{-z}] = e^{\mu/b}E_p[e^{-X/b}] = e^{\mu/b}(1 + 1/(\beta b))^{-k} = e^w \) by the
     * Laplace transform of the gamma distribution, so
     * \( H(p, q) = \log b + (k/\beta - \mu)/b + e^w \). Subtracting the entropy
     * \( \tfrac12\log(2\pi k) - \log\beta + \delta(k) + (k-1)\varphi(k) \) and writing
     * \( k/t - \mu/b = -k\operatorname{log1pmx}(1/t) - w \) gives the form above: it depends on
     * the scales only through \( t \), and the two terms that grow with the parameters,
     * \( -k\operatorname{log1pmx}(1/t) \) and \( \operatorname{expm1mx}(w) \), are
     * non-negative. No member of one family is close to the other, so the remaining terms cancel
     * only mildly.
     */
    static double kl(Gamma p, Gumbel q) {
        double k = p.shape();
        double t = p.rate() * q.scale();
        double logT = t >= Double.MIN_NORMAL && t < Double.POSITIVE_INFINITY ? Math.log(t)
                : Math.log(p.rate()) + Math.log(q.scale());
        double w = q.location() / q.scale() - k * Math.log1p(1 / t);
        return ONE_MINUS_HALF_LOG_TWO_PI + (logT - 0.5 * Math.log(k))
                - LogBeta.logGammaCorrection(k) - (k - 1) * Gamma.logMinusDigamma(k)
                - k * LogSpace.log1pmx(1 / t) + LogSpace.expm1mx(w);
    }

    /**
     * \( H(\Gamma(k,\beta), \mathrm{Gumbel}(\mu, b)) = \log b + (k - \beta\mu)/(\beta b) + e^w \)
     * with w of {@link #kl(Gamma, Gumbel)}: \( -E_p[\log q] \). Whichever of this and
     * \( H(p) + \mathrm{KL} \) has the smaller rounding-error bound is returned.
     */
    static double crossEntropy(Gamma p, Gumbel q) {
        double t = p.rate() * q.scale();
        double w = q.location() / q.scale() - p.shape() * Math.log1p(1 / t);
        double logScale = Math.log(q.scale());
        double meanZ = Math.fma(-q.location(), p.rate(), p.shape()) / t;
        double power = Math.exp(w);
        return CrossFamilyTerms.crossEntropy(p.entropy(), kl(p, q), logScale + meanZ + power,
                Math.abs(logScale) + Math.abs(meanZ) + power);
    }

    /**
     * The negentropy of \( \Gamma(k, \cdot) \),
     * \( J(k) = \tfrac12\log(2\pi e\,\mathrm{Var}) - H
     * = 1/(2k) - \delta(k) - (k-1)\varepsilon(k) \); see {@link #kl(Gamma, Normal)}.
     */
    static double normalNegentropy(double k) {
        return 0.5 / k - LogBeta.logGammaCorrection(k) - (k - 1) * stirlingSlope(k);
    }

    /**
     * \( \varepsilon(k) = \log k - \tfrac1{2k} - \psi(k) = -\delta'(k) &gt; 0 \), with full
     * relative accuracy. For \( k \ge 10 \) and \( k &lt; 1/2 \) (where it is about
     * \( 1/(2k) \), so \( \varphi(k) - 1/(2k) \) cancels at most by a factor 2) it is
     * {@link Gamma#stirlingRemainderSlope}. In between, differentiating
     * \( \delta(x) = \delta(x+1) + (x+\tfrac12)\log(1+1/x) - 1 \) and writing
     * \( u = 1/(2x+1) \) gives \( \varepsilon(x) = \varepsilon(x+1)
     *   + 2[u/(1-u^2) - \operatorname{artanh} u] = \varepsilon(x+1)
     *   + 2\sum_{j\ge1}\tfrac{2j}{2j+1}u^{2j+1} \), positive terms shrinking at least by 4 each;
     * the recurrence is applied up to the asymptotic range.
     */
    static double stirlingSlope(double k) {
        if (k >= Gamma.ASYMPTOTIC_SHAPE || k < 0.5) {
            return Gamma.stirlingRemainderSlope(k);
        }
        int shift = (int) Math.ceil(Gamma.ASYMPTOTIC_SHAPE - k);
        double sum = Gamma.stirlingRemainderSlope(k + shift);
        for (int i = shift - 1; i >= 0; i--) {
            double u = 1 / (2 * (k + i) + 1);
            double u2 = u * u;
            double power = u * u2;
            double series = 0;
            for (int j = 1; power > 0x1p-60 * series; j++) {
                series += power * (2.0 * j / (2 * j + 1));
                power *= u2;
            }
            sum += 2 * series;
        }
        return sum;
    }

    /**
     * \( k\psi'(k) - 1 &gt; 0 \), with full relative accuracy (it is about \( 1/(2k) \) for large
     * k, where forming \( k\psi'(k) \) first would leave only the rounding of 1). With the
     * asymptotic series \( \psi'(x) = 1/x + 1/(2x^2) + \tau(x) \),
     * \( \tau(x) = \sum_{j\ge1} B_{2j}x^{-2j-1} \) (DLMF 5.15.8), for \( K = k + N \ge 10 \) and
     * the recurrence \( \psi'(x) = \psi'(x+1) + 1/x^2 \) (DLMF 5.15.5), the telescoping sum
     * \( 1/k - 1/K = \sum_{i&lt;N} 1/((k+i)(k+i+1)) \) gives
     * \[ k\psi'(k) - 1 = k\Big[\sum_{i&lt;N}\frac{1}{(k+i)^2(k+i+1)} + \frac{1}{2K^2}
     *   + \tau(K)\Big], \]
     * a sum of positive terms.
     */
    static double trigammaExcess(double k) {
        int shift = k < Gamma.ASYMPTOTIC_SHAPE ? (int) Math.ceil(Gamma.ASYMPTOTIC_SHAPE - k) : 0;
        double big = k + shift;
        double inverseSquare = 1 / (big * big);
        double tail = 0;
        for (int j = BERNOULLI.length - 1; j >= 0; j--) {
            tail = tail * inverseSquare + BERNOULLI[j];
        }
        double sum = k * inverseSquare * (0.5 + tail / big);
        for (int i = shift - 1; i >= 0; i--) {
            double x = k + i;
            sum += (k / x) / (x * (x + 1));
        }
        return sum;
    }
}
