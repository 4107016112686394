package org.kullback.estimators.regression;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * Least squares from rows that arrive in chunks: the state is the triangular factor R
 * (\( p \times p \)) and \( Q^Ty \) (its first p entries) of the rows seen so far, plus the
 * residual sum of squares of the discarded part of \( Q^Ty \) and the sums that \( R^2 \) and the
 * likelihood need — memory \( O(p^2) \) plus one buffer of {@value HouseholderQr#LANES} rows,
 * independent of n. Mutable.
 *
 * <p>Rows are buffered and folded in blocks: for the stacked matrix
 * \( \begin{pmatrix} R \\ B \end{pmatrix} \) one Householder reflection per column annihilates the
 * block B below the diagonal of R (the structured update of Golub &amp; Van Loan, Matrix
 * Computations, 4th ed., §6.5.3; each reflection touches only row k of R and the block). Two
 * partial states merge the same way, with the other's R as the block ({@link #combine}); this is
 * the reduction of TSQR (Demmel, Grigori, Hoemmen &amp; Langou, SIAM J. Sci. Comput. 34 (2012)
 * A206–A239), so partitions of a distributed data set can be factored apart and merged.
 *
 * <p>Speed: the buffer always holds {@value HouseholderQr#LANES} rows when it is folded (a
 * partial last block is padded with zero rows, which change nothing), so the fold runs on the
 * lane kernels of {@link HouseholderQr} — products lane by lane and pairwise halving instead of
 * serial dot products, which HotSpot C2 does not vectorise — and so do the block's residual sum
 * of squares (double-double, lane-wise TwoSum) and its response moments ({@link MomentSums}).
 * Chunks with unit weights are copied into the buffer column by column, without the
 * \( \sqrt{w} \) scaling.
 *
 * <p>Accuracy: {@link #fit()} is the plain Householder solution, backward stable, with the
 * forward error of QR least squares, about \( \kappa\varepsilon + \kappa^2\varepsilon
 * \|r\|/(\|X\|\|\beta\|) \) (relative), without the double-double refinement of
 * {@link LinearRegression#fit}, which needs the rows themselves. {@link #refinement()} starts a
 * second pass over the same rows that applies one step of corrected semi-normal equations with
 * double-double residuals (Björck, Numerical Methods for Least Squares Problems, §2.9.4), which
 * recovers the digits that the \( \kappa^2 \) term costs: on the NIST datasets the minimum LRE
 * over coefficients, standard errors, residual SD and R² goes from 6.0 to 13.7 on Wampler5, 8.0
 * to 13.7 on Wampler4, 9.6 to 15 on Wampler1 and stays at the design-matrix limit 7.5 on Filip
 * (QrAccumulatorTest prints the table). The one-pass figures are rounding noise of the
 * \( \kappa^2 \) term and move by about ±0.5 with the order of the rows (averaged over 40 row
 * orders: 6.4 on Wampler5, 8.4 on Wampler4).
 */
public final class QrAccumulator {

    private static final int BLOCK = HouseholderQr.LANES;

    private final int width;
    private final boolean intercept;
    private final int p;
    private final double[][] r;
    private final double[] qty;
    private final double[] columnSquares;
    private double rssHi;
    private double rssLo;
    private long n;
    private final MomentSums moments;
    private final double[][] block;
    /** \( \sqrt{w_i}\, y_i \), the response column of the block. */
    private final double[] blockY;
    /** The block's unscaled responses and weights, for {@link MomentSums}. */
    private final double[] blockResponse;
    private final double[] blockWeight;
    private final double[] scratch;
    private final double[] scratchLo;
    private int pending;

    private QrAccumulator(int width, boolean intercept) {
        if (width < 0) {
            throw new IllegalArgumentException("columns must be non-negative, got " + width);
        }
        this.width = width;
        this.intercept = intercept;
        this.p = width + (intercept ? 1 : 0);
        if (p == 0) {
            throw new IllegalArgumentException("a model without intercept needs at least one column");
        }
        this.r = new double[p][p];
        this.qty = new double[p];
        this.columnSquares = new double[p];
        this.moments = new MomentSums(intercept);
        this.block = new double[p][BLOCK];
        this.blockY = new double[BLOCK];
        this.blockResponse = new double[BLOCK];
        this.blockWeight = new double[BLOCK];
        this.scratch = new double[BLOCK];
        this.scratchLo = new double[BLOCK];
    }

    /** An empty accumulator for rows of {@code columns} values, with an intercept. */
    public static QrAccumulator withIntercept(int columns) {
        return new QrAccumulator(columns, true);
    }

    /** An empty accumulator for rows of {@code columns} values, without intercept. */
    public static QrAccumulator withoutIntercept(int columns) {
        return new QrAccumulator(columns, false);
    }

    /** Number of rows (with positive weight) accepted. */
    public long count() {
        return n + pending;
    }

    /** Adds one row with unit weight. */
    public void accept(double[] row, double y) {
        accept(row, y, 1);
    }

    /**
     * Adds one row with precision weight w (variance \( \sigma^2/w \)); a zero weight adds
     * nothing.
     *
     * @throws IllegalArgumentException for a row of the wrong width, non-finite values, or a
     *     weight that is negative or not finite
     */
    public void accept(double[] row, double y, double weight) {
        RowChecks.check(row, y, weight, width, -1);
        add(row, y, weight);
    }

    /** Adds a chunk of rows with unit weights. */
    public void accept(double[][] rows, double[] y) {
        accept(rows, y, null);
    }

    /**
     * Adds a chunk of rows with weights (null for unit weights). Errors name the row's index in
     * the chunk.
     */
    public void accept(double[][] rows, double[] y, double[] weights) {
        if (rows == null || y == null || rows.length != y.length
                || weights != null && weights.length != y.length) {
            throw new IllegalArgumentException("rows, y and weights must have equal lengths, got "
                    + (rows == null ? "null" : rows.length) + ", "
                    + (y == null ? "null" : y.length) + ", "
                    + (weights == null ? "none" : weights.length));
        }
        for (int i = 0; i < rows.length; i++) {
            RowChecks.check(rows[i], y[i], weights == null ? 1 : weights[i], width, i);
        }
        if (weights != null) {
            for (int i = 0; i < rows.length; i++) {
                add(rows[i], y[i], weights[i]);
            }
            return;
        }
        for (int start = 0; start < rows.length; ) {
            int count = Math.min(BLOCK - pending, rows.length - start);
            copyUnitRows(rows, y, start, count);
            start += count;
            if (pending == BLOCK) {
                flush();
            }
        }
    }

    /**
     * Copies {@code count} rows with unit weight from {@code rows[start..]} into the buffer,
     * which has room for them: column by column, so that each inner loop writes one buffer
     * column contiguously.
     */
    private void copyUnitRows(double[][] rows, double[] y, int start, int count) {
        int end = pending + count;
        int k = 0;
        if (intercept) {
            Arrays.fill(block[k++], pending, end, 1);
        }
        for (int j = 0; j < width; j++) {
            double[] column = block[k++];
            for (int i = pending; i < end; i++) {
                column[i] = rows[start + i - pending][j];
            }
        }
        System.arraycopy(y, start, blockY, pending, count);
        System.arraycopy(y, start, blockResponse, pending, count);
        Arrays.fill(blockWeight, pending, end, 1);
        pending = end;
    }

    private void add(double[] row, double y, double weight) {
        if (weight == 0) {
            return;
        }
        double s = Math.sqrt(weight);
        int k = 0;
        if (intercept) {
            block[k++][pending] = s;
        }
        for (int j = 0; j < width; j++) {
            block[k++][pending] = s * row[j];
        }
        blockY[pending] = s * y;
        if (weight != 1) {
            moments.acceptLogWeight(weight);
        }
        blockResponse[pending] = y;
        blockWeight[pending] = weight;
        pending++;
        if (pending == BLOCK) {
            flush();
        }
    }

    /** Merges {@code other} (same columns and intercept) into this accumulator and returns this. */
    public QrAccumulator combine(QrAccumulator other) {
        if (other == this) {
            throw new IllegalArgumentException("an accumulator cannot be merged into itself");
        }
        if (other.width != width || other.intercept != intercept) {
            throw new IllegalArgumentException("cannot merge an accumulator of " + other.width
                    + " columns (intercept " + other.intercept + ") into one of " + width
                    + " columns (intercept " + intercept + ")");
        }
        flush();
        other.flush();
        // The other's (R, Q^T y) are folded as rows, in blocks of the buffer's size.
        for (int start = 0; start < p; start += BLOCK) {
            int m = Math.min(BLOCK, p - start);
            for (int i = 0; i < m; i++) {
                double[] otherRow = other.r[start + i];
                for (int j = 0; j < p; j++) {
                    block[j][i] = j < start + i ? 0 : otherRow[j];
                }
                blockY[i] = other.qty[start + i];
            }
            clearFrom(m);
            fold();
        }
        for (int j = 0; j < p; j++) {
            columnSquares[j] += other.columnSquares[j];
        }
        addRss(other.rssHi);
        addRss(other.rssLo);
        n += other.n;
        moments.combine(other.moments);
        return this;
    }

    private void flush() {
        if (pending == 0) {
            return;
        }
        clearFrom(pending);
        for (int j = 0; j < p; j++) {
            columnSquares[j] += HouseholderQr.laneDot(block[j], block[j], scratch);
        }
        moments.acceptBlock(blockResponse, blockWeight, scratch, scratchLo);
        fold();
        n += pending;
        pending = 0;
    }

    /** Zeroes rows {@code from..BLOCK-1} of the buffer: zero rows leave every fold and sum unchanged. */
    private void clearFrom(int from) {
        if (from == BLOCK) {
            return;
        }
        for (double[] column : block) {
            Arrays.fill(column, from, BLOCK, 0);
        }
        Arrays.fill(blockY, from, BLOCK, 0);
        Arrays.fill(blockResponse, from, BLOCK, 0);
        Arrays.fill(blockWeight, from, BLOCK, 0);
    }

    /**
     * Folds the buffered rows ({@code block}, column-major, \( b_j[i] \)) with responses
     * {@code blockY} into R and \( Q^Ty \), and adds what remains of {@code blockY} (the part of
     * y orthogonal to the columns) to the residual sum of squares; the reflector for column k is \( I - \tau v v^T \) with
     * \( v = (1, b_k/(R_{kk} - \beta)) \), \( \beta = -\operatorname{sign}(R_{kk})
     * \sqrt{R_{kk}^2 + \|b_k\|^2} \), \( \tau = (\beta - R_{kk})/\beta \).
     */
    private void fold() {
        for (int k = 0; k < p; k++) {
            double[] v = block[k];
            double sigma = HouseholderQr.laneNorm(v, scratch);
            if (sigma == 0) {
                continue;
            }
            double alpha = r[k][k];
            double beta = HouseholderQr.structuredReflector(alpha, sigma, v);
            double tau = (beta - alpha) / beta;
            r[k][k] = beta;
            double[] rowK = r[k];
            for (int j = k + 1; j < p; j++) {
                rowK[j] = HouseholderQr.reflectStructured(tau, v, rowK[j], block[j], scratch);
            }
            qty[k] = HouseholderQr.reflectStructured(tau, v, qty[k], blockY, scratch);
        }
        addRss(HouseholderQr.laneSquaresDoubleDouble(blockY, scratch, scratchLo));
        rssLo += scratchLo[0];
    }

    private void addRss(double value) {
        double s = rssHi + value;
        rssLo += DoubleDouble.twoSumError(rssHi, value, s);
        rssHi = s;
    }

    /**
     * The least-squares (maximum-likelihood) fit of the rows accepted so far, from R and
     * \( Q^Ty \) alone (see the class documentation for its accuracy). The accumulator stays
     * usable. The fit keeps no residuals.
     *
     * @throws IllegalArgumentException if \( n \le p \) or a column is a linear combination of
     *     earlier ones (named in the message)
     */
    public LinearFit fit() {
        flush();
        LinearRegression.requireMoreRowsThanParameters(n, p);
        requireFullRank();
        double[] beta = qty.clone();
        solveUpper(beta);
        return build(beta, rssHi + rssLo, 1, LinearFit.STREAMED);
    }

    LinearFit build(double[] beta, double rss, int steps, String method) {
        double[][] inverseGram = inverseGram();
        int[] columns = new int[width];
        for (int j = 0; j < width; j++) {
            columns[j] = j;
        }
        LinearFit.Builder b = new LinearFit.Builder()
                .design(beta, inverseGram, width, intercept, columns);
        b.residualSumOfSquares = rss;
        b.totalSumOfSquares = moments.totalSumOfSquares();
        b.n = n;
        b.sumLogWeights = moments.sumLogWeights();
        b.refinementSteps = steps;
        b.method = method;
        return b.build();
    }

    /**
     * Starts a second pass over the same rows (in any order and chunking, weights included)
     * that refines {@link #fit()} by one step of corrected semi-normal equations:
     * \( \delta = R^{-1}R^{-T} X^TW(y - X\hat\beta) \) with the residuals and their products
     * summed in double-double, and \( \mathrm{RSS} \) recomputed from the data the same way.
     * The pass holds \( O(p) \) state and merges like this accumulator.
     */
    public Refinement refinement() {
        LinearFit first = fit();
        return new Refinement(this, first.coefficients());
    }

    private void requireFullRank() {
        double tolerance = 16 * Math.sqrt(n) * 0x1p-52;
        StringJoiner dependent = new StringJoiner(", ");
        for (int k = 0; k < p; k++) {
            double norm = Math.sqrt(columnSquares[k]);
            if (norm == 0 || Math.abs(r[k][k]) <= tolerance * norm) {
                dependent.add(intercept && k == 0 ? "the intercept"
                        : "column " + (k - (intercept ? 1 : 0)));
            }
        }
        if (dependent.length() > 0) {
            throw new IllegalArgumentException("x has linearly dependent columns: " + dependent
                    + " is a linear combination of the columns before it (streamed fits cannot"
                    + " drop columns; fit again without it)");
        }
    }

    void solveUpper(double[] b) {
        for (int k = p - 1; k >= 0; k--) {
            double s = b[k];
            for (int j = k + 1; j < p; j++) {
                s -= r[k][j] * b[j];
            }
            b[k] = s / r[k][k];
        }
    }

    void solveLowerTranspose(double[] g) {
        for (int k = 0; k < p; k++) {
            double s = g[k];
            for (int i = 0; i < k; i++) {
                s -= r[i][k] * g[i];
            }
            g[k] = s / r[k][k];
        }
    }

    private double[][] inverseGram() {
        double[][] result = new double[p][p];
        for (int j = 0; j < p; j++) {
            double[] e = new double[p];
            e[j] = 1;
            solveLowerTranspose(e);
            solveUpper(e);
            for (int i = 0; i < p; i++) {
                result[i][j] = e[i];
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                double mean = 0.5 * (result[i][j] + result[j][i]);
                result[i][j] = mean;
                result[j][i] = mean;
            }
        }
        return result;
    }

    int width() {
        return width;
    }

    boolean intercept() {
        return intercept;
    }

    /**
     * The second pass of a streamed fit (see {@link QrAccumulator#refinement()}): accumulates
     * \( X^TW r \) and \( \sum w r^2 \) for \( r = y - X\hat\beta \) in double-double. Mutable.
     */
    public static final class Refinement {

        private final QrAccumulator factor;
        private final double[] beta;
        private final double[] gHi;
        private final double[] gLo;
        private double rssHi;
        private double rssLo;
        private long seen;

        private Refinement(QrAccumulator factor, double[] beta) {
            this.factor = factor;
            this.beta = beta;
            this.gHi = new double[beta.length];
            this.gLo = new double[beta.length];
        }

        /** Adds one row with unit weight. */
        public void accept(double[] row, double y) {
            accept(row, y, 1);
        }

        /** Adds one row with its weight (as in the first pass). */
        public void accept(double[] row, double y, double weight) {
            RowChecks.check(row, y, weight, factor.width(), -1);
            if (weight == 0) {
                return;
            }
            seen++;
            boolean intercept = factor.intercept();
            double hi = y;
            double lo = 0;
            int k = 0;
            if (intercept) {
                double t = hi - beta[0];
                lo += DoubleDouble.twoSumError(hi, -beta[0], t);
                hi = t;
                k = 1;
            }
            for (int j = 0; j < row.length; j++) {
                double prod = row[j] * beta[j + k];
                double t = hi - prod;
                lo += DoubleDouble.twoSumError(hi, -prod, t) - Math.fma(row[j], beta[j + k], -prod);
                hi = t;
            }
            double rh = hi + lo;
            double rl = lo - (rh - hi);
            double wrh = weight * rh;
            double wrl = Math.fma(weight, rh, -wrh) + weight * rl;
            double sq = wrh * rh;
            double sqLo = Math.fma(wrh, rh, -sq) + wrl * rh + wrh * rl;
            double s = rssHi + sq;
            rssLo += DoubleDouble.twoSumError(rssHi, sq, s) + sqLo;
            rssHi = s;
            if (intercept) {
                add(0, 1, wrh, wrl);
            }
            for (int j = 0; j < row.length; j++) {
                add(j + k, row[j], wrh, wrl);
            }
        }

        private void add(int k, double xv, double th, double tl) {
            double prod = xv * th;
            double s = gHi[k] + prod;
            gLo[k] += DoubleDouble.twoSumError(gHi[k], prod, s) + Math.fma(xv, th, -prod) + xv * tl;
            gHi[k] = s;
        }

        /** Adds a chunk of rows (weights may be null). */
        public void accept(double[][] rows, double[] y, double[] weights) {
            if (rows == null || y == null || rows.length != y.length
                    || weights != null && weights.length != y.length) {
                throw new IllegalArgumentException("rows, y and weights must have equal lengths");
            }
            for (int i = 0; i < rows.length; i++) {
                RowChecks.check(rows[i], y[i], weights == null ? 1 : weights[i], factor.width(), i);
            }
            for (int i = 0; i < rows.length; i++) {
                accept(rows[i], y[i], weights == null ? 1 : weights[i]);
            }
        }

        /** Merges another pass over a different part of the rows (started from the same fit). */
        public Refinement combine(Refinement other) {
            if (other.factor != factor) {
                throw new IllegalArgumentException("refinement passes of different factorisations"
                        + " cannot be merged");
            }
            for (int k = 0; k < gHi.length; k++) {
                double s = gHi[k] + other.gHi[k];
                gLo[k] += DoubleDouble.twoSumError(gHi[k], other.gHi[k], s) + other.gLo[k];
                gHi[k] = s;
            }
            double s = rssHi + other.rssHi;
            rssLo += DoubleDouble.twoSumError(rssHi, other.rssHi, s) + other.rssLo;
            rssHi = s;
            seen += other.seen;
            return this;
        }

        /**
         * The refined fit: \( \hat\beta + \delta \) with \( R^TR\delta = X^TWr \), and
         * \( \mathrm{RSS} = \sum w r^2 - \|R\delta\|^2 \) (exact for the corrected coefficients
         * when \( R^TR = X^TWX \)).
         *
         * @throws IllegalStateException if the pass saw a different number of rows than the
         *     first
         */
        public LinearFit fit() {
            if (seen != factor.count()) {
                throw new IllegalStateException("the refinement pass saw " + seen
                        + " rows with positive weight but the factorisation " + factor.count());
            }
            int p = beta.length;
            double[] delta = new double[p];
            for (int k = 0; k < p; k++) {
                delta[k] = gHi[k] + gLo[k];
            }
            factor.solveLowerTranspose(delta);
            double reduction = 0;
            for (double d : delta) {
                reduction += d * d;
            }
            factor.solveUpper(delta);
            double[] refined = new double[p];
            for (int k = 0; k < p; k++) {
                refined[k] = beta[k] + delta[k];
            }
            double rss = (rssHi - reduction) + rssLo;
            // RSS ≥ 0 by definition; for an exact fit the difference is rounding noise of
            // either sign, and the exact value 0 is the honest one.
            return factor.build(refined, Math.max(rss, 0), 2, LinearFit.STREAMED_REFINED);
        }
    }
}
