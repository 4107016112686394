package org.kullback.distributions;

import org.kullback.special.LogBeta;
import org.kullback.special.LogSpace;

/**
 * Differences of \( \log\Gamma \) and \( \psi \) at two arguments, accurate when the arguments are
 * nearly equal and when they are large, where the obvious differences cancel.
 *
 * <p>Everything rests on Stirling's series with remainder (DLMF 5.11.1, 5.11.8)
 * \[ \log\Gamma(x) = (x - \tfrac12)\log x - x + \tfrac12\log 2\pi + \delta(x), \qquad
 *    \delta(x) \sim \sum_{k\ge1} \frac{B_{2k}}{2k(2k-1)\,x^{2k-1}}, \]
 * used for \( x \ge 10 \), where ten terms leave a relative error below \( 10^{-17} \); smaller
 * arguments are first shifted up with \( \log\Gamma(x+1) = \log\Gamma(x) + \log x \) and
 * \( \psi(x+1) = \psi(x) + 1/x \), whose increments are added in forms that do not cancel. The
 * central quantity is the Bregman divergence of the convex function \( \log\Gamma \),
 * \[ D(x \to y) = \log\Gamma(y) - \log\Gamma(x) - (y - x)\,\psi(x) \ge 0, \]
 * from which the KL divergence of the Beta family is assembled.
 *
 * <p>Every function takes both arguments and their difference {@code h} = y − x, which the caller
 * knows more accurately than the rounded arguments do (for example \( (a_2 - a_1) + (b_2 - b_1) \)
 * for the difference of two sums; {@code y - x} itself is exact by Sterbenz's lemma when the two
 * are within a factor 2). The difference is used where \( y/x \in (\tfrac12, 2) \), the ratio
 * elsewhere.
 */
final class LogGammaDifferences {

    /** Arguments from which Stirling's series is used directly. */
    static final double STIRLING_MIN = 10;
    private static final double EPSILON = 0x1p-54;
    /** \( B_{2k} / (2k(2k-1)) \) for \( k = 1, \dots, 10 \). */
    private static final double[] STIRLING = {1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680,
        1.0 / 1188, -691.0 / 360360, 1.0 / 156, -3617.0 / 122400, 43867.0 / 244188,
        -174611.0 / 125400};
    /**
     * Coefficients of \( N_m(u)/u^2 \) for \( m = 2k+1 \), lowest power first: the coefficient of
     * \( u^{j} \) in \( N_m \) is \( \binom{m}{j-1}(m+1)(j-1)/j \).
     */
    private static final double[][] REMAINDER_POLYNOMIALS = new double[STIRLING.length][];

    static {
        for (int k = 0; k < STIRLING.length; k++) {
            int m = 2 * k + 1;
            double[] coefficients = new double[m];
            double binomial = m; // C(m, 1)
            for (int j = 2; j <= m + 1; j++) {
                coefficients[j - 2] = binomial * (m + 1) * (j - 1) / j;
                binomial = binomial * (m - j + 1) / j;
            }
            REMAINDER_POLYNOMIALS[k] = coefficients;
        }
    }

    private LogGammaDifferences() {
    }

    /** \( \delta'(x) = \psi(x) - \log x + 1/(2x) \) for \( x \ge 10 \). */
    private static double stirlingRemainderDerivative(double x) {
        double r = 1 / (x * x);
        double sum = 0;
        for (int k = STIRLING.length - 1; k >= 0; k--) {
            sum = sum * r - (2 * k + 1) * STIRLING[k];
        }
        return sum * r;
    }

    /**
     * The Gudermann term \( \beta(u) = \delta(u) - \delta(u+1) = (u+\tfrac12)\log(1+1/u) - 1 \)
     * (Whittaker &amp; Watson §12.31), so that
     * \( \delta(x) = \sum_{k&lt;n}\beta(x+k) + \delta(x+n) \).
     * For \( u \ge \tfrac13 \), with
     * \( z = 1/(2u+1) \le \tfrac35 \) and \( \log(1+1/u) = 2\,\mathrm{artanh}\,z \), the
     * cancellation-free series \( F(z) = \sum_{i\ge1} z^{2i}/(2i+1) \).
     */
    private static double gudermann(double u) {
        if (u < 1.0 / 3) {
            return (u + 0.5) * Math.log1p(1 / u) - 1;
        }
        double z = 1 / (2 * u + 1);
        double z2 = z * z;
        double power = z2;
        double sum = 0;
        for (int i = 1; i < 200; i++) {
            double term = power / (2 * i + 1);
            sum += term;
            if (term <= EPSILON * sum) {
                break;
            }
            power *= z2;
        }
        return sum;
    }

    /** \( \beta'(u) = \log(1+1/u) - (u+\tfrac12)/(u(u+1)) = -2z^2F'(z) \). */
    private static double gudermannDerivative(double u) {
        if (u < 1.0 / 3) {
            return Math.log1p(1 / u) - (u + 0.5) / (u * (u + 1));
        }
        double z = 1 / (2 * u + 1);
        return -2 * z * z * gudermannSeriesDerivative(z);
    }

    /** \( F'(z) = \sum_{i\ge1} \frac{2i}{2i+1} z^{2i-1} \). */
    private static double gudermannSeriesDerivative(double z) {
        double z2 = z * z;
        double power = z;
        double sum = 0;
        for (int i = 1; i < 200; i++) {
            double term = 2.0 * i / (2 * i + 1) * power;
            sum += term;
            if (term <= EPSILON * sum) {
                break;
            }
            power *= z2;
        }
        return sum;
    }

    /**
     * The Bregman divergence \( \beta(v) - \beta(u) - h\beta'(u) \), \( h = v - u \), of the
     * Gudermann term.
     * For \( |h| &lt; u/4 \), \( u \ge 1 \) it cancels to second order; there, with
     * \( z' = z/(1+2hz) = z(1+\tau) \), it equals
     * \( \sum_i \frac{z^{2i}}{2i+1}\left[(1+\tau)^{2i} - 1 - 2i\tau\right]
     *   + \frac{4h^2z^3F'(z)}{1+2hz} \), the Bregman divergence of F in z plus the curvature of
     * \( z(u) \), both sums of non-negative terms.
     */
    private static double gudermannBregman(double u, double v, double h) {
        if (!(u >= 1 && Math.abs(h) < 0.25 * u)) {
            return gudermann(v) - gudermann(u) - h * gudermannDerivative(u);
        }
        double z = 1 / (2 * u + 1);
        double z2 = z * z;
        double tau = -2 * h * z / (1 + 2 * h * z);
        double logOnePlusTau = Math.log1p(tau);
        double power = z2;
        double sum = 0;
        for (int i = 1; i < 200; i++) {
            int n = 2 * i;
            double binomialPart = Math.abs(n * tau) < 0.5 ? binomialRemainder(n, tau)
                    : Math.expm1(n * logOnePlusTau) - n * tau;
            double term = power / (n + 1) * binomialPart;
            sum += term;
            if (Math.abs(term) <= EPSILON * Math.abs(sum)) {
                break;
            }
            power *= z2;
        }
        return sum + 4 * h * h * z * z2 * gudermannSeriesDerivative(z) / (1 + 2 * h * z);
    }

    /**
     * \( (1+\tau)^n - 1 - n\tau = \sum_{j\ge2}\binom nj\tau^j \) for \( |n\tau| &lt; \tfrac12 \).
     */
    private static double binomialRemainder(int n, double tau) {
        double term = 1;
        double sum = 0;
        for (int j = 2; j <= n; j++) {
            term = j == 2 ? n * (n - 1) / 2.0 * tau * tau : term * (n - j + 1) / j * tau;
            sum += term;
            if (Math.abs(term) <= EPSILON * Math.abs(sum)) {
                break;
            }
        }
        return sum;
    }

    /**
     * \( D(x \to y) = \log\Gamma(y) - \log\Gamma(x) - (y-x)\psi(x) \) for \( x, y &gt; 0 \).
     *
     * <p>Below 10 the recurrences give \( D(x \to y) = \mathrm{IS}(\tfrac yx)
     * + D(x+1 \to y+1) \) with the Itakura–Saito divergence \( \mathrm{IS}(r) = r - 1 - \log r
     * \ge 0 \); at 10 and above \( D = M + B_\delta \) with the Stirling part
     * \( M(x \to y) = (y - \tfrac12)\log\tfrac yx - (y - x) + \tfrac{y-x}{2x} \) (see
     * {@link #stirlingPart}) and the remainder part \( B_\delta \) (see
     * {@link #remainderBregman}). Every piece is non-negative, so nothing cancels.
     */
    static double bregman(double x, double y, double h) {
        // h is used where y/x is within (1/2, 2); shifting x and y by 1 would round it away, so it
        // is carried along.
        double sum = 0;
        while (Math.min(x, y) < STIRLING_MIN) {
            sum += itakuraSaito(x, y, h);
            x += 1;
            y += 1;
        }
        return sum + stirlingPart(x, y, h) + stirlingRemainderBregman(x, y, h);
    }

    /** \( \mathrm{IS}(y/x) = y/x - 1 - \log(y/x) \), with {@code h} = y − x. */
    static double itakuraSaito(double x, double y, double h) {
        double u = h / x;
        if (u > -0.5 && u < 1) {
            return -LogSpace.log1pmx(u);
        }
        return u - LogRatio.of(y, x);
    }

    /**
     * The Stirling part of \( D(x \to y) \): with \( \sigma(x) = (x-\tfrac12)\log x - x \),
     * \( M = \sigma(y) - \sigma(x) - (y-x)\sigma'(x)
     *   = x\,g(\tfrac yx) + \tfrac12\,\mathrm{IS}(\tfrac yx) \) where
     * \( g(r) = r\log r - r + 1 \); near \( y = x \), with \( u = (y-x)/x \), it is
     * \( h^2/x + (y - \tfrac12)(\log(1+u) - u) \), whose two terms differ by a factor about 2.
     */
    static double stirlingPart(double x, double y, double h) {
        double u = h / x;
        if (u > -0.5 && u < 1) {
            return h * (h / x) + (y - 0.5) * LogSpace.log1pmx(u);
        }
        return (y - 0.5) * LogRatio.of(y, x) - h + 0.5 * u;
    }

    /**
     * \( B_\delta(x \to y) = \delta(y) - \delta(x) - (y-x)\,\delta'(x) \ge 0 \) for
     * \( x, y &gt; 0 \): from the series when both are at least 10; from \( \delta(y) \) directly
     * when only x is; for \( 1 \le x &lt; 10 \) as
     * \( \sum_{k&lt;n} B_\beta(x+k \to y+k) + B_\delta(x+n \to y+n) \) from the Gudermann series
     * (here \( \delta'' \) is a small fraction of \( \psi' \), 1/500 at 9, so \( D - M \)
     * would lose that much); below 1 as \( D - M \), since there \( \delta'' \) and \( \psi' \) are
     * comparable.
     */
    static double remainderBregman(double x, double y, double h) {
        if (x >= STIRLING_MIN && y >= STIRLING_MIN) {
            return stirlingRemainderBregman(x, y, h);
        }
        if (x >= STIRLING_MIN) {
            return LogBeta.logGammaCorrection(y) - LogBeta.logGammaCorrection(x)
                    - h * stirlingRemainderDerivative(x);
        }
        if (x < 1) {
            return bregman(x, y, h) - stirlingPart(x, y, h);
        }
        double sum = 0;
        while (Math.min(x, y) < STIRLING_MIN) {
            sum += gudermannBregman(x, y, h);
            x += 1;
            y += 1;
        }
        return sum + stirlingRemainderBregman(x, y, h);
    }

    /**
     * \( B_\delta(x_1 \to x_2) - B_\delta(t_1 \to t_2) \) for \( t = x + c \), \( c &gt; 0 \),
     * which cancels when \( c \ll x \) (the Beta KL pairs the larger parameter with the sum of
     * both). Arguments: the pairs with their differences {@code hx}, {@code ht}, and
     * {@code n0} \( = x_2 t_1 - x_1 t_2 = x_2 c_1 - x_1 c_2 \) (formed exactly by the caller).
     *
     * <p>The two are computed separately and subtracted when \( x_1 \ge 10 \) (each is then
     * accurate and only \( 1/(12x^2) \) of the KL divergence's terms, so their cancellation is
     * invisible) or when \( c_1 &gt; x_1/4 \) (then they differ by a good fraction). Otherwise,
     * with
     * \( B_\delta(x \to y) = \sum_{k&lt;n}\mathrm{IS}(\tfrac{y+k}{x+k}) + M(x+n \to y+n)
     * + B_\delta(x+n \to y+n) - M(x \to y) \) for both pairs, every difference is formed
     * analytically from \( w_k = \frac{x_2+k}{x_1+k} - \frac{t_2+k}{t_1+k}
     * = \frac{n_0 - k\,h_c}{(x_1+k)(t_1+k)} \): \( \mathrm{IS}(r) - \mathrm{IS}(\rho) =
     * w\frac{\rho - 1}{\rho} - \ell(w/\rho) \) and, with \( G(x,y) = y\log(y/x) - (y-x) \),
     * \( G(t_1,t_2) - G(x_1,x_2) = -c_1\mathrm{IS}(\rho) + h_c\log\rho + x_2\,\ell(-w/r) \)
     * (\( r = x_2/x_1 \), \( \rho = t_2/t_1 \), \( \ell(v) = \log(1+v) - v \)).
     */
    static double remainderBregmanAgainstShifted(double x1, double x2, double hx, double t1,
            double t2, double ht, double c1, double hc, double n0) {
        if (x1 >= STIRLING_MIN || c1 > 0.25 * x1) {
            return remainderBregman(x1, x2, hx) - remainderBregman(t1, t2, ht);
        }
        double stirlingPartsAtStart = stirlingPartDifference(x1, x2, hx, t1, t2, ht, c1, hc, n0, 0);
        double sum = 0;
        int k = 0;
        while (Math.min(x1, x2) < STIRLING_MIN) {
            sum += itakuraSaitoDifference(x1, x2, hx, t1, t2, ht, (n0 - k * hc) / x1 / t1);
            x1 += 1;
            x2 += 1;
            t1 += 1;
            t2 += 1;
            k++;
        }
        return sum + stirlingPartDifference(x1, x2, hx, t1, t2, ht, c1, hc, n0, k)
                - stirlingPartsAtStart
                + stirlingRemainderBregman(x1, x2, hx) - stirlingRemainderBregman(t1, t2, ht);
    }

    /** \( \mathrm{IS}(x_2/x_1) - \mathrm{IS}(t_2/t_1) \) given \( w = x_2/x_1 - t_2/t_1 \). */
    static double itakuraSaitoDifference(double x1, double x2, double hx, double t1, double t2,
            double ht, double w) {
        double v = w * (t1 / t2);
        if (v > -0.5 && v < 0.5) {
            return w * (ht / t2) - LogSpace.log1pmx(v);
        }
        return itakuraSaito(x1, x2, hx) - itakuraSaito(t1, t2, ht);
    }

    /** \( M(x_1+k \to x_2+k) - M(t_1+k \to t_2+k) \), arguments already shifted by k. */
    private static double stirlingPartDifference(double x1, double x2, double hx, double t1,
            double t2, double ht, double c1, double hc, double n0, int k) {
        double w = (n0 - k * hc) / x1 / t1;
        double u = ht / t1;
        double logRho = u > -0.5 && u < 1 ? Math.log1p(u) : LogRatio.of(t2, t1);
        double gDifference = -c1 * itakuraSaito(t1, t2, ht) + hc * logRho
                + x2 * LogSpace.log1pmx(-w * (x1 / x2));
        return 0.5 * itakuraSaitoDifference(x1, x2, hx, t1, t2, ht, w) - gDifference;
    }

    /** \( ab - cd \) to a few ulps (Kahan's algorithm with fused multiply-adds). */
    static double productDifference(double a, double b, double c, double d) {
        double cd = c * d;
        double error = Math.fma(-c, d, cd);
        return Math.fma(a, b, -cd) + error;
    }

    /**
     * \( B_\delta \) for \( x, y \ge 10 \), term by term of the series: for
     * \( f(x) = x^{-m} \), \( f(y) - f(x) - (y-x)f'(x) = y^{-m} N_m(u) \) with \( u = (y-x)/x \)
     * and \( N_m(u) = 1 - (1 - mu)(1+u)^m
     *   = \sum_{j=2}^{m+1} \binom{m}{j-1}\frac{(m+1)(j-1)}{j}\,u^j \), a polynomial with positive
     * coefficients and no cancellation for \( u \ge 0 \). Far from \( y = x \) the three terms are
     * summed directly (one of them dominates).
     */
    private static double stirlingRemainderBregman(double x, double y, double h) {
        double u = h / x;
        double sum = 0;
        if (u >= -0.5 && u <= 1) {
            for (int k = 0; k < STIRLING.length; k++) {
                double[] coefficients = REMAINDER_POLYNOMIALS[k];
                double polynomial = 0;
                for (int j = coefficients.length - 1; j >= 0; j--) {
                    polynomial = polynomial * u + coefficients[j];
                }
                sum += STIRLING[k] * polynomial * u * u / Math.pow(y, 2 * k + 1);
            }
            return sum;
        }
        for (int k = 0; k < STIRLING.length; k++) {
            int m = 2 * k + 1;
            sum += STIRLING[k] * (Math.pow(y, -m) - Math.pow(x, -m) + m * u * Math.pow(x, -m));
        }
        return sum;
    }

    /**
     * \( \psi(y) - \psi(x) \) for \( x, y &gt; 0 \), accurate also when \( y \approx x \) or both
     * are large: below 10 shifted up with \( \psi(y) - \psi(x) = \psi(y+1) - \psi(x+1)
     * + (y-x)/(xy) \); from 10 on \( \log(y/x) + \frac{y-x}{2xy} + \delta'(y) - \delta'(x) \), with
     * \( \log(y/x) = \operatorname{log1p}(u) \) and \( y^{-n} - x^{-n}
     * = x^{-n}\operatorname{expm1}(-n\operatorname{log1p}(u)) \) for \( u = (y-x)/x \).
     */
    static double digammaDifference(double x, double y, double h) {
        double sum = 0;
        while (Math.min(x, y) < STIRLING_MIN) {
            sum += h / y / x;
            x += 1;
            y += 1;
        }
        double u = h / x;
        boolean near = u > -0.5 && u < 1;
        double log = near ? Math.log1p(u) : LogRatio.of(y, x);
        double remainders = 0;
        for (int k = 0; k < STIRLING.length; k++) {
            int n = 2 * k + 2;
            double powerDifference = near
                    ? Math.expm1(-n * Math.log1p(u)) * Math.pow(x, -n)
                    : Math.pow(y, -n) - Math.pow(x, -n);
            remainders -= (2 * k + 1) * STIRLING[k] * powerDifference;
        }
        return sum + (log + (h / y / x * 0.5 + remainders));
    }
}
