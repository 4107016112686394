package org.kullback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.Normal;

class DivergenceCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void klPrintsTheClosedFormValueThatReadsBackExactly() throws IOException {
        CliRun run = CliRun.of("kl", "Normal(0, 1)", "Normal(mean=1, sd=2)", "--json");
        JsonNode result = JSON.readTree(run.out());
        double expected = ClosedForms.kl(Normal.of(0, 1), Normal.of(1, 2)).orElseThrow();
        assertThat(run.status()).isZero();
        assertThat(result.get("value").doubleValue()).isEqualTo(expected);
        assertThat(result.get("method").textValue()).isEqualTo("closed-form");
        assertThat(result.get("p").textValue()).isEqualTo("Normal(0.0, 1.0)");
        assertThat(result.get("q").textValue()).isEqualTo("Normal(1.0, 2.0)");
        assertThat(result.get("units").textValue()).isEqualTo("nats");
        assertThat(result.has("error")).isTrue();
    }

    @Test
    void pairWithoutClosedFormIsIntegratedWithAnErrorBound() throws IOException {
        JsonNode result = JSON.readTree(CliRun.of("kl", "StudentT(3, 0, 1)", "Normal(0, 1)", "--json").out());
        assertThat(result.get("method").textValue()).isEqualTo("quadrature");
        assertThat(result.get("error").doubleValue()).isPositive().isLessThan(1e-10);
    }

    @Test
    void bitsDivideByLogTwo() throws IOException {
        double nats = JSON.readTree(CliRun.of("ce", "Gamma(2, 1)", "Normal(2, 1.5)", "--json").out())
                .get("value").doubleValue();
        double bits = JSON.readTree(CliRun.of("ce", "Gamma(2, 1)", "Normal(2, 1.5)", "--json", "--bits")
                .out()).get("value").doubleValue();
        assertThat(bits).isEqualTo(nats / Math.log(2));
    }

    @Test
    void forcedQuadratureAgreesWithTheClosedForm() throws IOException {
        JsonNode result = JSON.readTree(
                CliRun.of("kl", "Gamma(2, 3)", "Gamma(3, 1)", "--method", "quadrature", "--json").out());
        double closed = ClosedForms.kl(Gamma.of(2, 3), Gamma.of(3, 1)).orElseThrow();
        assertThat(result.get("method").textValue()).isEqualTo("quadrature");
        assertThat(result.get("value").doubleValue()).isCloseTo(closed, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void infiniteDivergenceIsTheStringPlusInf() throws IOException {
        JsonNode result = JSON.readTree(CliRun.of("kl", "Cauchy(0, 1)", "Normal(0, 1)", "--json").out());
        assertThat(result.get("value").textValue()).isEqualTo("+inf");
        assertThat(CliRun.of("kl", "Cauchy(0, 1)", "Normal(0, 1)").out()).contains("= +inf nats");
    }

    @Test
    void entropyOfANarrowNormalIsNegative() {
        CliRun run = CliRun.of("entropy", "Normal(0, 0.01)");
        assertThat(run.out()).startsWith("entropy(Normal(0.0, 0.01)) = -3.18");
    }

    @Test
    void batchReportsAFailedLineInPlaceAndGoesOn(@TempDir Path dir) throws IOException {
        Path pairs = dir.resolve("pairs.tsv");
        Files.writeString(pairs, "Normal(0, 1)\tNormal(1, 1)\n"
                + "Normal(0, 1)\n"
                + "# a comment\n"
                + "Gamma(2,\tNormal(0, 1)\n"
                + "Exponential(1)\tExponential(2)\n");
        CliRun run = CliRun.of("kl", "--pairs", pairs.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(4);
        assertThat(run.out().lines().toList().get(0)).contains("= 0.5 nats");
        assertThat(run.out().lines().toList().get(1)).isEqualTo("line 2: error: expected 2 tab-separated specs, got 1");
        assertThat(run.out().lines().toList().get(2)).startsWith("line 4: error: ").contains("position 8");
        assertThat(run.out().lines().toList().get(3)).startsWith("KL(Exponential(1.0) || Exponential(2.0))");
    }

    @Test
    void batchJsonHasOneObjectPerLine(@TempDir Path dir) throws IOException {
        Path pairs = dir.resolve("pairs.tsv");
        Files.writeString(pairs, "Normal(0, 1)\tNormal(1, 1)\nFoo(1)\tNormal(0, 1)\n");
        CliRun run = CliRun.of("kl", "--pairs", pairs.toString(), "--json");
        var lines = run.out().lines().toList();
        assertThat(JSON.readTree(lines.get(0)).get("value").doubleValue()).isEqualTo(0.5);
        assertThat(JSON.readTree(lines.get(1)).get("line").intValue()).isEqualTo(2);
        assertThat(JSON.readTree(lines.get(1)).get("error").textValue()).contains("unknown family 'Foo'");
    }

    @Test
    void missingPairsFileIsADataError() {
        CliRun run = CliRun.of("kl", "--pairs", "/no/such/file.tsv");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("kullback: no such file: /no/such/file.tsv\n");
    }

    @Test
    void closedFormForcedWhereThereIsNoneNamesThePair() {
        CliRun run = CliRun.of("kl", "StudentT(3, 0, 1)", "Normal(0, 1)", "--method", "closed-form");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errorIsOneLine()).isTrue();
        assertThat(run.err()).contains("StudentT");
    }

    @Test
    void unknownMethodIsAUsageError() {
        CliRun run = CliRun.of("kl", "Normal(0, 1)", "Normal(1, 1)", "--method", "magic");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown --method 'magic'");
    }

    @Test
    void oneSpecForKlIsAUsageError() {
        CliRun run = CliRun.of("kl", "Normal(0, 1)");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("expected P and Q");
    }

    @Test
    void helpShowsExamples() {
        CliRun run = CliRun.of("kl", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Examples:").contains("--pairs");
    }
}
