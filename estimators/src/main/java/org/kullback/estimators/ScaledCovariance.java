package org.kullback.estimators;

import java.util.Arrays;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;

/**
 * The covariance of estimates from an information matrix given in scaled units: with
 * \( \theta_i = u_i\tilde\theta_i \), the information of \( \tilde\theta \) is
 * \( \tilde I = D I D \), \( D = \mathrm{diag}(u) \), and the covariance of \( \theta \) is
 * \( D\tilde I^{-1}D \). The iterative solvers work in units of the sample's own scale, so the
 * matrix they invert is of order W whatever the data's magnitude; inverting I itself would
 * overflow (or underflow to a singular matrix) for scales beyond about \( 10^{\pm154} \).
 */
final class ScaledCovariance {

    private ScaledCovariance() {
    }

    /**
     * \( D\tilde I^{-1}D \), by Cholesky (an information matrix at a maximum is positive definite).
     *
     * @throws IllegalArgumentException if \( \tilde I \) is not positive definite: the estimate
     *     is not a strict maximum
     */
    static double[][] of(double[][] scaledInformation, double... units) {
        final double[][] inverse;
        try {
            inverse = new CholeskyDecomposition(MatrixUtils.createRealMatrix(scaledInformation),
                    1e-12, 0).getSolver().getInverse().getData();
        } catch (RuntimeException notPositiveDefinite) {
            throw new IllegalArgumentException("the observed information matrix (in units of "
                    + Arrays.toString(units) + ") " + Arrays.deepToString(scaledInformation)
                    + " is not positive definite: the estimate is not a strict maximum",
                    notPositiveDefinite);
        }
        for (int i = 0; i < inverse.length; i++) {
            for (int j = 0; j < inverse.length; j++) {
                inverse[i][j] *= units[i] * units[j];
            }
        }
        return inverse;
    }
}
