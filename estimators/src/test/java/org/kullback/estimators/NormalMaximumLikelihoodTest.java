package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.Normal;

class NormalMaximumLikelihoodTest {

    private static final MathContext DIGITS_40 = new MathContext(40);

    /** Mean and MLE variance in 40-digit decimal arithmetic, independent of the code under test. */
    private static double[] exactMeanAndVariance(double[] x, double[] w) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            total = total.add(new BigDecimal(w[i]));
            sum = sum.add(new BigDecimal(w[i]).multiply(new BigDecimal(x[i])));
        }
        BigDecimal mean = sum.divide(total, DIGITS_40);
        BigDecimal squares = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            BigDecimal d = new BigDecimal(x[i]).subtract(mean);
            squares = squares.add(new BigDecimal(w[i]).multiply(d).multiply(d));
        }
        return new double[] {mean.doubleValue(), squares.divide(total, DIGITS_40).doubleValue()};
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }

    @Test
    void arrayFitMatchesDecimalArithmeticToLastBits() {
        SplittableRandom rng = new SplittableRandom(1);
        double[] x = new double[10_007];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e6 + 3 * rng.nextGaussian();
        }
        double[] exact = exactMeanAndVariance(x, ones(x.length));
        Fit<Normal> fit = NormalMaximumLikelihood.INSTANCE.fit(x);
        assertThat(fit.distribution().mean()).isCloseTo(exact[0], within(1e-15 * exact[0]));
        assertThat(fit.distribution().sd()).isCloseTo(Math.sqrt(exact[1]),
                within(1e-14 * Math.sqrt(exact[1])));
    }

    @Test
    void sortedAndDriftingDataKeepTheirDigits() {
        // Sorted data: each block's spread is tiny next to its distance from the running mean,
        // so every block takes the re-centring second pass.
        double[] sorted = new SplittableRandom(5).doubles(20_000, 0, 1).map(v -> 1e7 + v).sorted()
                .toArray();
        double[] drifting = new double[20_000];
        SplittableRandom rng = new SplittableRandom(6);
        for (int i = 0; i < drifting.length; i++) {
            drifting[i] = 1e5 + 1e-3 * i + 0.01 * rng.nextGaussian();
        }
        for (double[] x : new double[][] {sorted, drifting}) {
            double[] exact = exactMeanAndVariance(x, ones(x.length));
            NormalStatistics blocked = NormalStatistics.of(x);
            NormalStatistics streamed = new NormalStatistics();
            Arrays.stream(x).forEach(streamed);
            for (NormalStatistics s : new NormalStatistics[] {blocked, streamed}) {
                assertThat(s.mean()).isCloseTo(exact[0], within(2e-16 * exact[0]));
                assertThat(s.variance()).isCloseTo(exact[1], within(1e-14 * exact[1]));
            }
        }
    }

    @Test
    void weightedFitEqualsFitOfRepeatedValues() {
        double[] x = {1.5, -2.25, 7, 3.125};
        double[] w = {2, 0, 3, 1};
        double[] repeated = {1.5, 1.5, 7, 7, 7, 3.125};
        Fit<Normal> weighted = NormalMaximumLikelihood.INSTANCE.fit(x, w);
        Fit<Normal> plain = NormalMaximumLikelihood.INSTANCE.fit(repeated);
        double[] exact = exactMeanAndVariance(x, w);
        assertThat(weighted.distribution().mean()).isCloseTo(exact[0], within(1e-15 * 5));
        assertThat(weighted.distribution().variance())
                .isCloseTo(exact[1], within(1e-14 * exact[1]));
        assertThat(weighted.logLikelihood()).isCloseTo(plain.logLikelihood(), within(1e-12));
        assertThat(weighted.n()).isEqualTo(3);
        assertThat(weighted.totalWeight()).isEqualTo(6);
    }

    @Test
    void diagnosticsFollowTheClosedForms() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
        Fit<Normal> fit = NormalMaximumLikelihood.INSTANCE.fit(x);
        // mean 5, MLE variance 4: sd 2.
        assertThat(fit.estimates()).containsExactly(5, 2);
        double logLikelihood = 0;
        for (double v : x) {
            logLikelihood += Normal.of(5, 2).logDensity(v);
        }
        assertThat(fit.logLikelihood()).isCloseTo(logLikelihood, within(1e-13));
        assertThat(fit.standardErrors()[0]).isCloseTo(2 / Math.sqrt(8), within(1e-15));
        assertThat(fit.standardErrors()[1]).isCloseTo(2 / Math.sqrt(16), within(1e-15));
        assertThat(fit.covariance()[0][1]).isZero();
        assertThat(fit.aic()).isCloseTo(4 - 2 * logLikelihood, within(1e-12));
        assertThat(fit.bic()).isCloseTo(2 * Math.log(8) - 2 * logLikelihood, within(1e-12));
        assertThat(fit.information()).isEqualTo(Information.EXPECTED);
        assertThat(fit.method()).isEqualTo("closed form");
        assertThat(fit.converged()).isTrue();
        assertThat(fit.message()).isEmpty();
        assertThat(fit.parameterNames()).containsExactly("mean", "sd");
    }

    @Test
    void unbiasedVarianceUsesDenominatorNMinusOne() {
        NormalStatistics s = new NormalStatistics();
        DoubleStream.of(2, 4, 4, 4, 5, 5, 7, 9).forEach(s);
        assertThat(s.variance()).isEqualTo(4);
        assertThat(s.sampleVariance()).isCloseTo(32.0 / 7, within(1e-15));
    }

    @Test
    void streamingAccumulatorAndArrayPathAgree() {
        double[] x = new SplittableRandom(2).doubles(5000, -1, 1).map(v -> 1e7 + v).toArray();
        NormalStatistics streamed = new NormalStatistics();
        for (double v : x) {
            streamed.accept(v);
        }
        NormalStatistics blocked = NormalStatistics.of(x);
        double[] exact = exactMeanAndVariance(x, ones(x.length));
        assertThat(streamed.mean()).isCloseTo(exact[0], within(2e-16 * exact[0]));
        assertThat(blocked.mean()).isCloseTo(exact[0], within(2e-16 * exact[0]));
        assertThat(streamed.variance()).isCloseTo(exact[1], within(1e-14 * exact[1]));
        assertThat(blocked.variance()).isCloseTo(exact[1], within(1e-14 * exact[1]));
    }

    @Test
    void combiningPartialStatisticsEqualsOnePass() {
        double[] x = new SplittableRandom(3).doubles(1000, 0, 10).toArray();
        NormalStatistics whole = new NormalStatistics();
        NormalStatistics left = new NormalStatistics();
        NormalStatistics right = new NormalStatistics();
        for (int i = 0; i < x.length; i++) {
            whole.accept(x[i], 1 + i % 3);
            (i < 377 ? left : right).accept(x[i], 1 + i % 3);
        }
        left.combine(right).combine(new NormalStatistics());
        assertThat(left.count()).isEqualTo(1000);
        assertThat(left.totalWeight()).isEqualTo(whole.totalWeight());
        assertThat(left.mean()).isCloseTo(whole.mean(), within(1e-15 * 5));
        assertThat(left.variance()).isCloseTo(whole.variance(), within(1e-14 * whole.variance()));
        NormalStatistics empty = new NormalStatistics().combine(whole);
        assertThat(empty.mean()).isEqualTo(whole.mean());
    }

    @Test
    void parallelStreamCollectMatchesSequentialFit() {
        double[] x = new SplittableRandom(4).doubles(200_000, -5, 5).toArray();
        NormalStatistics parallel = Arrays.stream(x).parallel()
                .collect(NormalStatistics::new, NormalStatistics::accept,
                        NormalStatistics::combine);
        double[] exact = exactMeanAndVariance(x, ones(x.length));
        assertThat(parallel.count()).isEqualTo(x.length);
        // The mean (about -0.005) is a sum with condition number mean|x|/|mean| of about 500, so
        // its rounding error is measured against the data's scale 5: 2e-14 is 4e-15 of it.
        assertThat(parallel.mean()).isCloseTo(exact[0], within(2e-14));
        assertThat(parallel.variance()).isCloseTo(exact[1], within(1e-14 * exact[1]));
    }

    @Test
    void allEqualValuesAreRejectedWithTheDegenerateSd() {
        double[] x = new double[17];
        Arrays.fill(x, 3.0);
        assertThatThrownBy(() -> NormalMaximumLikelihood.INSTANCE.fit(x))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("all 17 observations equal 3.0: the maximum-likelihood sd is 0, "
                        + "which is not a Normal distribution");
        double[] tenths = new double[5000];
        Arrays.fill(tenths, 0.1);
        assertThatThrownBy(() -> NormalMaximumLikelihood.INSTANCE.fit(tenths))
                .hasMessageStartingWith("all 5000 observations equal 0.1:");
    }

    @Test
    void badInputIsNamedByIndexAndValue() {
        NormalMaximumLikelihood normal = NormalMaximumLikelihood.INSTANCE;
        assertThatThrownBy(() -> normal.fit(new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x is empty: cannot fit Normal to no observations");
        assertThatThrownBy(() -> normal.fit(new double[] {1, 2, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x[2] must be finite, got NaN");
        double[] big = new double[5000];
        big[4321] = Double.NEGATIVE_INFINITY;
        assertThatThrownBy(() -> normal.fit(big))
                .hasMessage("x[4321] must be finite, got -Infinity");
        assertThatThrownBy(() -> normal.fit(new double[] {1, Double.POSITIVE_INFINITY},
                new double[] {1, 1}))
                .hasMessage("x[1] must be finite, got Infinity");
        assertThatThrownBy(() -> normal.fit(new double[] {4}))
                .hasMessage("Normal needs at least 2 observations with positive weight, got 1");
        assertThatThrownBy(() -> normal.fit(new double[] {1, 2}, new double[] {1}))
                .hasMessage("weights has length 1 but the sample has length 2");
        assertThatThrownBy(() -> normal.fit(new double[] {1, 2, 3}, new double[] {1, -1, 1}))
                .hasMessage("weights[1] must be finite and non-negative, got -1.0");
        assertThatThrownBy(() -> normal.fit(new double[] {1, 2, 3},
                new double[] {1, 1, Double.NaN}))
                .hasMessage("weights[2] must be finite and non-negative, got NaN");
        assertThatThrownBy(() -> normal.fit(new double[] {1, 2}, new double[] {0, 0}))
                .hasMessage("weights are all zero: there is no observation to fit");
        NormalStatistics streaming = new NormalStatistics();
        assertThatThrownBy(() -> streaming.accept(Double.NaN))
                .hasMessage("x must be finite, got NaN");
        assertThatThrownBy(() -> streaming.accept(1, Double.POSITIVE_INFINITY))
                .hasMessage("weight must be finite and non-negative, got Infinity");
    }
}
