package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kullback.examples.CrossEntropyVersusKl.Run;

/**
 * The claims printed by {@link CrossEntropyVersusKl}. Tolerances: the two losses differ by a
 * constant, so their central differences differ only by the rounding of the loss values
 * (a few ε·|loss| ≤ 1e-15, divided by 2h = 2e-5: about 1e-10); the truncation error of central
 * differences is h²/6·|f'''| ≤ 1e-10 for these softmax losses (|f'''| ≤ 1). Over 60 steps of
 * size 0.5 the logits can drift apart by at most 60 · 0.5 · 1e-9 = 3e-8, and the losses (gradient
 * norm ≤ √2) by 5e-8.
 */
class CrossEntropyVersusKlTest {

    private final CrossEntropyVersusKl.Result result = CrossEntropyVersusKl.compute();

    @Test
    void gradientsOfCrossEntropyAndKlAgreeAndEqualModelMinusTarget() {
        for (Run run : new Run[] {result.soft(), result.oneHot()}) {
            assertThat(run.maxGradientDifference()).isLessThan(1e-9);
            assertThat(run.maxGradientError()).isLessThan(1e-8);
        }
    }

    @Test
    void descentOnCrossEntropyAndOnKlFollowsTheSameTrajectory() {
        assertThat(result.soft().maxLogitDifference()).isLessThan(3e-8);
        assertThat(result.oneHot().maxLogitDifference()).isLessThan(3e-8);
    }

    @Test
    void lossesDifferByTheTargetEntropyAtEveryStep() {
        Run soft = result.soft();
        double entropy = 0;
        for (double p : CrossEntropyVersusKl.SOFT_TARGET) {
            entropy -= p * Math.log(p);
        }
        assertThat(soft.targetEntropy()).isCloseTo(entropy, within(1e-15));
        assertThat(soft.maxGapError()).isLessThan(5e-8);
        for (int t = 0; t <= CrossEntropyVersusKl.STEPS; t++) {
            assertThat(soft.crossEntropy()[t] - soft.kl()[t]).isCloseTo(entropy, within(5e-8));
        }
    }

    @Test
    void trainingConvergesToTheTarget() {
        Run soft = result.soft();
        assertThat(soft.kl()[0]).isGreaterThan(1);
        assertThat(soft.kl()[CrossEntropyVersusKl.STEPS]).isLessThan(1e-4);
        for (int i = 0; i < soft.target().length; i++) {
            assertThat(soft.finalModel()[i]).isCloseTo(soft.target()[i], within(0.01));
        }
    }

    @Test
    void withAOneHotTargetCrossEntropyAndKlCoincide() {
        Run oneHot = result.oneHot();
        assertThat(oneHot.targetEntropy()).isZero();
        // Both sums have the single term 1 · (−log q₁) (log 1 = 0 exactly), so they are equal.
        assertThat(oneHot.maxGapError()).isZero();
        assertThat(oneHot.kl()).containsExactly(oneHot.crossEntropy());
        assertThat(oneHot.crossEntropy()[CrossEntropyVersusKl.STEPS])
                .isLessThan(oneHot.crossEntropy()[0] / 10);
    }
}
