package org.kullback.estimators;

/**
 * The sufficient statistics of the normal family: the total weight \( W \), the weighted mean
 * \( \bar x \) and the weighted sum of squared deviations \( M_2 = \sum_i w_i (x_i - \bar x)^2 \).
 *
 * <p>Updates are Welford's, in the weighted form of West ("Updating mean and variance estimates:
 * an improved method", CACM 22, 1979): with \( W' = W + w \) and \( \delta = x - \bar x \),
 * \( \bar x' = \bar x + \delta w/W' \) and \( M_2' = M_2 + w\,\delta\,(x - \bar x') \). Merging
 * is Chan, Golub &amp; LeVeque's pairwise formula ("Algorithms for computing the sample variance",
 * Am. Stat. 37, 1983): \( \delta = \bar x_B - \bar x_A \),
 * \( M_2 = M_{2A} + M_{2B} + \delta^2 W_A W_B / W \). There is no \( \sum x^2 - n\bar x^2 \)
 * anywhere, which loses every digit on data such as NIST's NumAcc4 (mean \( 10^7 \), sd 0.1).
 *
 * <p>The mean is held as a shift \( K \) (the first value accepted) plus the mean of
 * \( x - K \). For data with a large offset and a small spread, \( x - K \) is exact (Sterbenz's
 * lemma) and small, so the running mean's rounding errors are relative to the spread rather than
 * to the offset; without the shift, a Welford mean of \( 10^7 \)-sized values carries errors of
 * \( 10^{-9} \) that leave only 8 correct digits in the sd of NumAcc4.
 */
public final class NormalStatistics implements SufficientStatistics<NormalStatistics> {

    /** Values per block of {@link #of(double[])}: 16 KiB, so the second pass reads from L1. */
    private static final int BLOCK = 2048;

    private long count;
    private double weight;
    private double shift;
    private double shiftedMean;
    private double sumSquaredDeviations;

    /** Empty statistics. */
    public NormalStatistics() {
    }

    /** Statistics already reduced elsewhere (the blocked array pass of the estimator). */
    private NormalStatistics(long count, double shift, double shiftedMean,
            double sumSquaredDeviations) {
        this.count = count;
        this.weight = count;
        this.shift = shift;
        this.shiftedMean = shiftedMean;
        this.sumSquaredDeviations = sumSquaredDeviations;
    }

    /**
     * The statistics of an array, computed in blocks of 2048 values with the corrected two-pass
     * algorithm per block (Chan, Golub &amp; LeVeque, eq. 1.7): pass one sums the block
     * for a provisional mean \( m \); pass two, from cache, sums \( d_i = x_i - m \) and
     * \( d_i^2 \), giving the block's mean \( m + \sum d_i / n_b \) and
     * \( M_2 = \sum d_i^2 - (\sum d_i)^2 / n_b \), which cancels the provisional mean's rounding
     * error to first order. Blocks are merged with Chan's formula, with means taken relative to
     * the first value as in {@link #accept(double)}: the difference of two block means near
     * \( 10^7 \) would otherwise carry their rounding errors of \( 10^{-9} \) into
     * \( \delta^2 \). Each pass keeps four
     * independent partial sums so that the additions pipeline; the array is read from memory
     * once. When the spread is at the level of the mean's last bits (all values equal, or nearly),
     * the Welford update of {@link #accept(double)} is used instead, which gives exactly
     * \( M_2 = 0 \) for equal values.
     *
     * @throws IllegalArgumentException if {@code x} is empty or a value is not finite (the
     *     message names its index and value)
     */
    public static NormalStatistics of(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException(
                    "x is empty: cannot fit Normal to no observations");
        }
        long count = 0;
        double shift = x[0];
        double mean = 0;
        double m2 = 0;
        for (int start = 0; start < x.length; start += BLOCK) {
            int end = Math.min(start + BLOCK, x.length);
            int length = end - start;
            double provisional = blockSum(x, start, end) / length;
            if (!Double.isFinite(provisional)) {
                requireFinite(x, start, end);
                return streamed(x);
            }
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double q0 = 0;
            double q1 = 0;
            double q2 = 0;
            double q3 = 0;
            int i = start;
            for (; i + 3 < end; i += 4) {
                double d0 = x[i] - provisional;
                double d1 = x[i + 1] - provisional;
                double d2 = x[i + 2] - provisional;
                double d3 = x[i + 3] - provisional;
                s0 += d0;
                s1 += d1;
                s2 += d2;
                s3 += d3;
                q0 += d0 * d0;
                q1 += d1 * d1;
                q2 += d2 * d2;
                q3 += d3 * d3;
            }
            for (; i < end; i++) {
                double d = x[i] - provisional;
                s0 += d;
                q0 += d * d;
            }
            double deviationSum = (s0 + s1) + (s2 + s3);
            double blockMean = (provisional - shift) + deviationSum / length;
            double blockM2 = ((q0 + q1) + (q2 + q3)) - deviationSum * (deviationSum / length);
            long total = count + length;
            double delta = blockMean - mean;
            mean += delta * ((double) length / total);
            m2 += blockM2 + delta * delta * (count * ((double) length / total));
            count = total;
        }
        if (!(m2 > count * square(8 * Math.ulp(shift + mean))) || !Double.isFinite(m2)) {
            return streamed(x);
        }
        return new NormalStatistics(count, shift, mean, m2);
    }

    private static double blockSum(double[] x, int start, int end) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = start;
        for (; i + 3 < end; i += 4) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
        }
        for (; i < end; i++) {
            s0 += x[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static void requireFinite(double[] x, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("x[" + i + "] must be finite, got " + x[i]);
            }
        }
    }

    private static NormalStatistics streamed(double[] x) {
        NormalStatistics statistics = new NormalStatistics();
        for (double value : x) {
            statistics.accept(value);
        }
        return statistics;
    }

    private static double square(double value) {
        return value * value;
    }

    @Override
    public void accept(double x) {
        SampleChecks.finiteValue(x);
        if (count == 0) {
            shift = x;
        }
        count++;
        weight += 1;
        double y = x - shift;
        double delta = y - shiftedMean;
        shiftedMean += delta / weight;
        sumSquaredDeviations += delta * (y - shiftedMean);
    }

    @Override
    public void accept(double x, double w) {
        SampleChecks.finiteValue(x);
        if (SampleChecks.weight(w) == 0) {
            return;
        }
        if (count == 0) {
            shift = x;
        }
        count++;
        weight += w;
        double y = x - shift;
        double delta = y - shiftedMean;
        shiftedMean += delta * (w / weight);
        sumSquaredDeviations += w * delta * (y - shiftedMean);
    }

    @Override
    public NormalStatistics combine(NormalStatistics other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            count = other.count;
            weight = other.weight;
            shift = other.shift;
            shiftedMean = other.shiftedMean;
            sumSquaredDeviations = other.sumSquaredDeviations;
            return this;
        }
        double otherShiftedMean = (other.shift - shift) + other.shiftedMean;
        double delta = otherShiftedMean - shiftedMean;
        double total = weight + other.weight;
        shiftedMean += delta * (other.weight / total);
        sumSquaredDeviations += other.sumSquaredDeviations
                + delta * delta * (weight * (other.weight / total));
        count += other.count;
        weight = total;
        return this;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public double totalWeight() {
        return weight;
    }

    /** The weighted mean \( \bar x = \sum_i w_i x_i / W \); NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : shift + shiftedMean;
    }

    /** \( M_2 = \sum_i w_i (x_i - \bar x)^2 \). */
    public double sumSquaredDeviations() {
        return sumSquaredDeviations;
    }

    /** The maximum-likelihood variance \( M_2 / W \) (denominator \( W \)); NaN when empty. */
    public double variance() {
        return count == 0 ? Double.NaN : sumSquaredDeviations / weight;
    }

    /**
     * The unbiased sample variance \( M_2 / (W - 1) \) (Bessel's correction, with frequency
     * weights); NaN unless \( W &gt; 1 \).
     */
    public double sampleVariance() {
        return weight > 1 ? sumSquaredDeviations / (weight - 1) : Double.NaN;
    }

    /** \( \sqrt{M_2/(W-1)} \), the usual "sample standard deviation"; NaN unless \( W &gt; 1 \). */
    public double sampleStandardDeviation() {
        return Math.sqrt(sampleVariance());
    }
}
