package org.kullback.distributions;

import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Categorical} p to other families.
 * Registered in {@link ClosedForms}.
 */
final class CategoricalDivergences {

    private CategoricalDivergences() {
    }

    /**
     * \( \mathrm{KL}(p\,\|\,q) = \sum_i p_i \log\frac{p_i}{q_i} \) over categories with
     * \( p_i &gt; 0 \) (Cover &amp; Thomas, Elements of Information Theory, 2nd ed., eq. 2.26);
     * \( +\infty \) when some \( q_i = 0 &lt; p_i \).
     *
     * <p>Since \( \sum_i p_i = \sum_i q_i = 1 \), adding \( \sum_i (q_i - p_i) = 0 \) gives
     * \[ \mathrm{KL} = \sum_{p_i &gt; 0} p_i\, \phi\!\left(\tfrac{q_i}{p_i}\right)
     *     + \sum_{p_i = 0} q_i, \qquad \phi(r) = r - 1 - \log r \ge 0, \]
     * a sum of non-negative terms, where the Itakura–Saito term \( \phi(r) = -\mathrm{log1pmx}(r-1) \)
     * keeps its digits when \( q_i \approx p_i \). The identity needs the exact normalisation, so
     * \( r_i - 1 \) is formed from the stored probabilities \( g_i, h_i \) and the exact excesses
     * \( \sigma, \tau \) of their sums over 1 (\( p_i = g_i/(1+\sigma) \),
     * \( q_i = h_i/(1+\tau) \)):
     * \[ r_i - 1 = \frac{(h_i - g_i) + (h_i\sigma - g_i\tau)}{g_i(1+\tau)}, \]
     * where \( h_i - g_i \) is exact for nearly equal values (Sterbenz). Where \( r_i \) is far
     * from 1, \( \phi(r_i) = (r_i - 1) - \log r_i \) with \( \log r_i \) from the ratio
     * \( h_i/g_i \) directly. The terms are summed in double-double arithmetic.
     *
     * <p>When both were made from logits \( \ell, m \) with the same support and
     * \( |m_i - \ell_i| \le 1 \), the rounded probabilities would limit the relative accuracy
     * of nearly equal pairs to about \( 2^{-53}/|r_i - 1| \), so \( r_i \) comes from the logits
     * instead: with \( \varepsilon_i = m_i - \ell_i \) (exact for nearly equal logits),
     * \( Z_m/Z_\ell = \sum_i p_i e^{\varepsilon_i} \), so
     * \( \log r_i = \varepsilon_i - \Delta \) with
     * \( \Delta = \operatorname{log1p}\bigl(\sum_i p_i
     * \operatorname{expm1}(\varepsilon_i)\bigr) \),
     * and \( \phi(r_i) = e^{t} - 1 - t \) with \( t = \varepsilon_i - \Delta \)
     * ({@link LogSpace#expm1mx(double)}).
     *
     * <p>Both are distributions on the category indices, so p and q may have different numbers
     * of categories: a category one of them lacks has probability 0 there (KL is then
     * \( +\infty \) if p gives it positive probability).
     */
    static double kl(Categorical p, Categorical q) {
        if (p.size() == q.size() && p.fromLogits() && q.fromLogits()
                && logitsAreComparable(p, q)) {
            return klFromLogits(p, q);
        }
        double sigma = p.sumExcess();
        double tau = q.sumExcess();
        double logScaleRatio = p.logSum() - q.logSum();
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < Math.max(p.size(), q.size()); i++) {
            double logP = i < p.size() ? p.logProbabilityAt(i) : Double.NEGATIVE_INFINITY;
            double logQ = i < q.size() ? q.logProbabilityAt(i) : Double.NEGATIVE_INFINITY;
            if (logP == Double.NEGATIVE_INFINITY) {
                if (i < q.size()) {
                    sum.add(q.probabilityAt(i));
                }
                continue;
            }
            if (logQ == Double.NEGATIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            double g = p.given(i);
            if (g == 0) {
                // p_i > 0 below the double range (from logits):
                // p_i·φ(r_i) = q_i − p_i − p_i·log r_i ≈ q_i.
                sum.add(q.probabilityAt(i));
                continue;
            }
            double h = q.given(i);
            double u = ((h - g) + (h * sigma - g * tau)) / (g * (1 + tau));
            if (u > -0.5 && u < 1) {
                sum.add(p.probabilityAt(i) * -LogSpace.log1pmx(u));
            } else {
                // p_i·φ(r_i) = (q_i − p_i) − p_i·log r_i: no cancellation here, and no overflow
                // of u when p_i is subnormal.
                double logRatio = g >= Double.MIN_NORMAL && h >= Double.MIN_NORMAL
                        ? LogRatio.of(h, g) + logScaleRatio : logQ - logP;
                sum.add((q.probabilityAt(i) - p.probabilityAt(i))
                        - p.probabilityAt(i) * logRatio);
            }
        }
        return sum.value();
    }

    /** Whether the logits have the same support and differ by at most 1 everywhere on it. */
    private static boolean logitsAreComparable(Categorical p, Categorical q) {
        for (int i = 0; i < p.size(); i++) {
            double l = p.logit(i);
            double m = q.logit(i);
            if ((l == Double.NEGATIVE_INFINITY) != (m == Double.NEGATIVE_INFINITY)) {
                return false;
            }
            if (l > Double.NEGATIVE_INFINITY && !(Math.abs(m - l) <= 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * KL from the logits, as in {@link #kl(Categorical, Categorical)}. The differences are taken
     * relative to p's most likely category \( j \), \( \varepsilon_i = (m_i - \ell_i) -
     * (m_j - \ell_j) \), which leaves the ratios unchanged: a common shift of all logits (and a
     * single category) then gives exactly 0, and where \( p_j \approx 1 \),
     * \( \varepsilon_j = 0 \) keeps \( \Delta \) small and \( \varepsilon_j - \Delta \) free of
     * cancellation.
     */
    private static double klFromLogits(Categorical p, Categorical q) {
        int k = p.size();
        int reference = 0;
        for (int i = 1; i < k; i++) {
            if (p.logit(i) > p.logit(reference)) {
                reference = i;
            }
        }
        double common = q.logit(reference) - p.logit(reference);
        double[] epsilon = new double[k];
        CompensatedSum shift = new CompensatedSum();
        for (int i = 0; i < k; i++) {
            if (p.logit(i) > Double.NEGATIVE_INFINITY) {
                epsilon[i] = (q.logit(i) - p.logit(i)) - common;
                shift.add(p.probabilityAt(i) * Math.expm1(epsilon[i]));
            }
        }
        double delta = Math.log1p(shift.value());
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < k; i++) {
            if (p.logit(i) > Double.NEGATIVE_INFINITY) {
                sum.add(p.probabilityAt(i) * LogSpace.expm1mx(epsilon[i] - delta));
            }
        }
        return sum.value();
    }

    /**
     * \( H(p, q) = -\sum_i p_i \log q_i \) over categories with \( p_i &gt; 0 \); non-negative
     * terms, summed in double-double arithmetic; \( +\infty \) when some \( q_i = 0 &lt; p_i \)
     * (including categories q does not have).
     */
    static double crossEntropy(Categorical p, Categorical q) {
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < p.size(); i++) {
            if (p.logProbabilityAt(i) == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double logQ = i < q.size() ? q.logProbabilityAt(i) : Double.NEGATIVE_INFINITY;
            if (logQ == Double.NEGATIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            sum.add(-p.probabilityAt(i) * logQ);
        }
        return sum.value();
    }
}
