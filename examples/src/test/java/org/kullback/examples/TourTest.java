package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tour runs every example, prints them in order and writes one readable PNG per example. */
class TourTest {

    @Test
    void tourPrintsEveryExampleAndWritesNonEmptyPngCharts(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Path> charts;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            charts = Tour.run(out, dir.resolve("charts"));
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(charts).isNotEmpty().doesNotHaveDuplicates();
        for (Path chart : charts) {
            assertThat(chart).startsWith(dir.resolve("charts")).isRegularFile();
            assertThat(chart.getFileName().toString()).endsWith(".png");
            assertThat(Files.size(chart)).isGreaterThan(10_000);
            BufferedImage image = ImageIO.read(chart.toFile());
            assertThat(image).as("%s decodes as an image", chart).isNotNull();
            assertThat(image.getWidth()).isEqualTo(900);
            assertThat(image.getHeight()).isEqualTo(560);
            assertThat(text).contains("chart: " + chart);
        }
        int previous = -1;
        for (String title : List.of("== 1.", "== 2.", "== 3.", "== 4.", "== 5.", "== 6.",
                "== 7.")) {
            assertThat(text.indexOf(title)).as(title).isGreaterThan(previous);
            previous = text.indexOf(title);
        }
        assertThat(text).doesNotContain("NaN nats").doesNotContain("Exception");
    }
}
