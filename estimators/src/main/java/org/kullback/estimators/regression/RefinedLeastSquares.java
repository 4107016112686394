package org.kullback.estimators.regression;

/**
 * Least squares \( \min_x \|b - A x\| \) by Householder QR followed by iterative refinement of
 * the augmented system
 * \[ \begin{pmatrix} I &amp; A \\ A^T &amp; 0 \end{pmatrix}
 *    \begin{pmatrix} r \\ x \end{pmatrix} = \begin{pmatrix} b \\ 0 \end{pmatrix} \]
 * (Björck, "Iterative refinement of linear least squares solutions I", BIT 7 (1967) 257–278;
 * Björck, Numerical Methods for Least Squares Problems, SIAM 1996, §2.9). Each step forms
 * \( f = b - r - A x \) and \( g = -A^T r \) in double-double from the exact data, and solves
 * the correction through the QR factors: with \( h = Q^T f \), \( R^T z = g \),
 * \( \delta x = R^{-1}(h_{1:p} - z) \), \( \delta r = Q\,(z, h_{p+1:n}) \). Refining r together
 * with x is what removes the \( \kappa^2 \varepsilon \|r\| \) term that limits plain QR (and
 * refinement of x alone) on large-residual problems; each step contracts the error by about
 * \( \kappa(A)\,\varepsilon \). x and r are accumulated as double-double, so the limit is set by
 * the data, not by the storage.
 *
 * <p>The first step starts from \( x = 0, r = 0 \) (so \( f = b \), \( g = 0 \)): it is the
 * ordinary QR solution. Refinement stops when the error left after the last correction, estimated
 * as \( \|D\delta x_k\|^2 / \|D\delta x_{k-1}\| \) with D the column norms (the contraction
 * factor times the correction), is below {@code tolerance} relative to \( \|D x\| \).
 */
final class RefinedLeastSquares {

    private static final int MAX_STEPS = 12;

    private RefinedLeastSquares() {
    }

    /** The refined solution: x and r as unevaluated sums, the steps taken, and whether the tolerance was met. */
    record Solution(double[] xHi, double[] xLo, double[] rHi, double[] rLo, int steps,
            boolean converged, String message) {

        double[] x() {
            double[] x = new double[xHi.length];
            for (int j = 0; j < x.length; j++) {
                x[j] = xHi[j] + xLo[j];
            }
            return x;
        }

        /** \( \|r\|^2 \) summed in double-double. */
        double residualSumOfSquares() {
            double hi = 0;
            double lo = 0;
            for (int i = 0; i < rHi.length; i++) {
                double a = rHi[i];
                double p = a * a;
                double pe = Math.fma(a, a, -p) + 2 * a * rLo[i];
                double s = hi + p;
                lo += DoubleDouble.twoSumError(hi, p, s) + pe;
                hi = s;
            }
            return hi + lo;
        }
    }

    /**
     * Refines the least-squares solution of {@code design} whose double copy {@code qr} factors;
     * {@code qr} must have full rank.
     */
    static Solution solve(ExactDesign design, HouseholderQr qr, double tolerance, double acceptable) {
        int n = design.rows();
        int p = design.cols();
        double[] xHi = new double[p];
        double[] xLo = new double[p];
        double[] rHi = new double[n];
        double[] rLo = new double[n];
        double[] f = design.response();
        double[] g = new double[p];
        double previous = Double.NaN;
        int step = 0;
        while (true) {
            step++;
            if (step > 1) {
                design.residualAndTransposeTimes(xHi, xLo, rHi, rLo, f, g);
                for (int j = 0; j < p; j++) {
                    g[j] = -g[j];
                }
            }
            qr.applyTranspose(f);
            double[] z = g.clone();
            qr.solveLowerTranspose(z);
            double[] dx = new double[p];
            for (int j = 0; j < p; j++) {
                dx[j] = f[j] - z[j];
                f[j] = z[j];
            }
            qr.solveUpper(dx);
            qr.apply(f);
            addInto(xHi, xLo, dx);
            addInto(rHi, rLo, f);
            double correction = scaledNorm(qr, dx);
            double size = scaledNorm(qr, xHi);
            if (!Double.isFinite(correction) || !Double.isFinite(size)) {
                return new Solution(xHi, xLo, rHi, rLo, step, false,
                        "iterative refinement produced a non-finite correction");
            }
            if (step > 1) {
                double estimate = previous == 0 ? 0 : correction * (correction / previous);
                if (estimate <= tolerance * size) {
                    return new Solution(xHi, xLo, rHi, rLo, step, true, "");
                }
                if (correction > 0.5 * previous || step == MAX_STEPS) {
                    boolean good = correction <= acceptable * size;
                    return new Solution(xHi, xLo, rHi, rLo, step, good, good ? ""
                            : "iterative refinement stalled after " + step + " steps with relative"
                                    + " correction " + correction / size
                                    + " (the design is too ill-conditioned for double precision)");
                }
            }
            if (correction == 0) {
                return new Solution(xHi, xLo, rHi, rLo, step, true, "");
            }
            previous = correction;
        }
    }

    private static void addInto(double[] hi, double[] lo, double[] delta) {
        for (int i = 0; i < hi.length; i++) {
            double s = hi[i] + delta[i];
            double e = DoubleDouble.twoSumError(hi[i], delta[i], s) + lo[i];
            double h = s + e;
            lo[i] = e - (h - s);
            hi[i] = h;
        }
    }

    private static double scaledNorm(HouseholderQr qr, double[] v) {
        double max = 0;
        for (int j = 0; j < v.length; j++) {
            max = Math.max(max, Math.abs(v[j]) * qr.columnNorm(j));
        }
        return max;
    }
}
