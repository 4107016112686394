package org.kullback.distributions;

import org.kullback.special.LogBeta;
import org.kullback.special.LogSpace;
import org.kullback.special.Polygamma;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Weibull} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class WeibullDivergences {

    /** \( a = (\zeta(2) - 1)/2 \), the coefficient of \( c^2 \) in {@link #nearShapePart}. */
    private static final double A = 0.3224670334241132;
    /** \( 1/(2a) \). */
    private static final double INVERSE_TWO_A = 1.5505460967304305;
    /** \( b = \pi^2/12 = \zeta(2)/2 \). */
    private static final double B = 0.8224670334241132;
    /** \( b - 1/(4a) \) (mpmath, rounded to double). */
    private static final double B_MINUS_QUARTER_OVER_A = 0.047193985058898;
    /** \( R(0) = \tfrac12\log(\pi^3/3) - \tfrac12 - \gamma \) (mpmath, rounded to double). */
    private static final double R_AT_ZERO = 0.09057301953851256;
    /**
     * \( (-1)^n(\zeta(n)-1)/n \) for \( n = 3, \ldots, 100 \) (mpmath, rounded to double): the
     * series \( S(x) = \sum_{n\ge2}(-1)^n(\zeta(n)-1)x^n/n
     * = \log\Gamma(1+x) + \gamma x + \operatorname{log1pmx}(x) \) (Abramowitz &amp; Stegun 6.1.33)
     * without its first term; the terms shrink like \( (x/2)^n/n \), so these reach
     * \( 10^{-20} \) relative accuracy for \( |x| \le 1.3 \).
     */
    private static final double[] ZETA_SERIES = {-0.0673523010531981, 0.020580808427784546,
        -0.007385551028673986, 0.0028905103307415234, -0.001192753911703261,
        0.0005096695247430425, -0.00022315475845357939, 9.945751278180853e-05,
        -4.492623673813314e-05, 2.050721277567069e-05, -9.439488275268397e-06,
        4.374866789907488e-06, -2.039215753801366e-06, 9.55141213040742e-07,
        -4.492469198764566e-07, 2.1207184805554665e-07, -1.0043224823968099e-07,
        4.7698101693639804e-08, -2.2711094608943164e-08, 1.0838659214896955e-08,
        -5.183475041970047e-09, 2.4836745438024785e-09, -1.1921401405860912e-09,
        5.731367241678862e-10, -2.7595228851242334e-10, 1.330476437424449e-10,
        -6.4229645638381e-11, 3.1044247747322276e-11, -1.5021384080754142e-11,
        7.275974480239079e-12, -3.527742476575915e-12, 1.711991790559618e-12,
        -8.315385841420285e-13, 4.04220052528944e-13, -1.9664756310966165e-13,
        9.573630387838556e-14, -4.6640760264283744e-14, 2.2737369600659724e-14,
        -1.1091399470834522e-14, 5.413659156725363e-15, -2.643880017860995e-15,
        1.2918959062789966e-15, -6.315935504198448e-16, 3.089316266963393e-16,
        -1.5117930628108198e-16, 7.40148685695232e-17, -3.625218048120654e-17,
        1.7763568421861633e-17, -8.70763157479179e-18, 4.270088559227004e-18,
        -2.0947604247944643e-18, 1.0279842823787928e-18, -5.046468294792953e-19,
        2.4781763945937917e-19, -1.2173498078147637e-19, 5.981805089941246e-20,
        -2.9402092814365703e-20, 1.4456028966866556e-20,
        -7.109522442656805e-21, 3.4974263628987415e-21, -1.7209558293559386e-21,
        8.47032947258851e-22, -4.1700083557284137e-22, 2.0534132054698733e-22,
        -1.0113826235888342e-22, 4.982546748559995e-23, -2.4551679630576798e-23,
        1.210047067506714e-23, -5.96502075531385e-24, 2.9410866224113817e-24,
        -1.4503988822849635e-24, 7.15399448694577e-25, -3.5293039468931373e-25,
        1.7414328685327618e-25, -8.59408428626546e-26, 4.2419518592463737e-26,
        -2.0941281330456655e-26, 1.0339757656912931e-26, -5.106053163907606e-27,
        2.521892111442167e-27, -1.2457539345678159e-27, 6.154617652924324e-28,
        -3.041105193209663e-28, 1.5028717524582625e-28, -7.42798682249486e-29,
        3.671788940665073e-29, -1.8152664425759912e-29, 8.97548407718129e-30,
        -4.438426192012726e-30, 2.1950912145280328e-30, -1.085744041594511e-30,
        5.370967865334548e-31, -2.6572156807444608e-31, 1.314768175368353e-31,
        -6.506069321410407e-32, 3.2198404294735173e-32, -1.5936583943858826e-32,
        7.888609052210118e-33};

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

    /**
     * \( \mathrm{KL}(W(k, s)\,\|\,\mathrm{Exp}(\lambda)) \): the exponential distribution is
     * \( \Gamma(1, \lambda) \), so this is {@link #kl(Weibull, Gamma)}, where the shape part
     * reduces to \( B(1/k - 1) \): \( \mathrm{KL} = \operatorname{expm1mx}(v) + B(1/k-1) \) with
     * \( v = \log(\lambda s) + \log\Gamma(1 + 1/k) \).
     */
    static double kl(Weibull p, Exponential q) {
        return kl(p, Gamma.of(1, q.rate()));
    }

    /** \( H(W(k, s), \mathrm{Exp}(\lambda)) = -\log\lambda + \lambda s\,\Gamma(1 + 1/k) \), as
     * {@link #crossEntropy(Weibull, Gamma)} with \( \Gamma(1, \lambda) \). */
    static double crossEntropy(Weibull p, Exponential q) {
        return crossEntropy(p, Gamma.of(1, q.rate()));
    }

    /**
     * \( \mathrm{KL}(W(k, s)\,\|\,\Gamma(\kappa, \beta)) = \kappa\operatorname{expm1mx}(v)
     *   + f(\kappa, k) \), with \( L = \log(\beta s) \), \( m = 1/k \),
     * \( v = L + \log\Gamma(1+m) - \log\kappa \) and the shape part
     * \[ f = \kappa B(m) + \log k - \gamma + \log\Gamma(\kappa) - \kappa\log\kappa + \kappa - 1
     *   \ge 0, \]
     * \( B(e) = \log\Gamma(1+e) + \gamma e \) ({@link Weibull#logGammaBregmanAtOne}).
     *
     * <p>Derivation: \( -\log q(x) = -\kappa\log\beta - (\kappa-1)\log x + \beta x
     * + \log\Gamma(\kappa) \), with \( E_p[\log X] = \log s - \gamma m \) and
     * \( E_p[\beta X] = \beta s\,\Gamma(1+m) = \kappa e^v \); subtracting the entropy
     * \( \gamma(1-m) + \log(s/k) + 1 \) and collecting \( e^{v'} - 1 - v' \) with
     * \( v' = v + \log\kappa \) gives the form above. The first term vanishes for the best rate
     * \( \beta \) (the one matching the means), so \( f \) is the KL divergence from
     * \( W(k, \cdot) \) to the closest \( \Gamma(\kappa, \cdot) \).
     *
     * <p>The two families meet at the exponential distribution \( k = \kappa = 1 \), and they
     * stay close along a curve through it (Weibull shape 2 is nearest to gamma shape 3.1, at a
     * KL of 0.016), so \( f \) is small while its terms are of order 1, and the textbook sum
     * loses up to three digits. It is evaluated in two forms chosen so that this does not happen:
     * with \( c = \kappa - 1 \) and \( d = m - 1 \), the series of {@link #nearShapePart} for
     * \( |c| \le 0.9 \), \( -0.5 \le d \le 1.3 \), and {@link #farShapePart} elsewhere. The
     * boundaries were placed where the worst relative error against mpmath along the curve is
     * smallest: about 1e-14 near \( k = 0.4 \) (where the curve's KL is 0.05 and both forms still
     * lose a digit), below 8e-15 elsewhere. Where the parameters nearly coincide, \( v \) comes
     * from \( \log(\beta s) \) of the exact product ({@link CrossFamilyTerms#logProduct}) and
     * \( d = (1-k)/k \) from the exact \( 1 - k \).
     */
    static double kl(Weibull p, Gamma q) {
        double k = p.shape();
        double kappa = q.shape();
        double logProduct = CrossFamilyTerms.logProduct(q.rate(), p.scale());
        double d = k >= 0.5 && k <= 2 ? (1 - k) / k : 1 / k - 1;
        double c = kappa - 1;
        if (Math.abs(c) <= 0.9 && d >= -0.5 && d <= 1.3) {
            // log Γ(1+m) = log1p(d) + log Γ(1+d) = log1p(d) + B(d) − γd.
            double v = logProduct + (Math.log1p(d) - Math.log1p(c))
                    + (Weibull.logGammaBregmanAtOne(d) - Weibull.EULER * d);
            return kappa * LogSpace.expm1mx(v) + nearShapePart(c, d) + 0.0;
        }
        double m = 1 / k;
        double v = logProduct + Polygamma.logGamma1p(m) - Math.log(kappa);
        return kappa * LogSpace.expm1mx(v) + farShapePart(kappa, k, m);
    }

    /**
     * The shape part f of {@link #kl(Weibull, Gamma)} for \( |c| \le 0.9 \),
     * \( -0.5 \le d \le 1.3 \), which includes the neighbourhood of \( c = d = 0 \), where f is
     * of second order. With \( S \) of {@link #ZETA_SERIES} and
     * \( A(c) = (2+c)\log(1+c) - 2c \), the identities \( B(x) = S(x) - \operatorname{log1pmx}(x)
     * \) and \( \log\Gamma(1+c) - (1+c)\log(1+c) + (1+\gamma)c = S(c) - A(c) \) turn f into
     * \( S(c) - A(c) + (1+c)S(d) - \operatorname{log1pmx}(d) + cd \), whose quadratic part
     * \( ac^2 + cd + bd^2 \) (\( a = (\zeta(2)-1)/2 \), \( b = \zeta(2)/2 \)) is positive
     * definite but nearly singular (eigenvalues 0.014 and 1.13), and is therefore written as the
     * completed square \( a(c + d/(2a))^2 + (b - 1/(4a))d^2 \). The rest is of third order:
     * \[ f = a\,(c + \tfrac{d}{2a})^2 + (b - \tfrac1{4a})d^2 + d^3(P(d) + Q(d))
     *   + c^3\Big(P(c) - \frac{2T(t_c)}{(2+c)^2}\Big) + cd^2(a + dP(d)), \]
     * with \( S(x) = ax^2 + x^3P(x) \), \( -\operatorname{log1pmx}(x) - x^2/2 = x^3Q(x) \), and
     * \( A(c) = c^3\cdot 2T(t_c)/(2+c)^2 \), where, with \( t = x/(2+x) \) and
     * \( \log(1+x) = 2\operatorname{artanh} t \), \( T(t) = \sum_{j\ge0}t^{2j}/(2j+3) \) and
     * \( Q(x) = -1/(2(2+x)) - 2T(t)/(2+x)^3 \). Every piece is formed without cancellation, and
     * near the origin the sum of their magnitudes stays within a small factor of f.
     */
    private static double nearShapePart(double c, double d) {
        double square = c + d * INVERSE_TWO_A;
        double polynomialD = zetaSeries(d);
        double twoPlusD = 2 + d;
        double cubicD = -0.5 / twoPlusD
                - 2 * artanhSeries(d / twoPlusD) / (twoPlusD * twoPlusD * twoPlusD);
        double twoPlusC = 2 + c;
        double cubicC = zetaSeries(c) - 2 * artanhSeries(c / twoPlusC) / (twoPlusC * twoPlusC);
        return A * square * square + B_MINUS_QUARTER_OVER_A * d * d
                + d * d * d * (polynomialD + cubicD) + c * c * c * cubicC
                + c * d * d * (A + d * polynomialD);
    }

    /**
     * The shape part f of {@link #kl(Weibull, Gamma)} away from \( k = \kappa = 1 \), as
     * \[ f = \tfrac12\mathrm{IS}(2\kappa B(m)) + \delta(\kappa) + R(m), \qquad
     *    R(m) = \tfrac12\log\frac{4\pi B(m)}{m^2} - \tfrac12 - \gamma, \]
     * which follows from Stirling's formula
     * \( \log\Gamma(\kappa) = (\kappa-\tfrac12)\log\kappa - \kappa + \tfrac12\log 2\pi
     * + \delta(\kappa) \) (\( \delta \) is {@link LogBeta#logGammaCorrection}) and
     * \( \mathrm{IS}(x) = x - 1 - \log x \). Along the curve where the families are close,
     * \( 2\kappa B(m) \approx 1 \), so the term of order 1, \( \kappa B(m) \), has gone into a
     * small non-negative IS term; \( \delta(\kappa) &gt; 0 \) and \( R(m) \) remain, with
     * \( R(0) = \tfrac12\log(\pi^3/3) - \tfrac12 - \gamma \) for \( k \to \infty \).
     *
     * <p>\( R \) changes sign near \( k = 2.2 \), so for \( m \le 1 \) it is formed from
     * \( B(m)/(bm^2) - 1 = y = m(P(m) + Q(m))/b \) (the series of {@link #nearShapePart}, with
     * \( b = \pi^2/12 \)) as \( R(0) + \tfrac12\operatorname{log1p}(y) \), whose error is a few
     * units in the last place of \( R(0) \) rather than of 1. For \( m &gt; 1 \) (\( k &lt; 1 \)),
     * \( R \le R(1) = -0.087 \) and \( R(0) + \tfrac12\log(B(m)/(bm^2)) \) is used directly.
     */
    private static double farShapePart(double kappa, double k, double m) {
        double bregmanOverSquare;
        double r;
        if (m <= 1) {
            double twoPlusM = 2 + m;
            double y = m * (zetaSeries(m) - 0.5 / twoPlusM
                    - 2 * artanhSeries(m / twoPlusM) / (twoPlusM * twoPlusM * twoPlusM)) / B;
            bregmanOverSquare = B * (1 + y);
            r = R_AT_ZERO + 0.5 * Math.log1p(y);
        } else {
            bregmanOverSquare = bregmanAboveOne(m) * k * k;
            r = R_AT_ZERO + 0.5 * Math.log(bregmanOverSquare / B);
        }
        // 2κB(m) = 2κ·(B(m)/m²)·m², with logarithms if the product leaves the double range.
        double x = 2 * kappa * bregmanOverSquare * m * m;
        double halfItakuraSaito = x >= Double.MIN_NORMAL && x < Double.POSITIVE_INFINITY
                ? 0.5 * LogRatio.itakuraSaito(x, 1)
                : 0.5 * (x - 1 - Math.log(2 * kappa * bregmanOverSquare)) + Math.log(k);
        return halfItakuraSaito + stirlingRemainder(kappa) + r;
    }

    /**
     * The Stirling remainder \( \delta(\kappa) \) ({@link LogBeta#logGammaCorrection}), for
     * \( 0.1 \le \kappa &lt; 1/2 \) as \( \delta(\kappa+1) + \sum_{j\ge1}u^{2j}/(2j+1) \) with
     * \( u = 1/(2\kappa+1) \): the recurrence step \( (\kappa+\tfrac12)\log(1+1/\kappa) - 1
     * = \operatorname{artanh}(u)/u - 1 \) as a series of positive terms, where the logarithmic
     * form loses up to a digit to cancellation, a digit that {@link #farShapePart} would pass on
     * (there \( \delta(\kappa) \) and \( R(m) \) nearly cancel for \( k \) near 0.45).
     */
    private static double stirlingRemainder(double kappa) {
        if (!(kappa >= 0.1 && kappa < 0.5)) {
            return LogBeta.logGammaCorrection(kappa);
        }
        double u = 1 / (2 * kappa + 1);
        double u2 = u * u;
        double power = u2;
        double sum = 0;
        for (int j = 1; power > 0x1p-60 * sum; j++) {
            sum += power / (2 * j + 1);
            power *= u2;
        }
        return LogBeta.logGammaCorrection(kappa + 1) + sum;
    }

    /**
     * \( B(m) = \log\Gamma(1+m) + \gamma m \) for \( m &gt; 1 \). Up to \( m = 5 \) by the
     * recurrence \( B(m) = \log m + \gamma + B(m-1) \) (from
     * \( \log\Gamma(1+m) = \log m + \log\Gamma(m) \)) down into \( (0, 1] \), where
     * {@link Weibull#logGammaBregmanAtOne} is accurate: every term is positive and each
     * \( m - i \) is exact. Beyond, \( \log\Gamma(1+m) \) and \( \gamma m \) are both
     * positive and are added directly.
     */
    private static double bregmanAboveOne(double m) {
        if (m > 5) {
            return Weibull.logGammaBregmanAtOne(m);
        }
        double sum = 0;
        double x = m;
        while (x > 1) {
            sum += Math.log(x) + Weibull.EULER;
            x -= 1;
        }
        return sum + Weibull.logGammaBregmanAtOne(x);
    }

    /** \( P(x) = \sum_{n\ge3}(-1)^n(\zeta(n)-1)x^{n-3}/n \), for \( |x| \le 1.3 \). */
    private static double zetaSeries(double x) {
        double sum = 0;
        for (int i = ZETA_SERIES.length - 1; i >= 0; i--) {
            sum = sum * x + ZETA_SERIES[i];
        }
        return sum;
    }

    /**
     * \( T(t) = \sum_{j\ge0} t^{2j}/(2j+3) = (\operatorname{artanh}(t) - t)/t^3 \) for
     * \( |t| &lt; 0.82 \), a sum of positive terms.
     */
    private static double artanhSeries(double t) {
        double t2 = t * t;
        double power = 1;
        double sum = 0;
        for (int j = 0; power > 0x1p-60 * sum || j == 0; j++) {
            sum += power / (2 * j + 3);
            power *= t2;
        }
        return sum;
    }

    /**
     * \( H(W(k, s), \Gamma(\kappa, \beta)) = -\kappa\log\beta - (\kappa-1)(\log s - \gamma/k)
     *   + \beta s\,\Gamma(1+1/k) + \log\Gamma(\kappa) \), which is \( -E_p[\log q] \) with the
     * moments of {@link #kl(Weibull, Gamma)}. Whichever of this and \( H(p) + \mathrm{KL} \) has
     * the smaller rounding-error bound is returned.
     */
    static double crossEntropy(Weibull p, Gamma q) {
        double kappa = q.shape();
        double rateTerm = -kappa * Math.log(q.rate());
        double meanLog = Math.log(p.scale()) - Weibull.EULER / p.shape();
        double logTerm = -(kappa - 1) * meanLog;
        double meanTerm = Math.exp(CrossFamilyTerms.logProduct(q.rate(), p.scale())
                + Polygamma.logGamma1p(1 / p.shape()));
        double logGamma = org.hipparchus.special.Gamma.logGamma(kappa);
        return CrossFamilyTerms.crossEntropy(p.entropy(), kl(p, q),
                rateTerm + logTerm + meanTerm + logGamma,
                Math.abs(rateTerm) + Math.abs(logTerm) + meanTerm + Math.abs(logGamma));
    }
}
