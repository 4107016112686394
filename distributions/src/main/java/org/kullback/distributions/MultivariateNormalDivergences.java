package org.kullback.distributions;

import java.util.Arrays;
import org.kullback.distributions.MultivariateNormal.DoubleDouble;
import org.kullback.special.LogSpace;

/**
 * Closed-form KL divergences and cross-entropies from a {@link MultivariateNormal} p to other
 * families. Registered in {@link ClosedForms}.
 *
 * <p>Notation: \( p = N(\mu_1, \Sigma_1) \), \( q = N(\mu_2, \Sigma_2) \) of dimension \( d \),
 * \( \Sigma_k = L_kL_k^\top \) (Cholesky), \( A = L_2^{-1}L_1 \) (lower triangular, with
 * \( A_{ii} = L_{1,ii}/L_{2,ii} \)) and \( z = L_2^{-1}(\mu_1 - \mu_2) \). Then
 * \( \operatorname{tr}(\Sigma_2^{-1}\Sigma_1) = \|A\|_F^2 \),
 * \( (\mu_2-\mu_1)^\top\Sigma_2^{-1}(\mu_2-\mu_1) = |z|^2 \) and
 * \( \log(\det\Sigma_2/\det\Sigma_1) = -2\sum_i \log A_{ii} \). All triangular solves run in the
 * double-double arithmetic of the Cholesky factors.
 */
final class MultivariateNormalDivergences {

    private MultivariateNormalDivergences() {
    }

    /**
     * \( \mathrm{KL}(p\,\|\,q) = \tfrac12\big[\operatorname{tr}(\Sigma_2^{-1}\Sigma_1)
     * + (\mu_2-\mu_1)^\top\Sigma_2^{-1}(\mu_2-\mu_1) - d + \log\frac{\det\Sigma_2}{\det\Sigma_1}
     * \big] \) (Kullback, <i>Information Theory and Statistics</i>, 1959, ch. 9, eq. 1.2), which
     * in the notation above is the sum of non-negative terms
     * \[ \mathrm{KL} = \tfrac12\Big[\sum_{i&gt;j} A_{ij}^2 + \sum_i \big(A_{ii}^2 - 1
     *   - \log A_{ii}^2\big) + |z|^2\Big], \]
     * so nothing cancels between terms. Each diagonal term is the Itakura–Saito divergence of
     * \( A_{ii}^2 \) from 1, evaluated as \( -\operatorname{log1pmx}(u) \) with
     * \( u = A_{ii}^2 - 1 = E_{ii}(2 + E_{ii}) \), \( E = A - I \).
     *
     * <p>When \( \Sigma_1 \approx \Sigma_2 \), \( E \) is small, and \( A - I \) formed from the
     * two factors keeps, even in double-double, only an absolute accuracy of about
     * \( 2^{-106}\kappa(\Sigma_2) \): for a covariance of condition number 1e12 moved by one ulp
     * along its large eigenvector (KL = 3.4e-33) that route is off by 3e-9 relative. So \( E \) is
     * computed from the exact differences
     * \( \Delta\Sigma = \Sigma_1 - \Sigma_2 \): \( E = L_2^{-1}D \) with \( D = L_1 - L_2 \)
     * obtained by differencing the Cholesky recurrences (see {@link #factorDifference}). This
     * route is taken when every entry of \( A - I \) is at most \( 1/2 \) in magnitude; further
     * apart, where the direct \( A \) is accurate, \( E = A - I \). \( z \) uses the exact
     * difference \( \mu_1 - \mu_2 \). KL(p, p) is exactly 0.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    static double kl(MultivariateNormal p, MultivariateNormal q) {
        int d = sameDimension("KL", p, q);
        DoubleDouble[][] l2 = q.choleskyFactor();
        DoubleDouble[][] e = relativeFactor(p, q);
        for (int i = 0; i < d; i++) {
            e[i][i] = e[i][i].minus(DoubleDouble.ONE);
        }
        if (isNearZero(e)) {
            e = solveLower(l2, factorDifference(p, q));
        }
        double sum = 0.0;
        for (int i = 0; i < d; i++) {
            sum += itakuraSaitoOfSquare(e[i][i]);
            for (int j = 0; j < i; j++) {
                sum += square(e[i][j]);
            }
        }
        return 0.5 * (sum + mahalanobis(p, q));
    }

    /**
     * \( H(p, q) = \tfrac12\big[d\log 2\pi + \log\det\Sigma_2 + \operatorname{tr}(\Sigma_2^{-1}
     * \Sigma_1) + (\mu_1-\mu_2)^\top\Sigma_2^{-1}(\mu_1-\mu_2)\big] \) (from
     * \( -E_p[\log q(X)] \) with \( E_p[(X-\mu_2)(X-\mu_2)^\top] = \Sigma_1
     * + (\mu_1-\mu_2)(\mu_1-\mu_2)^\top \)), evaluated as
     * \( \sum_i \log(L_{2,ii}\sqrt{2\pi}) + \tfrac12(\|A\|_F^2 + |z|^2) \). Each of the two terms
     * is accurate to a few ulps; where they nearly cancel (a cross-entropy near zero) the error is
     * a few ulps of the larger term, as for {@link NormalDivergences#crossEntropy(Normal, Normal)}.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    static double crossEntropy(MultivariateNormal p, MultivariateNormal q) {
        int d = sameDimension("cross-entropy", p, q);
        DoubleDouble[][] a = relativeFactor(p, q);
        double quadratic = mahalanobis(p, q);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                quadratic += square(a[i][j]);
            }
        }
        return MultivariateNormal.logDiagonalProduct(q.choleskyFactor(),
                MultivariateNormal.SQRT_TWO_PI) + 0.5 * quadratic;
    }

    private static int sameDimension(String quantity, MultivariateNormal p, MultivariateNormal q) {
        if (p.dimension() != q.dimension()) {
            throw new IllegalArgumentException(MultivariateNormal.FAMILY + ": " + quantity
                    + " needs equal dimensions, got p of dimension " + p.dimension()
                    + " and q of dimension " + q.dimension());
        }
        return p.dimension();
    }

    /** \( A = L_2^{-1}L_1 \). */
    private static DoubleDouble[][] relativeFactor(MultivariateNormal p, MultivariateNormal q) {
        return solveLower(q.choleskyFactor(), p.choleskyFactor());
    }

    private static boolean isNearZero(DoubleDouble[][] e) {
        for (int i = 0; i < e.length; i++) {
            for (int j = 0; j <= i; j++) {
                if (!(Math.abs(e[i][j].hi()) <= 0.5)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * \( D = L_1 - L_2 \) from \( \Delta\Sigma = \Sigma_1 - \Sigma_2 \) (exact in double-double),
     * by subtracting the Cholesky recurrences of the two factors column by column. With
     * \( L_{1,ik}L_{1,jk} - L_{2,ik}L_{2,jk} = D_{ik}L_{1,jk} + L_{2,ik}D_{jk} \):
     * \[ D_{jj} = \frac{\Delta\Sigma_{jj} - \sum_{k&lt;j} D_{jk}(L_{1,jk} + L_{2,jk})}
     *   {L_{1,jj} + L_{2,jj}}, \qquad
     *   D_{ij} = \frac{\Delta\Sigma_{ij} - \sum_{k&lt;j}(D_{ik}L_{1,jk} + L_{2,ik}D_{jk})
     *   - L_{2,ij}D_{jj}}{L_{1,jj}} \quad (i &gt; j). \]
     * Every term is of the size of \( D \), so \( D \) has small relative error however close the
     * factors are. Used only when \( L_{1,jj} \ge L_{2,jj}/2 \), so the divisions do not amplify
     * errors.
     */
    private static DoubleDouble[][] factorDifference(MultivariateNormal p, MultivariateNormal q) {
        DoubleDouble[][] l1 = p.choleskyFactor();
        DoubleDouble[][] l2 = q.choleskyFactor();
        int d = l1.length;
        DoubleDouble[][] diff = new DoubleDouble[d][d];
        for (DoubleDouble[] row : diff) {
            Arrays.fill(row, DoubleDouble.ZERO);
        }
        for (int j = 0; j < d; j++) {
            DoubleDouble pivot =
                    DoubleDouble.difference(p.covarianceAt(j, j), q.covarianceAt(j, j));
            for (int k = 0; k < j; k++) {
                pivot = pivot.minus(diff[j][k].times(l1[j][k].plus(l2[j][k])));
            }
            diff[j][j] = pivot.dividedBy(l1[j][j].plus(l2[j][j]));
            for (int i = j + 1; i < d; i++) {
                DoubleDouble entry =
                        DoubleDouble.difference(p.covarianceAt(i, j), q.covarianceAt(i, j));
                for (int k = 0; k < j; k++) {
                    entry = entry.minus(diff[i][k].times(l1[j][k]))
                            .minus(l2[i][k].times(diff[j][k]));
                }
                diff[i][j] = entry.minus(l2[i][j].times(diff[j][j])).dividedBy(l1[j][j]);
            }
        }
        return diff;
    }

    /** \( X = L^{-1}B \) by forward substitution, column by column. */
    private static DoubleDouble[][] solveLower(DoubleDouble[][] l, DoubleDouble[][] b) {
        int d = l.length;
        DoubleDouble[][] x = new DoubleDouble[d][d];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < d; i++) {
                DoubleDouble entry = b[i][j];
                for (int k = 0; k < i; k++) {
                    entry = entry.minus(l[i][k].times(x[k][j]));
                }
                x[i][j] = entry.dividedBy(l[i][i]);
            }
        }
        return x;
    }

    /** \( |z|^2 \) with \( L_2 z = \mu_1 - \mu_2 \), the differences taken exactly. */
    private static double mahalanobis(MultivariateNormal p, MultivariateNormal q) {
        DoubleDouble[][] l2 = q.choleskyFactor();
        int d = l2.length;
        DoubleDouble[] z = new DoubleDouble[d];
        double sum = 0.0;
        for (int i = 0; i < d; i++) {
            DoubleDouble entry = DoubleDouble.difference(p.meanAt(i), q.meanAt(i));
            for (int k = 0; k < i; k++) {
                entry = entry.minus(l2[i][k].times(z[k]));
            }
            z[i] = entry.dividedBy(l2[i][i]);
            sum += square(z[i]);
        }
        return sum;
    }

    private static double square(DoubleDouble x) {
        return x.times(x).value();
    }

    /**
     * \( a^2 - 1 - \log a^2 \) for \( a = 1 + e &gt; 0 \), from \( e \): with
     * \( u = a^2 - 1 = e(2 + e) \) it is \( -\operatorname{log1pmx}(u) \) near \( a = 1 \);
     * elsewhere \( u - 2\log a \), which stays finite when \( a^2 \) underflows.
     */
    private static double itakuraSaitoOfSquare(DoubleDouble e) {
        double u = e.times(DoubleDouble.of(2).plus(e)).value();
        if (u > -0.5 && u < 1) {
            return -LogSpace.log1pmx(u);
        }
        DoubleDouble a = DoubleDouble.ONE.plus(e);
        return u - 2 * (Math.log(a.hi()) + a.lo() / a.hi());
    }
}
