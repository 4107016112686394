package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kullback.examples.ClosedFormVersusIntegration.Registry;
import org.kullback.integration.ClosedFormVerifier;
import org.kullback.integration.Verification;

/**
 * The claims printed by {@link ClosedFormVersusIntegration}, and both columns of its table
 * against KL computed from the definition with mpmath (src/test/python/closed_form_pairs.py).
 */
class ClosedFormVersusIntegrationTest {

    private static final ClosedFormVersusIntegration.Result RESULT =
            ClosedFormVersusIntegration.compute();
    private static final List<Verification> ROWS = RESULT.rows();

    @Test
    void closedFormAndQuadratureAgreeWithinTheQuadratureErrorEstimate() {
        for (Verification row : ROWS) {
            assertThat(row.agrees()).as(row.toString()).isTrue();
            if (Double.isInfinite(row.closedForm())) {
                assertThat(row.numerical()).isEqualTo(Double.POSITIVE_INFINITY);
            } else {
                assertThat(row.numerical()).as(row.toString()).isCloseTo(row.closedForm(),
                        within(row.errorBound() + 4 * Math.ulp(row.closedForm())));
            }
        }
    }

    @Test
    void bothColumnsMatchMpmath() throws IOException {
        List<String[]> reference = readReference();
        List<Verification> finite = ROWS.stream()
                .filter(row -> Double.isFinite(row.closedForm())).toList();
        assertThat(reference).hasSameSizeAs(finite);
        for (int i = 0; i < finite.size(); i++) {
            Verification row = finite.get(i);
            String[] expected = reference.get(i);
            assertThat(row.p()).hasToString(expected[0]);
            assertThat(row.q()).hasToString(expected[1]);
            double kl = Double.parseDouble(expected[2]);
            // Closed forms are accurate to a few ulps. Quadrature is asked for 1e-12 relative
            // (Tolerance.DEFAULT) and is within its own error estimate; for the nearly equal
            // Normals it reaches 1.01e-12 relative (5.000000000005045e-9 against 5e-9), a hair
            // over the request, hence 2e-12 here.
            assertThat(row.closedForm()).isCloseTo(kl, within(1e-14 * kl));
            assertThat(row.numerical()).isCloseTo(kl, within(2e-12 * kl));
            assertThat(row.numerical()).isCloseTo(kl, within(row.errorBound()));
        }
    }

    @Test
    void klIsInfiniteBothWaysWhenQHasNoMassWhereP() {
        Verification last = ROWS.get(ROWS.size() - 1);
        assertThat(last.closedForm()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(last.numerical()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(last.relativeDifference()).isZero();
    }

    @Test
    void everyRegisteredPairAgreesExceptTheSkippedMultivariateOne() {
        Registry registry = RESULT.registry();
        assertThat(registry.rows()).isGreaterThan(1000);
        assertThat(registry.agreeing()).isEqualTo(registry.rows());
        assertThat(registry.largestRelativeDifference())
                .isLessThanOrEqualTo(ClosedFormVerifier.RELATIVE_TOLERANCE);
        assertThat(registry.skipped()).allMatch(pair -> pair.contains("MultivariateNormal"));
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
