package org.kullback.estimators.regression;

import java.util.Arrays;

/**
 * The design of a polynomial regression in the Chebyshev basis: columns \( T_k(t_i) \),
 * \( k = 0..d \), of \( t_i = (x_i - c)/h \in [-1, 1] \), with c the midpoint and h the half-width
 * of the range of x. t is held in double-double and the \( T_k \) are regenerated from it in
 * double-double (by \( T_{k+1} = 2tT_k - T_{k-1} \)) in every pass over the rows, so the
 * refinement residuals are those of the exact polynomial problem for the given x; the QR
 * factorisation sees the double rounding, whose condition number is modest
 * (Chebyshev polynomials are nearly orthogonal on the data's range) where the matrix of powers
 * of x can be as ill-conditioned as \( 10^{10} \) (NIST Filip, column-scaled).
 *
 * <p>Conversion to the monomial coefficients of x: \( T_k(t) = \sum_m C_{mk} t^m \) with the
 * integer coefficients of \( T_k \), and \( t^m = h^{-m}\sum_{l \le m}\binom ml (-c)^{m-l}x^l \),
 * so \( \beta = M\gamma \) with \( M = S C \); M, the products with it, and the covariance
 * \( M C_\gamma M^T \) are computed in double-double.
 *
 * <p>The row loops work on tiles of {@value #TILE} rows with primitive hi/lo arrays
 * ({@link TileArithmetic}) rather than {@link DoubleDouble} objects, whose allocation HotSpot
 * does not reliably remove; the operations and their roundings are those of {@link DoubleDouble},
 * so the design values and residuals are the same to the last bit.
 */
final class ChebyshevDesign implements ExactDesign {

    /** Refinement tolerance: the basis coefficients are kept to double-double accuracy. */
    static final double TOLERANCE = 0x1p-100;
    static final double ACCEPTABLE = 0x1p-80;

    /**
     * Rows per tile, equal to the QR's tile height so that {@link #fill} serves whole tiles. The
     * kernels of {@link TileArithmetic} loop over one tile with the tile index as the only
     * subscript and no reduction, which HotSpot C2 vectorises; a tile of all columns stays in
     * cache.
     */
    private static final int TILE = HouseholderQr.LANES;

    private final double[] y;
    private final double[] sqrtWeights;
    private final int n;
    private final int degree;
    private final double centre;
    private final double halfWidth;
    /**
     * tHi[s][j] + tLo[s][j] = \( t_i \) for row i = s·TILE + j, zero past the last row. Only t is
     * stored: each pass over the rows regenerates the \( T_k \) of a tile by the recurrence
     * ({@link #basisTile}), which costs about as much as one double-double product per element
     * and saves holding (and reading) 2(d + 1) doubles per row.
     */
    private final double[][] tHi;
    private final double[][] tLo;
    /**
     * Scratch for {@link #fill}, which the QR calls once per tile: a design serves one fit on
     * one thread, and allocating (and zeroing) it per call would cost as much as the basis.
     */
    private final double[][] fillHi;
    private final double[][] fillLo;
    private final TileArithmetic fillArithmetic = new TileArithmetic();

    private ChebyshevDesign(double[] y, double[] sqrtWeights, int degree, double centre,
            double halfWidth, double[][] tHi, double[][] tLo) {
        this.y = y;
        this.sqrtWeights = sqrtWeights;
        this.n = y.length;
        this.degree = degree;
        this.centre = centre;
        this.halfWidth = halfWidth;
        this.tHi = tHi;
        this.tLo = tLo;
        this.fillHi = new double[degree + 1][TILE];
        this.fillLo = new double[degree + 1][TILE];
    }

    /** @param x rows of one value each */
    static ChebyshevDesign of(double[][] x, double[] y, double[] sqrtWeights, int degree) {
        int n = y.length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : x) {
            min = Math.min(min, row[0]);
            max = Math.max(max, row[0]);
        }
        double centre = 0.5 * min + 0.5 * max;
        double halfWidth = 0.5 * max - 0.5 * min;
        if (halfWidth == 0) {
            halfWidth = 1;
        }
        int tiles = (n + TILE - 1) / TILE;
        double[][] tHi = new double[tiles][TILE];
        double[][] tLo = new double[tiles][TILE];
        double[] xs = new double[TILE];
        for (int s = 0; s < tiles; s++) {
            int from = s * TILE;
            int length = Math.min(TILE, n - from);
            for (int j = 0; j < length; j++) {
                xs[j] = x[from + j][0];
            }
            Arrays.fill(xs, length, TILE, centre);
            tile(xs, centre, halfWidth, tHi[s], tLo[s]);
        }
        return new ChebyshevDesign(y, sqrtWeights, degree, centre, halfWidth, tHi, tLo);
    }

    /**
     * \( t_j = (x_j - c)/h \) in double-double for a tile, with the roundings of {@link #t}
     * written out on primitive values: x - c exactly by TwoSum, then the long division of
     * {@link DoubleDouble#divide} (quotient digit, remainder, second digit, remainder, third
     * digit). x = c gives t = 0 exactly, which is what the padding of the last tile relies on.
     */
    private static void tile(double[] xs, double centre, double h, double[] tHi, double[] tLo) {
        for (int j = 0; j < TILE; j++) {
            double s = xs[j] - centre;
            double se = DoubleDouble.twoSumError(xs[j], -centre, s);
            double q1 = s / h;
            double p = h * q1;
            double pe = Math.fma(h, q1, -p);
            double ph = p + pe;
            double pl = pe - (ph - p);
            double r1 = s - ph;
            double r1e = DoubleDouble.twoSumError(s, -ph, r1);
            double r1t = se - pl;
            double r1f = DoubleDouble.twoSumError(se, -pl, r1t);
            r1e += r1t;
            double r1h = r1 + r1e;
            double r1l = r1e - (r1h - r1);
            double r1hh = r1h + (r1l + r1f);
            double r1ll = (r1l + r1f) - (r1hh - r1h);
            double q2 = r1hh / h;
            p = h * q2;
            pe = Math.fma(h, q2, -p);
            ph = p + pe;
            pl = pe - (ph - p);
            double r2 = r1hh - ph;
            double r2e = DoubleDouble.twoSumError(r1hh, -ph, r2);
            double r2t = r1ll - pl;
            double r2f = DoubleDouble.twoSumError(r1ll, -pl, r2t);
            r2e += r2t;
            double r2h = r2 + r2e;
            double r2l = r2e - (r2h - r2);
            double r2hh = r2h + (r2l + r2f);
            double q3 = r2hh / h;
            double qh = q1 + q2;
            double ql = q2 - (qh - q1);
            double a = qh + q3;
            double ae = DoubleDouble.twoSumError(qh, q3, a) + ql;
            double th = a + ae;
            tHi[j] = th;
            tLo[j] = ae - (th - a);
        }
    }

    /**
     * \( T_k(t_j) \), k = 0..outHi.length - 1, in double-double for the rows of tile s, with
     * the roundings of {@link #chebyshev}; zero in every column past the last row.
     */
    private void basisTile(int s, double[][] outHi, double[][] outLo,
            TileArithmetic arithmetic) {
        int length = Math.min(TILE, n - s * TILE);
        Arrays.fill(outHi[0], 0, length, 1);
        Arrays.fill(outHi[0], length, TILE, 0);
        Arrays.fill(outLo[0], 0);
        if (outHi.length == 1) {
            return;
        }
        double[] th = tHi[s];
        double[] tl = tLo[s];
        // padded rows have t = 0 (stored so) and T_0 = 0, so every later column is zero there
        System.arraycopy(th, 0, outHi[1], 0, TILE);
        System.arraycopy(tl, 0, outLo[1], 0, TILE);
        for (int k = 2; k < outHi.length; k++) {
            arithmetic.recurrence(th, tl, outHi[k - 1], outLo[k - 1], outHi[k - 2],
                    outLo[k - 2], outHi[k], outLo[k]);
        }
    }

    private static DoubleDouble t(double x, double centre, double halfWidth) {
        return DoubleDouble.sum(x, -centre).divide(DoubleDouble.of(halfWidth));
    }

    private static DoubleDouble[] chebyshev(DoubleDouble t, int degree) {
        DoubleDouble[] values = new DoubleDouble[degree + 1];
        values[0] = DoubleDouble.ONE;
        if (degree > 0) {
            values[1] = t;
        }
        DoubleDouble twoT = t.multiply(2);
        for (int k = 2; k <= degree; k++) {
            values[k] = twoT.multiply(values[k - 1]).subtract(values[k - 2]);
        }
        return values;
    }

    /** \( (T_0(t), \dots, T_d(t)) \) at \( t = (x - c)/h \), rounded to double, for prediction. */
    double[] basisAt(double x) {
        DoubleDouble[] values = chebyshev(t(x, centre, halfWidth), degree);
        double[] v = new double[degree + 1];
        for (int k = 0; k <= degree; k++) {
            v[k] = values[k].value();
        }
        return v;
    }

    @Override
    public int rows() {
        return n;
    }

    @Override
    public int cols() {
        return degree + 1;
    }

    @Override
    public void fill(int from, int to, double[][] tile) {
        double[][] basisHi = fillHi;
        double[][] basisLo = fillLo;
        TileArithmetic arithmetic = fillArithmetic;
        int i = from;
        while (i < to) {
            int s = i / TILE;
            int j = i - s * TILE;
            int length = Math.min(TILE - j, to - i);
            basisTile(s, basisHi, basisLo, arithmetic);
            for (int k = 0; k <= degree; k++) {
                double[] target = tile[k];
                if (sqrtWeights == null) {
                    System.arraycopy(basisHi[k], j, target, i - from, length);
                } else {
                    for (int m = 0; m < length; m++) {
                        target[i - from + m] = basisHi[k][j + m] * sqrtWeights[i + m];
                    }
                }
            }
            i += length;
        }
    }

    @Override
    public double[] response() {
        return ExactDesign.weighted(y, sqrtWeights);
    }

    @Override
    public void residual(double[] xHi, double[] xLo, double[] rHi, double[] rLo, double[] f) {
        residualAndTransposeTimes(xHi, xLo, rHi, rLo, f, null);
    }

    @Override
    public void transposeTimes(double[] rHi, double[] rLo, double[] g) {
        residualAndTransposeTimes(null, null, rHi, rLo, null, g);
    }

    /**
     * One pass over the tiles for both products of a refinement step (either may be skipped
     * with a null output). Residual: \( s = y - \sum_k T_k x_k \) column after column, then
     * \( f = s\sqrt{w} - r \), each operation double-double with the roundings of
     * {@link DoubleDouble}, rounded to double at the end. \( g_k = \sum_i T_k(t_i)\sqrt{w_i}r_i \):
     * the weighted residual of a tile is formed once, each column's products are added into
     * {@value #TILE} lane accumulators (no serial reduction), and the lanes are summed pairwise
     * at the end.
     */
    @Override
    public void residualAndTransposeTimes(double[] xHi, double[] xLo, double[] rHi,
            double[] rLo, double[] f, double[] g) {
        int p = degree + 1;
        double[][] basisHi = new double[p][TILE];
        double[][] basisLo = new double[p][TILE];
        double[] sHi = new double[TILE];
        double[] sLo = new double[TILE];
        double[] bHi = new double[TILE];
        double[] bLo = new double[TILE];
        double[] w = new double[TILE];
        double[][] accHi = g == null ? null : new double[p][TILE];
        double[][] accLo = g == null ? null : new double[p][TILE];
        TileArithmetic arithmetic = new TileArithmetic();
        for (int s = 0; s < tHi.length; s++) {
            int from = s * TILE;
            int length = Math.min(TILE, n - from);
            basisTile(s, basisHi, basisLo, arithmetic);
            if (sqrtWeights != null) {
                System.arraycopy(sqrtWeights, from, w, 0, length);
                Arrays.fill(w, length, TILE, 0);
            }
            System.arraycopy(rHi, from, bHi, 0, length);
            System.arraycopy(rLo, from, bLo, 0, length);
            Arrays.fill(bHi, length, TILE, 0);
            Arrays.fill(bLo, length, TILE, 0);
            if (f != null) {
                System.arraycopy(y, from, sHi, 0, length);
                Arrays.fill(sHi, length, TILE, 0);
                Arrays.fill(sLo, 0);
                for (int k = 0; k < p; k++) {
                    arithmetic.subtractProduct(sHi, sLo, basisHi[k], basisLo[k], xHi[k], xLo[k]);
                }
                if (sqrtWeights != null) {
                    arithmetic.multiply(sHi, sLo, w);
                }
                arithmetic.subtract(sHi, sLo, bHi, bLo, sHi, sLo);
                for (int j = 0; j < length; j++) {
                    f[from + j] = sHi[j] + sLo[j];
                }
            }
            if (g != null) {
                if (sqrtWeights != null) {
                    arithmetic.multiply(bHi, bLo, w);
                }
                for (int k = 0; k < p; k++) {
                    arithmetic.addProduct(accHi[k], accLo[k], basisHi[k], basisLo[k], bHi, bLo);
                }
            }
        }
        if (g != null) {
            for (int k = 0; k < p; k++) {
                g[k] = laneSum(accHi[k], accLo[k]).value();
            }
        }
    }

    /** The double-double sum of the {@value #TILE} lanes, by pairwise halving. */
    private static DoubleDouble laneSum(double[] aHi, double[] aLo) {
        DoubleDouble[] level = new DoubleDouble[TILE];
        for (int j = 0; j < TILE; j++) {
            level[j] = new DoubleDouble(aHi[j], aLo[j]);
        }
        for (int width = TILE / 2; width >= 1; width /= 2) {
            for (int j = 0; j < width; j++) {
                level[j] = level[j].add(level[j + width]);
            }
        }
        return level[0];
    }

    /**
     * The Gram matrix \( G = A^TWA \) of the double-double basis, from the product formula
     * \( T_jT_k = \tfrac12(T_{j+k} + T_{|j-k|}) \) (Mason &amp; Handscomb, Chebyshev Polynomials,
     * 2003, eq. 2.38): \( G_{jk} = \tfrac12(S_{j+k} + S_{|j-k|}) \) with the 2d + 1 moments
     * \( S_m = \sum_i w_i T_m(t_i) \), the \( T_m \) beyond degree d continued by the same
     * double-double recurrence. This needs 2d + 1 sums over the rows instead of
     * \( (d+1)(d+2)/2 \) products of columns; the values differ from the column products only by
     * the double-double rounding of the recurrence.
     */
    private DoubleDouble[][] gram() {
        int p = degree + 1;
        int moments = 2 * degree + 1;
        double[][] basisHi = new double[moments][TILE];
        double[][] basisLo = new double[moments][TILE];
        double[][] accHi = new double[moments][TILE];
        double[][] accLo = new double[moments][TILE];
        double[] wHi = new double[TILE];
        double[] wLo = new double[TILE];
        TileArithmetic arithmetic = new TileArithmetic();
        for (int s = 0; s < tHi.length; s++) {
            int from = s * TILE;
            int length = Math.min(TILE, n - from);
            basisTile(s, basisHi, basisLo, arithmetic);
            if (sqrtWeights != null) {
                for (int j = 0; j < length; j++) {
                    double root = sqrtWeights[from + j];
                    wHi[j] = root * root;
                    wLo[j] = Math.fma(root, root, -wHi[j]);
                }
                Arrays.fill(wHi, length, TILE, 0);
                Arrays.fill(wLo, length, TILE, 0);
            }
            for (int m = 0; m < moments; m++) {
                if (sqrtWeights == null) {
                    arithmetic.add(accHi[m], accLo[m], basisHi[m], basisLo[m]);
                } else {
                    arithmetic.addProduct(accHi[m], accLo[m], basisHi[m], basisLo[m], wHi, wLo);
                }
            }
        }
        DoubleDouble[] sums = new DoubleDouble[moments];
        for (int m = 0; m < moments; m++) {
            sums[m] = laneSum(accHi[m], accLo[m]);
        }
        DoubleDouble[][] gram = new DoubleDouble[p][p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                gram[j][k] = sums[j + k].add(sums[Math.abs(j - k)]).multiply(0.5);
            }
        }
        return gram;
    }

    /**
     * \( (A^TWA)^{-1} \) for the exact (double-double) basis A, by refinement from the QR factors:
     * \( C \leftarrow C + C_0 (I - G C) \) with the Gram matrix G ({@link #gram}) and the residual
     * in double-double and \( C_0 = R^{-1}R^{-T} \); each step gains about \( -\log_{10}
     * (\kappa(A)^2\varepsilon) \) digits.
     */
    DoubleDouble[][] inverseGram(HouseholderQr qr) {
        int p = degree + 1;
        DoubleDouble[][] gram = gram();
        double[][] c0 = qr.inverseGram();
        DoubleDouble[][] c = new DoubleDouble[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                c[i][j] = DoubleDouble.of(c0[i][j]);
            }
        }
        for (int step = 0; step < 4; step++) {
            double[][] e = new double[p][p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    DoubleDouble s = i == j ? DoubleDouble.ONE : DoubleDouble.ZERO;
                    for (int k = 0; k < p; k++) {
                        s = s.subtract(gram[i][k].multiply(c[k][j]));
                    }
                    e[i][j] = s.value();
                }
            }
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    double s = 0;
                    for (int k = 0; k < p; k++) {
                        s += c0[i][k] * e[k][j];
                    }
                    c[i][j] = c[i][j].add(s);
                }
            }
        }
        return c;
    }

    /** The matrix M with \( \beta = M\gamma \) (monomial coefficients of x from Chebyshev coefficients). */
    private DoubleDouble[][] conversion() {
        int p = degree + 1;
        double[][] cheb = new double[p][p];
        cheb[0][0] = 1;
        if (degree > 0) {
            cheb[1][1] = 1;
        }
        for (int k = 2; k <= degree; k++) {
            for (int m = 0; m <= k; m++) {
                double twice = m > 0 ? 2 * cheb[m - 1][k - 1] : 0;
                cheb[m][k] = twice - cheb[m][k - 2];
            }
        }
        DoubleDouble inverseH = DoubleDouble.ONE.divide(DoubleDouble.of(halfWidth));
        DoubleDouble minusC = DoubleDouble.of(-centre);
        DoubleDouble[][] shift = new DoubleDouble[p][p];
        DoubleDouble[] cPowers = new DoubleDouble[p];
        DoubleDouble[] hPowers = new DoubleDouble[p];
        cPowers[0] = DoubleDouble.ONE;
        hPowers[0] = DoubleDouble.ONE;
        for (int m = 1; m < p; m++) {
            cPowers[m] = cPowers[m - 1].multiply(minusC);
            hPowers[m] = hPowers[m - 1].multiply(inverseH);
        }
        double[][] binomial = new double[p][p];
        for (int m = 0; m < p; m++) {
            binomial[m][0] = 1;
            for (int l = 1; l <= m; l++) {
                binomial[m][l] = binomial[m - 1][l - 1] + (l < m ? binomial[m - 1][l] : 0);
            }
        }
        for (int l = 0; l < p; l++) {
            for (int m = 0; m < p; m++) {
                shift[l][m] = m < l ? DoubleDouble.ZERO
                        : hPowers[m].multiply(cPowers[m - l]).multiply(binomial[m][l]);
            }
        }
        DoubleDouble[][] result = new DoubleDouble[p][p];
        for (int l = 0; l < p; l++) {
            for (int k = 0; k < p; k++) {
                DoubleDouble s = DoubleDouble.ZERO;
                for (int m = l; m <= k; m++) {
                    s = s.add(shift[l][m].multiply(cheb[m][k]));
                }
                result[l][k] = s;
            }
        }
        return result;
    }

    /** \( \beta = M\gamma \), rounded once at the end. */
    double[] monomialCoefficients(DoubleDouble[] gamma) {
        DoubleDouble[][] m = conversion();
        double[] beta = new double[gamma.length];
        for (int l = 0; l < gamma.length; l++) {
            DoubleDouble s = DoubleDouble.ZERO;
            for (int k = 0; k < gamma.length; k++) {
                s = s.add(m[l][k].multiply(gamma[k]));
            }
            beta[l] = s.value();
        }
        return beta;
    }

    /** \( M C_\gamma M^T \), rounded once at the end. */
    double[][] monomialCovariance(DoubleDouble[][] inverseGram) {
        DoubleDouble[][] m = conversion();
        int p = degree + 1;
        DoubleDouble[][] mc = new DoubleDouble[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                DoubleDouble s = DoubleDouble.ZERO;
                for (int k = 0; k < p; k++) {
                    s = s.add(m[i][k].multiply(inverseGram[k][j]));
                }
                mc[i][j] = s;
            }
        }
        double[][] result = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                DoubleDouble s = DoubleDouble.ZERO;
                for (int k = 0; k < p; k++) {
                    s = s.add(mc[i][k].multiply(m[j][k]));
                }
                result[i][j] = s.value();
            }
        }
        return result;
    }

    /**
     * Double-double arithmetic on tiles of {@value #TILE} values held as separate hi and lo
     * arrays, with the roundings of {@link DoubleDouble#multiply(DoubleDouble)} and
     * {@link DoubleDouble#subtract} element by element. Each operation is split into short loops
     * over the tile index with no reduction: HotSpot C2 (JDK 17) vectorises those, but not one
     * loop holding a whole double-double product and sum (measured: 1.4 against 5.4 ns per
     * element). For the same reason the final addition of a normalisation is written
     * {@code a - (-b)}, which is the IEEE sum {@code a + b} exactly but keeps the operand order
     * fixed, so the unrolled copies are packed together.
     */
    private static final class TileArithmetic {

        private final double[] productHi = new double[TILE];
        private final double[] productLo = new double[TILE];
        private final double[] sumHi = new double[TILE];
        private final double[] sumError = new double[TILE];
        private final double[] lowSum = new double[TILE];
        private final double[] lowError = new double[TILE];

        /** \( s \leftarrow s - a b \) for a double-double constant b. */
        void subtractProduct(double[] sHi, double[] sLo, double[] aHi, double[] aLo,
                double bHi, double bLo) {
            double[] pHi = productHi;
            double[] pLo = productLo;
            for (int j = 0; j < TILE; j++) {
                double p = aHi[j] * bHi;
                double e = Math.fma(aHi[j], bHi, -p) + (aHi[j] * bLo + aLo[j] * bHi);
                double h = p + e;
                pHi[j] = h;
                pLo[j] = e - (h - p);
            }
            subtract(sHi, sLo, pHi, pLo, sHi, sLo);
        }

        /**
         * \( s \leftarrow s + u v \), as \( s - u(-v) \) (negation is exact and every rounding
         * symmetric, so this is the double-double sum of the product).
         */
        void addProduct(double[] sHi, double[] sLo, double[] uHi, double[] uLo, double[] vHi,
                double[] vLo) {
            double[] pHi = productHi;
            double[] pLo = productLo;
            for (int j = 0; j < TILE; j++) {
                double bHi = -vHi[j];
                double bLo = -vLo[j];
                double p = uHi[j] * bHi;
                double e = Math.fma(uHi[j], bHi, -p) + (uHi[j] * bLo + uLo[j] * bHi);
                double h = p + e;
                pHi[j] = h;
                pLo[j] = e - (h - p);
            }
            subtract(sHi, sLo, pHi, pLo, sHi, sLo);
        }

        /** \( T_k = 2t\,T_{k-1} - T_{k-2} \) ({@code 2t} exact). */
        void recurrence(double[] tHi, double[] tLo, double[] k1Hi, double[] k1Lo,
                double[] k2Hi, double[] k2Lo, double[] outHi, double[] outLo) {
            double[] pHi = productHi;
            double[] pLo = productLo;
            for (int j = 0; j < TILE; j++) {
                double aHi = 2 * tHi[j];
                double aLo = 2 * tLo[j];
                double p = aHi * k1Hi[j];
                double e = Math.fma(aHi, k1Hi[j], -p) + (aHi * k1Lo[j] + aLo * k1Hi[j]);
                double h = p + e;
                pHi[j] = h;
                pLo[j] = e - (h - p);
            }
            subtract(pHi, pLo, k2Hi, k2Lo, outHi, outLo);
        }

        /** \( s \leftarrow s b \) for doubles b. */
        void multiply(double[] sHi, double[] sLo, double[] b) {
            for (int j = 0; j < TILE; j++) {
                double p = sHi[j] * b[j];
                double e = Math.fma(sHi[j], b[j], -p) + sLo[j] * b[j];
                double h = p + e;
                sHi[j] = h;
                sLo[j] = e - (h - p);
            }
        }

        /** out = a - b (out may be a). */
        void subtract(double[] aHi, double[] aLo, double[] bHi, double[] bLo, double[] outHi,
                double[] outLo) {
            combine(aHi, aLo, -1, bHi, bLo, outHi, outLo);
        }

        /** a ← a + b. */
        void add(double[] aHi, double[] aLo, double[] bHi, double[] bLo) {
            combine(aHi, aLo, 1, bHi, bLo, aHi, aLo);
        }

        /**
         * out = a + sign·b for sign ±1 (exact): TwoSum of the high parts, TwoSum of the low parts,
         * two normalisations (Hida, Li &amp; Bailey's accurate addition, as in
         * {@link DoubleDouble#add(DoubleDouble)}). out may be a.
         */
        private void combine(double[] aHi, double[] aLo, double sign, double[] bHi,
                double[] bLo, double[] outHi, double[] outLo) {
            double[] s1 = sumHi;
            double[] e1 = sumError;
            double[] u1 = lowSum;
            double[] f1 = lowError;
            twoSums(aHi, sign, bHi, s1, e1);
            twoSums(aLo, sign, bLo, u1, f1);
            for (int j = 0; j < TILE; j++) {
                double s = s1[j];
                double e = e1[j] + u1[j];
                double h1 = s + e;
                double l1 = e - (h1 - s);
                double g = l1 + f1[j];
                double h = h1 - (-g);
                outHi[j] = h;
                outLo[j] = g - (h - h1);
            }
        }

        /** sum = a + sign·b and error its exact rounding error (TwoSum), lane by lane. */
        private static void twoSums(double[] a, double sign, double[] b, double[] sum,
                double[] error) {
            for (int j = 0; j < TILE; j++) {
                double x = a[j];
                double y = sign * b[j];
                double s = x + y;
                sum[j] = s;
                error[j] = DoubleDouble.twoSumError(x, y, s);
            }
        }
    }
}
