package org.kullback.estimators;

/**
 * A running sum with Neumaier's compensation ("Rundungsfehleranalyse einiger Verfahren zur
 * Summation endlicher Summen", ZAMM 54, 1974): the rounding error of each addition is recovered
 * exactly and accumulated separately, so the error of the sum does not grow with the number of
 * terms. Mutable; used by the accumulators for the sums that are not centred (\( \sum w x \) of
 * positive data, \( \sum w \log x \)).
 */
final class CompensatedSum {
    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }

    void add(CompensatedSum other) {
        add(other.sum);
        compensation += other.compensation;
    }

    double value() {
        return sum + compensation;
    }
}
