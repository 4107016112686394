package org.kullback.estimators.regression;

/**
 * \( \sum w_i (y_i - \bar y_w)^2 \) with the weighted mean \( \bar y_w \), or the uncentred
 * \( \sum w_i y_i^2 \); both summed in double-double (\( \bar y_w \) too), so that \( R^2 \) near
 * 1 keeps its digits. Fed in two sweeps over consecutive ranges of the rows, first the mean, then
 * the squares, so that both can ride along with passes over the rows that are made anyway. The
 * mean runs row by row in order, so it does not depend on how the rows are split; the squares
 * run either row by row ({@link #addSquares}) or, for vectorised passes over blocks of rows, lane
 * by lane ({@link #addSquaresOfLanes}). Mutable.
 */
final class TotalSumOfSquares {

    private final boolean centred;
    private double weightHi;
    private double weightLo;
    private double weightedYHi;
    private double weightedYLo;
    private double meanHi;
    private double meanLo;
    private double hi;
    private double lo;
    private double[] laneHi;
    private double[] laneLo;

    /** @param centred about the weighted mean (model with intercept) or about zero */
    TotalSumOfSquares(boolean centred) {
        this.centred = centred;
    }

    /** The total sum of squares of all of y in two sweeps; weights null for unit weights. */
    static double of(double[] y, double[] weights, boolean centred) {
        TotalSumOfSquares total = new TotalSumOfSquares(centred);
        total.addToMean(y, weights, 0, y.length);
        total.fixMean();
        total.addSquares(y, weights, 0, y.length);
        return total.value();
    }

    /** First sweep: rows {@code from..to-1} into \( \sum w \) and \( \sum w y \) (nothing if uncentred). */
    void addToMean(double[] y, double[] weights, int from, int to) {
        if (!centred) {
            return;
        }
        for (int i = from; i < to; i++) {
            double wi = weights == null ? 1 : weights[i];
            double s = weightHi + wi;
            weightLo += DoubleDouble.twoSumError(weightHi, wi, s);
            weightHi = s;
            double p = wi * y[i];
            double t = weightedYHi + p;
            weightedYLo += DoubleDouble.twoSumError(weightedYHi, p, t) + Math.fma(wi, y[i], -p);
            weightedYHi = t;
        }
    }

    /** Ends the first sweep: \( \bar y_w = \sum w y / \sum w \) in double-double. */
    void fixMean() {
        if (centred) {
            DoubleDouble mean = DoubleDouble.sum(weightedYHi, weightedYLo)
                    .divide(DoubleDouble.sum(weightHi, weightLo));
            meanHi = mean.hi();
            meanLo = mean.lo();
        }
    }

    /** Second sweep: rows {@code from..to-1} into \( \sum w (y - \bar y_w)^2 \). */
    void addSquares(double[] y, double[] weights, int from, int to) {
        for (int i = from; i < to; i++) {
            double d = y[i] - meanHi;
            double dl = DoubleDouble.twoSumError(y[i], -meanHi, d) - meanLo;
            double wi = weights == null ? 1 : weights[i];
            double dw = d * wi;
            double dwLo = Math.fma(d, wi, -dw);
            double p = dw * d;
            double pe = Math.fma(dw, d, -p) + dwLo * d + 2 * dw * dl;
            double s = hi + p;
            lo += DoubleDouble.twoSumError(hi, p, s) + pe;
            hi = s;
        }
    }

    /**
     * Second sweep, lane by lane: lanes {@code 0..m-1} of {@code yLanes} with weights
     * {@code wLanes} into one double-double sum per lane (the loop has no reduction, so it
     * vectorises); every call must pass lanes of the same length.
     */
    void addSquaresOfLanes(double[] yLanes, double[] wLanes, int m) {
        if (laneHi == null) {
            laneHi = new double[yLanes.length];
            laneLo = new double[yLanes.length];
        }
        double mh = meanHi;
        double ml = meanLo;
        for (int i = 0; i < m; i++) {
            double d = yLanes[i] - mh;
            double dl = DoubleDouble.twoSumError(yLanes[i], -mh, d) - ml;
            double wi = wLanes[i];
            double dw = d * wi;
            double dwLo = Math.fma(d, wi, -dw);
            double p = dw * d;
            double pe = Math.fma(dw, d, -p) + dwLo * d + 2 * dw * dl;
            double s = laneHi[i] + p;
            laneLo[i] += DoubleDouble.twoSumError(laneHi[i], p, s) + pe;
            laneHi[i] = s;
        }
    }

    /** The sum after the second sweep. */
    double value() {
        if (laneHi == null) {
            return hi + lo;
        }
        DoubleDouble sum = DoubleDouble.sum(hi, lo);
        for (int i = 0; i < laneHi.length; i++) {
            sum = sum.add(DoubleDouble.sum(laneHi[i], laneLo[i]));
        }
        return sum.value();
    }
}
