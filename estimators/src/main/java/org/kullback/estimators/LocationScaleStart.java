package org.kullback.estimators;

import java.util.Arrays;

/**
 * Robust and moment summaries of a sample used to start the location–scale solvers: median,
 * quartiles, mean and standard deviation (two-pass), after the checks every location–scale fit
 * shares (at least 2 observations, not all equal).
 *
 * @param median the weighted median
 * @param lowerQuartile the weighted 0.25-quantile
 * @param upperQuartile the weighted 0.75-quantile
 * @param mean the weighted mean
 * @param standardDeviation the weighted standard deviation (denominator W)
 */
record LocationScaleStart(double median, double lowerQuartile, double upperQuartile, double mean,
        double standardDeviation) {

    /**
     * The summaries of {@code sample}.
     *
     * @throws IllegalArgumentException if fewer than 2 observations have positive weight, or all
     *     are equal (the maximum-likelihood scale is 0)
     */
    static LocationScaleStart of(String family, WeightedSample sample) {
        final long n = sample.count();
        SampleChecks.requireObservations(family, n, 2);
        final double min = sample.min();
        if (min == sample.max()) {
            throw SampleChecks.allEqual(family, n, min, "scale is 0");
        }
        final double w = sample.totalWeight();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += sample.weight(i) * sample.value(i);
        }
        final double mean = sum / w;
        // squared deviations in units of the largest one, so they neither underflow (data of
        // scale 1e-200) nor overflow (1e200)
        double largest = 0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, Math.abs(sample.value(i) - mean));
        }
        double squares = 0;
        for (int i = 0; i < n; i++) {
            final double d = (sample.value(i) - mean) / largest;
            squares += sample.weight(i) * d * d;
        }
        final double[] sorted = sample.values();
        final double[] sortedWeights = sample.weights();
        if (sample.hasUnitWeights()) {
            // all weights are 1, so the library sort (dual-pivot quicksort) of the values alone
            // does; it is several times faster than the merge sort of values with weights
            Arrays.sort(sorted);
        } else {
            WeightedSample.sortByValue(sorted, sortedWeights);
        }
        return new LocationScaleStart(quantile(sorted, sortedWeights, w, 0.5),
                quantile(sorted, sortedWeights, w, 0.25), quantile(sorted, sortedWeights, w, 0.75),
                mean, largest * Math.sqrt(squares / w));
    }

    /**
     * The weighted p-quantile of sorted values, with the convention of
     * {@link WeightedSample#quantile(double)} (the midpoint with the next value when the
     * cumulative weight equals \( pW \) exactly); one sort serves all three quantiles.
     */
    private static double quantile(double[] sorted, double[] weights, double total, double p) {
        final double target = p * total;
        double cumulative = 0;
        for (int j = 0; j < sorted.length; j++) {
            cumulative += weights[j];
            if (cumulative == target && j + 1 < sorted.length) {
                return sorted[j] + (sorted[j + 1] - sorted[j]) / 2;
            }
            if (cumulative >= target) {
                return sorted[j];
            }
        }
        return sorted[sorted.length - 1];
    }

    /** Upper minus lower quartile. */
    double interquartileRange() {
        return upperQuartile - lowerQuartile;
    }
}
