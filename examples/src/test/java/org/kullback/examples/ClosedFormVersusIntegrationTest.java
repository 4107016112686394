package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kullback.examples.ClosedFormVersusIntegration.Row;

/**
 * The claims printed by {@link ClosedFormVersusIntegration}, and both columns of its table
 * against KL computed from the definition with mpmath (src/test/python/closed_form_pairs.py).
 */
class ClosedFormVersusIntegrationTest {

    private static final List<Row> ROWS = ClosedFormVersusIntegration.compute().rows();

    @Test
    void closedFormAndQuadratureAgreeWithinTheQuadratureErrorEstimate() {
        for (Row row : ROWS) {
            assertThat(row.quadrature().converged()).as(row.pair().toString()).isTrue();
            if (Double.isInfinite(row.closedForm())) {
                assertThat(row.quadrature().value()).isEqualTo(Double.POSITIVE_INFINITY);
            } else {
                assertThat(row.quadrature().value()).as(row.pair().toString()).isCloseTo(
                        row.closedForm(), within(row.quadrature().absoluteError()
                                + 4 * Math.ulp(row.closedForm())));
            }
        }
    }

    @Test
    void bothColumnsMatchMpmath() throws IOException {
        List<String[]> reference = readReference();
        List<Row> finite = ROWS.stream().filter(row -> Double.isFinite(row.closedForm())).toList();
        assertThat(reference).hasSameSizeAs(finite);
        for (int i = 0; i < finite.size(); i++) {
            Row row = finite.get(i);
            String[] expected = reference.get(i);
            assertThat(row.pair().p()).hasToString(expected[0]);
            assertThat(row.pair().q()).hasToString(expected[1]);
            double kl = Double.parseDouble(expected[2]);
            // Closed forms are accurate to a few ulps; quadrature to its requested 1e-12
            // relative (Tolerance.DEFAULT) and within its own error estimate.
            assertThat(row.closedForm()).isCloseTo(kl, within(1e-14 * kl));
            assertThat(row.quadrature().value()).isCloseTo(kl, within(1e-12 * kl));
            assertThat(row.quadrature().value()).isCloseTo(kl,
                    within(row.quadrature().absoluteError()));
        }
    }

    @Test
    void klIsInfiniteBothWaysWhenQHasNoMassWhereP() {
        Row last = ROWS.get(ROWS.size() - 1);
        assertThat(last.closedForm()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(last.quadrature().value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(last.relativeDifference()).isZero();
    }

    private static List<String[]> readReference() throws IOException {
        try (InputStream in = ClosedFormVersusIntegrationTest.class
                .getResourceAsStream("closed-form-pairs.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("p\t"))
                    .map(line -> line.split("\t")).toList();
        }
    }
}
