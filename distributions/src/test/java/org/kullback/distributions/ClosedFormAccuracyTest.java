package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every closed-form entropy, KL divergence and cross-entropy against the mpmath reference tables
 * in {@code src/test/resources/reference/*.tsv} (written by the scripts in {@code src/test/python};
 * see {@code mpref.py} for the format). The bar is a relative error of 1e-14; a reference of
 * exactly 0 must be computed as exactly 0, and +∞ as +∞.
 */
class ClosedFormAccuracyTest {

    static final double RELATIVE_BAR = 1e-14;

    record Row(String file, int line, String quantity, String p, String q, String value) {
        String key() {
            return quantity.equals("entropy") ? "entropy " + family(p)
                    : quantity + " " + family(p) + "→" + family(q);
        }

        private static String family(String spec) {
            return spec.substring(0, spec.indexOf('('));
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + quantity + "(" + p + (q.isEmpty() ? "" : ", " + q)
                    + ") = " + value;
        }
    }

    static List<Row> referenceRows() throws IOException, URISyntaxException {
        Path folder = Path.of(ClosedFormAccuracyTest.class.getResource("/reference").toURI());
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.startsWith("#") || line.startsWith("quantity\t") || line.isBlank()) {
                        continue;
                    }
                    String[] cells = line.split("\t", -1);
                    rows.add(new Row(file.getFileName().toString(), i + 1, cells[0], cells[1],
                            cells[2], cells[3]));
                }
            }
        }
        return rows;
    }

    static double compute(Row row) {
        Distribution p = DistributionSpec.parse(row.p());
        return switch (row.quantity()) {
            case "entropy" -> p.entropy();
            case "kl" -> ClosedForms.kl(p, DistributionSpec.parse(row.q())).orElseThrow(
                    () -> new AssertionError("no closed-form KL registered: " + row));
            case "crossEntropy" -> ClosedForms.crossEntropy(p, DistributionSpec.parse(row.q()))
                    .orElseThrow(() -> new AssertionError("no closed-form CE registered: " + row));
            default -> throw new AssertionError("unknown quantity in " + row);
        };
    }

    /** The relative error of {@code computed}; 0 or ∞ when both agree exactly, ∞ otherwise. */
    static double relativeError(double computed, String reference) {
        if (reference.equals("inf") || reference.equals("-inf")) {
            double expected = reference.equals("inf") ? Double.POSITIVE_INFINITY
                    : Double.NEGATIVE_INFINITY;
            return computed == expected ? 0 : Double.POSITIVE_INFINITY;
        }
        if (!Double.isFinite(computed)) {
            return Double.POSITIVE_INFINITY;
        }
        BigDecimal exact = new BigDecimal(reference);
        if (exact.signum() == 0) {
            return computed == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return new BigDecimal(computed).subtract(exact)
                .divide(exact, MathContext.DECIMAL64).abs().doubleValue();
    }

    @Test
    void everyClosedFormMeetsOneEMinus14AgainstMpmath() throws Exception {
        List<Row> rows = referenceRows();
        assertThat(rows).hasSizeGreaterThan(50);
        Map<String, Double> worst = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            double computed;
            try {
                computed = compute(row);
            } catch (RuntimeException e) {
                failures.add(row + ": threw " + e);
                continue;
            }
            double error = relativeError(computed, row.value());
            worst.merge(row.key(), error, Math::max);
            if (!(error <= RELATIVE_BAR)) {
                failures.add(row + ": computed " + computed + ", relative error " + error);
            }
        }
        System.out.println("Worst relative error against mpmath (" + rows.size() + " rows):");
        worst.forEach((key, error) -> System.out.printf("  %-40s %.2e%n", key, error));
        assertThat(failures).as("rows over the %s bar", RELATIVE_BAR).isEmpty();
    }
}
