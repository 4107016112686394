package org.kullback.distributions;

import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences from a {@link Binomial} p to other families. Registered in
 * {@link ClosedForms} with \( H(p, q) = H(p) + \mathrm{KL}(p\,\|\,q) \), a sum of two non-negative
 * numbers, which keeps full relative accuracy.
 *
 * <p>Where p is a point mass at \( k_0 \) (\( n = 0 \) or \( p \in \{0, 1\} \)),
 * \( \mathrm{KL} = -\log q(k_0) \). Otherwise p's support is \( \{0,\dots,n\} \) and KL is
 * \( +\infty \) unless q gives every one of those values positive probability.
 */
final class BinomialDivergences {

    private BinomialDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{Bin}(n_1,p_1)\,\|\,\mathrm{Bin}(n_2,p_2)) \).
     *
     * <p>Equal trials: \( n\,\mathrm{KL}(\mathrm{Bernoulli}(p_1)\,\|\,\mathrm{Bernoulli}(p_2)) \),
     * since the log ratio \( k\log\frac{p_1}{p_2} + (n-k)\log\frac{q_1}{q_2} \) is linear in k
     * (see {@link #bernoulliKl(double, double)}).
     *
     * <p>\( n_1 &gt; n_2 \) with \( p_1 &gt; 0 \): \( +\infty \) (p gives \( k = n_1 \) positive
     * probability, q does not). \( n_1 &lt; n_2 \): the finite sum over p's support
     * \[ \mathrm{KL} = \sum_{k=0}^{n_1} P_1(k)\,(r_k - 1 - \log r_k) + Q(K &gt; n_1),
     *    \qquad r_k = P_2(k)/P_1(k), \]
     * which is \( \sum_k P_1(k)\log(P_1(k)/P_2(k)) \) with \( \sum_{k\le n_1} (P_2(k) - P_1(k))
     * = -Q(K&gt;n_1) \) added and subtracted, so every term is non-negative and nothing cancels
     * when the two are close. Terms beyond where p's probabilities stop mattering are replaced by
     * the q-probability of that range (the limit of \( P_1 r_k \)). The log ratio
     * \( \log r_k = A_k + (k-n_1p_1)(\log\frac{p_2}{p_1}-\log\frac{q_2}{q_1})
     * - n_1\mathrm{KL}(\mathrm{Bern}(p_1)\|\mathrm{Bern}(p_2)) \) (the Bernoulli part, linear in
     * \( k - n_1p_1 \), which is exact in double-double) with, for \( m = n_2 - n_1 \) and
     * \( k &lt; n_1 \),
     * \[ A_k = \log\frac{\binom{n_2}{k}}{\binom{n_1}{k}} + m\log q_2
     *   = f(n_1) - f(n_1-k) + m\log\Bigl(1 + \frac{k-n_2p_2}{n_2-k}\Bigr)
     *   + \delta(n_2) - \delta(n_1) - \delta(n_2-k) + \delta(n_1-k), \]
     * \( f(x) = x\,\mathrm{log1pmx}(m/x) + \tfrac12\log(1+m/x) \): Stirling's formula
     * \( \log\Gamma(y+1) = (y+\tfrac12)\log y - y + \tfrac12\log 2\pi + \delta(y) \) in
     * \( \log\Gamma(x+m+1) - \log\Gamma(x+1) = (x+\tfrac12)\log(1+m/x) + m\log(x+m) - m
     * + \delta(x+m) - \delta(x) \) at \( x = n_1 \) and \( x = n_1 - k \), with the
     * \( m\log(x+m) \) parts joined to \( m\log q_2 \) and \( (x+\frac12)\log(1+m/x) \)
     * written as \( m + f(x) \). Each piece is at most of the size of \( \log r_k \) (or of
     * \( m^2/n_1 \)), so \( \log r_k \) keeps its relative accuracy when \( n_2 \approx n_1 \)
     * and \( p_2 \approx p_1 \), at a cost of a few logarithms per k.
     */
    static double kl(Binomial p, Binomial q) {
        if (isPointMass(p)) {
            return pointMassKl(p, q);
        }
        if (q.trials() < p.trials() || isPointMass(q)) {
            return Double.POSITIVE_INFINITY;
        }
        if (q.trials() == p.trials()) {
            return p.trials() * bernoulliKl(p.p(), q.p());
        }
        return differentTrialsKl(p, q);
    }

    /**
     * \( \mathrm{KL}(\mathrm{Bin}(n,p)\,\|\,\mathrm{Poisson}(\lambda)) = -H(p) - np\log\lambda
     * + \lambda + E_p[\log K!] \), evaluated as the non-negative sum of
     * {@link #kl(Binomial, Binomial)} with the Poisson probabilities, \( Q(K&gt;n) \) being the
     * Poisson survival at n. The log ratio of the two probabilities comes from their
     * saddle-point forms, where the \( \delta(k) \), \( D(k,\cdot) \) and \( \log k \) parts
     * pair up:
     * \[ \log\frac{P(k)}{Q(k)} = \delta(n) - \delta(n-k) - \tfrac12\log(1-k/n)
     *   - D(n-k, nq) - (np - \lambda) + k\log\frac{np}{\lambda} \qquad (0 \le k &lt; n), \]
     * every piece small when \( \mathrm{Bin}(n,p) \approx \mathrm{Poisson}(np) \) (large n,
     * small p), so the divergence, about \( p^2/4 \) there, keeps its relative accuracy.
     * \( \lambda = 0 \): 0 if p is the point mass at 0, \( +\infty \) otherwise.
     */
    static double kl(Binomial p, Poisson q) {
        if (isPointMass(p)) {
            return pointMassKl(p, q);
        }
        if (q.rate() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        int n = p.trials();
        double lambda = q.rate();
        double meanMinusRate = p.meanMinus(lambda);
        double logMeanOverRate = logRatio(p.mean(), lambda, meanMinusRate);
        double deltaN = SaddlePoint.stirlingError(n);
        double nq = n * (1 - p.p());
        return klBySum(p, q, k -> {
            if (k == n) {
                return p.logProbability(k) - q.logProbability(k);
            }
            double x = k;
            double excess = p.excess(k);
            return deltaN - (k == 0 ? deltaN : SaddlePoint.stirlingError(n - x))
                    - 0.5 * Math.log1p(-x / n)
                    - SaddlePoint.deviance(n - x, nq, -excess)
                    - meanMinusRate + x * logMeanOverRate;
        });
    }

    /**
     * \( \mathrm{KL}(\mathrm{Bernoulli}(a)\,\|\,\mathrm{Bernoulli}(b))
     * = a\log\frac ab + (1-a)\log\frac{1-a}{1-b} \), with \( 0\log 0 = 0 \) and \( +\infty \)
     * where b gives probability 0 to an outcome a does not.
     *
     * <p>When \( b/a \) and \( (1-b)/(1-a) \) are both within a factor 2 of 1, with
     * \( \delta = b - a \) (exact there, by Sterbenz's lemma) it is
     * \( -a\,\mathrm{log1pmx}(\delta/a) - (1-a)\,\mathrm{log1pmx}(-\delta/(1-a)) \), two
     * non-negative terms that keep full relative accuracy for nearly equal a and b (the
     * \( \pm\delta \) of the two logarithms cancel exactly on paper). Otherwise the direct form,
     * with each logarithm of a ratio taken as \( \log1p \) of the exact relative difference when
     * that ratio is near 1, and the complement \( 1-x \) (exact for \( x \ge 1/2 \)) otherwise.
     */
    static double bernoulliKl(double a, double b) {
        if (a == b) {
            return 0;
        }
        if (a == 0) {
            return -Math.log1p(-b);
        }
        if (a == 1) {
            return -Math.log(b);
        }
        if (b == 0 || b == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double qa = 1 - a;
        double qb = 1 - b;
        double delta = b - a;
        if (b > 0.5 * a && b < 2 * a && qb > 0.5 * qa && qb < 2 * qa) {
            return -a * LogSpace.log1pmx(delta / a) - qa * LogSpace.log1pmx(-delta / qa);
        }
        return a * logRatio(a, b) + qa * logRatio(qa, qb, delta);
    }

    /** \( \log(x/y) \) for positive x, y, accurate also when the ratio is near 1. */
    static double logRatio(double x, double y) {
        return logRatio(x, y, x - y);
    }

    /** \( \log(x/y) \), given \( x - y \) to full relative accuracy. */
    static double logRatio(double x, double y, double difference) {
        double relative = difference / y;
        return Math.abs(relative) < 0.5 ? Math.log1p(relative) : LogRatio.of(x, y);
    }

    private static boolean isPointMass(Binomial d) {
        return d.supportLowerBound() == d.supportUpperBound();
    }

    /** \( -\log q(k_0) \) for the point mass at \( k_0 \); {@code + 0.0} turns −0.0 into 0.0. */
    private static double pointMassKl(Binomial p, UnivariateDiscrete q) {
        return -q.logProbability((long) p.supportLowerBound()) + 0.0;
    }

    private static double differentTrialsKl(Binomial p, Binomial q) {
        int n1 = p.trials();
        double n2 = q.trials();
        double extra = n2 - n1;
        double p1 = p.p();
        double p2 = q.p();
        double linear = logRatio(p2, p1) - logRatio(1 - p2, 1 - p1, p1 - p2);
        double constant = -n1 * bernoulliKl(p1, p2);
        double stirlingTrials = SaddlePoint.stirlingError(n2) - SaddlePoint.stirlingError(n1);
        double shiftAtTrials = n1 * LogSpace.log1pmx(extra / n1) + 0.5 * Math.log1p(extra / n1);
        return klBySum(p, q, k -> {
            if (k == n1) {
                return p.logProbability(k) - q.logProbability(k);
            }
            double rest = n1 - k;
            double logCoefficientRatio = shiftAtTrials
                    - rest * LogSpace.log1pmx(extra / rest) - 0.5 * Math.log1p(extra / rest)
                    + extra * Math.log1p(q.excess(k) / (n2 - k))
                    + stirlingTrials - SaddlePoint.stirlingError(n2 - k)
                    + SaddlePoint.stirlingError(rest);
            return -logCoefficientRatio - (p.excess(k) * linear + constant);
        });
    }

    /** The log ratio \( \log(P(k)/Q(k)) \) at k. */
    @FunctionalInterface
    private interface LogRatioAt {
        double at(long k);
    }

    /**
     * \( \sum_{k} P(k)\,(r_k - 1 - \log r_k) + Q(K&lt;lo) + Q(K&gt;hi) \) with
     * \( r_k = Q(k)/P(k) \), over \( [lo, hi] \): from p's mode outwards until
     * \( P(k)(1 + |\log r_k|) \) is below \( 10^{-21} \) of the sum (what is left out is
     * \( \sum P(k)(\log(P/Q) - 1) \) beyond, as small). For \( r_k &gt; e \) the term is written
     * \( Q(k) - P(k) + P(k)\log(P/Q) \) so it can't overflow.
     */
    private static double klBySum(Binomial p, UnivariateDiscrete q, LogRatioAt logRatio) {
        long mode = (long) Math.min(p.supportUpperBound(),
                Math.floor((p.trials() + 1.0) * p.p()));
        CompensatedSum sum = new CompensatedSum();
        long lo = mode;
        long hi = mode;
        for (int direction = 1; direction >= -1; direction -= 2) {
            for (long k = direction > 0 ? mode : mode - 1; k >= 0 && k <= p.trials();
                    k += direction) {
                double logP = p.logProbability(k);
                double d = logRatio.at(k);
                if (d == Double.POSITIVE_INFINITY) {
                    return Double.POSITIVE_INFINITY;
                }
                double probability = Math.exp(logP);
                double term = d > -1 ? probability * LogSpace.expm1mx(-d)
                        : Math.exp(logP - d) - probability + probability * d;
                sum.add(term);
                if (direction > 0) {
                    hi = k;
                } else {
                    lo = k;
                }
                if (k != mode && probability * (1 + Math.abs(d)) < 1e-21 * sum.hi()) {
                    break;
                }
            }
        }
        return sum.value() + q.cdf(lo - 1) + q.survival(hi);
    }
}
