package org.kullback.special;

/**
 * Elementary functions evaluated so that they keep full relative accuracy where the obvious
 * formula cancels.
 */
public final class LogSpace {

    private LogSpace() {
    }

    /**
     * \( \log(1+x) - x \), accurate for every \( x &gt; -1 \), including tiny \( |x| \) where the
     * result is about \( -x^2/2 \).
     *
     * <p>For \( |x| &lt; 1/2 \) it uses \( \log(1+x) = 2\,\mathrm{artanh}(t) \) with
     * \( t = x/(2+x) \) and \( x - 2t = xt \), so
     * \( \log(1+x) - x = -xt + 2\sum_{k\ge1} t^{2k+1}/(2k+1) \), a series in \( t^2 \le 1/9 \)
     * whose terms do not cancel.
     */
    public static double log1pmx(double x) {
        if (!(Math.abs(x) < 0.5)) {
            return Math.log1p(x) - x;
        }
        double t = x / (2 + x);
        double t2 = t * t;
        double sum = 0;
        for (int k = 39; k >= 3; k -= 2) {
            sum = sum * t2 + 1.0 / k;
        }
        return t * (2 * t2 * sum - x);
    }
}
