package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.Exponential;
import org.kullback.distributions.Normal;
import org.kullback.distributions.Poisson;

class ModelSelectionTest {

    @Test
    void normalDataRankNormalFirstAndSkipFamiliesWhoseSupportExcludesThem() {
        double[] x = Normal.of(3, 2).sample(new SplittableRandom(1), 2000);
        ModelSelection.Result result = ModelSelection.rank(x);
        assertThat(result.best().family()).isEqualTo("Normal");
        assertThat(result.byBic().get(0).family()).isEqualTo("Normal");
        assertThat(result.byHeldOutCrossEntropy().get(0).family()).isEqualTo("Normal");
        assertThat(result.ranked()).extracting(ModelSelection.Row::family)
                .containsExactlyInAnyOrder("Normal", "Laplace", "Uniform", "Gumbel", "Logistic",
                        "Cauchy", "StudentT");
        assertThat(result.skipped()).extracting(ModelSelection.Skipped::family)
                .containsExactlyInAnyOrder("LogNormal", "Exponential", "Pareto", "Bernoulli",
                        "Categorical", "Poisson", "Geometric", "Gamma", "Beta", "Weibull");
        assertThat(result.skipped().stream()
                .filter(s -> s.family().equals("Exponential")).findFirst().orElseThrow().reason())
                .matches("x\\[\\d+] = -[0-9.E-]+ is outside the support of Exponential "
                        + "\\(x >= 0\\)");
        // The held-out cross-entropy of the Normal is close to its entropy.
        ModelSelection.Row normal = result.best();
        assertThat(normal.heldOutCrossEntropy()).isCloseTo(Normal.of(3, 2).entropy(), within(0.05));
        assertThat(normal.note()).isEmpty();
        assertThat(normal.aic()).isEqualTo(normal.fit().aic());
    }

    @Test
    void uniformHeldOutCrossEntropyIsInfiniteWithTheReason() {
        double[] x = Exponential.of(2.5).sample(new SplittableRandom(2), 1000);
        ModelSelection.Result result = ModelSelection.rank(x,
                List.of("Exponential", "LogNormal", "Uniform", "Gamma?"), 4, 99);
        assertThat(result.best().family()).isEqualTo("Exponential");
        assertThat(result.folds()).isEqualTo(4);
        ModelSelection.Row uniform = result.ranked().stream()
                .filter(r -> r.family().equals("Uniform")).findFirst().orElseThrow();
        assertThat(uniform.heldOutCrossEntropy()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(uniform.note()).contains("has probability 0 under Uniform(");
        assertThat(result.skipped()).extracting(ModelSelection.Skipped::reason)
                .anyMatch(reason -> reason.startsWith("no maximum-likelihood estimator for family"
                        + " 'Gamma?'"));
    }

    @Test
    void countDataCompareDiscreteFamiliesOnly() {
        double[] x = Poisson.of(3.5).sample(new SplittableRandom(3), 2000);
        ModelSelection.Result result = ModelSelection.rank(x);
        assertThat(result.best().family()).isEqualTo("Poisson");
        assertThat(result.ranked()).extracting(ModelSelection.Row::family)
                .containsExactlyInAnyOrder("Poisson", "Geometric", "Categorical");
        assertThat(result.skipped()).filteredOn(s -> s.family().equals("Normal"))
                .extracting(ModelSelection.Skipped::reason).containsExactly("the data are "
                        + "integers and discrete families were fitted: a density is not "
                        + "comparable with their probabilities");
    }

    @Test
    void foldsAndSeedMakeTheHeldOutFigureReproducible() {
        double[] x = Normal.of(0, 1).sample(new SplittableRandom(4), 500);
        double first = ModelSelection.rank(x, List.of("Normal"), 5, 7).best().heldOutCrossEntropy();
        double again = ModelSelection.rank(x, List.of("Normal"), 5, 7).best().heldOutCrossEntropy();
        double otherSeed = ModelSelection.rank(x, List.of("Normal"), 5, 8).best()
                .heldOutCrossEntropy();
        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        // Held-out cross-entropy exceeds the in-sample one (-loglik/n): it pays for the fit.
        assertThat(first).isGreaterThan(-ModelSelection.rank(x, List.of("Normal"), 5, 7).best()
                .fit().logLikelihood() / 500);
        assertThatThrownBy(() -> ModelSelection.rank(x, List.of("Normal"), 1, 7))
                .hasMessage("folds must be in [2, 500] (the sample size), got 1");
        assertThatThrownBy(() -> ModelSelection.rank(new double[] {1, Double.NaN}))
                .hasMessage("sample[1] must be finite, got NaN");
        assertThatThrownBy(() -> ModelSelection.rank(new double[] {1, 2}, List.of("Nope"), 2, 1)
                .best()).isInstanceOf(IllegalStateException.class);
    }
}
