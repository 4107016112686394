package org.kullback.integration;

import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Distribution;
import org.kullback.distributions.UnivariateDistribution;

/**
 * KL divergence, cross-entropy and entropy of any distributions, in nats: the closed form when
 * one is registered in {@link ClosedForms} (or the family's own {@link Distribution#entropy()}),
 * quadrature or summation ({@link NumericalDivergences}) otherwise, or the method the caller
 * forces. The {@link Divergence} records the method and an error bound.
 *
 * <p>Quadrature is for univariate distributions only; a multivariate distribution (such as
 * {@code MultivariateNormal}) has its closed forms and, when forced, Monte Carlo.
 *
 * <p>{@link Method#MONTE_CARLO} is used only when forced. It draws
 * {@value #MONTE_CARLO_SAMPLES} samples ({@link MonteCarloDivergences}) from a
 * {@link SplittableRandom} seeded with {@link #MONTE_CARLO_SEED}, so the same call gives the same
 * number every time, as a command line should; for other sample sizes or seeds call
 * {@link MonteCarloDivergences} directly. Its error bound is three standard errors: the true
 * value lies within it with probability about 99.7% when the terms have a finite variance.
 *
 * <p>The entropy of an adapted foreign distribution ({@link ForeignDistributions}) is computed by
 * quadrature inside the adapter, so it is reported as {@link Method#QUADRATURE} with its error
 * bound, never as a closed form.
 */
public final class Divergences {

    /** The number of draws for {@link Method#MONTE_CARLO}. */
    public static final int MONTE_CARLO_SAMPLES = 100_000;
    /** The seed of the generator for {@link Method#MONTE_CARLO} (the ASCII of "Kullback"). */
    public static final long MONTE_CARLO_SEED = 0x4B756C6C6261636BL;
    /** The error bound of a Monte Carlo estimate, in standard errors. */
    private static final double MONTE_CARLO_STANDARD_ERRORS = 3;

    private Divergences() {
    }

    /** \( \mathrm{KL}(p\,\|\,q) \) by {@link Method#AUTO}. */
    public static Divergence kl(Distribution p, Distribution q) {
        return kl(p, q, Method.AUTO);
    }

    /**
     * \( \mathrm{KL}(p\,\|\,q) \) in nats.
     *
     * @throws IllegalArgumentException if an argument is null, CLOSED_FORM is forced for a
     *     pair without one, or quadrature is asked for a distribution that is not univariate
     * @throws NonConvergenceException if quadrature does not reach its tolerance
     * @throws IllegalStateException if MONTE_CARLO is forced and a draw lands on a singular point
     *     (see {@link MonteCarloDivergences})
     */
    public static Divergence kl(Distribution p, Distribution q, Method method) {
        checkPair(p, q, method);
        if (method == Method.MONTE_CARLO) {
            return monteCarlo("KL", p, q,
                    MonteCarloDivergences.kl(p, q, MONTE_CARLO_SAMPLES, monteCarloGenerator()));
        }
        return pairwise("KL", p, q, method, ClosedForms.kl(p, q),
                (up, uq) -> NumericalDivergences.kl(up, uq));
    }

    /** \( H(p, q) \) by {@link Method#AUTO}. */
    public static Divergence crossEntropy(Distribution p, Distribution q) {
        return crossEntropy(p, q, Method.AUTO);
    }

    /**
     * The cross-entropy \( H(p, q) = -E_p[\log q] \) in nats; exceptions as
     * {@link #kl(Distribution, Distribution, Method)}.
     */
    public static Divergence crossEntropy(Distribution p, Distribution q, Method method) {
        checkPair(p, q, method);
        if (method == Method.MONTE_CARLO) {
            return monteCarlo("cross-entropy", p, q, MonteCarloDivergences.crossEntropy(p, q,
                    MONTE_CARLO_SAMPLES, monteCarloGenerator()));
        }
        return pairwise("cross-entropy", p, q, method, ClosedForms.crossEntropy(p, q),
                (up, uq) -> NumericalDivergences.crossEntropy(up, uq));
    }

    /** \( H(p) \) by {@link Method#AUTO}. */
    public static Divergence entropy(Distribution p) {
        return entropy(p, Method.AUTO);
    }

    /**
     * The entropy \( H(p) \) in nats (differential entropy for continuous p). The closed form is
     * {@link Distribution#entropy()}; for AUTO it counts as unavailable when it returns NaN or
     * throws {@link UnsupportedOperationException}, and for an adapted foreign distribution,
     * whose {@code entropy()} is itself quadrature.
     *
     * @throws IllegalArgumentException if an argument is null, the closed form is forced but
     *     unavailable, or quadrature is asked for a distribution that is not univariate
     * @throws NonConvergenceException if quadrature does not reach its tolerance
     * @throws IllegalStateException if MONTE_CARLO is forced and a draw lands on a singular point
     */
    public static Divergence entropy(Distribution p, Method method) {
        if (p == null || method == null) {
            throw new IllegalArgumentException((p == null ? "p" : "method") + " must not be null");
        }
        if (method == Method.MONTE_CARLO) {
            return monteCarlo("entropy", p, null,
                    MonteCarloDivergences.entropy(p, MONTE_CARLO_SAMPLES, monteCarloGenerator()));
        }
        if (method != Method.QUADRATURE) {
            OptionalDouble closed = ownEntropy(p);
            if (closed.isPresent()) {
                return new Divergence("entropy", p, null, closed.getAsDouble(),
                        Method.CLOSED_FORM, 0, "nats");
            }
            if (method == Method.CLOSED_FORM) {
                throw new IllegalArgumentException("no closed-form entropy for p = " + p);
            }
        }
        Integral integral = NumericalDivergences.entropy(univariate("p", p));
        return numerical("entropy", p, null, integral);
    }

    private interface Numerical {
        Integral compute(UnivariateDistribution p, UnivariateDistribution q);
    }

    private static Divergence pairwise(String quantity, Distribution p, Distribution q,
            Method method, OptionalDouble closed, Numerical numerical) {
        if (method != Method.QUADRATURE) {
            if (closed.isPresent()) {
                return new Divergence(quantity, p, q, closed.getAsDouble(), Method.CLOSED_FORM,
                        0, "nats");
            }
            if (method == Method.CLOSED_FORM) {
                throw new IllegalArgumentException("no closed-form " + quantity + " registered for "
                        + p.family() + "→" + q.family() + " (p = " + p + ", q = " + q + ")");
            }
        }
        Integral integral = numerical.compute(univariate("p", p), univariate("q", q));
        return numerical(quantity, p, q, integral);
    }

    private static Divergence numerical(String quantity, Distribution p, Distribution q,
            Integral integral) {
        if (!integral.converged()) {
            throw new NonConvergenceException(quantity + " of " + (q == null ? p : p + " ‖ " + q)
                    + " did not converge", integral);
        }
        return new Divergence(quantity, p, q, integral.value(), Method.QUADRATURE,
                integral.absoluteError(), "nats");
    }

    private static Divergence monteCarlo(String quantity, Distribution p, Distribution q,
            MonteCarloEstimate estimate) {
        return new Divergence(quantity, p, q, estimate.value(), Method.MONTE_CARLO,
                MONTE_CARLO_STANDARD_ERRORS * estimate.standardError(), "nats");
    }

    private static SplittableRandom monteCarloGenerator() {
        return new SplittableRandom(MONTE_CARLO_SEED);
    }

    private static OptionalDouble ownEntropy(Distribution p) {
        if (p instanceof ForeignContinuous || p instanceof ForeignDiscrete) {
            return OptionalDouble.empty();
        }
        try {
            double h = p.entropy();
            return Double.isNaN(h) ? OptionalDouble.empty() : OptionalDouble.of(h);
        } catch (UnsupportedOperationException e) {
            return OptionalDouble.empty();
        }
    }

    private static UnivariateDistribution univariate(String name, Distribution d) {
        if (d instanceof UnivariateDistribution univariate) {
            return univariate;
        }
        throw new IllegalArgumentException("quadrature needs univariate distributions, but "
                + name + " = " + d + " is " + d.family());
    }

    private static void checkPair(Distribution p, Distribution q, Method method) {
        if (p == null || q == null || method == null) {
            throw new IllegalArgumentException(
                    (p == null ? "p" : q == null ? "q" : "method") + " must not be null");
        }
    }
}
