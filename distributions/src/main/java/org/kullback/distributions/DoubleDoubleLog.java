package org.kullback.distributions;

/**
 * \( \log x + c \) for a positive double {@code x} and a constant {@code c} given as a sum of
 * doubles, with full relative accuracy also where the two nearly cancel.
 *
 * <p>The entropies of the location–scale families have this shape, \( \log(\text{scale}) + c \)
 * (for example \( \log(2eb) \) for Laplace), and vanish at one scale. Rounding \( \log x \) to a
 * double already costs an absolute error of about \( 10^{-16}|\log x| \), which is all of the
 * result near that zero. So \( \log x \) is formed in double-double arithmetic (about 32
 * digits): with \( x = m\,2^e \), \( m \in [\sqrt{1/2}, \sqrt 2] \) (exact scaling),
 * \( \log x = e\log 2 + 2\,\mathrm{artanh}(t) \), \( t = (m-1)/(m+1) \), \( |t| &lt; 0.172 \), the
 * series \( 2t\sum_k t^{2k}/(2k+1) \) summed by Horner's rule in double-double, and
 * \( \log 2 \) carried to three doubles, since \( e \) reaches 1074. The pieces are then added
 * with error-free transformations (TwoSum, the {@code Sum2} algorithm of Ogita, Rump and Oishi,
 * <i>Accurate sum and dot product</i>, SIAM J. Sci. Comput. 26, 2005), so the result is
 * accurate to about \( 10^{-31} \) times the largest term before its final rounding.
 */
final class DoubleDoubleLog {

    /** \( \log 2 \) as an unevaluated sum of three doubles (mpmath, 60 digits). */
    static final double LN2_HI = 0.6931471805599453;
    static final double LN2_MID = 2.3190468138462996e-17;
    private static final double LN2_LO = 5.707708438416212e-34;
    private static final double SQRT2 = Math.sqrt(2);
    private static final double TWO_POW_60 = 0x1p60;
    /** Terms of the artanh series: \( |t|^{2K} / (2K+1) &lt; 10^{-34} \) for K = 22. */
    private static final int TERMS = 22;
    private static final double[] RECIPROCAL_ODD_HI = new double[TERMS + 1];
    private static final double[] RECIPROCAL_ODD_LO = new double[TERMS + 1];

    static {
        for (int k = 0; k <= TERMS; k++) {
            double odd = 2 * k + 1;
            RECIPROCAL_ODD_HI[k] = 1 / odd;
            RECIPROCAL_ODD_LO[k] = Math.fma(-RECIPROCAL_ODD_HI[k], odd, 1) / odd;
        }
    }

    private DoubleDoubleLog() {
    }

    /**
     * \( \log x + \sum_i c_i \) for a positive finite {@code x}, rounded once.
     *
     * @param x the argument of the logarithm, positive and finite (subnormals allowed)
     * @param constant the constant as a sum of finite doubles, typically its high and low
     *     parts, the largest first
     */
    static double plus(double x, double... constant) {
        int shift = x < Double.MIN_NORMAL ? 60 : 0;
        double normal = shift == 0 ? x : x * TWO_POW_60;
        int exponent = Math.getExponent(normal);
        double m = Math.scalb(normal, -exponent);
        if (m > SQRT2) {
            m *= 0.5;
            exponent++;
        }
        exponent -= shift;

        // t = (m - 1)/(m + 1) in double-double; m - 1 is exact (Sterbenz), m + 1 by TwoSum.
        double numerator = m - 1;
        double denominatorHi = m + 1;
        double denominatorLo = twoSumError(m, 1, denominatorHi);
        double tHi = numerator / denominatorHi;
        double tLo = (Math.fma(-tHi, denominatorHi, numerator) - tHi * denominatorLo)
                / denominatorHi;

        // t² and the Horner sum S = Σ t^{2k}/(2k+1), both double-double.
        double t2Hi = tHi * tHi;
        double t2Lo = Math.fma(tHi, tHi, -t2Hi) + 2 * tHi * tLo;
        double sHi = RECIPROCAL_ODD_HI[TERMS];
        double sLo = RECIPROCAL_ODD_LO[TERMS];
        for (int k = TERMS - 1; k >= 0; k--) {
            double productHi = sHi * t2Hi;
            double productLo = Math.fma(sHi, t2Hi, -productHi) + (sHi * t2Lo + sLo * t2Hi);
            double sumHi = productHi + RECIPROCAL_ODD_HI[k];
            double sumLo = twoSumError(productHi, RECIPROCAL_ODD_HI[k], sumHi)
                    + (productLo + RECIPROCAL_ODD_LO[k]);
            sHi = sumHi + sumLo;
            sLo = sumLo - (sHi - sumHi);
        }
        // log m = 2 t S.
        double logMHi = 2 * tHi * sHi;
        double logMLo = 2 * (Math.fma(tHi, sHi, -tHi * sHi) + (tHi * sLo + tLo * sHi));

        // e log 2 with log 2 in three parts: the first two products are split exactly by fma.
        double scaleHi = exponent * LN2_HI;
        double scaleHiError = Math.fma(exponent, LN2_HI, -scaleHi);
        double scaleMid = exponent * LN2_MID;
        double scaleMidError = Math.fma(exponent, LN2_MID, -scaleMid);

        // Sum2: every addition is error-free (TwoSum) and the errors are added up apart. The
        // large terms come first, so that where e log 2 and the constant cancel they do so
        // exactly (Sterbenz) and the error sum only ever sees small partial sums.
        double[] small = {logMHi, scaleHiError, scaleMid, logMLo, scaleMidError,
            exponent * LN2_LO};
        double sum = scaleHi;
        double error = 0;
        for (double[] terms : new double[][] {constant, small}) {
            for (double term : terms) {
                double next = sum + term;
                error += twoSumError(sum, term, next);
                sum = next;
            }
        }
        return sum + error;
    }

    /** The rounding error of {@code sum = a + b} (Knuth's TwoSum): a + b = sum + error exactly. */
    private static double twoSumError(double a, double b, double sum) {
        double bVirtual = sum - a;
        return (a - (sum - bVirtual)) + (b - bVirtual);
    }
}
