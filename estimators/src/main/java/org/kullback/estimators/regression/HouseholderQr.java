package org.kullback.estimators.regression;

import java.util.Arrays;

/**
 * Householder QR factorisation \( A = Q \begin{pmatrix} R \\ 0 \end{pmatrix} \) of an
 * \( n \times p \) matrix (\( n &gt; p \)), computed tile by tile so that all the work stays in
 * cache. The rows are cut into tiles of {@value #LANES} rows, each stored column by column.
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
 * <p>Speed: the later tiles always hold exactly {@value #LANES} rows (the last one padded with
 * zero rows, which no reflection changes and which add nothing to any sum), so that the
 * kernels below ({@link #laneDot}, {@link #laneAxpy}, ...) run over whole arrays with a
 * constant trip count. HotSpot C2 (JDK 17) vectorises such loops, but it does not vectorise a
 * floating-point reduction {@code s += a[i] * b[i]}, which then runs at one dependent addition
 * per cycle; the kernels therefore form the products lane by lane and add them by pairwise
 * halving of the lane array, every step again a vectorised loop without a reduction. Pairwise
 * summation also has the smaller error bound, \( \lceil\log_2 m\rceil u \) against
 * \( (m-1)u \) for the serial sum (Higham, Accuracy and Stability of Numerical Algorithms,
 * 2nd ed., §4.2).
 *
 * <p>Q is kept in factored form (the reflectors overwrite the tiles), so \( Q^Tb \) and
 * \( Qb \) cost 4np flops in one pass. Mutable only during construction.
 */
final class HouseholderQr {

    /**
     * Rows per tile and length of the lane kernels, a power of two: 256 rows of a dozen columns
     * (24 KiB) stay in a core's L1/L2 cache, and the kernels' loops are long enough to vectorise.
     */
    static final int LANES = 256;

    /** A quarter of the lanes: the first step of the lane sums adds lanes i + 64 q, q = 0..3. */
    private static final int QUARTER = LANES / 4;

    private final int rows;
    private final int cols;
    /** tiles[t][j][i]: column j of tile t; reflector vectors after factorisation (tile 0: also R above the diagonal). */
    private final double[][][] tiles;
    /** Rows of tile t that belong to A (tiles t ≥ 1 are padded with zero rows to {@value #LANES}). */
    private final int[] tileRows;
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
        int firstRows = Math.min(rows, Math.max(LANES, cols));
        int count = 1 + (rows - firstRows + LANES - 1) / LANES;
        this.tiles = new double[count][][];
        this.tileRows = new int[count];
        this.tau = new double[count][];
        this.rDiagonal = new double[cols];
        this.columnNorms = new double[cols];
        double[] scratch = new double[LANES];
        int from = 0;
        for (int t = 0; t < count; t++) {
            int to = t == 0 ? firstRows : Math.min(rows, from + LANES);
            double[][] tile = new double[cols][t == 0 ? to - from : LANES];
            design.fill(from, to, tile);
            tiles[t] = tile;
            tileRows[t] = to - from;
            if (t == 0) {
                for (int j = 0; j < cols; j++) {
                    columnNorms[j] = norm(tile[j], 0, to - from);
                }
                factorFirst(tile);
            } else {
                for (int j = 0; j < cols; j++) {
                    columnNorms[j] = hypot(columnNorms[j], laneNorm(tile[j], scratch));
                }
                tau[t] = new double[cols];
                fold(tile, tau[t], scratch);
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
    private void fold(double[][] b, double[] taus, double[] scratch) {
        double[][] first = tiles[0];
        for (int k = 0; k < cols; k++) {
            double[] v = b[k];
            double sigma = laneNorm(v, scratch);
            if (sigma == 0) {
                taus[k] = 0;
                continue;
            }
            double alpha = rDiagonal[k];
            double beta = structuredReflector(alpha, sigma, v);
            double t = (beta - alpha) / beta;
            rDiagonal[k] = beta;
            taus[k] = t;
            for (int j = k + 1; j < cols; j++) {
                first[j][k] = reflectStructured(t, v, first[j][k], b[j], scratch);
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
        double[] segment = new double[LANES];
        double[] scratch = new double[LANES];
        int from = m;
        for (int t = 1; t < tiles.length; t++) {
            double[][] tile = tiles[t];
            int length = tileRows[t];
            System.arraycopy(b, from, segment, 0, length);
            Arrays.fill(segment, length, LANES, 0);
            for (int k = 0; k < cols; k++) {
                b[k] = reflectTile(tile[k], tau[t][k], b[k], segment, scratch);
            }
            System.arraycopy(segment, 0, b, from, length);
            from += length;
        }
    }

    /** Replaces {@code b} by \( Q b \). */
    void apply(double[] b) {
        double[] segment = new double[LANES];
        double[] scratch = new double[LANES];
        int from = rows;
        for (int t = tiles.length - 1; t >= 1; t--) {
            double[][] tile = tiles[t];
            int length = tileRows[t];
            from -= length;
            System.arraycopy(b, from, segment, 0, length);
            Arrays.fill(segment, length, LANES, 0);
            for (int k = cols - 1; k >= 0; k--) {
                b[k] = reflectTile(tile[k], tau[t][k], b[k], segment, scratch);
            }
            System.arraycopy(segment, 0, b, from, length);
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

    /**
     * Applies the structured reflector \( I - \tau (1, v)(1, v)^T \) of a later tile to
     * \( (b_k, \text{segment}) \), where {@code segment} holds the tile's rows of b (zero past
     * the tile's real rows, as v is); returns the new \( b_k \).
     */
    private static double reflectTile(double[] v, double t, double bk, double[] segment,
            double[] scratch) {
        if (t == 0) {
            return bk;
        }
        return reflectStructured(t, v, bk, segment, scratch);
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
     * The reflector that folds the tile column \( b \) (its {@value #LANES} entries in
     * {@code v}, zero-padded, of norm \( \sigma &gt; 0 \)) into the diagonal entry
     * \( \alpha = R_{kk} \) of the stacked \( \begin{pmatrix} R \\ B \end{pmatrix} \):
     * \( \beta = -\operatorname{sign}(\alpha) \sqrt{\alpha^2 + \sigma^2} \),
     * \( v \leftarrow b/(\alpha - \beta) \) (overwritten), so that the reflector is
     * \( I - \tau (1, v)(1, v)^T \) with \( \tau = (\beta - \alpha)/\beta \).
     * Shared by {@link #fold} and {@link QrAccumulator}, which keep R in different layouts.
     *
     * @return \( \beta \), the new \( R_{kk} \)
     */
    static double structuredReflector(double alpha, double sigma, double[] v) {
        double beta = -Math.copySign(hypot(alpha, sigma), alpha);
        double scale = 1 / (alpha - beta);
        for (int i = 0; i < LANES; i++) {
            v[i] *= scale;
        }
        return beta;
    }

    /**
     * Applies \( I - \tau (1, v)(1, v)^T \) to the stacked column \( (r, c) \): r, the entry of
     * row k of R, is returned updated and the tile column {@code column} ({@value #LANES}
     * entries) is updated in place; {@code scratch} is work space of the same length.
     */
    static double reflectStructured(double tau, double[] v, double r, double[] column,
            double[] scratch) {
        double s = tau * (r + laneDot(v, column, scratch));
        laneAxpy(-s, v, column);
        return r - s;
    }

    /**
     * \( \sum_i a_i b_i \) over the {@value #LANES} lanes, summed as a balanced binary tree:
     * one vectorised loop adds the products of lanes i, i + 64, i + 128, i + 192 pairwise, and
     * {@link #pairwiseSum} finishes the 64 partial sums.
     */
    static double laneDot(double[] a, double[] b, double[] scratch) {
        for (int i = 0; i < QUARTER; i++) {
            scratch[i] = (a[i] * b[i] + a[i + 2 * QUARTER] * b[i + 2 * QUARTER])
                    + (a[i + QUARTER] * b[i + QUARTER] + a[i + 3 * QUARTER] * b[i + 3 * QUARTER]);
        }
        return pairwiseSum(scratch);
    }

    /** \( \sum_i a_i \) over the {@value #LANES} lanes, as {@link #laneDot}. */
    static double laneSum(double[] a, double[] scratch) {
        for (int i = 0; i < QUARTER; i++) {
            scratch[i] = (a[i] + a[i + 2 * QUARTER]) + (a[i + QUARTER] + a[i + 3 * QUARTER]);
        }
        return pairwiseSum(scratch);
    }

    /**
     * The sum of the first 64 entries of {@code t} (overwritten) as a balanced tree: one
     * vectorised halving \( t_i \leftarrow t_i + t_{i+32} \), then the 32 lanes written out as
     * four interleaved trees of eight (shorter loops are not worth vectorising; the written-out
     * tree has independent additions that the processor overlaps).
     */
    static double pairwiseSum(double[] t) {
        for (int i = 0; i < QUARTER / 2; i++) {
            t[i] += t[i + QUARTER / 2];
        }
        double s0 = ((t[0] + t[16]) + (t[8] + t[24])) + ((t[4] + t[20]) + (t[12] + t[28]));
        double s1 = ((t[1] + t[17]) + (t[9] + t[25])) + ((t[5] + t[21]) + (t[13] + t[29]));
        double s2 = ((t[2] + t[18]) + (t[10] + t[26])) + ((t[6] + t[22]) + (t[14] + t[30]));
        double s3 = ((t[3] + t[19]) + (t[11] + t[27])) + ((t[7] + t[23]) + (t[15] + t[31]));
        return (s0 + s2) + (s1 + s3);
    }

    /**
     * \( \sum_i a_i^2 \) over the {@value #LANES} lanes as an unevaluated double-double sum:
     * every square is split exactly by {@link Math#fma} and the pairwise halving adds the high
     * parts by TwoSum (branch-free, so it vectorises like the plain halving), carrying every
     * rounding error into the low parts. The high part is returned, the low part left in
     * {@code lo[0]}.
     */
    static double laneSquaresDoubleDouble(double[] a, double[] hi, double[] lo) {
        for (int i = 0; i < LANES; i++) {
            double square = a[i] * a[i];
            hi[i] = square;
            lo[i] = Math.fma(a[i], a[i], -square);
        }
        return pairwiseDoubleDouble(hi, lo);
    }

    /**
     * The double-double sum of the {@value #LANES} lane pairs \( (hi_i, lo_i) \) by pairwise
     * halving with TwoSum (Knuth, TAOCP vol. 2, §4.2.2) on the high parts; both arrays are
     * overwritten, the high part is returned and the low part left in {@code lo[0]}. The long
     * halvings are loops of constant length, which C2 vectorises; the last sixteen lanes are
     * halved by the same code with a variable length.
     */
    static double pairwiseDoubleDouble(double[] hi, double[] lo) {
        for (int i = 0; i < LANES / 2; i++) {
            halveDoubleDouble(hi, lo, i, LANES / 2);
        }
        for (int i = 0; i < LANES / 4; i++) {
            halveDoubleDouble(hi, lo, i, LANES / 4);
        }
        for (int i = 0; i < LANES / 8; i++) {
            halveDoubleDouble(hi, lo, i, LANES / 8);
        }
        for (int i = 0; i < LANES / 16; i++) {
            halveDoubleDouble(hi, lo, i, LANES / 16);
        }
        for (int h = LANES / 32; h >= 1; h >>= 1) {
            for (int i = 0; i < h; i++) {
                halveDoubleDouble(hi, lo, i, h);
            }
        }
        return hi[0];
    }

    /** \( (hi_i, lo_i) \leftarrow (hi_i, lo_i) + (hi_{i+h}, lo_{i+h}) \), the high parts by TwoSum. */
    private static void halveDoubleDouble(double[] hi, double[] lo, int i, int h) {
        double a = hi[i];
        double b = hi[i + h];
        double s = a + b;
        double bVirtual = s - a;
        lo[i] = lo[i] + lo[i + h] + ((a - (s - bVirtual)) + (b - bVirtual));
        hi[i] = s;
    }

    /**
     * \( \sqrt{a^2 + b^2} \) for \( b \ge 0 \): directly (within about one ulp) when neither
     * square can over- or underflow, else by {@link Math#hypot}, which is exact to an ulp in
     * every range but several times slower (it runs once per column and block).
     */
    static double hypot(double a, double b) {
        double big = Math.max(Math.abs(a), b);
        if (big < 0x1p500 && big > 0x1p-500) {
            return Math.sqrt(Math.fma(a, a, b * b));
        }
        return Math.hypot(a, b);
    }

    /** {@code y += s * x} over the {@value #LANES} lanes. */
    static void laneAxpy(double s, double[] x, double[] y) {
        for (int i = 0; i < LANES; i++) {
            y[i] += s * x[i];
        }
    }

    /**
     * Euclidean norm of the {@value #LANES} lanes of {@code v}: the pairwise sum of squares
     * ({@link #laneDot}), or, when that would under- or overflow, the rescaled {@link #norm}.
     */
    static double laneNorm(double[] v, double[] scratch) {
        double sum = laneDot(v, v, scratch);
        if (sum < 1e300 && sum > 1e-290) {
            return Math.sqrt(sum);
        }
        return norm(v, 0, LANES);
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
