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

    /** A fresh column-major double copy of \( A \) (column j is {@code result[j]}), for the QR factorisation. */
    double[][] columnMajor();

    /** A fresh double copy of \( b \). */
    double[] response();

    /**
     * \( f = b - r - A x \) in double-double, rounded to double, for \( x \) and \( r \) given as
     * unevaluated sums {@code hi + lo}.
     */
    void residual(double[] xHi, double[] xLo, double[] rHi, double[] rLo, double[] f);

    /** \( g = A^T r \) in double-double, rounded to double. */
    void transposeTimes(double[] rHi, double[] rLo, double[] g);
}
