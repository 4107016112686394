package org.kullback.estimators.regression;

import java.util.function.Function;

/**
 * The validated rows of a regression with their weights: the rows with positive weight (the only
 * ones that enter the fit), \( \sqrt{w_i} \) for them, and the sums that do not depend on the
 * coefficients (\( \sum\log w_i \), the total sum of squares). Immutable.
 */
final class WeightedRows {

    private final double[][] allX;
    private final double[] allY;
    private final double[] weights;
    private final double[][] x;
    private final double[] y;
    private final double[] w;
    private final double[] sqrtWeights;
    private final int[] index;

    private WeightedRows(double[][] allX, double[] allY, double[] weights, double[][] x,
            double[] y, double[] w, double[] sqrtWeights, int[] index) {
        this.allX = allX;
        this.allY = allY;
        this.weights = weights;
        this.x = x;
        this.y = y;
        this.w = w;
        this.sqrtWeights = sqrtWeights;
        this.index = index;
    }

    /**
     * @throws IllegalArgumentException if weights has the wrong length or an entry that is
     *     negative, NaN or infinite
     */
    static WeightedRows of(double[][] x, double[] y, double[] weights) {
        if (weights == null) {
            return new WeightedRows(x, y, null, x, y, null, null, null);
        }
        if (weights.length != y.length) {
            throw new IllegalArgumentException("weights has " + weights.length
                    + " values but y has " + y.length);
        }
        int positive = 0;
        for (int i = 0; i < weights.length; i++) {
            double wi = weights[i];
            if (!(wi >= 0 && wi < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weights[" + i
                        + "] must be finite and non-negative, got " + wi);
            }
            if (wi > 0) {
                positive++;
            }
        }
        double[][] keptX = new double[positive][];
        double[] keptY = new double[positive];
        double[] keptW = new double[positive];
        double[] sqrt = new double[positive];
        int[] index = new int[positive];
        int k = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                keptX[k] = x[i];
                keptY[k] = y[i];
                keptW[k] = weights[i];
                sqrt[k] = Math.sqrt(weights[i]);
                index[k] = i;
                k++;
            }
        }
        return new WeightedRows(x, y, weights, keptX, keptY, keptW, sqrt, index);
    }

    double[][] x() {
        return x;
    }

    double[] y() {
        return y;
    }

    double[] sqrtWeights() {
        return sqrtWeights;
    }

    int n() {
        return y.length;
    }

    int width() {
        return allX.length == 0 ? 0 : allX[0].length;
    }

    double sumLogWeights() {
        if (w == null) {
            return 0;
        }
        double hi = 0;
        double lo = 0;
        for (double wi : w) {
            double l = Math.log(wi);
            double s = hi + l;
            lo += DoubleDouble.twoSumError(hi, l, s);
            hi = s;
        }
        return hi + lo;
    }

    /**
     * \( \sum w_i (y_i - \bar y_w)^2 \) with the weighted mean \( \bar y_w \), or the uncentred
     * \( \sum w_i y_i^2 \), in double-double ({@link TotalSumOfSquares}).
     */
    double totalSumOfSquares(boolean centred) {
        return TotalSumOfSquares.of(y, w, centred);
    }

    double[] weights() {
        return w;
    }

    /** The unweighted residuals of the fitted rows from refined residuals of the scaled problem, \( r_i = \tilde r_i/\sqrt{w_i} \). */
    double[] unscale(RefinedLeastSquares.Solution solution) {
        double[] rHi = solution.rHi();
        double[] rLo = solution.rLo();
        double[] r = new double[rHi.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = sqrtWeights == null ? rHi[i] + rLo[i] : (rHi[i] + rLo[i]) / sqrtWeights[i];
        }
        return r;
    }

    /**
     * The residuals \( y_i - x_i^T\beta \) for every input row: those of the fitted rows as
     * given, those of rows with zero weight from the coefficients (compensated dot product).
     */
    double[] residualsOfAllRows(double[] fitted, Function<double[], double[]> basis,
            double[] basisCoefficients) {
        if (weights == null || index.length == allY.length) {
            return fitted;
        }
        double[] residuals = new double[allY.length];
        boolean[] isFitted = new boolean[allY.length];
        for (int k = 0; k < index.length; k++) {
            residuals[index[k]] = fitted[k];
            isFitted[index[k]] = true;
        }
        for (int i = 0; i < residuals.length; i++) {
            if (!isFitted[i]) {
                double[] v = basis.apply(allX[i]);
                double hi = allY[i];
                double lo = 0;
                for (int j = 0; j < v.length; j++) {
                    double p = v[j] * basisCoefficients[j];
                    double s = hi - p;
                    lo += DoubleDouble.twoSumError(hi, -p, s)
                            - Math.fma(v[j], basisCoefficients[j], -p);
                    hi = s;
                }
                residuals[i] = hi + lo;
            }
        }
        return residuals;
    }
}
