package org.kullback.distributions;

import org.kullback.special.LogSpace;

/**
 * Accurate pieces of divergences between members of a scale family, where the parameters are
 * nearly equal and the textbook formula subtracts nearly equal numbers.
 */
final class LogRatio {

    private LogRatio() {
    }

    /**
     * \( \log(a/b) \) for positive finite {@code a}, {@code b}, also when the ratio over- or
     * underflows.
     */
    static double of(double a, double b) {
        double ratio = a / b;
        if (ratio >= Double.MIN_NORMAL && ratio < Double.POSITIVE_INFINITY) {
            return Math.log(ratio);
        }
        return Math.log(a) - Math.log(b);
    }

    /**
     * The Itakura–Saito divergence \( r - 1 - \log r \) with \( r = a/b \), for positive finite
     * {@code a}, {@code b}. It is the KL divergence between exponential distributions and the
     * scale part of many others.
     *
     * <p>With \( u = (a-b)/b \) (where {@code a - b} is exact when the two are within a factor 2,
     * by Sterbenz's lemma) it equals \( -(\log(1+u) - u) \), evaluated by
     * {@link LogSpace#log1pmx(double)} without cancellation; far from 1 the direct form is used,
     * with \( \log r \) from {@link #of(double, double)} so that an underflowing ratio still gives
     * a finite result.
     */
    static double itakuraSaito(double a, double b) {
        double u = (a - b) / b;
        if (u > -0.5 && u < 1) {
            return -LogSpace.log1pmx(u);
        }
        return u - of(a, b);
    }
}
