package org.kullback.estimators.regression;

/**
 * A least-squares design \( A \) (\( n \times p \)) and response \( b \) whose products can be
 * formed in double-double precision from the exact data, as iterative refinement needs: the
 * factorisation works on a double-rounded copy, the refinement residuals on the data themselves,
 * so the refined solution is that of the data, not of the copy.
 */
interface ExactDesign {

    int rows();

    int cols();

    /**
     * Copies rows {@code from..to-1} of \( A \), rounded to double, column by column into
     * {@code tile} ({@code tile[j][i - from]} = \( A_{ij} \)), for the QR factorisation.
     */
    void fill(int from, int to, double[][] tile);

    /** A fresh double copy of \( b \). */
    double[] response();

    /**
     * \( f = b - r - A x \) in double-double, rounded to double, for \( x \) and \( r \) given as
     * unevaluated sums {@code hi + lo}.
     */
    void residual(double[] xHi, double[] xLo, double[] rHi, double[] rLo, double[] f);

    /** \( g = A^T r \) in double-double, rounded to double. */
    void transposeTimes(double[] rHi, double[] rLo, double[] g);

    /**
     * {@link #residual} and {@link #transposeTimes} of the same r, as a refinement step needs
     * them; a design that generates its columns on the fly overrides this to do both in one pass.
     */
    default void residualAndTransposeTimes(double[] xHi, double[] xLo, double[] rHi,
            double[] rLo, double[] f, double[] g) {
        residual(xHi, xLo, rHi, rLo, f);
        transposeTimes(rHi, rLo, g);
    }

    /** A fresh copy of y with row i multiplied by \( \sqrt{w_i} \) ({@code null}: unit weights). */
    static double[] weighted(double[] y, double[] sqrtWeights) {
        double[] b = y.clone();
        if (sqrtWeights != null) {
            for (int i = 0; i < b.length; i++) {
                b[i] *= sqrtWeights[i];
            }
        }
        return b;
    }
}
