package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import java.util.List;

/** Laws of the normal accumulator for arbitrary samples. */
class NormalStatisticsProperties {

    private static NormalStatistics streamed(List<Double> values, int from, int to) {
        NormalStatistics statistics = new NormalStatistics();
        for (int i = from; i < to; i++) {
            statistics.accept(values.get(i));
        }
        return statistics;
    }

    @Property(tries = 300)
    void mergingAtAnySplitGivesTheOnePassStatistics(
            @ForAll @Size(min = 2, max = 1500)
                    List<@DoubleRange(min = -1e3, max = 1e3) Double> values,
            @ForAll @IntRange(min = 0, max = 1500) int cut, @ForAll double offset) {
        int split = Math.min(cut, values.size());
        double shift = Math.abs(offset) < 1e12 ? offset : 0;
        List<Double> shifted = values.stream().map(v -> v + shift).toList();
        NormalStatistics whole = streamed(shifted, 0, shifted.size());
        NormalStatistics merged = streamed(shifted, 0, split)
                .combine(streamed(shifted, split, shifted.size()));
        double scale = 1e3 + Math.abs(shift);
        assertThat(merged.count()).isEqualTo(whole.count());
        assertThat(merged.mean()).isCloseTo(whole.mean(), within(1e-13 * scale));
        double spread = whole.sumSquaredDeviations() + 1e-300;
        assertThat(merged.sumSquaredDeviations()).isCloseTo(whole.sumSquaredDeviations(),
                within(1e-12 * spread + values.size() * Math.pow(1e-15 * scale, 2)));
    }

    @Property(tries = 300)
    void fitIsEquivariantUnderAffineMaps(
            @ForAll @Size(min = 3, max = 500) List<@DoubleRange(min = -10, max = 10) Double> values,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
            @ForAll @DoubleRange(min = 0.01, max = 1e3) double b) {
        double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = values.stream().mapToDouble(v -> a + b * v).toArray();
        NormalStatistics sx = NormalStatistics.of(x);
        NormalStatistics sy = NormalStatistics.of(y);
        double sdX = Math.sqrt(sx.variance());
        if (sdX < 1e-6) {
            return;
        }
        assertThat(sy.mean()).isCloseTo(a + b * sx.mean(), within(1e-12 * (Math.abs(a) + 10 * b)));
        assertThat(Math.sqrt(sy.variance())).isCloseTo(b * sdX,
                within(1e-9 * b * sdX + 1e-15 * (Math.abs(a) + 10 * b)));
    }
}
