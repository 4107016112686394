package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accumulator laws every family's statistics obey: merging partial statistics gives the
 * one-pass fit, in any split and order, with weights; a parallel-stream collect gives it too; a
 * zero weight removes a value.
 */
class AccumulatorLawsTest {

    static java.util.List<FamilyCases.Case> cases() {
        return FamilyCases.all();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Fit<?> fitByParts(MaximumLikelihood estimator, double[] x, double[] w,
            int... cuts) {
        SufficientStatistics total = estimator.newStatistics();
        int start = 0;
        for (int part = 0; part <= cuts.length; part++) {
            int end = part < cuts.length ? cuts[part] : x.length;
            SufficientStatistics piece = estimator.newStatistics();
            for (int i = start; i < end; i++) {
                piece.accept(x[i], w[i]);
            }
            total.combine(piece);
            start = end;
        }
        total.combine(estimator.newStatistics());
        return estimator.fit(total);
    }

    private static void assertSameFit(Fit<?> actual, Fit<?> expected) {
        assertSameFit(actual, expected, 2e-15);
    }

    /**
     * The two fits agree to {@code tolerance} relative to max(1, |estimate|): merged and one-pass
     * accumulations round differently, by about \( \sqrt n\,\epsilon \) for a running mean.
     */
    private static void assertSameFit(Fit<?> actual, Fit<?> expected, double tolerance) {
        assertThat(actual.n()).isEqualTo(expected.n());
        assertThat(actual.totalWeight()).isCloseTo(expected.totalWeight(), within(1e-12));
        double[] a = actual.estimates();
        double[] e = expected.estimates();
        for (int i = 0; i < e.length; i++) {
            assertThat(a[i]).isCloseTo(e[i], within(tolerance * Math.max(1, Math.abs(e[i]))));
        }
        assertThat(actual.logLikelihood()).isCloseTo(expected.logLikelihood(),
                within(1e-13 * Math.abs(expected.logLikelihood())));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void combiningPartialStatisticsEqualsTheOnePassFit(FamilyCases.Case c) {
        SplittableRandom rng = new SplittableRandom(11);
        double[] x = c.truth().sample(rng, 3001);
        double[] w = rng.doubles(x.length, 0, 3).map(Math::floor).toArray();
        Fit<?> onePass = c.estimator().fit(x, w);
        assertSameFit(fitByParts(c.estimator(), x, w, 1000, 1001, 2500), onePass);
        assertSameFit(fitByParts(c.estimator(), x, w, 0, 3000), onePass);
    }

    @ParameterizedTest
    @MethodSource("cases")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void parallelStreamCollectEqualsTheSequentialFit(FamilyCases.Case c) {
        double[] x = c.truth().sample(new SplittableRandom(12), 50_000);
        MaximumLikelihood estimator = c.estimator();
        Supplier<SufficientStatistics> fresh = estimator::newStatistics;
        SufficientStatistics collected = Arrays.stream(x).parallel().collect(fresh::get,
                SufficientStatistics::accept, SufficientStatistics::combine);
        // 50 000 values: sqrt(n) * 2^-53 = 2.5e-14.
        assertSameFit(estimator.fit(collected), c.estimator().fit(x), 5e-14);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void zeroWeightRemovesAValueAndIntegerWeightsRepeatIt(FamilyCases.Case c) {
        double[] x = c.truth().sample(new SplittableRandom(13), 501);
        double[] w = new double[x.length];
        Arrays.fill(w, 1);
        w[3] = 0;
        w[4] = 2;
        double[] repeated = new double[x.length];
        int size = 0;
        for (int i = 0; i < x.length; i++) {
            for (int r = 0; r < w[i]; r++) {
                repeated[size++] = x[i];
            }
        }
        Fit<?> weighted = c.estimator().fit(x, w);
        Fit<?> plain = c.estimator().fit(Arrays.copyOf(repeated, size));
        assertThat(weighted.n()).isEqualTo(500);
        assertThat(plain.n()).isEqualTo(501);
        assertThat(weighted.totalWeight()).isEqualTo(plain.totalWeight());
        double[] a = weighted.estimates();
        double[] e = plain.estimates();
        for (int i = 0; i < e.length; i++) {
            assertThat(a[i]).isCloseTo(e[i], within(1e-14 * Math.max(1, Math.abs(e[i]))));
        }
        assertThat(weighted.logLikelihood()).isCloseTo(plain.logLikelihood(),
                within(1e-13 * Math.abs(plain.logLikelihood())));
    }
}
