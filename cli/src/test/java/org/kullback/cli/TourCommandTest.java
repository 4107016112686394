package org.kullback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourCommandTest {

    @Test
    void tourRunsTheSevenExamplesAndWritesTheirCharts(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("charts");
        CliRun run = CliRun.of("tour", "--out", out.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        for (int i = 1; i <= 7; i++) {
            assertThat(run.out()).contains("== " + i + ". ");
        }
        try (Stream<Path> charts = Files.list(out)) {
            assertThat(charts.filter(path -> path.toString().endsWith(".png"))).hasSize(7);
        }
    }

    @Test
    void jsonNamesEachExampleAndItsChart(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("tour", "--out", dir.toString(), "--json");
        var lines = run.out().lines().toList();
        assertThat(lines).hasSize(7);
        var first = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("example").intValue()).isEqualTo(1);
        assertThat(first.get("title").textValue()).contains("Cross-entropy versus KL");
        assertThat(Files.size(Path.of(first.get("chart").textValue()))).isPositive();
    }
}
