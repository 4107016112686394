package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kullback.examples.EmpiricalCrossEntropyIsNll.AtTheFit;
import org.kullback.examples.EmpiricalCrossEntropyIsNll.SampleSize;

/**
 * The claims printed by {@link EmpiricalCrossEntropyIsNll}. Independent check: at the Normal MLE
 * the empirical cross-entropy is \( \frac12\log(2\pi e\hat\sigma^2) \) with
 * \( \hat\sigma^2 = \frac1n\sum(x_i-\bar x)^2 \), computed here by two passes over the data.
 */
class EmpiricalCrossEntropyIsNllTest {

    private static final EmpiricalCrossEntropyIsNll.Result RESULT =
            EmpiricalCrossEntropyIsNll.compute();

    @Test
    void meanNegativeLogLikelihoodIsTheEmpiricalCrossEntropyOnMichelson() {
        double[] x = BuiltInData.michelson();
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double variance = 0;
        for (double v : x) {
            variance += (v - mean) * (v - mean) / x.length;
        }
        double expected = 0.5 * Math.log(2 * Math.PI * Math.E * variance);
        AtTheFit m = RESULT.michelson();
        // Sums of 100 terms of size ≤ 4 in double: a few ulps of 400 at worst, 1e-13 absolute.
        assertThat(m.meanNegativeLogLikelihood()).isCloseTo(expected, within(1e-13));
        assertThat(m.empiricalCrossEntropy()).isCloseTo(expected, within(1e-13));
        assertThat(m.minusLogLikelihoodPerObservation()).isCloseTo(expected, within(1e-13));
    }

    @Test
    void theMaximumLikelihoodFitMinimisesTheEmpiricalCrossEntropy() {
        // Moving the mean by δσ̂ raises it by exactly δ²/2; scaling σ̂ by 1 ± δ by
        // log(1 ± δ) + 1/(2(1 ± δ)²) − 1/2 ≈ δ², so the least increase is δ²/2 = 5e-5.
        assertThat(RESULT.michelson().leastIncreaseWhenNudged()).isPositive().isCloseTo(
                EmpiricalCrossEntropyIsNll.NUDGE * EmpiricalCrossEntropyIsNll.NUDGE / 2,
                within(1e-12));
        for (SampleSize row : RESULT.sampleSizes()) {
            assertThat(row.empiricalCrossEntropy()).as("n = %d", row.n())
                    .isLessThanOrEqualTo(row.empiricalCrossEntropyOfTruth());
        }
    }

    @Test
    void empiricalCrossEntropyAtTheFitApproachesTheEntropyOfTheTruth() {
        // At the fit it is H(p) + log(σ̂/σ), whose standard deviation is √(1/(2n)); 4 of them.
        for (SampleSize row : RESULT.sampleSizes()) {
            assertThat(row.empiricalCrossEntropy()).as("n = %d", row.n()).isCloseTo(
                    RESULT.truthEntropy(), within(4 * Math.sqrt(0.5 / row.n())));
        }
        SampleSize largest = RESULT.sampleSizes().get(RESULT.sampleSizes().size() - 1);
        assertThat(largest.n()).isEqualTo(1_000_000);
        assertThat(largest.empiricalCrossEntropy()).isCloseTo(RESULT.truthEntropy(),
                within(3e-3));
    }

    @Test
    void klFromTheTruthToTheFitGoesToZeroLikeOneOverN() {
        // n·KL → χ²₂/2 in distribution (two fitted parameters): P(χ²₂/2 > 10) = e^-10.
        for (SampleSize row : RESULT.sampleSizes()) {
            assertThat(row.kl()).isPositive();
            assertThat(row.n() * row.kl()).as("n = %d", row.n()).isLessThan(10);
        }
        assertThat(RESULT.sampleSizes().get(RESULT.sampleSizes().size() - 1).kl())
                .isLessThan(1e-5);
    }
}
