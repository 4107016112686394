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
     * \( \sum w_i y_i^2 \); both summed in double-double (\( \bar y_w \) too), so that \( R^2 \)
     * near 1 keeps its digits.
     */
    double totalSumOfSquares(boolean centred) {
        double meanHi = 0;
        double meanLo = 0;
        if (centred) {
            DoubleDouble sumW = DoubleDouble.ZERO;
            DoubleDouble sumWy = DoubleDouble.ZERO;
            for (int i = 0; i < y.length; i++) {
                double wi = w == null ? 1 : w[i];
                sumW = sumW.add(wi);
                sumWy = sumWy.add(DoubleDouble.product(wi, y[i]));
            }
            DoubleDouble mean = sumWy.divide(sumW);
            meanHi = mean.hi();
            meanLo = mean.lo();
        }
        double hi = 0;
        double lo = 0;
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - meanHi;
            double dl = DoubleDouble.twoSumError(y[i], -meanHi, d) - meanLo;
            double wi = w == null ? 1 : w[i];
            double dw = d * wi;
            double dwLo = Math.fma(d, wi, -dw);
            double p = dw * d;
            double pe = Math.fma(dw, d, -p) + dwLo * d + 2 * dw * dl;
            double s = hi + p;
            lo += DoubleDouble.twoSumError(hi, p, s) + pe;
            hi = s;
        }
        return hi + lo;
    }

    /**
     * The unweighted residuals \( y_i - x_i^T\beta \) for every input row: from the refined
     * (weighted) residuals for rows that entered the fit, from the coefficients for rows of zero
     * weight.
     */
    double[] unweightedResiduals(RefinedLeastSquares.Solution solution,
            Function<double[], double[]> basis, double[] basisCoefficients) {
        double[] rHi = solution.rHi();
        double[] rLo = solution.rLo();
        double[] residuals = new double[allY.length];
        if (weights == null) {
            for (int i = 0; i < residuals.length; i++) {
                residuals[i] = rHi[i] + rLo[i];
            }
            return residuals;
        }
        boolean[] fitted = new boolean[allY.length];
        for (int k = 0; k < index.length; k++) {
            residuals[index[k]] = (rHi[k] + rLo[k]) / sqrtWeights[k];
            fitted[index[k]] = true;
        }
        for (int i = 0; i < residuals.length; i++) {
            if (!fitted[i]) {
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
