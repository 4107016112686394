package org.kullback.estimators.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The validated design of a logistic or softmax regression: the predictor rows (with a leading
 * 1 when there is an intercept) and the observation weights, checked for the failures that make
 * the maximum-likelihood estimate undefined before any iteration starts.
 *
 * <p>Checks, each an {@link IllegalArgumentException} naming the model, the row, column or
 * index and the value: {@code x} non-empty and rectangular with finite entries; weights finite
 * and non-negative, with their count matching the rows; more rows of positive weight than
 * coefficients; and no column that is (numerically) a linear combination of the columns before
 * it. The last is found by Householder QR of \( W^{1/2} X \) over the rows of positive weight:
 * column \( j \) is rejected when \( |r_{jj}| \le 10^{-7} \lVert W^{1/2} x_j \rVert \), i.e. when
 * it lies within a relative distance \( 10^{-7} \) of the span of the earlier columns (an exactly
 * collinear column gives \( |r_{jj}| \) of the order of the rounding error, \( 10^{-15} \)).
 * Rejecting above the rounding level keeps the Newton Hessian, whose condition number is the
 * square of the design's, factorable in double precision.
 */
final class ClassificationDesign {

    /** Relative residual norm below which a column counts as collinear with the earlier ones. */
    static final double COLLINEARITY_TOLERANCE = 1e-7;

    private final String model;
    private final double[][] rows;
    private final double[] weights;
    private final boolean intercept;
    private final int predictors;
    private final double totalWeight;
    private final int positiveRows;

    private ClassificationDesign(String model, double[][] rows, double[] weights, boolean intercept,
            int predictors, double totalWeight, int positiveRows) {
        this.model = model;
        this.rows = rows;
        this.weights = weights;
        this.intercept = intercept;
        this.predictors = predictors;
        this.totalWeight = totalWeight;
        this.positiveRows = positiveRows;
    }

    /**
     * Validates {@code x} and {@code weights} (null: all 1) and builds the design.
     *
     * @param model the name used in error messages
     * @param x predictor rows, {@code x[i][j]} = predictor j of observation i
     * @param weights observation weights, or {@code null} for unit weights
     * @param intercept whether to prepend a column of ones
     * @param coefficientsPerColumn how many coefficients each design column carries (1 for
     *     logistic, K − 1 for softmax), for the n &gt; p check
     */
    static ClassificationDesign of(String model, double[][] x, double[] weights, boolean intercept,
            int coefficientsPerColumn) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException(model + ": x must have at least one row, got "
                    + (x == null ? "null" : "0 rows"));
        }
        if (x[0] == null) {
            throw new IllegalArgumentException(model + ": x[0] must not be null");
        }
        int n = x.length;
        int predictors = x[0].length;
        if (predictors == 0 && !intercept) {
            throw new IllegalArgumentException(
                    model + ": a model without intercept needs at least one column in x, got 0");
        }
        if (weights != null && weights.length != n) {
            throw new IllegalArgumentException(model + ": x has " + n + " rows but weights has "
                    + weights.length + " entries");
        }
        int p = predictors + (intercept ? 1 : 0);
        double[][] rows = new double[n][];
        double[] w = new double[n];
        double total = 0;
        int positive = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] == null || x[i].length != predictors) {
                throw new IllegalArgumentException(model + ": x must be rectangular: row 0 has "
                        + predictors + " columns but row " + i + " has "
                        + (x[i] == null ? "null" : x[i].length + " columns"));
            }
            double[] row = new double[p];
            int offset = intercept ? 1 : 0;
            if (intercept) {
                row[0] = 1;
            }
            for (int j = 0; j < predictors; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException(model + ": x[" + i + "][" + j
                            + "] (row " + i + ", column " + j + ") must be finite, got " + x[i][j]);
                }
                row[offset + j] = x[i][j];
            }
            rows[i] = row;
            double wi = weights == null ? 1 : weights[i];
            if (!(wi >= 0 && wi < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(model + ": weights[" + i
                        + "] must be finite and non-negative, got " + wi);
            }
            w[i] = wi;
            total += wi;
            if (wi > 0) {
                positive++;
            }
        }
        int coefficients = p * coefficientsPerColumn;
        if (positive <= coefficients) {
            throw new IllegalArgumentException(model + ": needs more observations of positive "
                    + "weight than coefficients, got n = " + positive + " rows for p = "
                    + coefficients + " coefficients");
        }
        ClassificationDesign design = new ClassificationDesign(model, rows, w, intercept,
                predictors, total, positive);
        design.rejectCollinearColumns();
        return design;
    }

    /** The name of design column {@code j}: "intercept" or "x[c]" with c the column of x. */
    String columnName(int j) {
        if (intercept) {
            return j == 0 ? "intercept" : "x[" + (j - 1) + "]";
        }
        return "x[" + j + "]";
    }

    List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < columns(); j++) {
            names.add(columnName(j));
        }
        return List.copyOf(names);
    }

    /**
     * Householder QR of \( W^{1/2} X \) (rows of positive weight), column by column without
     * pivoting, so that the first column found to depend on earlier ones is the one named.
     */
    private void rejectCollinearColumns() {
        int p = columns();
        double[][] a = new double[positiveRows][p];
        int r = 0;
        for (int i = 0; i < rows.length; i++) {
            if (weights[i] > 0) {
                double s = Math.sqrt(weights[i]);
                for (int j = 0; j < p; j++) {
                    a[r][j] = s * rows[i][j];
                }
                r++;
            }
        }
        double[] diagonal = new double[p];
        double[] columnNorms = new double[p];
        for (int j = 0; j < p; j++) {
            columnNorms[j] = norm(a, j, 0);
        }
        for (int j = 0; j < p; j++) {
            double residualNorm = norm(a, j, j);
            if (!(residualNorm > COLLINEARITY_TOLERANCE * columnNorms[j])) {
                throw collinear(a, diagonal, columnNorms, j, residualNorm);
            }
            double alpha = a[j][j] > 0 ? -residualNorm : residualNorm;
            // Householder vector v = a[j..][j] - alpha e_j, stored in place.
            a[j][j] -= alpha;
            double vv = 0;
            for (int i = j; i < a.length; i++) {
                vv += a[i][j] * a[i][j];
            }
            for (int k = j + 1; k < p; k++) {
                double dot = 0;
                for (int i = j; i < a.length; i++) {
                    dot += a[i][j] * a[i][k];
                }
                double f = 2 * dot / vv;
                for (int i = j; i < a.length; i++) {
                    a[i][k] -= f * a[i][j];
                }
            }
            diagonal[j] = alpha;
        }
    }

    private static double norm(double[][] a, int column, int fromRow) {
        double scale = 0;
        for (int i = fromRow; i < a.length; i++) {
            scale = Math.max(scale, Math.abs(a[i][column]));
        }
        if (scale == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = fromRow; i < a.length; i++) {
            double t = a[i][column] / scale;
            sum += t * t;
        }
        return scale * Math.sqrt(sum);
    }

    /**
     * The error for a dependent column {@code j}: the earlier columns it depends on are those
     * with a non-negligible coefficient in the least-squares fit of column j on them, found by
     * back substitution in \( R_{11} c = r_{1j} \).
     */
    private IllegalArgumentException collinear(double[][] a, double[] diagonal,
            double[] columnNorms, int j, double residualNorm) {
        double columnNorm = columnNorms[j];
        if (columnNorm == 0) {
            return new IllegalArgumentException(model + ": column " + columnName(j)
                    + " is zero on every row of positive weight, so its coefficient is not "
                    + "identifiable; remove it");
        }
        double[] c = new double[j];
        for (int k = j - 1; k >= 0; k--) {
            double s = a[k][j];
            for (int m = k + 1; m < j; m++) {
                s -= a[k][m] * c[m];
            }
            c[k] = s / diagonal[k];
        }
        // Column k takes part when its share |c_k| ||x_k|| of the combination is not negligible.
        double largest = 0;
        for (int k = 0; k < j; k++) {
            largest = Math.max(largest, Math.abs(c[k]) * columnNorms[k]);
        }
        StringJoiner partners = new StringJoiner(", ");
        for (int k = 0; k < j; k++) {
            if (Math.abs(c[k]) * columnNorms[k] > 1e-6 * largest) {
                partners.add(columnName(k));
            }
        }
        return new IllegalArgumentException(model + ": column " + columnName(j)
                + " is collinear with " + partners + " (its distance from their span is "
                + String.format("%.3g", residualNorm / columnNorm)
                + " of its norm, tolerance " + COLLINEARITY_TOLERANCE
                + "), so the coefficients are not identifiable; remove one of these columns");
    }

    String model() {
        return model;
    }

    int n() {
        return rows.length;
    }

    int columns() {
        return predictors + (intercept ? 1 : 0);
    }

    int predictors() {
        return predictors;
    }

    boolean intercept() {
        return intercept;
    }

    double[] row(int i) {
        return rows[i];
    }

    double weight(int i) {
        return weights[i];
    }

    double totalWeight() {
        return totalWeight;
    }

    int positiveRows() {
        return positiveRows;
    }
}
