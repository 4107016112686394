package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClosedFormsTest {

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> ClosedForms.kl(null, Normal.standard()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("p must not be null");
        assertThatThrownBy(() -> ClosedForms.crossEntropy(Normal.standard(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("q must not be null");
    }

    @Test
    void registryListsNormalToNormal() {
        assertThat(ClosedForms.pairs())
                .contains(new ClosedForms.FamilyPair(Normal.class, Normal.class));
        assertThat(ClosedForms.has(Normal.class, Normal.class)).isTrue();
        assertThat(new ClosedForms.FamilyPair(Normal.class, Normal.class))
                .hasToString("Normal→Normal");
    }

    @Test
    void klOfNearlyEqualNormalsKeepsRelativeAccuracy() {
        // Issue bar: KL(N(0,1)‖N(1e-9,1)) = 5.0e-19 (mpmath: 5.000000000000000622815914577799e-19,
        // the excess over 5e-19 being 1e-9 rounded to a double, squared).
        assertThat(ClosedForms.kl(Normal.of(0, 1), Normal.of(1e-9, 1)).orElseThrow())
                .isCloseTo(5.000000000000000622815914577799e-19,
                        org.assertj.core.api.Assertions.withinPercentage(1e-12));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        Normal p = Normal.of(1e8, 3e-7);
        assertThat(ClosedForms.kl(p, p).orElseThrow()).isZero();
    }

    @Test
    void extremeScaleRatiosStayFinite() {
        // KL(N(0,1e-200)‖N(0,1e200)) = log(1e400) − ½ (+ a negligible 5e-801)
        assertThat(ClosedForms.kl(Normal.of(0, 1e-200), Normal.of(0, 1e200)).orElseThrow())
                .isCloseTo(400 * Math.log(10) - 0.5,
                        org.assertj.core.api.Assertions.withinPercentage(1e-13));
    }

    @Test
    void extremeParametersGiveInfinityOrAFiniteValueNeverNaN() {
        // Found by review: (s1 + s2)/s2 overflowed to give −∞, and r·e^{-t} was ∞·0.
        assertThat(ClosedForms.kl(Normal.of(0, 1e308), Normal.of(0, 1.7e308)).orElseThrow())
                .isCloseTo(0.5 * (Math.pow(1 / 1.7, 2) - 1) - Math.log(1 / 1.7),
                        org.assertj.core.api.Assertions.withinPercentage(1e-12));
        assertThat(ClosedForms.crossEntropy(Laplace.of(-1e308, 1), Laplace.of(-1e300, 4.9e-324))
                .orElseThrow()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void registryCoversEveryRequiredPair() {
        List<Class<? extends Distribution>> sameFamily = List.of(Normal.class, LogNormal.class,
                Exponential.class, Gamma.class, Beta.class, Uniform.class, Laplace.class,
                Cauchy.class, Gumbel.class, Weibull.class, Pareto.class, Bernoulli.class,
                Categorical.class, Binomial.class, Poisson.class, Geometric.class,
                MultivariateNormal.class);
        for (Class<? extends Distribution> family : sameFamily) {
            assertThat(ClosedForms.has(family, family)).as(family.getSimpleName()).isTrue();
        }
        Map<Class<? extends Distribution>, List<Class<? extends Distribution>>> crossFamily =
                Map.ofEntries(
                        Map.entry(Exponential.class, List.of(Gamma.class, Normal.class,
                                Gumbel.class, Weibull.class)),
                        Map.entry(Gamma.class, List.of(Exponential.class, Normal.class,
                                Gumbel.class, LogNormal.class)),
                        Map.entry(Beta.class, List.of(Uniform.class, Normal.class,
                                Exponential.class, Gamma.class)),
                        Map.entry(Uniform.class, List.of(Normal.class, Exponential.class,
                                Gamma.class, Beta.class, Gumbel.class, Pareto.class,
                                Laplace.class)),
                        Map.entry(Normal.class, List.of(Laplace.class, Gumbel.class)),
                        Map.entry(Laplace.class, List.of(Normal.class)),
                        Map.entry(Gumbel.class, List.of(Normal.class)),
                        Map.entry(Pareto.class, List.of(Exponential.class, Gamma.class,
                                Normal.class)),
                        Map.entry(LogNormal.class, List.of(Gamma.class)),
                        Map.entry(Weibull.class, List.of(Exponential.class, Gamma.class)),
                        Map.entry(Bernoulli.class, List.of(Poisson.class)),
                        Map.entry(Binomial.class, List.of(Poisson.class)),
                        Map.entry(Poisson.class, List.of(Geometric.class)));
        crossFamily.forEach((p, qs) -> qs.forEach(q -> assertThat(ClosedForms.has(p, q))
                .as("%s→%s", p.getSimpleName(), q.getSimpleName()).isTrue()));
    }

    @Test
    void supportsThatAreNotNestedGiveInfinityForAnyPair() {
        // No Normal→Exponential formula exists; the support rule answers.
        assertThat(ClosedForms.kl(Normal.standard(), Exponential.of(1)))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(Uniform.of(-1, 2), Uniform.of(0, 1)))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(Pareto.of(1, 3), Pareto.of(2, 3)))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(Poisson.of(1), Normal.standard()))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.crossEntropy(Normal.standard(), Poisson.of(1)))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.kl(Binomial.of(10, 0.5), Binomial.of(5, 0.5)))
                .hasValue(Double.POSITIVE_INFINITY);
        // A registered pair whose integral diverges: E[X²] = ∞ for Pareto shape ≤ 2.
        assertThat(ClosedForms.kl(Pareto.of(1, 2), Normal.standard()))
                .hasValue(Double.POSITIVE_INFINITY);
        // 0·log 0 = 0.
        assertThat(ClosedForms.kl(Bernoulli.of(0), Bernoulli.of(0.5)).getAsDouble())
                .isCloseTo(Math.log(2), org.assertj.core.api.Assertions.within(1e-16));
    }

    @Test
    void pairsWithoutAClosedFormAreEmpty() {
        assertThat(ClosedForms.kl(Logistic.of(0, 1), Normal.standard())).isEmpty();
        assertThat(ClosedForms.crossEntropy(StudentT.of(3, 0, 1), StudentT.of(10, 1, 2)))
                .isEmpty();
        assertThat(ClosedForms.has(Logistic.class, Normal.class)).isFalse();
    }
}
