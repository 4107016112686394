package org.kullback.distributions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleBiFunction;

/**
 * The registry of closed-form KL divergences \( \mathrm{KL}(p\,\|\,q) \) and cross-entropies
 * \( H(p, q) = -E_p[\log q(X)] \), looked up by the pair of families.
 *
 * <p>Every registered pair is listed in the static block below; the formula itself, with its
 * derivation or citation, is in the class named {@code <P>Divergences} for p's family, as the
 * overload {@code kl(P, Q)} or {@code crossEntropy(P, Q)}. For example KL(Normal‖Laplace) is
 * {@link NormalDivergences#kl(Normal, Laplace)}.
 *
 * <p>KL is always written out, so that nearly equal parameters, where \( H(p,q) - H(p) \) would
 * cancel, keep their digits. Cross-entropy is written out too wherever \( -E_p[\log q] \) is more
 * accurate than \( H(p) + \mathrm{KL}(p\,\|\,q) \); otherwise it is that sum.
 *
 * <p>Values are in nats. When p's support is not contained in q's, or the integral diverges, both
 * are exactly {@link Double#POSITIVE_INFINITY}, never NaN. The support rule applies to every pair
 * of univariate distributions, registered or not: KL(Normal‖Exponential) is +∞ although no
 * Normal→Exponential formula exists, and so is KL between a continuous and a discrete
 * distribution (one gives positive probability to a set the other gives probability 0).
 */
public final class ClosedForms {

    /** An ordered pair of families, p's first. */
    public record FamilyPair(Class<? extends Distribution> p, Class<? extends Distribution> q) {
        @Override
        public String toString() {
            return p.getSimpleName() + "→" + q.getSimpleName();
        }
    }

    private record Formulas(ToDoubleBiFunction<Distribution, Distribution> kl,
            ToDoubleBiFunction<Distribution, Distribution> crossEntropy) {
    }

    private static final Map<FamilyPair, Formulas> REGISTRY = new LinkedHashMap<>();

    static {
        both(Normal.class, Normal.class, NormalDivergences::kl, NormalDivergences::crossEntropy);

        // Location-scale families: LogNormal, Laplace, Logistic, Cauchy, Gumbel, Uniform.
        both(LogNormal.class, LogNormal.class, LogNormalDivergences::kl,
                LogNormalDivergences::crossEntropy);
        both(Laplace.class, Laplace.class, LaplaceDivergences::kl,
                LaplaceDivergences::crossEntropy);
        both(Cauchy.class, Cauchy.class, CauchyDivergences::kl,
                CauchyDivergences::crossEntropy);
        both(Gumbel.class, Gumbel.class, GumbelDivergences::kl, GumbelDivergences::crossEntropy);
        both(Uniform.class, Uniform.class, UniformDivergences::kl,
                UniformDivergences::crossEntropy);

        // Positive families: Exponential, Gamma, Weibull, Pareto.
        both(Exponential.class, Exponential.class, ExponentialDivergences::kl,
                ExponentialDivergences::crossEntropy);
        both(Gamma.class, Gamma.class, GammaDivergences::kl, GammaDivergences::crossEntropy);
        both(Weibull.class, Weibull.class, WeibullDivergences::kl,
                WeibullDivergences::crossEntropy);
        both(Pareto.class, Pareto.class, ParetoDivergences::kl, ParetoDivergences::crossEntropy);

        // Beta and StudentT.
        both(Beta.class, Beta.class, BetaDivergences::kl, BetaDivergences::crossEntropy);

        // Bernoulli, Categorical, Geometric.
        both(Bernoulli.class, Bernoulli.class, BernoulliDivergences::kl,
                BernoulliDivergences::crossEntropy);
        both(Categorical.class, Categorical.class, CategoricalDivergences::kl,
                CategoricalDivergences::crossEntropy);
        both(Geometric.class, Geometric.class, GeometricDivergences::kl,
                GeometricDivergences::crossEntropy);

        // Binomial, Poisson.
        kl(Binomial.class, Binomial.class, BinomialDivergences::kl);
        kl(Binomial.class, Poisson.class, BinomialDivergences::kl);
        kl(Poisson.class, Poisson.class, PoissonDivergences::kl);
        both(Poisson.class, Geometric.class, PoissonDivergences::kl,
                PoissonDivergences::crossEntropy);

        // MultivariateNormal.
        both(MultivariateNormal.class, MultivariateNormal.class, MultivariateNormalDivergences::kl,
                MultivariateNormalDivergences::crossEntropy);

        // Cross-family pairs.

        // Cross-family, location-scale p:
        both(Normal.class, Laplace.class, NormalDivergences::kl, NormalDivergences::crossEntropy);
        both(Normal.class, Gumbel.class, NormalDivergences::kl, NormalDivergences::crossEntropy);
        both(Laplace.class, Normal.class, LaplaceDivergences::kl,
                LaplaceDivergences::crossEntropy);
        both(Gumbel.class, Normal.class, GumbelDivergences::kl, GumbelDivergences::crossEntropy);
        both(Uniform.class, Normal.class, UniformDivergences::kl,
                UniformDivergences::crossEntropy);
        both(Uniform.class, Exponential.class, UniformDivergences::kl,
                UniformDivergences::crossEntropy);
        both(Uniform.class, Gamma.class, UniformDivergences::kl,
                UniformDivergences::crossEntropy);
        both(Uniform.class, Gumbel.class, UniformDivergences::kl,
                UniformDivergences::crossEntropy);
        both(Uniform.class, Pareto.class, UniformDivergences::kl,
                UniformDivergences::crossEntropy);
        both(Uniform.class, Laplace.class, UniformDivergences::kl,
                UniformDivergences::crossEntropy);

        // Cross-family, positive p:
        both(Exponential.class, Gamma.class, ExponentialDivergences::kl,
                ExponentialDivergences::crossEntropy);
        both(Exponential.class, Normal.class, ExponentialDivergences::kl,
                ExponentialDivergences::crossEntropy);
        both(Exponential.class, Gumbel.class, ExponentialDivergences::kl,
                ExponentialDivergences::crossEntropy);
        both(Exponential.class, Weibull.class, ExponentialDivergences::kl,
                ExponentialDivergences::crossEntropy);
        both(Gamma.class, Exponential.class, GammaDivergences::kl,
                GammaDivergences::crossEntropy);
        both(Gamma.class, Normal.class, GammaDivergences::kl,
                GammaDivergences::crossEntropy);
        both(Gamma.class, Gumbel.class, GammaDivergences::kl,
                GammaDivergences::crossEntropy);
        both(Gamma.class, LogNormal.class, GammaDivergences::kl,
                GammaDivergences::crossEntropy);
        both(LogNormal.class, Gamma.class, LogNormalDivergences::kl,
                LogNormalDivergences::crossEntropy);
        both(Weibull.class, Exponential.class, WeibullDivergences::kl,
                WeibullDivergences::crossEntropy);
        both(Weibull.class, Gamma.class, WeibullDivergences::kl,
                WeibullDivergences::crossEntropy);
        both(Pareto.class, Exponential.class, ParetoDivergences::kl,
                ParetoDivergences::crossEntropy);
        both(Pareto.class, Gamma.class, ParetoDivergences::kl,
                ParetoDivergences::crossEntropy);
        both(Pareto.class, Normal.class, ParetoDivergences::kl,
                ParetoDivergences::crossEntropy);

        // Cross-family, Beta and discrete p:
        both(Beta.class, Uniform.class, BetaDivergences::kl, BetaDivergences::crossEntropy);
        both(Beta.class, Normal.class, BetaDivergences::kl, BetaDivergences::crossEntropy);
        both(Beta.class, Exponential.class, BetaDivergences::kl, BetaDivergences::crossEntropy);
        both(Beta.class, Gamma.class, BetaDivergences::kl, BetaDivergences::crossEntropy);
        both(Uniform.class, Beta.class, UniformDivergences::kl, UniformDivergences::crossEntropy);
        kl(Bernoulli.class, Poisson.class, BernoulliDivergences::kl);
    }

    private ClosedForms() {
    }

    /**
     * \( \mathrm{KL}(p\,\|\,q) \) in nats, or empty when no closed form is registered for the pair
     * of families.
     *
     * @throws IllegalArgumentException if either argument is null
     */
    public static OptionalDouble kl(Distribution p, Distribution q) {
        Formulas formulas = lookup(p, q);
        if (!supportContained(p, q)) {
            return OptionalDouble.of(Double.POSITIVE_INFINITY);
        }
        return formulas == null ? OptionalDouble.empty()
                : OptionalDouble.of(formulas.kl().applyAsDouble(p, q));
    }

    /**
     * The cross-entropy \( H(p, q) \) in nats, or empty when no closed form is registered for the
     * pair of families.
     *
     * @throws IllegalArgumentException if either argument is null
     */
    public static OptionalDouble crossEntropy(Distribution p, Distribution q) {
        Formulas formulas = lookup(p, q);
        if (!supportContained(p, q)) {
            return OptionalDouble.of(Double.POSITIVE_INFINITY);
        }
        return formulas == null ? OptionalDouble.empty()
                : OptionalDouble.of(formulas.crossEntropy().applyAsDouble(p, q));
    }

    /** Whether a closed form is registered for KL and cross-entropy from family p to family q. */
    public static boolean has(Class<? extends Distribution> p, Class<? extends Distribution> q) {
        return REGISTRY.containsKey(new FamilyPair(p, q));
    }

    /** Every registered pair, in registration order. */
    public static List<FamilyPair> pairs() {
        return Collections.unmodifiableList(new ArrayList<>(REGISTRY.keySet()));
    }

    /**
     * Whether p's support lies inside q's, as far as univariate support bounds tell; pairs that are
     * not both univariate are left to their formulas.
     */
    static boolean supportContained(Distribution p, Distribution q) {
        if (p instanceof UnivariateDistribution up && q instanceof UnivariateDistribution uq) {
            return (p instanceof UnivariateDiscrete) == (q instanceof UnivariateDiscrete)
                    && up.supportLowerBound() >= uq.supportLowerBound()
                    && up.supportUpperBound() <= uq.supportUpperBound();
        }
        return true;
    }

    private static Formulas lookup(Distribution p, Distribution q) {
        if (p == null || q == null) {
            throw new IllegalArgumentException((p == null ? "p" : "q") + " must not be null");
        }
        return REGISTRY.get(new FamilyPair(p.getClass(), q.getClass()));
    }

    /** Registers a pair whose KL and cross-entropy are both written out. */
    private static <P extends Distribution, Q extends Distribution> void both(Class<P> p,
            Class<Q> q, ToDoubleBiFunction<P, Q> kl, ToDoubleBiFunction<P, Q> crossEntropy) {
        register(p, q, kl, crossEntropy);
    }

    /** Registers a pair whose KL is written out; H(p,q) = H(p) + KL(p‖q). */
    private static <P extends Distribution, Q extends Distribution> void kl(Class<P> p,
            Class<Q> q, ToDoubleBiFunction<P, Q> kl) {
        register(p, q, kl, (a, b) -> a.entropy() + kl.applyAsDouble(a, b));
    }

    @SuppressWarnings("unchecked")
    private static <P extends Distribution, Q extends Distribution> void register(Class<P> p,
            Class<Q> q, ToDoubleBiFunction<P, Q> kl, ToDoubleBiFunction<P, Q> crossEntropy) {
        FamilyPair pair = new FamilyPair(p, q);
        if (REGISTRY.containsKey(pair)) {
            throw new IllegalStateException("closed form registered twice for " + pair);
        }
        REGISTRY.put(pair, new Formulas(
                (a, b) -> kl.applyAsDouble((P) a, (Q) b),
                (a, b) -> crossEntropy.applyAsDouble((P) a, (Q) b)));
    }
}
