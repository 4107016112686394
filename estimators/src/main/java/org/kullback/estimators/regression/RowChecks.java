package org.kullback.estimators.regression;

/** Validation of one row (streamed or to predict at), with messages naming row and column. */
final class RowChecks {

    private RowChecks() {
    }

    /**
     * @param index the row's index in the caller's chunk, or negative for a single row
     * @throws IllegalArgumentException naming the row, column and value at fault
     */
    static void check(double[] row, double y, double weight, int width, long index) {
        // The row's name is formed only for a message: this runs once per streamed row.
        if (row == null || row.length != width) {
            throw new IllegalArgumentException(rowName(index) + " must have " + width
                    + " columns, got " + (row == null ? "null" : row.length));
        }
        for (int j = 0; j < width; j++) {
            if (!Double.isFinite(row[j])) {
                throw new IllegalArgumentException(rowName(index) + "[" + j + "] (column " + j
                        + ") must be finite, got " + row[j]);
            }
        }
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException((index < 0 ? "y" : "y[" + index + "]")
                    + " must be finite, got " + y);
        }
        if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException((index < 0 ? "weight" : "weights[" + index + "]")
                    + " must be finite and non-negative, got " + weight);
        }
    }

    private static String rowName(long index) {
        return index < 0 ? "row" : "rows[" + index + "]";
    }

    /**
     * Checks a row of predictors to predict at: {@code length} entries, all finite.
     *
     * @param name how the messages call the row ("LogisticFit: x", "zRow")
     * @throws IllegalArgumentException naming the row, the entry and the value at fault
     */
    static void requirePredictors(String name, double[] row, int length) {
        if (row == null || row.length != length) {
            throw new IllegalArgumentException(name + " must have " + length + " entries, got "
                    + (row == null ? "null" : row.length));
        }
        for (int j = 0; j < length; j++) {
            if (!Double.isFinite(row[j])) {
                throw new IllegalArgumentException(name + "[" + j + "] must be finite, got "
                        + row[j]);
            }
        }
    }
}
