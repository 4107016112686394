package org.kullback.estimators;

/**
 * \( \log(1+u) \) from the intrinsic {@link Math#log} (a few ns) instead of {@link Math#log1p}
 * (a call into fdlibm, several times slower on JDK 17), for the per-value loops of the
 * estimators. With \( v = 1 \oplus u \): \( u \) if \( v = 1 \), else
 * \( \log(v)\,u/(v - 1) \); the factor \( u/(v-1) \) corrects the rounding of \( 1 + u \)
 * exactly to first order, so the relative error stays within a few ulps for all
 * \( u &gt; -1 \) (D. Goldberg, <i>What every computer scientist should know about floating-point
 * arithmetic</i>, ACM Computing Surveys 23, 1991, Theorem 4).
 */
final class AccurateLog1p {

    private AccurateLog1p() {
    }

    /** \( \log(1+u) \) for \( u &gt; -1 \), to a few ulps. */
    static double of(double u) {
        final double v = 1 + u;
        if (v == 1) {
            return u;
        }
        if (v == Double.POSITIVE_INFINITY) {
            return Math.log(u);
        }
        return Math.log(v) * (u / (v - 1));
    }
}
