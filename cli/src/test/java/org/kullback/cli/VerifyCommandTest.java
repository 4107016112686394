package org.kullback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class VerifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void familyTableAgreesAndSaysSo() {
        CliRun run = CliRun.of("verify", "--family", "Laplace");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Laplace→Laplace").contains("Normal→Laplace")
                .containsPattern("\\d+ comparisons, 0 disagreements");
    }

    @Test
    void jsonRowsCarryBothValuesAndTheVerdict() throws IOException {
        CliRun run = CliRun.of("verify", "--family", "Poisson", "--json");
        var lines = run.out().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(16);
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            assertThat(row.get("pair").textValue()).contains("Poisson");
            assertThat(row.has("closedForm") && row.has("numerical") && row.has("error")).isTrue();
            assertThat(row.get("agrees").booleanValue()).isTrue();
        }
    }

    @Test
    void unknownFamilyIsAUsageError() {
        CliRun run = CliRun.of("verify", "--family", "Gausian");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("kullback: unknown family 'Gausian' (known: ");
    }
}
