package org.kullback.estimators.regression;

/**
 * Householder QR factorisation \( A = Q \begin{pmatrix} R \\ 0 \end{pmatrix} \) of an
 * \( n \times p \) matrix (\( n &gt; p \)), computed tile by tile so that all the work stays in
 * cache. The rows are cut into tiles of {@value #TILE} rows, each stored column by column.
 * The first tile is factored by ordinary Householder reflections (Golub &amp; Van Loan, Matrix
 * Computations, 4th ed., §5.2.1, with the LINPACK/JAMA normalisation: the reflector of column k
 * is \( I - v v^T/v_k \), \( v_k = 1 + |a_{kk}|/\|a_k\| \)); every later tile B is folded into
 * the triangle by the structured reflections of the stacked matrix
 * \( \begin{pmatrix} R \\ B \end{pmatrix} \) (§6.5.3: reflector k touches only row k of R and
 * the tile), which is the flat-tree TSQR of Demmel, Grigori, Hoemmen &amp; Langou (SIAM J. Sci.
 * Comput. 34 (2012) A206–A239). The product of all reflectors is the Q of a Householder QR of A,
 * backward stable in the usual sense; a whole-column factorisation would stream every column
 * through memory once per pair of columns, this one once in total.
 *
 * <p>Q is kept in factored form (the reflectors overwrite the tiles), so \( Q^Tb \) and
 * \( Qb \) cost 4np flops in one pass. Mutable only during construction.
 */
final class HouseholderQr {

    /** Rows per tile: 512 rows of a dozen columns fit in a core's L2 cache. */
    static final int TILE = 512;

    private final int rows;
    private final int cols;
    /** tiles[t][j][i]: column j of tile t; reflector vectors after factorisation (tile 0: also R above the diagonal). */
    private final double[][][] tiles;
    /** tau[t][k] for tiles t ≥ 1 (0: no reflection needed). */
    private final double[][] tau;
    private final double[] rDiagonal;
    private final double[] columnNorms;

    HouseholderQr(ExactDesign design) {
        this.rows = design.rows();
        this.cols = design.cols();
        if (rows < cols) {
            throw new IllegalArgumentException("QR needs at least as many rows as columns, got "
                    + rows + " rows and " + cols + " columns");
        }
        int firstRows = Math.min(rows, Math.max(TILE, cols));
        int count = 1 + (rows - firstRows + TILE - 1) / TILE;
        this.tiles = new double[count][][];
        this.tau = new double[count][];
        this.rDiagonal = new double[cols];
        this.columnNorms = new double[cols];
        int from = 0;
        for (int t = 0; t < count; t++) {
            int to = t == 0 ? firstRows : Math.min(rows, from + TILE);
            double[][] tile = new double[cols][to - from];
            design.fill(from, to, tile);
            for (int j = 0; j < cols; j++) {
                columnNorms[j] = Math.hypot(columnNorms[j], norm(tile[j], 0, to - from));
            }
            tiles[t] = tile;
            if (t == 0) {
                factorFirst(tile);
            } else {
                tau[t] = new double[cols];
                fold(tile, tau[t]);
            }
            from = to;
        }
    }

    private void factorFirst(double[][] a) {
        int m = a.length == 0 ? 0 : a[0].length;
        for (int k = 0; k < cols; k++) {
            double[] v = a[k];
            double norm = norm(v, k, m);
            if (norm == 0) {
                rDiagonal[k] = 0;
                continue;
            }
            if (v[k] < 0) {
                norm = -norm;
            }
            double inverse = 1 / norm;
            for (int i = k; i < m; i++) {
                v[i] *= inverse;
            }
            v[k] += 1;
            for (int j = k + 1; j < cols; j++) {
                double[] column = a[j];
                double s = -dot(v, column, k, m) / v[k];
                axpy(s, v, column, k, m);
            }
            rDiagonal[k] = -norm;
        }
    }

    /** Structured reflections of \( (R; B) \): \( \beta = -\operatorname{sign}(R_{kk})\sqrt{R_{kk}^2 + \|b_k\|^2} \), \( v = (1, b_k/(R_{kk}-\beta)) \), \( \tau = (\beta - R_{kk})/\beta \). */
    private void fold(double[][] b, double[] taus) {
        double[][] first = tiles[0];
        int m = b[0].length;
        for (int k = 0; k < cols; k++) {
            double[] v = b[k];
            double sigma = norm(v, 0, m);
            if (sigma == 0) {
                taus[k] = 0;
                continue;
            }
            double alpha = rDiagonal[k];
            double beta = structuredReflector(alpha, sigma, v, m);
            double t = (beta - alpha) / beta;
            rDiagonal[k] = beta;
            taus[k] = t;
            for (int j = k + 1; j < cols; j++) {
                first[j][k] = reflectStructured(t, v, first[j][k], b[j], m);
            }
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

    /**
     * \( |R_{kk}| / \|a_k\| \): the distance of column k from the span of the earlier columns,
     * relative to its length (1 for a column orthogonal to them, 0 for an exact combination).
     */
    double independence(int k) {
        return columnNorms[k] == 0 ? 0 : Math.abs(rDiagonal[k]) / columnNorms[k];
    }

    /** Replaces {@code b} by \( Q^T b \). */
    void applyTranspose(double[] b) {
        double[][] first = tiles[0];
        int m = first[0].length;
        for (int k = 0; k < cols; k++) {
            reflectFirst(first[k], k, m, b);
        }
        int from = m;
        for (int t = 1; t < tiles.length; t++) {
            double[][] tile = tiles[t];
            for (int k = 0; k < cols; k++) {
                reflectTile(tile[k], tau[t][k], k, from, b);
            }
            from += tile[0].length;
        }
    }

    /** Replaces {@code b} by \( Q b \). */
    void apply(double[] b) {
        int from = rows;
        for (int t = tiles.length - 1; t >= 1; t--) {
            double[][] tile = tiles[t];
            from -= tile[0].length;
            for (int k = cols - 1; k >= 0; k--) {
                reflectTile(tile[k], tau[t][k], k, from, b);
            }
        }
        double[][] first = tiles[0];
        int m = first[0].length;
        for (int k = cols - 1; k >= 0; k--) {
            reflectFirst(first[k], k, m, b);
        }
    }

    private static void reflectFirst(double[] v, int k, int m, double[] b) {
        if (v[k] == 0) {
            return;
        }
        double s = -dot(v, b, k, m) / v[k];
        axpy(s, v, b, k, m);
    }

    private static void reflectTile(double[] v, double t, int k, int from, double[] b) {
        if (t == 0) {
            return;
        }
        int m = v.length;
        double s = b[k];
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < m; i += 2) {
            s0 += v[i] * b[from + i];
            s1 += v[i + 1] * b[from + i + 1];
        }
        for (; i < m; i++) {
            s0 += v[i] * b[from + i];
        }
        s = t * (s + (s0 + s1));
        b[k] -= s;
        for (i = 0; i < m; i++) {
            b[from + i] -= s * v[i];
        }
    }

    private double r(int i, int j) {
        return i == j ? rDiagonal[i] : tiles[0][j][i];
    }

    /** Solves \( R x = b \) for the first p entries of {@code b}, in place. */
    void solveUpper(double[] b) {
        for (int k = cols - 1; k >= 0; k--) {
            double s = b[k];
            for (int j = k + 1; j < cols; j++) {
                s -= r(k, j) * b[j];
            }
            b[k] = s / rDiagonal[k];
        }
    }

    /** Solves \( R^T z = g \) in place. */
    void solveLowerTranspose(double[] g) {
        for (int k = 0; k < cols; k++) {
            double s = g[k];
            for (int i = 0; i < k; i++) {
                s -= r(i, k) * g[i];
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
                for (int k = j; k < cols; k++) {
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
            c[i] = r(i, k);
        }
        for (int i = k - 1; i >= 0; i--) {
            double s = c[i];
            for (int j = i + 1; j < k; j++) {
                s -= r(i, j) * c[j];
            }
            c[i] = rDiagonal[i] == 0 ? 0 : s / rDiagonal[i];
        }
        return c;
    }

    /**
     * The reflector that folds the tile column \( b \) (its m entries in {@code v}, of norm
     * \( \sigma &gt; 0 \)) into the diagonal entry \( \alpha = R_{kk} \) of the stacked
     * \( \begin{pmatrix} R \\ B \end{pmatrix} \): \( \beta = -\operatorname{sign}(\alpha)
     * \sqrt{\alpha^2 + \sigma^2} \), \( v \leftarrow b/(\alpha - \beta) \) (overwritten), so that
     * the reflector is \( I - \tau (1, v)(1, v)^T \) with \( \tau = (\beta - \alpha)/\beta \).
     * Shared by {@link #fold} and {@link QrAccumulator}, which keep R in different layouts.
     *
     * @return \( \beta \), the new \( R_{kk} \)
     */
    static double structuredReflector(double alpha, double sigma, double[] v, int m) {
        double beta = -Math.copySign(Math.hypot(alpha, sigma), alpha);
        double scale = 1 / (alpha - beta);
        for (int i = 0; i < m; i++) {
            v[i] *= scale;
        }
        return beta;
    }

    /**
     * Applies \( I - \tau (1, v)(1, v)^T \) to the stacked column \( (r, c) \): r, the entry of
     * row k of R, is returned updated and the tile column {@code column} is updated in place.
     */
    static double reflectStructured(double tau, double[] v, double r, double[] column, int m) {
        double s = tau * (r + dot(v, column, 0, m));
        axpy(-s, v, column, 0, m);
        return r - s;
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
