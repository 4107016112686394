package org.kullback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kullback.estimators.Estimators;
import org.kullback.estimators.Fit;

class FitCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path;
    }

    @Test
    void plainValuesFitToTheLibrarysEstimate() throws IOException {
        Path data = file("x.txt", "1.5\n2.25\n\n# a comment\n0.75\n3\n");
        JsonNode result = JSON.readTree(CliRun.of("fit", "Normal", data.toString(), "--json").out());
        Fit<?> expected = Estimators.forFamily("Normal").fit(new double[] {1.5, 2.25, 0.75, 3});
        assertThat(result.get("family").textValue()).isEqualTo("Normal");
        assertThat(result.get("n").longValue()).isEqualTo(4);
        assertThat(result.get("parameters").get("mean").doubleValue()).isEqualTo(expected.estimates()[0]);
        assertThat(result.get("parameters").get("sd").doubleValue()).isEqualTo(expected.estimates()[1]);
        assertThat(result.get("standardErrors").get("sd").doubleValue()).isEqualTo(expected.standardErrors()[1]);
        assertThat(result.get("logLikelihood").doubleValue()).isEqualTo(expected.logLikelihood());
        assertThat(result.get("aic").doubleValue()).isEqualTo(expected.aic());
        assertThat(result.get("bic").doubleValue()).isEqualTo(expected.bic());
        assertThat(result.get("converged").booleanValue()).isTrue();
        assertThat(result.has("iterations")).isTrue();
    }

    @Test
    void csvColumnByNameWithWeights() throws IOException {
        Path data = file("d.csv", "id,x,w\na,1.0,1\nb,2.0,3\nc,4.0,0\n");
        JsonNode result = JSON.readTree(
                CliRun.of("fit", "Exponential", data.toString(), "--column", "x", "--weights", "w", "--json").out());
        // Weighted exponential MLE: rate = Σw / Σw·x = 4 / 7.
        assertThat(result.get("parameters").get("rate").doubleValue()).isEqualTo(4.0 / 7.0);
    }

    @Test
    void tsvColumnByPosition() throws IOException {
        Path data = file("d.tsv", "7\t1\n8\t2\n9\t4\n");
        JsonNode result = JSON.readTree(
                CliRun.of("fit", "Poisson", data.toString(), "--column", "2", "--json").out());
        assertThat(result.get("parameters").get("rate").doubleValue()).isEqualTo(7.0 / 3.0);
    }

    @Test
    void textOutputNamesParametersAndDiagnostics() throws IOException {
        Path data = file("x.txt", "1\n2\n4\n");
        String out = CliRun.of("fit", "Normal", data.toString()).out();
        assertThat(out).contains("mean").contains("sd").contains("log-likelihood").contains("AIC").contains("BIC");
    }

    @Test
    void autoRanksFamiliesAndSaysWhySomeWereSkipped() throws IOException {
        Path data = file("x.txt", "0.5\n1.5\n2.5\n0.25\n3.5\n1.25\n");
        CliRun run = CliRun.of("fit", "auto", data.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Normal").contains("Exponential").contains("skipped: x[0] = 0.5 is outside");
    }

    @Test
    void plotWritesAPng() throws IOException {
        Path data = file("x.txt", "0.5\n1.5\n2.5\n0.25\n3.5\n1.25\n");
        Path png = dir.resolve("fit.png");
        assertThat(CliRun.of("fit", "Normal", data.toString(), "--plot", png.toString()).status()).isZero();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void missingFileIsADataError() {
        CliRun run = CliRun.of("fit", "Normal", dir.resolve("nope.txt").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("kullback: no such file: " + dir.resolve("nope.txt") + "\n");
    }

    @Test
    void malformedRowNamesFileLineAndColumn() throws IOException {
        Path data = file("d.csv", "x,y\n1,2\n3,abc\n");
        CliRun run = CliRun.of("fit", "Normal", data.toString(), "--column", "y");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("kullback: " + data + " line 3, column 'y': 'abc' is not a number\n");
    }

    @Test
    void shortRowNamesTheLine() throws IOException {
        Path data = file("d.csv", "x,y\n1,2\n3\n");
        CliRun run = CliRun.of("fit", "Normal", data.toString(), "--column", "y");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("line 3: expected at least 2 columns, got 1");
    }

    @Test
    void valueOutsideTheSupportNamesTheLine() throws IOException {
        Path data = file("x.txt", "1\n2\n-3\n");
        CliRun run = CliRun.of("fit", "Exponential", data.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("kullback: " + data + " line 3, column 1: ").contains("-3.0");
        assertThat(run.errorIsOneLine()).isTrue();
    }

    @Test
    void negativeWeightNamesTheWeightColumn() throws IOException {
        Path data = file("d.csv", "x,w\n1,1\n2,-0.5\n");
        CliRun run = CliRun.of("fit", "Normal", data.toString(), "--weights", "w");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("kullback: " + data + " line 3, column 'w': a weight must be"
                + " non-negative, got -0.5\n");
    }

    @Test
    void nanInDataIsRejectedWithItsLine() throws IOException {
        Path data = file("x.txt", "1\nNaN\n");
        CliRun run = CliRun.of("fit", "Normal", data.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("line 2, column 1: 'NaN' is not a number");
    }

    @Test
    void wrongColumnNameListsTheColumns() throws IOException {
        Path data = file("d.csv", "x,y\n1,2\n");
        CliRun run = CliRun.of("fit", "Normal", data.toString(), "--column", "z");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--column 'z' is not a column of").contains("(columns: x, y)");
    }

    @Test
    void unknownFamilyIsAUsageError() throws IOException {
        Path data = file("x.txt", "1\n2\n");
        CliRun run = CliRun.of("fit", "Gaussian", data.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Gaussian");
        assertThat(run.errorIsOneLine()).isTrue();
    }

    @Test
    void degenerateDataIsExplained() throws IOException {
        Path data = file("x.txt", "3\n3\n3\n");
        CliRun run = CliRun.of("fit", "Normal", data.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("all 3 observations equal 3.0");
    }

    @Test
    void emptyFileIsADataError() throws IOException {
        Path data = file("x.txt", "");
        CliRun run = CliRun.of("fit", "Normal", data.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no data rows");
    }
}
