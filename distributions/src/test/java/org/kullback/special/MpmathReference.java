package org.kullback.special;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The mpmath reference values of {@code reference/special-functions.csv}, written by
 * {@code src/test/python/special_functions_reference.py} (50 significant digits, rounded to 25),
 * and the error measures the accuracy tests apply to them.
 */
final class MpmathReference {

    private static final String RESOURCE = "/reference/special-functions.csv";
    private static final List<Row> ALL = load();

    /** One reference value: {@code function(x[, y]) = value}, inputs exact doubles. */
    record Row(String function, double x, double y, BigDecimal value) {

        double expected() {
            return value.doubleValue();
        }

        @Override
        public String toString() {
            return Double.isNaN(y) ? "x=" + x : "(" + x + ", " + y + ")";
        }
    }

    /** How far a computed value is from a reference value. */
    @FunctionalInterface
    interface ErrorMeasure {
        double error(double actual, Row row);
    }

    /** The worst error of a function over a set of reference rows. */
    record Accuracy(String label, int count, double worst, Row worstRow, double worstActual) {
    }

    private MpmathReference() {
    }

    /** The rows of one function, in file order. */
    static List<Row> rows(String function) {
        final List<Row> rows = ALL.stream().filter(r -> r.function().equals(function)).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no reference rows for function " + function);
        }
        return rows;
    }

    /**
     * \( |a - e| / |e| \), evaluated exactly in decimal. Infinite references must be matched
     * exactly; below the normal range (results that underflow) the error is measured in units of
     * {@link Double#MIN_NORMAL}, i.e. absolutely.
     */
    static double relativeError(double actual, BigDecimal expected) {
        final double e = expected.doubleValue();
        if (Double.isInfinite(e)) {
            return actual == e ? 0 : Double.POSITIVE_INFINITY;
        }
        if (!Double.isFinite(actual)) {
            return Double.POSITIVE_INFINITY;
        }
        final BigDecimal difference = new BigDecimal(actual).subtract(expected).abs();
        if (Math.abs(e) < Double.MIN_NORMAL) {
            return difference.doubleValue() / Double.MIN_NORMAL;
        }
        return difference.divide(expected.abs(), MathContext.DECIMAL64).doubleValue();
    }

    static double relativeError(double actual, Row row) {
        return relativeError(actual, row.value());
    }

    /** \( |a - e| \), evaluated exactly in decimal. */
    static double absoluteError(double actual, Row row) {
        if (!Double.isFinite(actual)) {
            return Double.POSITIVE_INFINITY;
        }
        return new BigDecimal(actual).subtract(row.value()).abs().doubleValue();
    }

    /** Evaluates {@code function} on every row, prints the worst error and returns it. */
    static Accuracy measure(String label, List<Row> rows, ToDoubleFunction<Row> function,
            ErrorMeasure measure) {
        double worst = -1;
        Row worstRow = null;
        double worstActual = Double.NaN;
        for (Row row : rows) {
            final double actual = function.applyAsDouble(row);
            final double error = measure.error(actual, row);
            if (!(error <= worst)) {
                worst = error;
                worstRow = row;
                worstActual = actual;
            }
        }
        System.out.printf(Locale.ROOT,
            "%-48s worst error %.2e over %4d mpmath values, at %s (got %s, mpmath %s)%n",
            label, worst, rows.size(), worstRow, worstActual, worstRow.value());
        return new Accuracy(label, rows.size(), worst, worstRow, worstActual);
    }

    private static List<Row> load() {
        try (InputStream in = MpmathReference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            final BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            final List<Row> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("function,") || line.isBlank()) {
                    continue;
                }
                final String[] fields = line.split(",", -1);
                rows.add(new Row(fields[0], Double.parseDouble(fields[1]),
                    fields[2].isEmpty() ? Double.NaN : Double.parseDouble(fields[2]),
                    new BigDecimal(fields[3])));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
