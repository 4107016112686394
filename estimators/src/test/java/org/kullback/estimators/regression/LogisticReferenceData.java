package org.kullback.estimators.regression;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset and its mpmath reference fit, as written by
 * {@code src/test/python/reference_logistic.py} into
 * {@code src/test/resources/reference/logistic/}.
 */
record LogisticReferenceData(String name, String[] header, double[][] table,
        Map<String, String[]> reference) {

    static LogisticReferenceData load(String name) {
        String csv = read("/reference/logistic/" + name + ".csv");
        String[] lines = csv.split("\n");
        String[] header = lines[0].split(",");
        double[][] table = new double[lines.length - 1][];
        for (int i = 1; i < lines.length; i++) {
            table[i - 1] = Arrays.stream(lines[i].split(",")).mapToDouble(Double::parseDouble)
                    .toArray();
        }
        Map<String, String[]> reference = new HashMap<>();
        for (String line : read("/reference/logistic/" + name + ".txt").split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] parts = line.trim().split("\\s+");
                reference.put(parts[0], Arrays.copyOfRange(parts, 1, parts.length));
            }
        }
        return new LogisticReferenceData(name, header, table, reference);
    }

    private static String read(String resource) {
        try (InputStream in = LogisticReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String key) {
        return reference.get(key)[0];
    }

    double number(String key) {
        return Double.parseDouble(text(key));
    }

    double[] numbers(String key) {
        return Arrays.stream(reference.get(key)).mapToDouble(Double::parseDouble).toArray();
    }

    private int column(String name) {
        return Arrays.asList(header).indexOf(name);
    }

    double[] columnValues(String name) {
        int c = column(name);
        return Arrays.stream(table).mapToDouble(row -> row[c]).toArray();
    }

    /** The predictor columns x1, x2, … as rows. */
    double[][] x() {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            if (header[c].startsWith("x")) {
                columns.add(c);
            }
        }
        double[][] x = new double[table.length][columns.size()];
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < columns.size(); j++) {
                x[i][j] = table[i][columns.get(j)];
            }
        }
        return x;
    }

    /** The soft-target columns y0, y1, … as rows. */
    double[][] targets(int classes) {
        double[][] t = new double[table.length][classes];
        for (int k = 0; k < classes; k++) {
            double[] c = columnValues("y" + k);
            for (int i = 0; i < table.length; i++) {
                t[i][k] = c[i];
            }
        }
        return t;
    }

    int[] classes() {
        return Arrays.stream(columnValues("class")).mapToInt(v -> (int) v).toArray();
    }

    static double maxRelativeDifference(double[] actual, double[] expected) {
        double worst = 0;
        for (int j = 0; j < expected.length; j++) {
            worst = Math.max(worst, Math.abs(actual[j] - expected[j]) / Math.abs(expected[j]));
        }
        return worst;
    }
}
