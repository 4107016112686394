package org.kullback.estimators;

/**
 * The sufficient statistics of the normal family: the total weight \( W \), the weighted mean
 * \( \bar x \) and the weighted sum of squared deviations \( M_2 = \sum_i w_i (x_i - \bar x)^2 \).
 *
 * <p>There is no \( \sum x^2 - n\bar x^2 \) anywhere (it loses every digit on data such as NIST's
 * NumAcc4, mean \( 10^7 \), sd 0.1). Values of weight 1 are buffered, 512 at a time, and each
 * full buffer is reduced like an array block by {@link #of(double[])}, with the corrected
 * formula of Chan, Golub &amp; LeVeque ("Algorithms for computing the sample variance", Am. Stat.
 * 37, 1983, eq. 1.7): for a centre \( m \) and \( d_i = x_i - m \), the block's mean is
 * \( m + \sum d_i/n_b \) and \( M_2 = \sum d_i^2 - (\sum d_i)^2/n_b \), exact for any
 * \( m \) and accurate when \( m \) is near the block's mean: the correction term cancels the
 * centre's offset to first order. The centre is the running mean, and the block is re-centred
 * on its own mean (a second pass, from cache) only when that would lose more than one bit.
 * The sums use four independent accumulators each so that the additions pipeline. Blocks, and
 * other accumulators, are merged with Chan's pairwise formula: \( \delta = \bar x_B - \bar x_A \),
 * \( M_2 = M_{2A} + M_{2B} + \delta^2 W_A W_B / W \). Weighted values are added one at a time by
 * West's weighted Welford update ("Updating mean and variance estimates: an improved method",
 * CACM 22, 1979): with \( W' = W + w \) and \( \delta = x - \bar x \),
 * \( \bar x' = \bar x + \delta w/W' \), \( M_2' = M_2 + w\,\delta\,(x - \bar x') \).
 *
 * <p>The mean is held as a shift \( K \) (the first value accepted) plus the mean of
 * \( x - K \). For data with a large offset and a small spread, \( x - K \) is exact (Sterbenz's
 * lemma) and small, so rounding errors of the running mean are relative to the spread, not to the
 * offset: two block means near \( 10^7 \) differ by a \( \delta \) whose own rounding error of
 * \( 10^{-9} \) would otherwise enter \( \delta^2 \). A block whose spread is at the level of its
 * mean's last bits (all values equal, or nearly) is added by the Welford update instead, which
 * gives exactly \( M_2 = 0 \) for equal values.
 *
 * <p>Mutable and not thread-safe; reading a statistic reduces the buffer first.
 */
public final class NormalStatistics implements SufficientStatistics<NormalStatistics> {

    /** Values per block of {@link #of(double[])}: 16 KiB, so the second pass reads from L1. */
    private static final int ARRAY_BLOCK = 2048;
    /** Values buffered by {@link #accept(double)} before they are reduced as a block. */
    private static final int BUFFER = 512;

    private long count;
    private double weight;
    private double shift;
    private double shiftedMean;
    private double sumSquaredDeviations;
    private double[] buffer;
    private int buffered;

    /** Empty statistics. */
    public NormalStatistics() {
    }

    /**
     * The statistics of an array, reduced in blocks of 2048 values (see the class comment): the
     * array is read from memory once; a second pass over a block, when needed, reads from L1.
     *
     * @throws IllegalArgumentException if {@code x} is empty or a value is not finite (the
     *     message names its index and value)
     */
    public static NormalStatistics of(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException(
                    "x is empty: cannot fit Normal to no observations");
        }
        NormalStatistics statistics = new NormalStatistics();
        for (int start = 0; start < x.length; start += ARRAY_BLOCK) {
            statistics.addBlock(x, start, Math.min(start + ARRAY_BLOCK, x.length));
        }
        return statistics;
    }

    @Override
    public void accept(double x) {
        SampleChecks.finiteValue(x);
        if (buffer == null) {
            buffer = new double[BUFFER];
        }
        buffer[buffered++] = x;
        if (buffered == BUFFER) {
            reduceBuffer();
        }
    }

    @Override
    public void accept(double x, double w) {
        SampleChecks.finiteValue(x);
        if (SampleChecks.weight(w) == 0) {
            return;
        }
        update(x, w);
    }

    @Override
    public NormalStatistics combine(NormalStatistics other) {
        other.reduceBuffer();
        reduceBuffer();
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            shift = other.shift;
        }
        merge(other.count, other.weight, (other.shift - shift) + other.shiftedMean,
                other.sumSquaredDeviations);
        return this;
    }

    @Override
    public long count() {
        return count + buffered;
    }

    @Override
    public double totalWeight() {
        return weight + buffered;
    }

    /** The weighted mean \( \bar x = \sum_i w_i x_i / W \); NaN when empty. */
    public double mean() {
        reduceBuffer();
        return count == 0 ? Double.NaN : shift + shiftedMean;
    }

    /** \( M_2 = \sum_i w_i (x_i - \bar x)^2 \). */
    public double sumSquaredDeviations() {
        reduceBuffer();
        return sumSquaredDeviations;
    }

    /** The maximum-likelihood variance \( M_2 / W \) (denominator \( W \)); NaN when empty. */
    public double variance() {
        reduceBuffer();
        return count == 0 ? Double.NaN : sumSquaredDeviations / weight;
    }

    /**
     * The unbiased sample variance \( M_2 / (W - 1) \) (Bessel's correction, with frequency
     * weights); NaN unless \( W &gt; 1 \).
     */
    public double sampleVariance() {
        reduceBuffer();
        return weight > 1 ? sumSquaredDeviations / (weight - 1) : Double.NaN;
    }

    /** \( \sqrt{M_2/(W-1)} \), the usual "sample standard deviation"; NaN unless \( W &gt; 1 \). */
    public double sampleStandardDeviation() {
        return Math.sqrt(sampleVariance());
    }

    private void reduceBuffer() {
        if (buffered > 0) {
            int length = buffered;
            buffered = 0;
            addBlock(buffer, 0, length);
        }
    }

    /** West's weighted Welford update by one value. */
    private void update(double x, double w) {
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

    /** Chan's merge of a part with the given mean relative to this accumulator's shift. */
    private void merge(long partCount, double partWeight, double partShiftedMean,
            double partSumSquaredDeviations) {
        double total = weight + partWeight;
        double delta = partShiftedMean - shiftedMean;
        shiftedMean += delta * (partWeight / total);
        sumSquaredDeviations += partSumSquaredDeviations
                + delta * delta * (weight * (partWeight / total));
        count += partCount;
        weight = total;
    }

    /**
     * Adds {@code x[start..end)}, each with weight 1. One pass centred on the running mean (the
     * block's first value for the first block) suffices when that centre is close to the block's
     * mean relative to its spread, which is the usual case (for exchangeable data the running
     * mean is within about one sd/\( \sqrt n \) of it); otherwise — sorted or drifting data, the
     * first block — the block, now in cache, is centred on its own mean by a second pass.
     */
    private void addBlock(double[] x, int start, int end) {
        double runningMean = count == 0 ? x[start] : shift + shiftedMean;
        if (addCentred(x, start, end, runningMean)) {
            return;
        }
        double blockMean = blockSum(x, start, end) / (end - start);
        if (!Double.isFinite(blockMean)) {
            requireFinite(x, start, end);
            addOneByOne(x, start, end);
            return;
        }
        if (!addCentred(x, start, end, blockMean)) {
            addOneByOne(x, start, end);
        }
    }

    /**
     * Adds the block by the corrected formula centred on {@code centre}, and returns true; or adds
     * nothing and returns false when that would lose more than one bit of \( M_2 \) (the
     * correction \( (\sum d_i)^2/n_b \) exceeds \( M_2 \), i.e. the centre is more than one
     * block sd from the block's mean), when the block's spread is at the level of the centre's
     * last bits, or when a sum is not finite.
     */
    private boolean addCentred(double[] x, int start, int end, double centre) {
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
            double d0 = x[i] - centre;
            double d1 = x[i + 1] - centre;
            double d2 = x[i + 2] - centre;
            double d3 = x[i + 3] - centre;
            s0 += d0;
            s1 += d1;
            s2 += d2;
            s3 += d3;
            q0 = Math.fma(d0, d0, q0);
            q1 = Math.fma(d1, d1, q1);
            q2 = Math.fma(d2, d2, q2);
            q3 = Math.fma(d3, d3, q3);
        }
        for (; i < end; i++) {
            double d = x[i] - centre;
            s0 += d;
            q0 = Math.fma(d, d, q0);
        }
        int length = end - start;
        double deviationSum = (s0 + s1) + (s2 + s3);
        double squareSum = (q0 + q1) + (q2 + q3);
        double correction = deviationSum * (deviationSum / length);
        double blockM2 = squareSum - correction;
        double resolution = 8 * Math.ulp(centre);
        if (!(squareSum < Double.POSITIVE_INFINITY) || !(blockM2 >= correction)
                || !(blockM2 > length * resolution * resolution)) {
            return false;
        }
        if (count == 0) {
            shift = x[start];
        }
        merge(length, length, (centre - shift) + deviationSum / length, blockM2);
        return true;
    }

    private void addOneByOne(double[] x, int start, int end) {
        for (int i = start; i < end; i++) {
            update(x[i], 1);
        }
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
}
