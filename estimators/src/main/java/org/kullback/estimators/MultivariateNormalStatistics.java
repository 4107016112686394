package org.kullback.estimators;

import java.util.function.Consumer;

/**
 * The sufficient statistics of the multivariate normal family, accumulated from rows
 * \( x_i \in \mathbb{R}^d \): the count, the total weight \( W \), the weighted mean
 * \( \bar x \) and the comoment matrix \( C = \sum_i w_i (x_i - \bar x)(x_i - \bar x)^\top \).
 *
 * <p>The multivariate form of {@link NormalStatistics}: West's weighted Welford update
 * \( \bar x' = \bar x + \delta w/W' \), \( C' = C + w(1 - w/W')\,\delta\delta^\top \) with
 * \( \delta = x - \bar x \), and Chan's merge \( C = C_A + C_B + \delta\delta^\top W_A W_B/W \),
 * with means held relative to the first row (see {@link NormalStatistics} for why). Only the upper
 * triangle is updated. Mutable and not thread-safe; merge per-thread accumulators with
 * {@link #combine}, for example {@code rows.parallel().collect(() -> new
 * MultivariateNormalStatistics(d), MultivariateNormalStatistics::accept,
 * MultivariateNormalStatistics::combine)}.
 */
public final class MultivariateNormalStatistics implements Consumer<double[]> {

    private final int dimension;
    private long count;
    private double weight;
    private final double[] shift;
    private final double[] shiftedMean;
    private final double[][] comoment;
    private final double[] delta;

    /**
     * Empty statistics of rows of length {@code dimension}.
     *
     * @throws IllegalArgumentException if {@code dimension} is not positive
     */
    public MultivariateNormalStatistics(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException(
                    "dimension must be a positive integer, got " + dimension);
        }
        this.dimension = dimension;
        this.shift = new double[dimension];
        this.shiftedMean = new double[dimension];
        this.comoment = new double[dimension][dimension];
        this.delta = new double[dimension];
    }

    /**
     * Adds a row with weight 1.
     *
     * @throws IllegalArgumentException if the row's length is not the dimension or an entry is
     *     not finite
     */
    @Override
    public void accept(double[] row) {
        accept(row, 1);
    }

    /**
     * Adds a row with a frequency weight.
     *
     * @throws IllegalArgumentException if the row's length is not the dimension, an entry is not
     *     finite, or the weight is negative, NaN or infinite
     */
    public void accept(double[] row, double w) {
        checkRow(row);
        if (SampleChecks.weight(w) == 0) {
            return;
        }
        if (count == 0) {
            System.arraycopy(row, 0, shift, 0, dimension);
        }
        count++;
        weight += w;
        double fraction = w / weight;
        for (int j = 0; j < dimension; j++) {
            delta[j] = (row[j] - shift[j]) - shiftedMean[j];
            shiftedMean[j] += delta[j] * fraction;
        }
        double scale = w * (1 - fraction);
        for (int i = 0; i < dimension; i++) {
            double scaled = scale * delta[i];
            double[] comomentRow = comoment[i];
            for (int j = i; j < dimension; j++) {
                comomentRow[j] += scaled * delta[j];
            }
        }
    }

    /**
     * Merges {@code other} into this and returns this.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    public MultivariateNormalStatistics combine(MultivariateNormalStatistics other) {
        if (other.dimension != dimension) {
            throw new IllegalArgumentException("cannot merge statistics of dimension "
                    + other.dimension + " into statistics of dimension " + dimension);
        }
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            System.arraycopy(other.shift, 0, shift, 0, dimension);
        }
        double total = weight + other.weight;
        double fraction = other.weight / total;
        for (int j = 0; j < dimension; j++) {
            delta[j] = ((other.shift[j] - shift[j]) + other.shiftedMean[j]) - shiftedMean[j];
            shiftedMean[j] += delta[j] * fraction;
        }
        double scale = weight * fraction;
        for (int i = 0; i < dimension; i++) {
            for (int j = i; j < dimension; j++) {
                comoment[i][j] += other.comoment[i][j] + scale * delta[i] * delta[j];
            }
        }
        count += other.count;
        weight = total;
        return this;
    }

    private void checkRow(double[] row) {
        if (row.length != dimension) {
            throw new IllegalArgumentException(
                    "row has length " + row.length + ", expected the dimension " + dimension);
        }
        for (int j = 0; j < dimension; j++) {
            if (!Double.isFinite(row[j])) {
                throw new IllegalArgumentException(
                        "row[" + j + "] must be finite, got " + row[j]);
            }
        }
    }

    /** The dimension \( d \). */
    public int dimension() {
        return dimension;
    }

    /** The number of rows with positive weight. */
    public long count() {
        return count;
    }

    /** \( W = \sum_i w_i \). */
    public double totalWeight() {
        return weight;
    }

    /** The weighted mean \( \bar x \). */
    public double[] mean() {
        double[] mean = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            mean[j] = count == 0 ? Double.NaN : shift[j] + shiftedMean[j];
        }
        return mean;
    }

    /** The comoment matrix \( C \), symmetric. */
    public double[][] comoment() {
        double[][] full = new double[dimension][dimension];
        for (int i = 0; i < dimension; i++) {
            for (int j = i; j < dimension; j++) {
                full[i][j] = comoment[i][j];
                full[j][i] = comoment[i][j];
            }
        }
        return full;
    }

    /** The maximum-likelihood covariance \( C/W \). */
    public double[][] covariance() {
        return scaledComoment(1 / weight);
    }

    /** The unbiased sample covariance \( C/(W - 1) \) (frequency weights). */
    public double[][] sampleCovariance() {
        return scaledComoment(1 / (weight - 1));
    }

    private double[][] scaledComoment(double factor) {
        double[][] scaled = comoment();
        for (double[] row : scaled) {
            for (int j = 0; j < dimension; j++) {
                row[j] *= factor;
            }
        }
        return scaled;
    }
}
