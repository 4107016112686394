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
 * where p vanishes. KL is first integrated directly, \( \int_{S_p} p\,(\log p - \log q) \).
 * Its rounding error is about \( \varepsilon \int p(|\log p| + |\log q|) \), a relative
 * \( 10^{-12} \) or less unless the integral cancels; so when it does
 * (\( \int|f| &gt; 10|\mathrm{KL}| \)) or is small (below \( 10^{-3} \)), it is integrated
 * again in the form
 * \[ \mathrm{KL}(p\,\|\,q) = \int_{S_p} \bigl(q - p - p\,u\bigr)\,dx + Q(\mathbb{R} \setminus S_p),
 *    \qquad u = \log q - \log p, \]
 * which follows from \( E_p[q/p] = Q(S_p) \). Its integrand \( p(e^u - 1 - u) \ge 0 \) has
 * no cancellation: for nearly equal p and q it is \( p u^2/2 \), computed with
 * {@link LogSpace#expm1mx}, whereas \( p \log(p/q) \) is of size \( |u| \) and cancels to
 * \( u^2 \) (KL(N(0,1)‖N(10⁻⁶,1)) = 5·10⁻¹³ keeps 12 digits instead of 3). The mass of q
 * outside p's support comes from q's cdf and survival function. This form needs all of q's
 * mass inside \( S_p \) to be seen by a quadrature laid out for p, so it is used only when it
 * agrees with the direct form to \( 10^{-6}\int|f| \) plus ten times the direct form's error
 * estimate; the evaluations of both are counted.
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
    /** Absolute tolerance floor of KL, about the square of the rounding of log densities. */
    static final double KL_ABSOLUTE_FLOOR = 1e-30;
    /** The quadratic form is tried when \( \int|f| \) exceeds |KL| by this factor... */
    private static final double CANCELLATION_RATIO = 10;
    /** ... or KL is below this. */
    private static final double SMALL_KL = 1e-3;
    /**
     * The quadratic integrand \( p u^2/2 \) inherits the rounding of the log densities,
     * \( \varepsilon|\log p| \) in \( u \), so its noise is about
     * \( \varepsilon \int p |u| |\log p| \); its absolute tolerance is at least this multiple
     * of \( \varepsilon \int p|u| \) (the direct form's \( \int|f| \)). Sums need no such
     * floor: their error is the truncated tail, not a quadrature estimate perturbed by noise.
     */
    private static final double QUADRATIC_NOISE = 1024;
    /** Relative to \( \int|f| \): how closely the two forms must agree. */
    private static final double AGREEMENT = 1e-6;

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
        return integrate(p, null, term, Quantity.ENTROPY, tolerance).integral();
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
            return -density * checkedLogQ(q, x, logQ, density);
        };
        return integrate(p, q, term, Quantity.CROSS_ENTROPY, tolerance).integral();
    }

    /** \( \mathrm{KL}(p\,\|\,q) \) with {@link Tolerance#DEFAULT}. */
    public static Integral kl(UnivariateDistribution p, UnivariateDistribution q) {
        return kl(p, q, Tolerance.DEFAULT);
    }

    /**
     * \( \mathrm{KL}(p\,\|\,q) \) in nats. The absolute tolerance is at least
     * {@value #KL_ABSOLUTE_FLOOR}: the log densities carry rounding errors of about
     * \( \varepsilon|\log p| \), so the integrand \( p u^2/2 \) is noise below about
     * \( \varepsilon^2 \), and a KL of exactly 0 (p = q) could not meet a relative tolerance.
     *
     * @throws IllegalArgumentException if an argument is null, p or q is neither continuous
     *     nor discrete, or q's log density is \( -\infty \) inside its support where p has
     *     mass (an overflow: the integrand is not representable)
     */
    public static Integral kl(UnivariateDistribution p, UnivariateDistribution q,
            Tolerance tolerance) {
        checkArguments(p, q, tolerance);
        if (!supportContained(p, q)) {
            return Integral.divergent(0);
        }
        Tolerance floored = new Tolerance(Math.max(tolerance.absolute(), KL_ABSOLUTE_FLOOR),
                tolerance.relative(), tolerance.maxEvaluations());
        LogDensityTerm direct = (x, logP, logQ) -> {
            double density = Math.exp(logP);
            if (density == 0) {
                return 0;
            }
            return density * (logP - checkedLogQ(q, x, logQ, density));
        };
        AdaptiveQuadrature.Outcome plain = integrate(p, q, direct, Quantity.KL, floored);
        Integral integral = plain.integral();
        if (integral.value() == Double.POSITIVE_INFINITY) {
            return integral;
        }
        double magnitude = plain.absoluteIntegral();
        if (magnitude > CANCELLATION_RATIO * Math.abs(integral.value())
                || Math.abs(integral.value()) < SMALL_KL) {
            double noise = p instanceof UnivariateContinuous
                    ? QUADRATIC_NOISE * Math.ulp(1.0) * magnitude : 0;
            Tolerance noiseFloored = new Tolerance(Math.max(floored.absolute(), noise),
                    floored.relative(), floored.maxEvaluations());
            Integral quadratic = quadraticForm(p, q, noiseFloored);
            integral = chooseQuadratic(integral, magnitude, quadratic);
        }
        return integral;
    }

    /**
     * The form without cancellation, \( \int_{S_p}(q - p - p u) + Q(\mathbb{R}\setminus S_p) \),
     * with the evaluations of the direct form that preceded it not yet counted.
     */
    private static Integral quadraticForm(UnivariateDistribution p, UnivariateDistribution q,
            Tolerance tolerance) {
        LogDensityTerm term = (x, logP, logQ) -> {
            double density = Math.exp(logP);
            if (logQ == Double.NEGATIVE_INFINITY) {
                checkedLogQ(q, x, logQ, density);
                return 0;
            }
            double qDensity = Math.exp(logQ);
            if (density == 0) {
                return qDensity;
            }
            double u = logQ - logP;
            return u > 1 ? (qDensity - density) - density * u : density * LogSpace.expm1mx(u);
        };
        Integral inside = integrate(p, q, term, Quantity.KL, tolerance).integral();
        double outside = massOutside(p, q);
        return inside.plus(outside, 4 * Math.ulp(outside));
    }

    /**
     * The quadratic form unless it disagrees with the direct one by more than the direct one's
     * rounding and error: then some of q's mass lies where p's break points and tails did not
     * look (a bump of q far from p's bulk), which only the direct form does not need to see.
     */
    private static Integral chooseQuadratic(Integral direct, double directMagnitude,
            Integral quadratic) {
        int evaluations = direct.evaluations() + quadratic.evaluations();
        double allowed = AGREEMENT * directMagnitude + 10 * direct.absoluteError();
        Integral chosen = quadratic.converged()
                && Math.abs(quadratic.value() - direct.value()) <= allowed ? quadratic : direct;
        return new Integral(chosen.value(), chosen.absoluteError(), evaluations,
                chosen.subintervals(), chosen.converged());
    }

    /**
     * {@code logQ}, unless it is \( -\infty \) where p has mass: outside q's support KL and
     * cross-entropy are infinite; inside, the log density overflowed.
     */
    private static double checkedLogQ(UnivariateDistribution q, double x, double logQ,
            double density) {
        if (logQ == Double.NEGATIVE_INFINITY && density > 0) {
            if (x < q.supportLowerBound() || x > q.supportUpperBound()
                    || q instanceof UnivariateDiscrete) {
                throw new DivergenceSignal("q vanishes at " + x + " where p does not");
            }
            throw new IllegalArgumentException("log q(x) is -Infinity at x = " + x
                    + " inside the support of q = " + q + ", where p(x) = " + density
                    + " > 0: q's log density overflows there, so the integrand cannot be "
                    + "represented in double precision");
        }
        return logQ;
    }

    enum Quantity { ENTROPY, CROSS_ENTROPY, KL }

    private static AdaptiveQuadrature.Outcome integrate(UnivariateDistribution p,
            UnivariateDistribution q, LogDensityTerm term, Quantity quantity,
            Tolerance tolerance) {
        try {
            if (p instanceof UnivariateContinuous cp) {
                UnivariateContinuous cq = (UnivariateContinuous) q;
                if (divergesInATail(cp, cq, quantity)) {
                    return new AdaptiveQuadrature.Outcome(Integral.divergent(0), 0);
                }
                return SupportQuadrature.integrate(cp, cq, term, NO_POINTS, tolerance,
                        EndpointRule.AUTO);
            }
            return DiscreteSums.sum((UnivariateDiscrete) p, (UnivariateDiscrete) q, term,
                    tolerance);
        } catch (DivergenceSignal signal) {
            return new AdaptiveQuadrature.Outcome(Integral.divergent(0), 0);
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
