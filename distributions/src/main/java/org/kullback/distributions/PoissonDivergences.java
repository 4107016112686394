package org.kullback.distributions;

import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Poisson} p to other families.
 * Registered in {@link ClosedForms}; where only KL is written out,
 * \( H(p, q) = H(p) + \mathrm{KL}(p\,\|\,q) \), a sum of two non-negative numbers, which keeps
 * full relative accuracy.
 */
final class PoissonDivergences {

    private PoissonDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{Poisson}(\lambda_1)\,\|\,\mathrm{Poisson}(\lambda_2))
     * = \lambda_1\log\frac{\lambda_1}{\lambda_2} + \lambda_2 - \lambda_1
     * = \lambda_1\left(\frac{\lambda_2}{\lambda_1} - 1 - \log\frac{\lambda_2}{\lambda_1}\right) \),
     * from \( E_p[\log(p(K)/q(K))] = E_p[K]\log(\lambda_1/\lambda_2) - \lambda_1 + \lambda_2 \):
     * \( \lambda_1 \) times the Itakura–Saito divergence of \( \lambda_2 \) from \( \lambda_1 \)
     * ({@link LogRatio#itakuraSaito(double, double)}), accurate for nearly equal rates. With rate
     * 0 (the point mass at 0): \( \lambda_2 \) for \( \lambda_1 = 0 \), \( +\infty \) for
     * \( \lambda_2 = 0 &lt; \lambda_1 \).
     */
    static double kl(Poisson p, Poisson q) {
        double rate1 = p.rate();
        double rate2 = q.rate();
        if (rate1 == rate2) {
            return 0;
        }
        if (rate1 == 0) {
            return rate2;
        }
        if (rate2 == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return rate1 * LogRatio.itakuraSaito(rate2, rate1);
    }

    /**
     * \( H(\mathrm{Poisson}(\lambda), \mathrm{Geometric}(p)) = -E[\log p + K\log(1-p)]
     * = -\log p - \lambda\log(1-p) \), two non-negative terms (Geometric counts failures before
     * the first success, \( q(k) = p(1-p)^k \)); \( -\log p \) for \( \lambda = 0 \), and
     * \( +\infty \) for \( p = 1 \) (the point mass at 0) with \( \lambda &gt; 0 \).
     */
    static double crossEntropy(Poisson p, Geometric q) {
        double rate = p.rate();
        double logP = Math.log(q.p());
        return rate == 0 ? -logP : -logP - rate * Math.log1p(-q.p());
    }

    /**
     * \( \mathrm{KL}(\mathrm{Poisson}(\lambda)\,\|\,\mathrm{Geometric}(p))
     * = \lambda\log\lambda - \lambda - E[\log K!] - \log p - \lambda\log(1-p) \), written as
     * the sum of two non-negative parts so it keeps its relative accuracy where the two are close
     * (small \( \lambda \), \( p \approx 1/(1+\lambda) \), where KL is about \( 0.15\lambda^2 \)
     * and \( H(p,q) - H(p) \) would cancel):
     *
     * <p>\( \log p + \lambda\log(1-p) \) is largest at the mean-matching \( p^* = 1/(1+\lambda)
     * \), so \( \mathrm{KL} = M(\lambda) + G \) with the divergence from the nearest geometric
     * distribution \( M(\lambda) = (1+\lambda)\log(1+\lambda) - \lambda - E[\log K!] \) and
     * the gap \( G = -\log(p/p^*) - \lambda\log((1-p)/(1-p^*))
     * = -\mathrm{log1pmx}(u) - \lambda\,\mathrm{log1pmx}(-u/\lambda) \), \( u = p(1+\lambda) - 1 \)
     * (formed in double-double, so exact to rounding; \( p/p^* = 1 + u \) and
     * \( (1-p)/(1-p^*) = 1 - u/\lambda \), and the linear terms \( \mp u \) cancel on paper).
     * \( M \) is \( (1+\lambda)\,\mathrm{log1pmx}(\lambda) + \lambda^2 - \sum_{k\ge2} P(k)\log k! \)
     * for \( \lambda \le 1 \) (both about \( \lambda^2 \)) and
     * \( \log(1+\lambda) + \lambda\log(1+1/\lambda) - H(\mathrm{Poisson}(\lambda)) \) beyond (at
     * least 0.08, about \( \tfrac12\log(e\lambda/2\pi) \) for large \( \lambda \)).
     */
    static double kl(Poisson p, Geometric q) {
        double rate = p.rate();
        double success = q.p();
        if (rate == 0) {
            return -Math.log(success) + 0.0;
        }
        if (success == 1) {
            return Double.POSITIVE_INFINITY;
        }
        return nearestGeometricKl(p) + geometricGap(rate, success);
    }

    /** \( M(\lambda) \) of {@link #kl(Poisson, Geometric)}. */
    private static double nearestGeometricKl(Poisson p) {
        double rate = p.rate();
        if (rate > 1) {
            return Math.log1p(rate) + rate * Math.log1p(1 / rate) - p.entropy();
        }
        // P(k) by the recurrence P(k) = P(k-1) λ/k, accurate to a few ulps for these few k,
        // where exp(log P(k)) would carry the rounding of |log P(k)| (37 for λ = 1e-8).
        double expectedLogFactorial = 0;
        double logFactorial = 0;
        double probability = Math.exp(-rate) * rate;
        for (int k = 2; ; k++) {
            logFactorial += Math.log(k);
            probability *= rate / k;
            double term = probability * logFactorial;
            expectedLogFactorial += term;
            if (term < 1e-17 * expectedLogFactorial) {
                break;
            }
        }
        return (1 + rate) * LogSpace.log1pmx(rate) + rate * rate - expectedLogFactorial;
    }

    /**
     * \( G = -\log(p(1+\lambda)) - \lambda\log((1-p)(1+\lambda)/\lambda) \ge 0 \): the log1pmx
     * form where both ratios are within a factor 1.5 of 1, otherwise each logarithm on its own,
     * as \( \log1p \) of the exact relative change where that is below 1/2.
     */
    private static double geometricGap(double rate, double success) {
        double high = success * rate;
        double low = Math.fma(success, rate, -high);
        double sum = high + success;
        double sumError = (high - (sum - (sum - high))) + (success - (sum - high));
        double u = ((sum - 1) + sumError) + low;
        double v = -u / rate;
        if (Math.abs(u) < 0.5 && Math.abs(v) < 0.5) {
            return -LogSpace.log1pmx(u) - rate * LogSpace.log1pmx(v);
        }
        double matchRatio = Math.abs(u) < 0.5 ? Math.log1p(u)
                : Math.log(success) + Math.log1p(rate);
        double complementRatio = Math.abs(v) < 0.5 ? Math.log1p(v)
                : Math.log1p(-success) + Math.log1p(1 / rate);
        return -matchRatio - rate * complementRatio;
    }
}
