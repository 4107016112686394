package org.kullback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.Gamma;

class SampleCommandTest {

    @Test
    void seededSampleIsTheLibrarysSampleWithThatSeed() {
        CliRun run = CliRun.of("sample", "Gamma(shape=2, rate=3)", "--n", "5", "--seed", "7");
        double[] expected = Gamma.of(2, 3).sample(new SplittableRandom(7), 5);
        assertThat(run.status()).isZero();
        assertThat(run.out().lines().mapToDouble(Double::parseDouble).toArray()).containsExactly(expected);
    }

    @Test
    void discreteSamplesAreIntegers() {
        CliRun run = CliRun.of("sample", "Poisson(3)", "--n", "20", "--seed", "1");
        assertThat(run.out().lines()).allMatch(line -> line.matches("\\d+"));
    }

    @Test
    void multivariateNormalDrawsAreCommaSeparatedRows() {
        CliRun run = CliRun.of("sample", "MultivariateNormal([0, 0], [[1, 0.5], [0.5, 2]])",
                "--n", "3", "--seed", "1");
        assertThat(run.out().lines()).hasSize(3)
                .allSatisfy(line -> assertThat(line.split(",")).hasSize(2));
    }

    @Test
    void jsonWritesOneObjectPerValue() {
        CliRun run = CliRun.of("sample", "Normal(0, 1)", "--n", "2", "--seed", "1", "--json");
        assertThat(run.out().lines()).allMatch(line -> line.matches("\\{\"value\":-?[0-9.E-]+}"));
    }

    @Test
    void malformedSpecIsAUsageErrorWithThePosition() {
        CliRun run = CliRun.of("sample", "Gamma(2,", "--n", "3");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("kullback: P: expected a number").contains("position 8");
        assertThat(run.errorIsOneLine()).isTrue();
    }

    @Test
    void unknownFamilyListsTheKnownOnes() {
        CliRun run = CliRun.of("sample", "Gama(2, 1)", "--n", "3");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown family 'Gama'").contains("Gamma");
    }

    @Test
    void invalidParameterNamesTheParameterAndValue() {
        CliRun run = CliRun.of("sample", "Normal(0, -1)", "--n", "3");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("sd must be positive and finite, got -1.0");
    }

    @Test
    void negativeSampleSizeIsAUsageError() {
        CliRun run = CliRun.of("sample", "Normal(0, 1)", "--n", "-1");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--n must be non-negative, got -1");
    }

    @Test
    void noCommandPrintsUsageAndFails() {
        CliRun run = CliRun.of();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: kullback").contains("sample");
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRun run = CliRun.of("sample", "Gamma(2,", "--n", "3", "--debug");
        assertThat(run.err()).contains("\tat ");
        assertThat(Arrays.asList(run.err().split("\n")).get(0)).startsWith("kullback: ");
    }
}
