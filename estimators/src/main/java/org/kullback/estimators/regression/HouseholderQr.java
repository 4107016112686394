package org.kullback.estimators.regression;

/**
 * Householder QR factorisation \( A = Q \begin{pmatrix} R \\ 0 \end{pmatrix} \) of an
 * \( n \times p \) matrix (\( n \ge p \)) stored column by column, so that every inner loop runs
 * down one contiguous column: the dot products and updates stream through memory and the updates
 * vectorise. The reflections are kept in factored form (Golub &amp; Van Loan, Matrix
 * Computations, 4th ed., §5.2.1; the normalisation of the vectors is that of LINPACK/JAMA: the
 * reflector for column k is \( I - v v^T / v_k \) with \( \|v\| \) scaled so that
 * \( v_k = 1 + |a_{kk}|/\|a_k\| \)).
 *
 * <p>Mutable only during construction; the factorisation takes ownership of the column arrays.
 */
final class HouseholderQr {

    private final int rows;
    private final int cols;
    /** Column j: the Householder vector in rows j..n-1, R's column j above the diagonal. */
    private final double[][] columns;
    private final double[] rDiagonal;
    private final double[] columnNorms;

    HouseholderQr(double[][] columnMajor, int rows) {
        this.rows = rows;
        this.cols = columnMajor.length;
        this.columns = columnMajor;
        this.rDiagonal = new double[cols];
        this.columnNorms = new double[cols];
        for (int j = 0; j < cols; j++) {
            columnNorms[j] = norm(columnMajor[j], 0, rows);
        }
        factor();
    }

    private void factor() {
        for (int k = 0; k < cols; k++) {
            double[] v = columns[k];
            double norm = norm(v, k, rows);
            if (norm == 0) {
                rDiagonal[k] = 0;
                continue;
            }
            if (v[k] < 0) {
                norm = -norm;
            }
            double inverse = 1 / norm;
            for (int i = k; i < rows; i++) {
                v[i] *= inverse;
            }
            v[k] += 1;
            for (int j = k + 1; j < cols; j++) {
                double[] a = columns[j];
                double s = -dot(v, a, k, rows) / v[k];
                axpy(s, v, a, k, rows);
            }
            rDiagonal[k] = -norm;
        }
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    /** \( \|a_j\| \), the norm of column j of the factored matrix. */
    double columnNorm(int j) {
        return columnNorms[j];
    }

    /** \( R_{ij} \) for \( i \le j \). */
    double r(int i, int j) {
        return i == j ? rDiagonal[i] : columns[j][i];
    }

    /**
     * \( |R_{kk}| / \|a_k\| \): the distance of column k from the span of the earlier columns,
     * relative to its length (1 for a column orthogonal to them, 0 for an exact combination).
     */
    double independence(int k) {
        return columnNorms[k] == 0 ? 0 : Math.abs(rDiagonal[k]) / columnNorms[k];
    }

    /** Replaces {@code b} by \( Q^T b \). */
    void applyTranspose(double[] b) {
        for (int k = 0; k < cols; k++) {
            reflect(k, b);
        }
    }

    /** Replaces {@code b} by \( Q b \). */
    void apply(double[] b) {
        for (int k = cols - 1; k >= 0; k--) {
            reflect(k, b);
        }
    }

    private void reflect(int k, double[] b) {
        double[] v = columns[k];
        if (rDiagonal[k] == 0) {
            return;
        }
        double s = -dot(v, b, k, rows) / v[k];
        axpy(s, v, b, k, rows);
    }

    /** Solves \( R x = b \) for the first p entries of {@code b}, in place. */
    void solveUpper(double[] b) {
        for (int k = cols - 1; k >= 0; k--) {
            double s = b[k];
            for (int j = k + 1; j < cols; j++) {
                s -= columns[j][k] * b[j];
            }
            b[k] = s / rDiagonal[k];
        }
    }

    /** Solves \( R^T z = g \) in place. */
    void solveLowerTranspose(double[] g) {
        for (int k = 0; k < cols; k++) {
            double s = g[k];
            double[] column = columns[k];
            for (int i = 0; i < k; i++) {
                s -= column[i] * g[i];
            }
            g[k] = s / rDiagonal[k];
        }
    }

    /** \( (R^T R)^{-1} = R^{-1} R^{-T} \), the unscaled covariance \( (A^T A)^{-1} \). */
    double[][] inverseGram() {
        double[][] rInverse = new double[cols][cols];
        for (int j = 0; j < cols; j++) {
            double[] e = new double[cols];
            e[j] = 1;
            solveUpper(e);
            for (int i = 0; i < cols; i++) {
                rInverse[i][j] = e[i];
            }
        }
        double[][] result = new double[cols][cols];
        for (int i = 0; i < cols; i++) {
            for (int j = i; j < cols; j++) {
                double s = 0;
                for (int k = Math.max(i, j); k < cols; k++) {
                    s += rInverse[i][k] * rInverse[j][k];
                }
                result[i][j] = s;
                result[j][i] = s;
            }
        }
        return result;
    }

    /**
     * The coefficients c of the earlier columns with \( a_k \approx \sum_{i&lt;k} c_i a_i \),
     * from \( R_{0:k,0:k}\, c = R_{0:k,k} \): used to tell the caller which columns a dependent
     * column repeats.
     */
    double[] combinationOfEarlierColumns(int k) {
        double[] c = new double[k];
        for (int i = 0; i < k; i++) {
            c[i] = columns[k][i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double s = c[i];
            for (int j = i + 1; j < k; j++) {
                s -= columns[j][i] * c[j];
            }
            c[i] = rDiagonal[i] == 0 ? 0 : s / rDiagonal[i];
        }
        return c;
    }

    /** Euclidean norm of {@code v[from..to)}, rescaled when the plain sum of squares would under- or overflow. */
    static double norm(double[] v, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += v[i] * v[i];
        }
        if (sum < 1e300 && sum > 1e-290 || sum == 0 && allZero(v, from, to)) {
            return Math.sqrt(sum);
        }
        double max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(v[i]));
        }
        if (max == 0 || Double.isInfinite(max)) {
            return max;
        }
        double scaled = 0;
        double inverse = 1 / max;
        for (int i = from; i < to; i++) {
            double t = v[i] * inverse;
            scaled += t * t;
        }
        return max * Math.sqrt(scaled);
    }

    private static boolean allZero(double[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Dot product of {@code a[from..to)} and {@code b[from..to)} with four independent partial sums (instruction-level parallelism). */
    static double dot(double[] a, double[] b, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < to; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code y[from..to) += s * x[from..to)}. */
    static void axpy(double s, double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] += s * x[i];
        }
    }
}
