package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Separated data have no finite MLE: detected and explained, or fitted with a penalty. */
class LogisticSeparationTest {

    private static double[][] column(double... values) {
        double[][] x = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            x[i] = new double[] {values[i]};
        }
        return x;
    }

    @Test
    void completelySeparatedDataAreRejectedWithTheDirectionAndThePenaltyHint() {
        double[][] x = column(-2, -1, -0.5, 0.5, 1, 2);
        double[] y = {0, 0, 0, 1, 1, 1};
        assertThatThrownBy(() -> LogisticRegression.of().fit(x, y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("completely separated")
                .hasMessageNotContaining("quasi")
                .hasMessageContaining("x[0]: 1.000")
                .hasMessageContaining("no finite maximum-likelihood estimate")
                .hasMessageContaining("withL2Penalty");
    }

    @Test
    void quasiCompletelySeparatedDataAreRejected() {
        // The two rows at x = 0 carry both labels; every other row is separated by x = 0.
        double[][] x = column(-2, -1, 0, 0, 1, 2);
        double[] y = {0, 0, 0, 1, 1, 1};
        assertThatThrownBy(() -> LogisticRegression.of().fit(x, y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quasi-completely separated (2 of the 6 rows");
    }

    @Test
    void softLabelsOnTheSeparatingHyperplaneStillLeaveNoFiniteEstimate() {
        double[][] x = column(-2, -1, 0, 1, 2);
        double[] y = {0, 0, 0.5, 1, 1};
        assertThatThrownBy(() -> LogisticRegression.of().fit(x, y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quasi-completely separated (1 of the 5 rows");
    }

    @Test
    void separationByALineInTwoPredictorsIsDetected() {
        SplittableRandom random = new SplittableRandom(7);
        double[][] x = new double[40][2];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i][0] = random.nextDouble(-1, 1);
            x[i][1] = random.nextDouble(-1, 1);
            y[i] = 0.3 + x[i][0] - 2 * x[i][1] > 0 ? 1 : 0;
        }
        assertThatThrownBy(() -> LogisticRegression.of().fit(x, y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("completely separated");
    }

    @Test
    void aSinglePointOnTheWrongSideMakesTheEstimateFiniteAndItConverges() {
        double[][] x = column(-3, -2, -1, 1, 2, 3, 1.5);
        double[] y = {0, 0, 0, 1, 1, 1, 0};
        LogisticFit fit = LogisticRegression.of().fit(x, y);
        assertThat(fit.converged()).as(fit.message()).isTrue();
        // At the MLE the score equations hold: sum (y - p) = 0 and sum (y - p) x = 0.
        double score0 = 0;
        double score1 = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - fit.probability(x[i]);
            score0 += r;
            score1 += r * x[i][0];
        }
        assertThat(Math.abs(score0)).isLessThan(1e-12);
        assertThat(Math.abs(score1)).isLessThan(1e-12);
    }

    @Test
    void dataOverlappingByOneMillionthHaveAFiniteEstimateAndAreFitted() {
        // A grid on [-1, 1] labelled by x > 0, plus a row labelled 0 at 0.010001, just above the
        // row labelled 1 at 0.01: the overlap is 1e-6, so the MLE exists (slope about 1060).
        int n = 202;
        double[][] x = new double[n][1];
        double[] y = new double[n];
        for (int i = 0; i < n - 1; i++) {
            x[i][0] = -1 + 0.01 * i;
            y[i] = x[i][0] > 0 ? 1 : 0;
        }
        x[n - 1][0] = 0.010001;
        y[n - 1] = 0;
        LogisticFit fit = LogisticRegression.of().fit(x, y);
        assertThat(fit.converged()).as(fit.message()).isTrue();
        assertThat(fit.coefficients()[1]).isBetween(1000.0, 1100.0);
        double score0 = 0;
        double score1 = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - fit.probability(x[i]);
            score0 += r;
            score1 += r * x[i][0];
        }
        assertThat(Math.abs(score0)).isLessThan(1e-10);
        assertThat(Math.abs(score1)).isLessThan(1e-10);
    }

    @Test
    void thePenaltyGivesAFiniteFitOnSeparatedData() {
        double[][] x = column(-2, -1, -0.5, 0.5, 1, 2);
        double[] y = {0, 0, 0, 1, 1, 1};
        LogisticFit fit = LogisticRegression.of().withL2Penalty(1).fit(x, y);
        assertThat(fit.converged()).isTrue();
        // Penalised score equation: sum (y - p) x = lambda * beta_1 (the intercept is free).
        double[] beta = fit.coefficients();
        double score = 0;
        for (int i = 0; i < y.length; i++) {
            score += (y[i] - fit.probability(x[i])) * x[i][0];
        }
        assertThat(score).isCloseTo(beta[1], offset(1e-12));
        assertThat(beta[1]).isPositive().isLessThan(10);
    }

    @Test
    void softmaxWithAClassThatNeverOccursIsRejected() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[30][1];
        int[] classes = new int[30];
        for (int i = 0; i < 30; i++) {
            x[i][0] = random.nextDouble(-1, 1);
            classes[i] = random.nextInt(2);
        }
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(x, classes, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("separated")
                .hasMessageContaining("withL2Penalty");
    }

    @Test
    void softmaxWithClassesOrderedAlongOnePredictorIsCompletelySeparated() {
        double[][] x = column(-3, -2, -1.5, -0.5, 0, 0.5, 1.5, 2, 3);
        int[] classes = {0, 0, 0, 1, 1, 1, 2, 2, 2};
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(x, classes, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("completely separated")
                .hasMessageNotContaining("quasi");
        SoftmaxFit penalised = SoftmaxRegression.of().withL2Penalty(0.5).fit(x, classes, 3);
        assertThat(penalised.converged()).isTrue();
        assertThat(penalised.probabilities(new double[] {3})[2]).isGreaterThan(0.5);
    }
}
