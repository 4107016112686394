package org.kullback.estimators.regression;

/**
 * Least squares for well-conditioned designs in one pass over the rows and two over a
 * column-major copy of them: the triangular factor comes from the Cholesky factorisation of the
 * Gram matrix \( X^TWX = R^TR \) (equal, up to signs, to the R of a QR factorisation), and the
 * solution is refined by corrected semi-normal equations with double-double residuals (Björck,
 * "Stability analysis of the method of seminormal equations for linear least squares problems",
 * Linear Algebra Appl. 88/89 (1987) 31–48; Numerical Methods for Least Squares Problems, SIAM
 * 1996, §2.9.4):
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
 * this one costs about a quarter of the flops of QR.
 *
 * <p>Passes: (1) copy the rows into column-major blocks of {@value #LANES} rows and sum the Gram
 * matrix; (2) one refinement step per pass over the blocks (one step is the rule: it leaves an
 * error of about \( (\kappa^2\varepsilon)^2 \)); (3) the residuals of the reported
 * coefficients and their sum of squares. The copy, {@code 8·n·k} bytes for k selected columns
 * (the intercept's ones are shared), is the only copy of the data the fit makes; it exists
 * because transposing short rows is the one step that does not vectorise, so it is done once
 * rather than in every pass, and because the other loops vectorise only over long unit-stride
 * columns.
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
        double[][][] blocks = new double[(n + LANES - 1) / LANES][][];
        double[][] gram = copyAndGram(x, y, weights, intercept, width, columns, total, blocks);
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
            fusedPass(blocks, y, weights, p, xHi, xLo, g);
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
        double residualSumOfSquares = finalResiduals(blocks, y, weights, p, coefficients,
                residuals, total);
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

    /** Rows per block of the column-major copy of the design. */
    private static final int LANES = 256;
    /** Partial sums kept per Gram entry: lane i of a block goes to partial sum i mod 64. */
    private static final int PARTIALS = 64;

    /**
     * Pass one: copies the rows into column-major blocks of {@value #LANES} rows and sums
     * \( [X\ y]^T W [X\ y] \) (upper triangle) from them.
     *
     * <p>Block b holds rows \( 256b \ldots 256b + 255 \) as one array per design column (the
     * intercept's ones, then the selected columns); y is read from its own array into lanes in
     * every pass. The rows past n in the last block are zero, so every loop runs over all lanes
     * and the padding adds nothing.
     *
     * <p>Every Gram entry keeps {@value #PARTIALS} partial sums, partial sum i collecting lanes
     * \( i, i + 64, i + 128, i + 192 \) of each block: the loops have no reduction, so they
     * vectorise, and each partial sum adds only n/64 terms (the partial sums are added pairwise
     * at the end). The rows' y also go into the mean of {@code total}.
     *
     * @return null if a row is null or not of length {@code width}
     */
    private static double[][] copyAndGram(double[][] x, double[] y, double[] weights,
            boolean intercept, int width, int[] columns, TotalSumOfSquares total,
            double[][][] blocks) {
        int p = columns.length + (intercept ? 1 : 0);
        int q = p + 1;
        double[][] weighted = weights == null ? null : new double[q][LANES];
        double[] wLanes = weights == null ? null : new double[LANES];
        double[][] partial = new double[q * (q + 1) / 2][PARTIALS];
        double[][] block = new double[q][];
        block[p] = new double[LANES];
        int n = y.length;
        for (int b = 0, from = 0; from < n; b++, from += LANES) {
            int m = Math.min(LANES, n - from);
            double[][] design = copyBlock(x, from, m, intercept ? ones(m) : null, width, columns);
            if (design == null) {
                return null;
            }
            blocks[b] = design;
            System.arraycopy(design, 0, block, 0, p);
            laneValues(y, from, m, block[p]);
            total.addToMean(y, weights, from, from + m);
            double[][] left = block;
            if (weights != null) {
                laneValues(weights, from, m, wLanes);
                for (int j = 0; j < q; j++) {
                    double[] column = block[j];
                    double[] product = weighted[j];
                    for (int i = 0; i < LANES; i++) {
                        product[i] = wLanes[i] * column[i];
                    }
                }
                left = weighted;
            }
            addGram(left, block, q, partial);
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

    /**
     * Rows {@code from..from+m-1} as a block: {@code ones} for the intercept, then a new array
     * per selected column; null if a row is null or not of length {@code width}. Four columns
     * at a time: each row reference is loaded once per four values, and the m rows stay in L1
     * between the sweeps.
     */
    private static double[][] copyBlock(double[][] x, int from, int m, double[] ones,
            int width, int[] columns) {
        for (int i = from; i < from + m; i++) {
            if (x[i] == null || x[i].length != width) {
                return null;
            }
        }
        int offset = ones == null ? 0 : 1;
        int k = columns.length;
        double[][] block = new double[k + offset][];
        if (ones != null) {
            block[0] = ones;
        }
        for (int j = 0; j < k; j++) {
            block[j + offset] = new double[LANES];
        }
        int j = 0;
        for (; j + 3 < k; j += 4) {
            double[] k0 = block[j + offset];
            double[] k1 = block[j + offset + 1];
            double[] k2 = block[j + offset + 2];
            double[] k3 = block[j + offset + 3];
            int c0 = columns[j];
            int c1 = columns[j + 1];
            int c2 = columns[j + 2];
            int c3 = columns[j + 3];
            for (int i = 0; i < m; i++) {
                double[] row = x[from + i];
                k0[i] = row[c0];
                k1[i] = row[c1];
                k2[i] = row[c2];
                k3[i] = row[c3];
            }
        }
        for (; j < k; j++) {
            double[] column = block[j + offset];
            int c = columns[j];
            for (int i = 0; i < m; i++) {
                column[i] = x[from + i][c];
            }
        }
        return block;
    }

    /** The intercept column of every full block (never written). */
    private static final double[] ALL_ONES = new double[LANES];

    static {
        java.util.Arrays.fill(ALL_ONES, 1);
    }

    /** Ones in the first m lanes of a block, zeros after (all full blocks share one). */
    private static double[] ones(int m) {
        if (m == LANES) {
            return ALL_ONES;
        }
        double[] ones = new double[LANES];
        java.util.Arrays.fill(ones, 0, m, 1);
        return ones;
    }

    /** {@code values[from..from+m-1]} into the lanes of {@code lanes}, zeros after. */
    private static void laneValues(double[] values, int from, int m, double[] lanes) {
        System.arraycopy(values, from, lanes, 0, m);
        if (m < LANES) {
            java.util.Arrays.fill(lanes, m, LANES, 0);
        }
    }

    /**
     * Adds \( l_{ij} r_{ik} \) of one block to the partial sums of every entry \( j \le k \),
     * lane i to partial sum i mod 64.
     */
    private static void addGram(double[][] left, double[][] right, int q, double[][] partial) {
        int entry = 0;
        for (int j = 0; j < q; j++) {
            double[] l = left[j];
            int k = j;
            // Two entries at a time share the loads of column j (the same operations per entry).
            for (; k + 1 < q; k += 2) {
                double[] r = right[k];
                double[] r2 = right[k + 1];
                double[] sums = partial[entry++];
                double[] sums2 = partial[entry++];
                for (int i = 0; i < PARTIALS; i++) {
                    double l0 = l[i];
                    double l1 = l[i + 64];
                    double l2 = l[i + 128];
                    double l3 = l[i + 192];
                    sums[i] += Math.fma(l1, r[i + 64], l0 * r[i])
                            + Math.fma(l3, r[i + 192], l2 * r[i + 128]);
                    sums2[i] += Math.fma(l1, r2[i + 64], l0 * r2[i])
                            + Math.fma(l3, r2[i + 192], l2 * r2[i + 128]);
                }
            }
            if (k < q) {
                double[] r = right[k];
                double[] sums = partial[entry++];
                for (int i = 0; i < PARTIALS; i++) {
                    sums[i] += Math.fma(l[i + 64], r[i + 64], l[i] * r[i])
                            + Math.fma(l[i + 192], r[i + 192], l[i + 128] * r[i + 128]);
                }
            }
        }
    }

    private static double pairwiseSum(double[] v, int from, int to) {
        if (to - from == 1) {
            return v[from];
        }
        int middle = (from + to) >>> 1;
        return pairwiseSum(v, from, middle) + pairwiseSum(v, middle, to);
    }

    /**
     * The residuals \( r_i = y_i - a_i^T(b_{hi} + b_{lo}) \) of one block by the compensated dot
     * product (Ogita, Rump &amp; Oishi, "Accurate sum and dot product", SIAM J. Sci. Comput. 26
     * (2005), Algorithm 5.3), lane by lane, as unevaluated sums {@code hi + lo}.
     */
    private static void blockResiduals(double[][] block, double[] yLanes, int p, double[] bHi,
            double[] bLo, double[] hi, double[] lo) {
        System.arraycopy(yLanes, 0, hi, 0, LANES);
        java.util.Arrays.fill(lo, 0);
        for (int j = 0; j < p; j++) {
            double[] column = block[j];
            double b = bHi[j];
            double bl = bLo[j];
            for (int i = 0; i < LANES; i++) {
                double a = column[i];
                double s = hi[i];
                double prod = a * b;
                double t = s - prod;
                double virtual = t - s;
                double error = (s - (t - virtual)) + (-prod - virtual);
                lo[i] += error - Math.fma(a, b, -prod) - a * bl;
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
     * One pass: the residuals \( r = y - X(x_{hi} + x_{lo}) \) and \( g = X^TWr \) in
     * double-double, lane by lane over the blocks (no reductions in the loops, so they
     * vectorise), the lanes added in double-double at the end.
     */
    private static void fusedPass(double[][][] blocks, double[] y, double[] weights, int p,
            double[] xHi, double[] xLo, double[] g) {
        double[] yLanes = new double[LANES];
        double[] wLanes = new double[LANES];
        double[] rHi = new double[LANES];
        double[] rLo = new double[LANES];
        double[][] gHi = new double[p][LANES];
        double[][] gLo = new double[p][LANES];
        int n = y.length;
        for (int b = 0, from = 0; from < n; b++, from += LANES) {
            int m = Math.min(LANES, n - from);
            double[][] block = blocks[b];
            laneValues(y, from, m, yLanes);
            blockResiduals(block, yLanes, p, xHi, xLo, rHi, rLo);
            if (weights != null) {
                laneValues(weights, from, m, wLanes);
                for (int i = 0; i < LANES; i++) {
                    double w = wLanes[i];
                    double h = w * rHi[i];
                    rLo[i] = Math.fma(w, rHi[i], -h) + w * rLo[i];
                    rHi[i] = h;
                }
            }
            for (int j = 0; j < p; j++) {
                double[] column = block[j];
                double[] sh = gHi[j];
                double[] sl = gLo[j];
                for (int i = 0; i < LANES; i++) {
                    double a = column[i];
                    double prod = a * rHi[i];
                    double s = sh[i];
                    double t = s + prod;
                    double virtual = t - s;
                    double error = (s - (t - virtual)) + (prod - virtual);
                    sl[i] += error + Math.fma(a, rHi[i], -prod) + a * rLo[i];
                    sh[i] = t;
                }
            }
        }
        for (int j = 0; j < p; j++) {
            g[j] = laneSum(gHi[j], gLo[j]);
        }
    }

    /** \( \sum_i (hi_i + lo_i) \) in double-double, rounded. */
    private static double laneSum(double[] hi, double[] lo) {
        DoubleDouble sum = DoubleDouble.ZERO;
        for (int i = 0; i < hi.length; i++) {
            sum = sum.add(DoubleDouble.sum(hi[i], lo[i]));
        }
        return sum.value();
    }

    /**
     * \( r_i = y_i - x_i^T\hat\beta \) for the reported (double) coefficients, by the compensated
     * dot product, rounded once: the residuals of the model as reported. They differ from those
     * of the double-double solution only in the second order (RSS is stationary there), and an
     * exactly fitting model gets exactly zero residuals. The second sweep of {@code total} rides
     * along.
     *
     * @return \( \sum w r^2 \) of these residuals, summed in double-double lane by lane (each
     *     residual the exact one of the reported coefficients rounded once, so RSS has the same
     *     relative accuracy)
     */
    private static double finalResiduals(double[][][] blocks, double[] y, double[] weights,
            int p, double[] beta, double[] residuals, TotalSumOfSquares total) {
        double[] yLanes = new double[LANES];
        double[] wLanes = weights == null ? ALL_ONES : new double[LANES];
        double[] rHi = new double[LANES];
        double[] rLo = new double[LANES];
        double[] zero = new double[p];
        double[] hi = new double[LANES];
        double[] lo = new double[LANES];
        for (int b = 0, from = 0; from < y.length; b++, from += LANES) {
            int m = Math.min(LANES, y.length - from);
            laneValues(y, from, m, yLanes);
            if (weights != null) {
                laneValues(weights, from, m, wLanes);
            }
            blockResiduals(blocks[b], yLanes, p, beta, zero, rHi, rLo);
            System.arraycopy(rHi, 0, residuals, from, m);
            total.addSquaresOfLanes(yLanes, wLanes, m);
            // Padding lanes have r = 0 and add nothing.
            for (int i = 0; i < LANES; i++) {
                double r = rHi[i];
                double w = wLanes[i];
                double wr = w * r;
                double sq = wr * r;
                double sqLo = Math.fma(wr, r, -sq) + Math.fma(w, r, -wr) * r;
                double sum = hi[i] + sq;
                lo[i] += DoubleDouble.twoSumError(hi[i], sq, sum) + sqLo;
                hi[i] = sum;
            }
        }
        return laneSum(hi, lo);
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
