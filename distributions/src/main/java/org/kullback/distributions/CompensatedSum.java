package org.kullback.distributions;

/**
 * A running sum kept as an unevaluated pair {@code hi + lo}: each addition's rounding error is
 * recovered exactly by Knuth's TwoSum (TAOCP vol. 2, §4.2.2, Theorem B) and accumulated in
 * {@code lo}, so the sum is as accurate as if computed in twice the precision. Mutable; used for
 * entropies and divergences that are sums over a support.
 */
final class CompensatedSum {
    private double hi;
    private double lo;

    void add(double x) {
        double sum = hi + x;
        lo += twoSumError(hi, x, sum);
        hi = sum;
    }

    double hi() {
        return hi;
    }

    double lo() {
        return lo;
    }

    double value() {
        return hi + lo;
    }

    /** The exact rounding error of {@code sum = a + b} (Knuth's TwoSum). */
    static double twoSumError(double a, double b, double sum) {
        double virtual = sum - a;
        return (a - (sum - virtual)) + (b - virtual);
    }
}
