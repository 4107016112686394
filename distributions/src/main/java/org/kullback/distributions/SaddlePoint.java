package org.kullback.distributions;

/**
 * The two pieces of Loader's saddle-point form of the binomial and Poisson probabilities, which
 * keep \( \log P(X = k) \) accurate to a few units in the last place of its size for any
 * parameters, where \( \log\binom nk + k\log p + (n-k)\log q \) would subtract numbers of size
 * \( n\log n \) (C. Loader, "Fast and Accurate Computation of Binomial Probabilities", 2000):
 *
 * <p>\( \log\operatorname{Poisson}(k;\lambda) = -\delta(k) - D(k, \lambda) - \tfrac12\log(2\pi k) \)
 * and \( \log\operatorname{Bin}(k; n, p) = \delta(n) - \delta(k) - \delta(n-k) - D(k, np)
 * - D(n-k, nq) + \tfrac12\log\frac{n}{2\pi k(n-k)} \) for \( 0 &lt; k &lt; n \), with the Stirling
 * remainder \( \delta \) and the deviance \( D \) below.
 */
final class SaddlePoint {

    /** \( \tfrac12\log(2\pi) \). */
    static final double HALF_LOG_TWO_PI = 0.9189385332046728;

    /** \( \delta(k) \) for k = 0..20 (mpmath, 40 digits, rounded); \( \delta(0) \) is unused. */
    private static final double[] STIRLING_ERROR = {0.0, 0.08106146679532726,
        0.0413406959554093, 0.02767792568499834, 0.020790672103765093, 0.016644691189821193,
        0.013876128823070748, 0.01189670994589177, 0.010411265261972096, 0.009255462182712733,
        0.00833056343336287, 0.007573675487951841, 0.00694284010720953, 0.006408994188004207,
        0.0059513701127588475, 0.005554733551962801, 0.0052076559196096404,
        0.004901395948434738, 0.004629153749334028, 0.004385560249232324,
        0.004166319691996922};

    private SaddlePoint() {
    }

    /**
     * The Stirling remainder \( \delta(k) = \log k! - [(k+\tfrac12)\log k - k + \tfrac12\log 2\pi]
     * \) for an integer \( k \ge 1 \) (given as a double). Tabulated up to 20; beyond, the
     * asymptotic series \( \frac1{12k} - \frac1{360k^3} + \frac1{1260k^5} - \frac1{1680k^7}
     * + \frac1{1188k^9} - \frac{691}{360360k^{11}} \) (Abramowitz &amp; Stegun 6.1.41), whose
     * first omitted term is below \( 10^{-17} \) of the sum for \( k \ge 21 \).
     */
    static double stirlingError(double k) {
        if (k <= 20) {
            return STIRLING_ERROR[(int) k];
        }
        double inverse = 1 / k;
        double inverse2 = inverse * inverse;
        return inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260
                - inverse2 * (1.0 / 1680 - inverse2 * (1.0 / 1188
                        - inverse2 * (691.0 / 360360))))));
    }

    /**
     * The deviance \( D(x, M) = x\log(x/M) + M - x \ge 0 \) for \( x \ge 0 \), \( M &gt; 0 \),
     * given \( x - M \) as accurately as the caller knows it (the caller can form it exactly even
     * when \( M = np \) is not a double).
     *
     * <p>When \( |x - M| &lt; (x + M)/10 \) the direct form cancels; with \( v = (x-M)/(x+M) \),
     * \( x\log(x/M) = 2x\operatorname{artanh} v \) and \( 2xv - (x-M) = v(x-M) \) give
     * \( D = v(x-M) + 2x\sum_{j\ge1} v^{2j+1}/(2j+1) \), a series in \( v^2 &lt; 1/100 \) (Loader
     * 2000, section 2).
     */
    static double deviance(double x, double m, double xMinusM) {
        double sum = x + m;
        if (Math.abs(xMinusM) < 0.1 * sum) {
            double v = xMinusM / sum;
            double v2 = v * v;
            double result = v * xMinusM;
            double term = 2 * x * v;
            for (int j = 1; ; j++) {
                term *= v2;
                double next = result + term / (2 * j + 1);
                if (next == result) {
                    return result;
                }
                result = next;
            }
        }
        if (x == 0) {
            return m;
        }
        return x * LogRatio.of(x, m) - xMinusM;
    }
}
