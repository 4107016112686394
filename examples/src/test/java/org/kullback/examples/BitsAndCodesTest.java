package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kullback.examples.BitsAndCodes.Row;

/** The claims printed by {@link BitsAndCodes}; entropies recomputed here from their definitions. */
class BitsAndCodesTest {

    private static final BitsAndCodes.Result RESULT = BitsAndCodes.compute();

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void entropyCrossEntropyAndKlInBitsMatchTheirDefinitions() {
        double entropy = 0;
        double crossEntropy = 0;
        for (int i = 0; i < BitsAndCodes.P.length; i++) {
            entropy -= BitsAndCodes.P[i] * log2(BitsAndCodes.P[i]);
            crossEntropy -= BitsAndCodes.P[i] * log2(BitsAndCodes.Q[i]);
        }
        assertThat(RESULT.entropy()).isCloseTo(entropy, within(1e-14));
        assertThat(RESULT.crossEntropy()).isCloseTo(crossEntropy, within(1e-14));
        assertThat(RESULT.kl()).isCloseTo(crossEntropy - entropy, within(1e-14));
    }

    @Test
    void meanLengthsLieWithinOneBitPerBlockOfEntropyAndCrossEntropy() {
        assertThat(RESULT.rows()).hasSize(BitsAndCodes.BLOCK_LENGTHS.length);
        for (Row row : RESULT.rows()) {
            double slack = 1.0 / row.blockLength();
            // 1e-12: the block probabilities are products of m doubles, rounded.
            assertThat(row.huffmanExpected()).isGreaterThanOrEqualTo(RESULT.entropy() - 1e-12)
                    .isLessThan(RESULT.entropy() + slack);
            assertThat(row.shannonExpected())
                    .isGreaterThanOrEqualTo(RESULT.crossEntropy() - 1e-12)
                    .isLessThan(RESULT.crossEntropy() + slack);
            assertThat(row.excess()).isGreaterThan(RESULT.kl() - slack)
                    .isLessThan(RESULT.kl() + slack);
        }
    }

    @Test
    void longerBlocksBringTheCodesCloseToTheEntropies() {
        Row longest = RESULT.rows().get(RESULT.rows().size() - 1);
        assertThat(longest.huffmanExpected() - RESULT.entropy()).isLessThan(0.01);
        assertThat(longest.excess()).isCloseTo(RESULT.kl(), within(0.25));
    }

    @Test
    void measuredLengthsAgreeWithExpectedWithinFourStandardErrors() {
        // A fixed seed makes this deterministic; for a random seed it would fail with
        // probability below 8 · 6e-5.
        for (Row row : RESULT.rows()) {
            assertThat(row.huffmanMeasured()).isCloseTo(row.huffmanExpected(),
                    within(4 * row.huffmanStandardError()));
            assertThat(row.shannonMeasured()).isCloseTo(row.shannonExpected(),
                    within(4 * row.shannonStandardError()));
        }
        assertThat(BitsAndCodes.maxStandardizedDeviation(RESULT)).isLessThan(4);
    }

    @Test
    void everyEncodedSampleDecodesBack() {
        assertThat(RESULT.rows()).allMatch(Row::decodedExactly);
    }
}
