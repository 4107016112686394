package org.kullback.estimators.regression;

/**
 * The coefficient-free sums of a streamed regression, mergeable: the total weight, the weighted
 * mean and centred sum of squares of y, or the uncentred \( \sum w y^2 \) for a model without
 * intercept, and \( \sum\log w \). Mutable.
 *
 * <p>Rows arrive in blocks of {@value HouseholderQr#LANES} (zero weight in unused lanes). A
 * block's own weight \( W_b \), mean \( \bar y_b \) and centred sum
 * \( S_b = \sum w (y - \bar y_b)^2 - (\sum w (y - \bar y_b))^2/W_b \) are computed by the
 * corrected two-pass algorithm, with every sum lane-wise and pairwise (see {@link HouseholderQr});
 * blocks, and whole accumulators, are merged by the pairwise formula of Chan, Golub &amp; LeVeque
 * ("Algorithms for computing the sample variance", Amer. Statist. 37 (1983) 242–247):
 * \( S = S_a + S_b + \delta^2 W_a W_b/(W_a + W_b) \), \( \delta = \bar y_b - \bar y_a \).
 * This replaces a serial per-row update (a dependent chain with a division in every row) by
 * vectorised passes over the block, with an error bound that grows like the logarithm of the
 * block size rather than the number of rows.
 */
final class MomentSums {

    private final boolean centred;
    private double totalWeight;
    private double mean;
    private double centredSquares;
    private final DoubleDouble[] sums = {DoubleDouble.ZERO, DoubleDouble.ZERO};

    MomentSums(boolean centred) {
        this.centred = centred;
    }

    /** Adds \( \log w \) of one row whose weight is not 1. */
    void acceptLogWeight(double weight) {
        sums[1] = sums[1].add(Math.log(weight));
    }

    /**
     * Adds a block of responses {@code y} with weights {@code w} ({@value HouseholderQr#LANES}
     * lanes each; unused lanes have weight 0 and response 0). {@code hi} and {@code lo} are work
     * space of the same length.
     */
    void acceptBlock(double[] y, double[] w, double[] hi, double[] lo) {
        if (!centred) {
            for (int i = 0; i < HouseholderQr.LANES; i++) {
                double wy = w[i] * y[i];
                double square = wy * y[i];
                hi[i] = square;
                lo[i] = Math.fma(wy, y[i], -square);
            }
            double high = HouseholderQr.pairwiseDoubleDouble(hi, lo);
            sums[0] = sums[0].add(DoubleDouble.sum(high, lo[0]));
            return;
        }
        double weight = HouseholderQr.laneSum(w, hi);
        if (weight == 0) {
            return;
        }
        double blockMean = HouseholderQr.laneDot(w, y, hi) / weight;
        for (int i = 0; i < HouseholderQr.LANES; i++) {
            lo[i] = y[i] - blockMean;
        }
        double residue = HouseholderQr.laneDot(w, lo, hi);
        for (int i = 0; i < HouseholderQr.LANES; i++) {
            lo[i] *= lo[i];
        }
        double squares = HouseholderQr.laneDot(w, lo, hi);
        merge(weight, blockMean + residue / weight, squares - residue * (residue / weight));
    }

    void combine(MomentSums other) {
        sums[0] = sums[0].add(other.sums[0]);
        sums[1] = sums[1].add(other.sums[1]);
        if (centred && other.totalWeight > 0) {
            merge(other.totalWeight, other.mean, other.centredSquares);
        }
    }

    private void merge(double weight, double otherMean, double otherSquares) {
        if (totalWeight == 0) {
            totalWeight = weight;
            mean = otherMean;
            centredSquares = otherSquares;
            return;
        }
        double total = totalWeight + weight;
        double delta = otherMean - mean;
        centredSquares += otherSquares + delta * delta * (totalWeight * (weight / total));
        mean += delta * (weight / total);
        totalWeight = total;
    }

    /** \( \sum w(y - \bar y_w)^2 \) with an intercept, \( \sum w y^2 \) without. */
    double totalSumOfSquares() {
        return centred ? centredSquares : sums[0].value();
    }

    double sumLogWeights() {
        return sums[1].value();
    }
}
