package org.kullback.estimators.regression;

/**
 * Least squares for well-conditioned designs in two passes over the rows and no copy of them:
 * the triangular factor comes from the Cholesky factorisation of the Gram matrix
 * \( X^TWX = R^TR \) (equal, up to signs, to the R of a QR factorisation), and the solution is
 * refined by corrected semi-normal equations with double-double residuals (Björck, "Stability
 * analysis of the method of seminormal equations for linear least squares problems", Linear
 * Algebra Appl. 88/89 (1987) 31–48; Numerical Methods for Least Squares Problems, SIAM 1996,
 * §2.9.4):
 * \[ r = y - X x, \qquad R^TR\,\delta = X^TWr, \qquad x \leftarrow x + \delta, \]
 * with r and \( X^TWr \) summed in double-double in one fused pass. The
 * fixed point is the solution of the normal equations evaluated in double-double, i.e. the exact
 * least-squares solution of the data; each step contracts the error by about
 * \( \kappa^2\varepsilon \), with \( \kappa \) the condition number of the column-scaled design.
 *
 * <p>Used only when that contraction is tiny: the Cholesky factor of the column-scaled Gram matrix
 * must exist and have a Frobenius-norm condition number at most {@value #MAX_CONDITION} (so
 * \( \kappa^2\varepsilon &lt; 3\cdot10^{-12} \), and \( (R^TR)^{-1} \), the unscaled covariance,
 * is accurate to about the same relative error as Householder QR's). Anything worse, including
 * every rank-deficient design, goes to {@link HouseholderQr} with augmented-system refinement,
 * which contracts by \( \kappa\varepsilon \). Both converge to the same least-squares solution;
 * this one costs about a quarter of the flops of QR and touches each row twice.
 */
final class SemiNormalRefinement {

    /** Largest accepted \( \|U\|_F\|U^{-1}\|_F \) of the Cholesky factor of the column-scaled Gram matrix. */
    static final double MAX_CONDITION = 128;
    private static final int MAX_STEPS = 8;

    private SemiNormalRefinement() {
    }

    /**
     * The result: unweighted residuals of the rows, RSS \( \sum w r^2 \), \( (R^TR)^{-1} \), and
     * the total sum of squares of y (centred with an intercept, {@link TotalSumOfSquares}), which
     * is summed along the passes over the rows.
     */
    record Result(double[] coefficients, double[] residuals, double residualSumOfSquares,
            double totalSumOfSquares, double[][] inverseGram, int steps, boolean converged,
            String message) {
    }

    /**
     * @param x rows, each of length {@code width} (checked in the first pass)
     * @param weights positive weights, or null
     * @return the refined solution, or null when a row is null or not of length {@code width},
     *     the design is not well-conditioned enough for this method, or the Gram matrix is not
     *     finite (non-finite data, or overflow)
     */
    static Result solve(double[][] x, double[] y, double[] weights, boolean intercept, int width,
            int[] columns, double tolerance, double acceptable) {
        int n = y.length;
        int p = columns.length + (intercept ? 1 : 0);
        TotalSumOfSquares total = new TotalSumOfSquares(intercept);
        double[][] gram = gram(x, y, weights, intercept, width, columns, total);
        if (gram == null) {
            return null;
        }
        total.fixMean();
        double[] d = new double[p];
        for (int j = 0; j <= p; j++) {
            if (!Double.isFinite(gram[j][j])) {
                return null;
            }
        }
        for (int j = 0; j < p; j++) {
            d[j] = Math.sqrt(gram[j][j]);
            if (!(d[j] > 0)) {
                return null;
            }
        }
        double[][] u = new double[p][p];
        for (int j = 0; j < p; j++) {
            for (int k = j; k < p; k++) {
                double s = gram[j][k] / (d[j] * d[k]);
                for (int i = 0; i < j; i++) {
                    s -= u[i][j] * u[i][k];
                }
                if (k == j) {
                    if (!(s > 0)) {
                        return null;
                    }
                    u[j][j] = Math.sqrt(s);
                } else {
                    u[j][k] = s / u[j][j];
                }
            }
        }
        double[][] uInverse = upperInverse(u);
        if (frobenius(u) * frobenius(uInverse) > MAX_CONDITION) {
            return null;
        }
        double[][] r = new double[p][p];
        for (int j = 0; j < p; j++) {
            for (int k = j; k < p; k++) {
                r[j][k] = u[j][k] * d[k];
            }
        }
        double[] xHi = new double[p];
        double[] xLo = new double[p];
        for (int j = 0; j < p; j++) {
            xHi[j] = gram[j][p];
        }
        solveNormal(r, xHi);
        double previous = scaledNorm(d, xHi);
        double[] residuals = new double[n];
        double[] g = new double[p];
        int step = 0;
        boolean converged;
        String message = "";
        double[] delta;
        while (true) {
            step++;
            fusedPass(x, y, weights, intercept, columns, xHi, xLo, residuals, g);
            delta = g.clone();
            solveNormal(r, delta);
            for (int j = 0; j < p; j++) {
                double s = xHi[j] + delta[j];
                double e = DoubleDouble.twoSumError(xHi[j], delta[j], s) + xLo[j];
                xHi[j] = s + e;
                xLo[j] = e - (xHi[j] - s);
            }
            double correction = scaledNorm(d, delta);
            double size = scaledNorm(d, xHi);
            double estimate = previous == 0 ? 0 : correction * (correction / previous);
            if (!Double.isFinite(size)) {
                converged = false;
                message = "semi-normal refinement produced a non-finite solution";
                break;
            }
            if (estimate <= tolerance * size || correction == 0) {
                converged = true;
                break;
            }
            if (correction > 0.5 * previous || step == MAX_STEPS) {
                converged = correction <= acceptable * size;
                message = converged ? "" : "semi-normal refinement stalled after " + step
                        + " steps with relative correction " + correction / size;
                break;
            }
            previous = correction;
        }
        double[] coefficients = new double[p];
        for (int j = 0; j < p; j++) {
            coefficients[j] = xHi[j] + xLo[j];
        }
        double residualSumOfSquares = finalResiduals(x, y, weights, intercept, columns,
                coefficients, residuals, total);
        double[][] inverseGram = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                double s = 0;
                for (int k = j; k < p; k++) {
                    s += uInverse[i][k] * uInverse[j][k];
                }
                inverseGram[i][j] = s / (d[i] * d[j]);
                inverseGram[j][i] = inverseGram[i][j];
            }
        }
        return new Result(coefficients, residuals, residualSumOfSquares, total.value(),
                inverseGram, step, converged, message);
    }

    /** Rows per tile of the refinement passes: each copies a tile column by column, then works lane by lane. */
    private static final int LANES = 64;
    /** Rows per tile of the Gram pass. */
    private static final int GRAM_ROWS = 4 * 64;
    /** Partial sums kept per Gram entry: lane i of the tile goes to partial sum i mod 64. */
    private static final int PARTIALS = 64;

    /**
     * \( [X\ y]^T W [X\ y] \) (upper triangle) in one pass. Rows are copied in tiles of
     * {@value #GRAM_ROWS} column by column, and every entry keeps {@value #PARTIALS} partial sums,
     * partial sum i collecting lanes \( i, i + 64, i + 128, i + 192 \) of each tile: the loops have
     * no reduction, so they vectorise, and each partial sum adds only n/64 terms (the partial sums
     * are added pairwise at the end). Null if a row is null or not of length {@code width}.
     * The rows' y also go into the mean of {@code total} (its serial sum overlaps the waits for
     * the rows).
     */
    private static double[][] gram(double[][] x, double[] y, double[] weights, boolean intercept,
            int width, int[] columns, TotalSumOfSquares total) {
        int p = columns.length + (intercept ? 1 : 0);
        int q = p + 1;
        double[][] tile = new double[q][GRAM_ROWS];
        double[][] weighted = weights == null ? tile : new double[q][GRAM_ROWS];
        double[][] partial = new double[q * (q + 1) / 2][PARTIALS];
        int n = y.length;
        for (int from = 0; from < n; from += GRAM_ROWS) {
            int m = Math.min(GRAM_ROWS, n - from);
            for (int i = from; i < from + m; i++) {
                if (x[i] == null || x[i].length != width) {
                    return null;
                }
            }
            fillTile(x, y, from, m, intercept, columns, tile);
            total.addToMean(y, weights, from, from + m);
            if (weights != null) {
                for (int j = 0; j < q; j++) {
                    for (int i = 0; i < m; i++) {
                        weighted[j][i] = weights[from + i] * tile[j][i];
                    }
                }
            }
            int entry = 0;
            for (int j = 0; j < q; j++) {
                double[] l = weighted[j];
                int k = j;
                // Two entries at a time share the loads of column j (the same operations per entry).
                for (; k + 1 < q; k += 2) {
                    double[] r = tile[k];
                    double[] r2 = tile[k + 1];
                    double[] sums = partial[entry++];
                    double[] sums2 = partial[entry++];
                    for (int i = 0; i < PARTIALS; i++) {
                        double l0 = l[i];
                        double l1 = l[i + 64];
                        double l2 = l[i + 128];
                        double l3 = l[i + 192];
                        double lower = Math.fma(l1, r[i + 64], l0 * r[i]);
                        double upper = Math.fma(l3, r[i + 192], l2 * r[i + 128]);
                        sums[i] += lower + upper;
                        double lower2 = Math.fma(l1, r2[i + 64], l0 * r2[i]);
                        double upper2 = Math.fma(l3, r2[i + 192], l2 * r2[i + 128]);
                        sums2[i] += lower2 + upper2;
                    }
                }
                if (k < q) {
                    double[] r = tile[k];
                    double[] sums = partial[entry++];
                    for (int i = 0; i < PARTIALS; i++) {
                        double lower = Math.fma(l[i + 64], r[i + 64], l[i] * r[i]);
                        double upper = Math.fma(l[i + 192], r[i + 192], l[i + 128] * r[i + 128]);
                        sums[i] += lower + upper;
                    }
                }
            }
        }
        double[][] gram = new double[q][q];
        int entry = 0;
        for (int j = 0; j < q; j++) {
            for (int k = j; k < q; k++) {
                gram[j][k] = pairwiseSum(partial[entry++], 0, PARTIALS);
            }
        }
        return gram;
    }

    private static double pairwiseSum(double[] v, int from, int to) {
        if (to - from == 1) {
            return v[from];
        }
        int middle = (from + to) >>> 1;
        return pairwiseSum(v, from, middle) + pairwiseSum(v, middle, to);
    }

    /**
     * Copies rows {@code from..from+m-1} column by column into {@code tile} (the intercept column,
     * the selected columns, then y in column p); the rest of a short last tile is zeroed, so the
     * loops can always run over all lanes.
     */
    private static void fillTile(double[][] x, double[] y, int from, int m, boolean intercept,
            int[] columns, double[][] tile) {
        int offset = intercept ? 1 : 0;
        int p = columns.length + offset;
        if (m < tile[0].length) {
            for (double[] column : tile) {
                java.util.Arrays.fill(column, 0);
            }
        }
        if (intercept) {
            java.util.Arrays.fill(tile[0], 0, m, 1);
        }
        // Column by column: the tile's writes are sequential and the m rows, read once per
        // column, stay in L1 (m ≤ 256 rows of a few dozen doubles).
        for (int j = 0; j < columns.length; j++) {
            double[] column = tile[j + offset];
            int c = columns[j];
            for (int i = 0; i < m; i++) {
                column[i] = x[from + i][c];
            }
        }
        System.arraycopy(y, from, tile[p], 0, m);
    }

    /**
     * The residuals \( r_i = y_i - a_i^T(b_{hi} + b_{lo}) \) of one tile by the compensated dot
     * product (Ogita, Rump &amp; Oishi, "Accurate sum and dot product", SIAM J. Sci. Comput. 26
     * (2005), Algorithm 5.3), lane by lane, as unevaluated sums {@code hi + lo}.
     */
    private static void tileResiduals(double[][] tile, int p, double[] bHi, double[] bLo,
            double[] hi, double[] lo) {
        System.arraycopy(tile[p], 0, hi, 0, LANES);
        java.util.Arrays.fill(lo, 0);
        for (int j = 0; j < p; j++) {
            double[] a = tile[j];
            double b = bHi[j];
            double bl = bLo[j];
            for (int i = 0; i < LANES; i++) {
                double s = hi[i];
                double prod = a[i] * b;
                double t = s - prod;
                double virtual = t - s;
                double error = (s - (t - virtual)) + (-prod - virtual);
                lo[i] += error - Math.fma(a[i], b, -prod) - a[i] * bl;
                hi[i] = t;
            }
        }
        for (int i = 0; i < LANES; i++) {
            double h = hi[i] + lo[i];
            lo[i] = lo[i] - (h - hi[i]);
            hi[i] = h;
        }
    }

    /**
     * One pass: the residuals \( r = y - X(x_{hi} + x_{lo}) \) (stored rounded) and
     * \( g = X^TWr \) in double-double, lane by lane over tiles (no reductions in the loops, so
     * they vectorise), the lanes added in double-double at the end.
     */
    private static void fusedPass(double[][] x, double[] y, double[] weights, boolean intercept,
            int[] columns, double[] xHi, double[] xLo, double[] residuals, double[] g) {
        int p = columns.length + (intercept ? 1 : 0);
        double[][] tile = new double[p + 1][LANES];
        double[] rHi = new double[LANES];
        double[] rLo = new double[LANES];
        double[][] gHi = new double[p][LANES];
        double[][] gLo = new double[p][LANES];
        int n = y.length;
        for (int from = 0; from < n; from += LANES) {
            int m = Math.min(LANES, n - from);
            fillTile(x, y, from, m, intercept, columns, tile);
            tileResiduals(tile, p, xHi, xLo, rHi, rLo);
            System.arraycopy(rHi, 0, residuals, from, m);
            if (weights != null) {
                for (int i = 0; i < m; i++) {
                    double w = weights[from + i];
                    double h = w * rHi[i];
                    rLo[i] = Math.fma(w, rHi[i], -h) + w * rLo[i];
                    rHi[i] = h;
                }
            }
            for (int j = 0; j < p; j++) {
                double[] a = tile[j];
                double[] sh = gHi[j];
                double[] sl = gLo[j];
                for (int i = 0; i < LANES; i++) {
                    double prod = a[i] * rHi[i];
                    double s = sh[i];
                    double t = s + prod;
                    double virtual = t - s;
                    double error = (s - (t - virtual)) + (prod - virtual);
                    sl[i] += error + Math.fma(a[i], rHi[i], -prod) + a[i] * rLo[i];
                    sh[i] = t;
                }
            }
        }
        for (int j = 0; j < p; j++) {
            DoubleDouble sum = DoubleDouble.ZERO;
            for (int i = 0; i < LANES; i++) {
                sum = sum.add(DoubleDouble.sum(gHi[j][i], gLo[j][i]));
            }
            g[j] = sum.value();
        }
    }

    /**
     * \( r_i = y_i - x_i^T\hat\beta \) for the reported (double) coefficients, by the compensated
     * dot product, rounded once: the residuals of the model as reported. They differ from those
     * of the double-double solution only in the second order (RSS is stationary there), and an
     * exactly fitting model gets exactly zero residuals.
     *
     * @return \( \sum w r^2 \) of these residuals, summed in double-double row by row in the
     *     same pass (each residual the exact one of the reported coefficients rounded once, so
     *     RSS has the same relative accuracy); the serial sum overlaps the residual arithmetic,
     *     as does the second sweep of {@code total}
     */
    private static double finalResiduals(double[][] x, double[] y, double[] weights,
            boolean intercept, int[] columns, double[] beta, double[] residuals,
            TotalSumOfSquares total) {
        int p = columns.length + (intercept ? 1 : 0);
        double[][] tile = new double[p + 1][LANES];
        double[] rHi = new double[LANES];
        double[] rLo = new double[LANES];
        double[] zero = new double[p];
        double hi = 0;
        double lo = 0;
        for (int from = 0; from < y.length; from += LANES) {
            int m = Math.min(LANES, y.length - from);
            fillTile(x, y, from, m, intercept, columns, tile);
            tileResiduals(tile, p, beta, zero, rHi, rLo);
            System.arraycopy(rHi, 0, residuals, from, m);
            total.addSquares(y, weights, from, from + m);
            for (int i = 0; i < m; i++) {
                double r = rHi[i];
                double w = weights == null ? 1 : weights[from + i];
                double wr = w * r;
                double sq = wr * r;
                double sqLo = Math.fma(wr, r, -sq) + Math.fma(w, r, -wr) * r;
                double sum = hi + sq;
                lo += DoubleDouble.twoSumError(hi, sq, sum) + sqLo;
                hi = sum;
            }
        }
        return hi + lo;
    }

    /** Solves \( R^TR\,v = b \) in place. */
    private static void solveNormal(double[][] r, double[] b) {
        int p = b.length;
        for (int k = 0; k < p; k++) {
            double s = b[k];
            for (int i = 0; i < k; i++) {
                s -= r[i][k] * b[i];
            }
            b[k] = s / r[k][k];
        }
        for (int k = p - 1; k >= 0; k--) {
            double s = b[k];
            for (int j = k + 1; j < p; j++) {
                s -= r[k][j] * b[j];
            }
            b[k] = s / r[k][k];
        }
    }

    private static double[][] upperInverse(double[][] u) {
        int p = u.length;
        double[][] inverse = new double[p][p];
        for (int j = 0; j < p; j++) {
            inverse[j][j] = 1 / u[j][j];
            for (int i = j - 1; i >= 0; i--) {
                double s = 0;
                for (int k = i + 1; k <= j; k++) {
                    s += u[i][k] * inverse[k][j];
                }
                inverse[i][j] = -s / u[i][i];
            }
        }
        return inverse;
    }

    private static double frobenius(double[][] m) {
        double s = 0;
        for (double[] row : m) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }

    private static double scaledNorm(double[] d, double[] v) {
        double max = 0;
        for (int j = 0; j < v.length; j++) {
            max = Math.max(max, Math.abs(v[j]) * d[j]);
        }
        return max;
    }
}
