package org.kullback.distributions;

import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link Bernoulli} p to a Bernoulli or
 * Poisson q. Registered in {@link ClosedForms}.
 */
final class BernoulliDivergences {

    private BernoulliDivergences() {
    }

    /**
     * \( \mathrm{KL}(\mathrm{Bernoulli}(a)\,\|\,\mathrm{Bernoulli}(b))
     *   = a\log\frac{a}{b} + (1-a)\log\frac{1-a}{1-b} \)
     * (Cover &amp; Thomas, Elements of Information Theory, 2nd ed., eq. 2.26), with
     * \( 0\log 0 = 0 \). It is \( -\log(1-b) \) when \( a = 0 \), \( -\log b \) when \( a = 1 \),
     * and \( +\infty \) when a puts mass on an outcome that b does not.
     *
     * <p>With \( \delta = b - a \) each term is rewritten by adding and subtracting its share of
     * \( \delta \): \( a\log\frac{a}{b} + \delta = -a\,\bigl(\log(1 + \delta/a) - \delta/a\bigr) \)
     * and \( (1-a)\log\frac{1-a}{1-b} - \delta = -(1-a)\bigl(\log(1 - \tfrac{\delta}{1-a})
     * + \tfrac{\delta}{1-a}\bigr) \); the added \( \pm\delta \) cancel exactly, so
     * \[ \mathrm{KL} = -a\,\mathrm{log1pmx}\!\left(\tfrac{\delta}{a}\right)
     *   - (1-a)\,\mathrm{log1pmx}\!\left(-\tfrac{\delta}{1-a}\right), \]
     * a sum of two non-negative terms, each evaluated by {@link LogSpace#log1pmx(double)} without
     * cancellation. So KL(Bernoulli(0.5)‖Bernoulli(0.500000001)) ≈ 2.0e-18 keeps all its digits.
     * \( \delta \) is taken on the side where both parameters are stored exactly: \( b - a \), or
     * \( (1-a) - (1-b) \) when both exceed 1/2 (where \( 1-p \) is the accurate one for instances
     * made from logits); a difference of nearly equal doubles is exact (Sterbenz). When both were
     * made from logits \( x, y \) with \( |x - y| \le 1 \), \( \delta = \sigma(y) - \sigma(x)
     * = -\sigma(y)\,\sigma(-x)\,\operatorname{expm1}(x - y) \) instead, which stays accurate
     * for nearly equal logits, where the rounded probabilities would not. Where a ratio
     * \( 1 + \delta/a \) is far from 1 the term is \( \delta - a\log(b/a) \) instead, with the
     * logarithm of the ratio taken directly.
     */
    static double kl(Bernoulli p, Bernoulli q) {
        // 0 − log rather than −log, so that −log 1 is +0.0 rather than −0.0.
        if (p.logP() == Double.NEGATIVE_INFINITY) {
            return 0 - q.log1mP();
        }
        if (p.log1mP() == Double.NEGATIVE_INFINITY) {
            return 0 - q.logP();
        }
        if (q.logP() == Double.NEGATIVE_INFINITY || q.log1mP() == Double.NEGATIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double delta;
        if (p.fromLogit() && q.fromLogit() && Math.abs(p.logit() - q.logit()) <= 1) {
            // σ(y) − σ(x) = −σ(y)·σ(−x)·expm1(x − y): x − y rounds once, so δ keeps its digits
            // where the rounded probabilities would have lost them. (For |x − y| ≤ 1 one of the
            // two σ factors is at least 1/4 and expm1 is at most e − 1: nothing over- or
            // underflows.)
            delta = -q.p() * p.q() * Math.expm1(p.logit() - q.logit());
        } else {
            delta = p.p() > 0.5 && q.p() >= 0.5 ? p.q() - q.q() : q.p() - p.p();
        }
        if (delta == 0) {
            return 0;
        }
        return term(p.p(), q.p(), delta, p.logP(), q.logP())
                + term(p.q(), q.q(), -delta, p.log1mP(), q.log1mP());
    }

    /**
     * \( a\log(a/b) + (b - a) \ge 0 \) for \( a, b &gt; 0 \) (as real numbers; either may have
     * underflowed to 0 as a double), given \( d = b - a \) and the logarithms of {@code a} and
     * {@code b}.
     */
    private static double term(double a, double b, double d, double logA, double logB) {
        if (a == 0) {
            // a underflowed: a·log(a/b) is below the double range, the term is b − a = d.
            return d;
        }
        double x = d / a;
        if (x > -0.5 && x < 1) {
            return -a * LogSpace.log1pmx(x);
        }
        double logRatio = a >= Double.MIN_NORMAL && b >= Double.MIN_NORMAL
                ? LogRatio.of(b, a) : logB - logA;
        return d - a * logRatio;
    }

    /**
     * \( H(\mathrm{Bernoulli}(a), \mathrm{Bernoulli}(b)) = -a\log b - (1-a)\log(1-b) \) with
     * \( 0\log 0 = 0 \): both terms are non-negative, so it needs no rewriting; \( +\infty \) when
     * a puts mass on an outcome that b does not.
     */
    static double crossEntropy(Bernoulli p, Bernoulli q) {
        return crossTerm(p.p(), p.logP(), q.logP()) + crossTerm(p.q(), p.log1mP(), q.log1mP());
    }

    /** \( -a\log b \) with \( 0\log 0 = 0 \), given \( \log a \) and \( \log b \). */
    private static double crossTerm(double a, double logA, double logB) {
        if (logA == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        return logB == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : -a * logB;
    }

    /**
     * \( \mathrm{KL}(\mathrm{Bernoulli}(p)\,\|\,\mathrm{Poisson}(\lambda))
     *   = (1-p)\bigl(\log(1-p) + \lambda\bigr) + p\bigl(\log p - \log\lambda + \lambda\bigr) \),
     * the sum over p's support \( \{0, 1\} \) with \( \log Q(0) = -\lambda \),
     * \( \log Q(1) = \log\lambda - \lambda \), and \( 0\log 0 = 0 \). The cross-entropy is
     * \( -\sum_k P(k)\log Q(k) = \lambda - p\log\lambda \ge 0 \) and is registered as
     * \( H(p) + \mathrm{KL} \), a sum of two non-negative terms.
     *
     * <p>For small p and λ the two distributions nearly coincide (Bernoulli(p) and Poisson(p)
     * differ by \( O(p^2) \)) and the terms above cancel. Adding and subtracting p regroups them
     * into two non-negative terms,
     * \[ \mathrm{KL} = p\,\mathrm{IS}(\lambda/p) + g(1-p), \qquad
     *   \mathrm{IS}(r) = r - 1 - \log r, \quad g(y) = y\log y - y + 1, \]
     * the first \( \lambda - p + p\log(p/\lambda) \), from \( \operatorname{log1pmx} \) of
     * \( (\lambda - p)/p \) when the two are within a factor 2 (the difference is then exact),
     * the second \( (1-p)\log(1-p) + p \), for \( p &lt; \tfrac12 \) evaluated as
     * \( p^2 + (1-p)\operatorname{log1pmx}(-p) \approx p^2/2 \), and otherwise from Bernoulli's
     * accurate \( 1 - p \) and \( \log(1-p) \). So KL(Bernoulli(1e-9)‖Poisson(1e-9)) = 5.0e-19
     * keeps all its digits.
     */
    static double kl(Bernoulli p, Poisson q) {
        double lambda = q.rate();
        double success = p.p();
        double failure = p.q();
        double countPart;
        if (success == 0) {
            countPart = lambda;
        } else {
            double u = (lambda - success) / success;
            countPart = u > -0.5 && u < 1 ? -success * LogSpace.log1pmx(u)
                    : (lambda - success) - success * LogRatio.of(lambda, success);
        }
        double failurePart;
        if (success < 0.5) {
            failurePart = success * success + failure * LogSpace.log1pmx(-success);
        } else {
            // 0·log 0 = 0 at p = 1.
            failurePart = (failure == 0 ? 0 : failure * p.log1mP()) + success;
        }
        return countPart + failurePart;
    }
}
