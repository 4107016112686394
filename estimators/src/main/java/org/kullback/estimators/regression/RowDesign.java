package org.kullback.estimators.regression;

/**
 * The design of a linear regression given as rows \( x_i \) (the caller's arrays, not copied),
 * with an optional leading intercept column of ones, a selection of the caller's columns, and
 * optional observation weights entering as rows scaled by \( \sqrt{w_i} \):
 * \( A_{ij} = \sqrt{w_i}\, x_{i,c_j} \), \( b_i = \sqrt{w_i}\, y_i \).
 *
 * <p>The refinement residuals are formed row by row as \( \sqrt{w_i}\,(y_i - x_i^T\beta) - r_i \)
 * with every product split exactly by {@link Math#fma} and every sum by TwoSum (the compensated
 * dot product of Ogita, Rump &amp; Oishi, "Accurate sum and dot product", SIAM J. Sci. Comput. 26
 * (2005), Algorithm 5.3), so the data enter exactly; only \( \sqrt{w_i} \) is rounded once.
 */
final class RowDesign implements ExactDesign {

    private final double[][] x;
    private final double[] y;
    private final double[] sqrtWeights;
    private final boolean intercept;
    private final int[] columns;

    /**
     * @param x rows (each of the caller's full width)
     * @param y responses, one per row
     * @param sqrtWeights \( \sqrt{w_i} \), all positive, or null for unit weights
     * @param intercept whether column 0 of the design is the constant 1
     * @param columns the caller's columns that form the remaining design columns, in order
     */
    RowDesign(double[][] x, double[] y, double[] sqrtWeights, boolean intercept, int[] columns) {
        this.x = x;
        this.y = y;
        this.sqrtWeights = sqrtWeights;
        this.intercept = intercept;
        this.columns = columns.clone();
    }

    @Override
    public int rows() {
        return y.length;
    }

    @Override
    public int cols() {
        return columns.length + (intercept ? 1 : 0);
    }

    @Override
    public void fill(int from, int to, double[][] tile) {
        int offset = intercept ? 1 : 0;
        for (int i = from; i < to; i++) {
            double[] row = x[i];
            double s = sqrtWeights == null ? 1 : sqrtWeights[i];
            if (intercept) {
                tile[0][i - from] = s;
            }
            for (int j = 0; j < columns.length; j++) {
                tile[j + offset][i - from] = s * row[columns[j]];
            }
        }
    }

    @Override
    public double[] response() {
        return ExactDesign.weighted(y, sqrtWeights);
    }

    @Override
    public void residual(double[] xHi, double[] xLo, double[] rHi, double[] rLo, double[] f) {
        int n = rows();
        int offset = intercept ? 1 : 0;
        int width = columns.length;
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            double s = y[i];
            double c = 0;
            if (intercept) {
                double t = s - xHi[0];
                c += DoubleDouble.twoSumError(s, -xHi[0], t) - xLo[0];
                s = t;
            }
            for (int j = 0; j < width; j++) {
                double v = row[columns[j]];
                double bh = xHi[j + offset];
                double p = v * bh;
                double pe = Math.fma(v, bh, -p);
                double t = s - p;
                c += DoubleDouble.twoSumError(s, -p, t) - pe - v * xLo[j + offset];
                s = t;
            }
            if (sqrtWeights != null) {
                double w = sqrtWeights[i];
                double h = s * w;
                c = Math.fma(s, w, -h) + c * w;
                s = h;
            }
            double t = s - rHi[i];
            f[i] = t + (DoubleDouble.twoSumError(s, -rHi[i], t) + c - rLo[i]);
        }
    }

    @Override
    public void transposeTimes(double[] rHi, double[] rLo, double[] g) {
        int n = rows();
        int p = cols();
        int offset = intercept ? 1 : 0;
        int width = columns.length;
        double[] hi = new double[p];
        double[] lo = new double[p];
        for (int i = 0; i < n; i++) {
            double th = rHi[i];
            double tl = rLo[i];
            if (sqrtWeights != null) {
                double w = sqrtWeights[i];
                double h = th * w;
                tl = Math.fma(th, w, -h) + tl * w;
                th = h;
            }
            if (intercept) {
                double s = hi[0] + th;
                lo[0] += DoubleDouble.twoSumError(hi[0], th, s) + tl;
                hi[0] = s;
            }
            double[] row = x[i];
            for (int j = 0; j < width; j++) {
                double v = row[columns[j]];
                double p0 = v * th;
                double pe = Math.fma(v, th, -p0);
                int k = j + offset;
                double s = hi[k] + p0;
                lo[k] += DoubleDouble.twoSumError(hi[k], p0, s) + pe + v * tl;
                hi[k] = s;
            }
        }
        for (int k = 0; k < p; k++) {
            g[k] = hi[k] + lo[k];
        }
    }
}
