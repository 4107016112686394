package org.kullback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kullback.estimators.regression.LinearFit;
import org.kullback.estimators.regression.LinearRegression;
import org.kullback.estimators.regression.LogisticFit;
import org.kullback.estimators.regression.LogisticRegression;

class RegressCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double[][] X = {{1, 0}, {2, 1}, {3, 0}, {4, 1}, {5, 0}, {6, 1}, {7, 1}, {8, 0}};
    private static final double[] Y = {1.1, 2.3, 2.9, 4.2, 4.8, 6.5, 7.1, 7.7};
    /** Not linearly separable in (a, b): within b = 0 label 1 goes with large a, within b = 1 with small a. */
    private static final double[] LABELS = {0, 1, 0, 1, 1, 0, 0, 1};

    @TempDir
    Path dir;

    private Path data() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,y,label\n");
        for (int i = 0; i < Y.length; i++) {
            csv.append(X[i][0]).append(',').append(X[i][1]).append(',').append(Y[i]).append(',')
                    .append(LABELS[i]).append('\n');
        }
        Path path = dir.resolve("d.csv");
        Files.writeString(path, csv);
        return path;
    }

    @Test
    void gaussianJsonCarriesTheLibrarysFit() throws IOException {
        JsonNode result = JSON.readTree(CliRun.of("regress", data().toString(), "--response", "y",
                "--predictors", "a,b", "--json").out());
        LinearFit fit = LinearRegression.of().fit(X, Y);
        assertThat(result.get("coefficients").get("intercept").doubleValue()).isEqualTo(fit.coefficients()[0]);
        assertThat(result.get("coefficients").get("a").doubleValue()).isEqualTo(fit.coefficients()[1]);
        assertThat(result.get("standardErrors").get("b").doubleValue()).isEqualTo(fit.standardErrors()[2]);
        assertThat(result.get("residualStandardDeviation").doubleValue()).isEqualTo(fit.residualStandardDeviation());
        assertThat(result.get("rSquared").doubleValue()).isEqualTo(fit.rSquared());
        assertThat(result.get("sigmaMle").doubleValue()).isEqualTo(fit.sigmaMle());
        assertThat(result.get("logLikelihood").doubleValue()).isEqualTo(fit.logLikelihood());
    }

    @Test
    void logisticReportsCrossEntropyAndKl() throws IOException {
        JsonNode result = JSON.readTree(CliRun.of("regress", data().toString(), "--response", "label",
                "--predictors", "a,b", "--model", "logistic", "--json").out());
        LogisticFit fit = LogisticRegression.of().fit(X, LABELS);
        assertThat(result.get("coefficients").get("a").doubleValue()).isEqualTo(fit.coefficients()[1]);
        assertThat(result.get("meanCrossEntropy").doubleValue()).isEqualTo(fit.meanCrossEntropy());
        assertThat(result.get("meanKl").doubleValue()).isEqualTo(fit.meanKl());
    }

    @Test
    void separableLabelsAreExplainedNotFitted() throws IOException {
        Path separable = dir.resolve("s.csv");
        Files.writeString(separable, "x,label\n1,0\n2,0\n3,1\n4,1\n");
        CliRun run = CliRun.of("regress", separable.toString(), "--response", "label", "--model", "logistic");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errorIsOneLine()).isTrue();
        assertThat(run.err()).contains("completely separated").contains("no finite maximum-likelihood estimate");
    }

    @Test
    void polynomialNamesThePowers() throws IOException {
        JsonNode result = JSON.readTree(CliRun.of("regress", data().toString(), "--response", "y",
                "--predictors", "a", "--polynomial", "2", "--json").out());
        assertThat(result.get("coefficients").has("a^2")).isTrue();
    }

    @Test
    void plotWritesAPng() throws IOException {
        Path png = dir.resolve("r.png");
        CliRun run = CliRun.of("regress", data().toString(), "--response", "y", "--predictors", "a",
                "--model", "heteroscedastic", "--plot", png.toString());
        assertThat(run.status()).isZero();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }

    @Test
    void unknownResponseColumnIsAUsageError() throws IOException {
        CliRun run = CliRun.of("regress", data().toString(), "--response", "nope");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--response 'nope' is not a column").contains("(columns: a, b, y, label)");
    }

    @Test
    void unknownModelIsAUsageError() throws IOException {
        CliRun run = CliRun.of("regress", data().toString(), "--response", "y", "--model", "probit");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown --model 'probit'");
    }

    @Test
    void labelsOutsideTheUnitIntervalAreADataError() throws IOException {
        CliRun run = CliRun.of("regress", data().toString(), "--response", "y", "--predictors", "a",
                "--model", "logistic");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errorIsOneLine()).isTrue();
        assertThat(run.err()).contains("1.1");
    }

    @Test
    void polynomialNeedsOnePredictor() throws IOException {
        CliRun run = CliRun.of("regress", data().toString(), "--response", "y", "--predictors", "a,b",
                "--polynomial", "2");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--polynomial needs exactly one predictor, got 2");
    }

    @Test
    void missingFileIsADataError() {
        CliRun run = CliRun.of("regress", dir.resolve("none.csv").toString(), "--response", "y");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no such file");
    }
}
