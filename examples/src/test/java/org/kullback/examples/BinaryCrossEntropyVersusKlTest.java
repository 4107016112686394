package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kullback.examples.BinaryCrossEntropyVersusKl.Row;

/** The claims printed by {@link BinaryCrossEntropyVersusKl}. */
class BinaryCrossEntropyVersusKlTest {

    private final List<Row> rows = BinaryCrossEntropyVersusKl.compute().rows();

    private static boolean hardLabel(Row row) {
        return row.input().label() == 0 || row.input().label() == 1;
    }

    private static boolean saturated(Row row) {
        return row.prediction() == 0 || row.prediction() == 1;
    }

    @Test
    void theCasesCoverSoftAndHardLabelsAndSaturation() {
        assertThat(rows).anyMatch(row -> !hardLabel(row) && !saturated(row));
        assertThat(rows).anyMatch(row -> hardLabel(row) && !saturated(row));
        assertThat(rows).anyMatch(row -> !hardLabel(row) && saturated(row));
        assertThat(rows).anyMatch(row -> hardLabel(row) && saturated(row));
    }

    @Test
    void naiveKlFailsOnHardLabelsAndSaturationNaiveBceOnlyOnSaturation() {
        for (Row row : rows) {
            boolean klFails = !Double.isFinite(row.naiveKl());
            boolean bceFails = !Double.isFinite(row.naiveBce());
            assertThat(klFails).as(row.input().description())
                    .isEqualTo(hardLabel(row) || saturated(row));
            assertThat(bceFails).as(row.input().description()).isEqualTo(saturated(row));
        }
    }

    @Test
    void logitFormsAreFiniteAndMatchMpmath() throws IOException {
        List<double[]> reference = readReference();
        assertThat(reference).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double[] expected = reference.get(i);
            assertThat(row.input().label()).isEqualTo(expected[0]);
            assertThat(row.input().logit()).isEqualTo(expected[1]);
            // log1pexp and log are correct to about an ulp each; KL's two terms cancel by at most
            // a factor 3 in these cases, so 1e-14 relative leaves a margin of ten or more.
            assertThat(row.bce()).isCloseTo(expected[2], within(1e-14 * expected[2]));
            assertThat(row.kl()).isCloseTo(expected[3], within(1e-14 * expected[3]));
            assertThat(row.klClosedForm()).isCloseTo(expected[3], within(1e-14 * expected[3]));
            assertThat(row.labelEntropy()).isCloseTo(expected[4], within(1e-15));
        }
    }

    @Test
    void bceMinusKlIsTheLabelEntropyZeroForHardLabels() {
        for (Row row : rows) {
            // Both losses are at most 160 here; their difference rounds by a few ulps of that.
            assertThat(row.bce() - row.kl()).isCloseTo(row.labelEntropy(),
                    within(8 * Math.ulp(row.bce())));
            if (hardLabel(row)) {
                assertThat(row.labelEntropy()).isZero();
            }
        }
    }

    @Test
    void bceAndKlHaveTheSameGradientSigmoidMinusLabel() {
        for (Row row : rows) {
            // Central differences with h = 1e-5: rounding error ε·|loss|/h ≤ 2.2e-16·160/1e-5
            // = 3.6e-9 per evaluation pair, truncation h²/6·|f'''| ≤ 2e-11 (|f'''| ≤ 1/10).
            assertThat(row.bceGradient()).isCloseTo(row.klGradient(), within(1e-8));
            assertThat(row.bceGradient()).isCloseTo(row.sigmoidMinusLabel(), within(1e-8));
        }
    }

    private static List<double[]> readReference() throws IOException {
        try (InputStream in = BinaryCrossEntropyVersusKlTest.class
                .getResourceAsStream("binary-losses.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("label"))
                    .map(line -> Arrays.stream(line.split(","))
                            .mapToDouble(Double::parseDouble).toArray())
                    .toList();
        }
    }
}
