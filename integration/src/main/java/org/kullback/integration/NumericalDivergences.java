package org.kullback.integration;

import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDiscrete;
import org.kullback.distributions.UnivariateDistribution;
import org.kullback.special.LogSpace;

/**
 * Entropy \( H(p) = -E_p[\log p] \), cross-entropy \( H(p, q) = -E_p[\log q] \) and
 * \( \mathrm{KL}(p\,\|\,q) = E_p[\log p - \log q] \) in nats, by adaptive quadrature
 * ({@link SupportQuadrature}) for continuous p and q, and by summation ({@link DiscreteSums})
 * for discrete ones. Works for any implementation of {@link UnivariateContinuous} or
 * {@link UnivariateDiscrete}.
 *
 * <p>Every integrand is formed from log densities, so nothing underflows before it is
 * multiplied: the entropy term is \( -e^{\log p}\log p \), with \( 0 \cdot (-\infty) = 0 \)
 * where p vanishes. KL is integrated in the form
 * \[ \mathrm{KL}(p\,\|\,q) = \int_{S_p} \bigl(q - p - p\,u\bigr)\,dx + Q(\mathbb{R} \setminus S_p),
 *    \qquad u = \log q - \log p, \]
 * which follows from \( E_p[q/p] = Q(S_p) \). The integrand \( p(e^u - 1 - u) \ge 0 \) has no
 * cancellation: for nearly equal p and q it is \( p u^2/2 \), computed with
 * {@link LogSpace#expm1mx}, whereas \( p \log(p/q) \) would be of size \( |u| \) and cancel to
 * \( u^2 \). The mass of q outside p's support comes from q's cdf and survival function.
 *
 * <p>Results are {@code +∞} (converged, zero error) when p's support is not inside q's (this
 * includes a continuous against a discrete distribution), when q vanishes somewhere p does
 * not, and when the integral diverges in a tail. Divergence is detected before integrating,
 * from the growth of \( h(x) = |x - m|\,p(x)\,|g(x)| \) (g the function whose mean is taken,
 * m p's median) at \( |x - m| = 10^{k} w \), \( k = 1, 2, 4, \dots, 128 \) (w the tail scale),
 * computed in log space: \( \int^\infty p|g| \) over a decade is about \( h \ln 10 \), so the
 * integral converges iff \( h \to 0 \). The tail is declared divergent when \( \log h \)
 * did not fall by at least 1/2 over the last (widest) step at which all logs were finite. This
 * reports KL(Cauchy‖Normal) (h constant ≈ 1/(2π)), KL(StudentT(2)‖Normal) (h → 1) and
 * KL(Laplace‖Gumbel) (h ∝ x on the left) as +∞ and keeps KL(StudentT(3)‖Normal) (h ∝ 1/x)
 * finite. Integrands whose h decays more slowly than \( x^{-0.005} \) over a factor 10^64 are
 * reported divergent; no quadrature could converge on them in double precision anyway.
 * Singularities at finite support bounds are not tested; they are integrable for every family.
 */
public final class NumericalDivergences {

    private static final double[] NO_POINTS = {};
    private static final int[] DECADES = {1, 2, 4, 8, 16, 32, 64, 128};
    private static final double MINIMUM_LOG_DECREASE = 0.5;

    private NumericalDivergences() {
    }

    /** \( H(p) \) with {@link Tolerance#DEFAULT}. */
    public static Integral entropy(UnivariateDistribution p) {
        return entropy(p, Tolerance.DEFAULT);
    }

    /**
     * \( H(p) = -E_p[\log p] \) in nats.
     *
     * @throws IllegalArgumentException if an argument is null or p is neither continuous nor
     *     discrete
     */
    public static Integral entropy(UnivariateDistribution p, Tolerance tolerance) {
        checkArguments(p, p, tolerance);
        LogDensityTerm term = (x, logP, logQ) -> {
            double density = Math.exp(logP);
            return density == 0 ? 0 : -density * logP;
        };
        return integrate(p, null, term, Quantity.ENTROPY, tolerance);
    }

    /** \( H(p, q) \) with {@link Tolerance#DEFAULT}. */
    public static Integral crossEntropy(UnivariateDistribution p, UnivariateDistribution q) {
        return crossEntropy(p, q, Tolerance.DEFAULT);
    }

    /**
     * \( H(p, q) = -E_p[\log q] \) in nats.
     *
     * @throws IllegalArgumentException if an argument is null or p or q is neither continuous
     *     nor discrete
     */
    public static Integral crossEntropy(UnivariateDistribution p, UnivariateDistribution q,
            Tolerance tolerance) {
        checkArguments(p, q, tolerance);
        if (!supportContained(p, q)) {
            return Integral.divergent(0);
        }
        LogDensityTerm term = (x, logP, logQ) -> {
            double density = Math.exp(logP);
            if (density == 0) {
                return 0;
            }
            if (logQ == Double.NEGATIVE_INFINITY) {
                throw new DivergenceSignal("q vanishes at " + x + " where p does not");
            }
            return -density * logQ;
        };
        return integrate(p, q, term, Quantity.CROSS_ENTROPY, tolerance);
    }

    /** \( \mathrm{KL}(p\,\|\,q) \) with {@link Tolerance#DEFAULT}. */
    public static Integral kl(UnivariateDistribution p, UnivariateDistribution q) {
        return kl(p, q, Tolerance.DEFAULT);
    }

    /**
     * \( \mathrm{KL}(p\,\|\,q) \) in nats.
     *
     * @throws IllegalArgumentException if an argument is null or p or q is neither continuous
     *     nor discrete
     */
    public static Integral kl(UnivariateDistribution p, UnivariateDistribution q,
            Tolerance tolerance) {
        checkArguments(p, q, tolerance);
        if (!supportContained(p, q)) {
            return Integral.divergent(0);
        }
        LogDensityTerm term = (x, logP, logQ) -> {
            double density = Math.exp(logP);
            if (logQ == Double.NEGATIVE_INFINITY) {
                if (density > 0) {
                    throw new DivergenceSignal("q vanishes at " + x + " where p does not");
                }
                return 0;
            }
            double qDensity = Math.exp(logQ);
            if (density == 0) {
                return qDensity;
            }
            double u = logQ - logP;
            return u > 1 ? (qDensity - density) - density * u : density * LogSpace.expm1mx(u);
        };
        Integral inside = integrate(p, q, term, Quantity.KL, tolerance);
        if (inside.value() == Double.POSITIVE_INFINITY) {
            return inside;
        }
        double outside = massOutside(p, q);
        return inside.plus(outside, 4 * Math.ulp(outside));
    }

    enum Quantity { ENTROPY, CROSS_ENTROPY, KL }

    private static Integral integrate(UnivariateDistribution p, UnivariateDistribution q,
            LogDensityTerm term, Quantity quantity, Tolerance tolerance) {
        try {
            if (p instanceof UnivariateContinuous cp) {
                UnivariateContinuous cq = (UnivariateContinuous) q;
                if (divergesInATail(cp, cq, quantity)) {
                    return Integral.divergent(0);
                }
                return SupportQuadrature.integrate(cp, cq, term, NO_POINTS, tolerance,
                        EndpointRule.AUTO);
            }
            return DiscreteSums.sum((UnivariateDiscrete) p, (UnivariateDiscrete) q, term,
                    tolerance);
        } catch (DivergenceSignal signal) {
            return Integral.divergent(0);
        }
    }

    /** Q(X outside p's support); 0 when the supports coincide. */
    private static double massOutside(UnivariateDistribution p, UnivariateDistribution q) {
        double lower = p.supportLowerBound();
        double upper = p.supportUpperBound();
        double below;
        if (lower <= q.supportLowerBound()) {
            below = 0;
        } else {
            below = q instanceof UnivariateDiscrete ? q.cdf(lower - 1) : q.cdf(lower);
        }
        double above = upper >= q.supportUpperBound() ? 0 : q.survival(upper);
        return below + above;
    }

    /** The tail test described in the class comment, on each infinite side of p's support. */
    static boolean divergesInATail(UnivariateContinuous p, UnivariateContinuous q,
            Quantity quantity) {
        double median = p.quantile(0.5);
        double scale = SupportQuadrature.tailScale(p);
        for (int direction : new int[] {-1, 1}) {
            double bound = direction < 0 ? p.supportLowerBound() : p.supportUpperBound();
            if (Double.isFinite(bound)) {
                continue;
            }
            double previous = Double.NaN;
            double last = Double.NaN;
            int finite = 0;
            for (int decades : DECADES) {
                double distance = scale * Math.pow(10, decades);
                double x = median + direction * distance;
                if (Double.isInfinite(x)) {
                    break;
                }
                double logP = p.logDensity(x);
                if (logP == Double.NEGATIVE_INFINITY) {
                    break;
                }
                double g = switch (quantity) {
                    case ENTROPY -> logP;
                    case CROSS_ENTROPY -> q.logDensity(x);
                    case KL -> logP - q.logDensity(x);
                };
                if (!Double.isFinite(g)) {
                    break;
                }
                previous = last;
                last = Math.log(distance) + logP + Math.log(Math.abs(g));
                finite++;
            }
            if (finite >= 2 && !(last <= previous - MINIMUM_LOG_DECREASE)) {
                return true;
            }
        }
        return false;
    }

    /** The support rule of {@code ClosedForms}: same kind, and p's bounds inside q's. */
    static boolean supportContained(UnivariateDistribution p, UnivariateDistribution q) {
        return (p instanceof UnivariateDiscrete) == (q instanceof UnivariateDiscrete)
                && p.supportLowerBound() >= q.supportLowerBound()
                && p.supportUpperBound() <= q.supportUpperBound();
    }

    private static void checkArguments(UnivariateDistribution p, UnivariateDistribution q,
            Tolerance tolerance) {
        if (p == null || q == null || tolerance == null) {
            throw new IllegalArgumentException(
                    (p == null ? "p" : q == null ? "q" : "tolerance") + " must not be null");
        }
        checkHasDensity("p", p);
        checkHasDensity("q", q);
    }

    private static void checkHasDensity(String name, UnivariateDistribution d) {
        if (!(d instanceof UnivariateContinuous) && !(d instanceof UnivariateDiscrete)) {
            throw new IllegalArgumentException(name + " = " + d + " has neither a density "
                    + "(UnivariateContinuous) nor a probability mass function "
                    + "(UnivariateDiscrete)");
        }
    }
}
