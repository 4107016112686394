package org.kullback.estimators.regression;

/**
 * The coefficient-free sums of a streamed regression, mergeable: the total weight, the weighted
 * mean and centred sum of squares of y (West's weighted update, Comm. ACM 22 (1979) 532–535;
 * merged by the pairwise formula of Chan, Golub &amp; LeVeque, 1979), or the uncentred
 * \( \sum w y^2 \) for a model without intercept, and \( \sum\log w \). Mutable.
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

    void accept(double y, double weight) {
        if (weight != 1) {
            sums[1] = sums[1].add(Math.log(weight));
        }
        if (centred) {
            totalWeight += weight;
            double delta = y - mean;
            mean += delta * (weight / totalWeight);
            centredSquares += weight * delta * (y - mean);
        } else {
            sums[0] = sums[0].add(DoubleDouble.product(weight * y, y));
        }
    }

    void combine(MomentSums other) {
        sums[0] = sums[0].add(other.sums[0]);
        sums[1] = sums[1].add(other.sums[1]);
        if (centred && other.totalWeight > 0) {
            double total = totalWeight + other.totalWeight;
            double delta = other.mean - mean;
            centredSquares += other.centredSquares
                    + delta * delta * (totalWeight * (other.totalWeight / total));
            mean += delta * (other.totalWeight / total);
            totalWeight = total;
        }
    }

    /** \( \sum w(y - \bar y_w)^2 \) with an intercept, \( \sum w y^2 \) without. */
    double totalSumOfSquares() {
        return centred ? centredSquares : sums[0].value();
    }

    double sumLogWeights() {
        return sums[1].value();
    }
}
