package org.kullback.estimators.regression;

/**
 * The design of a polynomial regression in the Chebyshev basis: columns \( T_k(t_i) \),
 * \( k = 0..d \), of \( t_i = (x_i - c)/h \in [-1, 1] \), with c the midpoint and h the half-width
 * of the range of x. Both t and the \( T_k \) (by \( T_{k+1} = 2tT_k - T_{k-1} \)) are held in
 * double-double, so the refinement residuals are those of the exact polynomial problem for the
 * given x; the QR factorisation sees the double rounding, whose condition number is modest
 * (Chebyshev polynomials are nearly orthogonal on the data's range) where the matrix of powers
 * of x can be as ill-conditioned as \( 10^{10} \) (NIST Filip, column-scaled).
 *
 * <p>Conversion to the monomial coefficients of x: \( T_k(t) = \sum_m C_{mk} t^m \) with the
 * integer coefficients of \( T_k \), and \( t^m = h^{-m}\sum_{l \le m}\binom ml (-c)^{m-l}x^l \),
 * so \( \beta = M\gamma \) with \( M = S C \); M, the products with it, and the covariance
 * \( M C_\gamma M^T \) are computed in double-double.
 */
final class ChebyshevDesign implements ExactDesign {

    /** Refinement tolerance: the basis coefficients are kept to double-double accuracy. */
    static final double TOLERANCE = 0x1p-100;
    static final double ACCEPTABLE = 0x1p-80;

    private final double[] y;
    private final double[] sqrtWeights;
    private final int degree;
    private final double centre;
    private final double halfWidth;
    private final double[][] hi;
    private final double[][] lo;

    private ChebyshevDesign(double[] y, double[] sqrtWeights, int degree, double centre,
            double halfWidth, double[][] hi, double[][] lo) {
        this.y = y;
        this.sqrtWeights = sqrtWeights;
        this.degree = degree;
        this.centre = centre;
        this.halfWidth = halfWidth;
        this.hi = hi;
        this.lo = lo;
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
        double[][] hi = new double[degree + 1][n];
        double[][] lo = new double[degree + 1][n];
        for (int i = 0; i < n; i++) {
            DoubleDouble[] values = chebyshev(t(x[i][0], centre, halfWidth), degree);
            for (int k = 0; k <= degree; k++) {
                hi[k][i] = values[k].hi();
                lo[k][i] = values[k].lo();
            }
        }
        return new ChebyshevDesign(y, sqrtWeights, degree, centre, halfWidth, hi, lo);
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
        return y.length;
    }

    @Override
    public int cols() {
        return degree + 1;
    }

    @Override
    public void fill(int from, int to, double[][] tile) {
        for (int k = 0; k <= degree; k++) {
            for (int i = from; i < to; i++) {
                tile[k][i - from] = sqrtWeights == null ? hi[k][i] : hi[k][i] * sqrtWeights[i];
            }
        }
    }

    @Override
    public double[] response() {
        return ExactDesign.weighted(y, sqrtWeights);
    }

    @Override
    public void residual(double[] xHi, double[] xLo, double[] rHi, double[] rLo, double[] f) {
        for (int i = 0; i < y.length; i++) {
            DoubleDouble s = DoubleDouble.of(y[i]);
            for (int k = 0; k <= degree; k++) {
                s = s.subtract(new DoubleDouble(hi[k][i], lo[k][i])
                        .multiply(new DoubleDouble(xHi[k], xLo[k])));
            }
            if (sqrtWeights != null) {
                s = s.multiply(sqrtWeights[i]);
            }
            f[i] = s.subtract(new DoubleDouble(rHi[i], rLo[i])).value();
        }
    }

    @Override
    public void transposeTimes(double[] rHi, double[] rLo, double[] g) {
        for (int k = 0; k <= degree; k++) {
            DoubleDouble s = DoubleDouble.ZERO;
            for (int i = 0; i < y.length; i++) {
                DoubleDouble r = new DoubleDouble(rHi[i], rLo[i]);
                if (sqrtWeights != null) {
                    r = r.multiply(sqrtWeights[i]);
                }
                s = s.add(new DoubleDouble(hi[k][i], lo[k][i]).multiply(r));
            }
            g[k] = s.value();
        }
    }

    /**
     * \( (A^TA)^{-1} \) for the exact (double-double) basis A, by refinement from the QR factors:
     * \( C \leftarrow C + C_0 (I - G C) \) with the Gram matrix G and the residual in
     * double-double and \( C_0 = R^{-1}R^{-T} \); each step gains about \( -\log_{10}
     * (\kappa(A)^2\varepsilon) \) digits.
     */
    DoubleDouble[][] inverseGram(HouseholderQr qr) {
        int p = degree + 1;
        DoubleDouble[][] gram = new DoubleDouble[p][p];
        for (int j = 0; j < p; j++) {
            for (int k = j; k < p; k++) {
                DoubleDouble s = DoubleDouble.ZERO;
                for (int i = 0; i < y.length; i++) {
                    DoubleDouble term = new DoubleDouble(hi[j][i], lo[j][i])
                            .multiply(new DoubleDouble(hi[k][i], lo[k][i]));
                    if (sqrtWeights != null) {
                        term = term.multiply(sqrtWeights[i]).multiply(sqrtWeights[i]);
                    }
                    s = s.add(term);
                }
                gram[j][k] = s;
                gram[k][j] = s;
            }
        }
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
}
