package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedSampleTest {

    @Test
    void keepsValuesAndWeightsInArrivalOrderAcrossGrowth() {
        WeightedSample sample = new WeightedSample();
        for (int i = 0; i < 1000; i++) {
            sample.accept(i, i % 3);
        }
        assertThat(sample.size()).isEqualTo(666);
        assertThat(sample.count()).isEqualTo(666);
        assertThat(sample.totalWeight()).isEqualTo(999);
        assertThat(sample.value(0)).isEqualTo(1);
        assertThat(sample.weight(1)).isEqualTo(2);
        assertThat(sample.hasUnitWeights()).isFalse();
        assertThat(sample.min()).isEqualTo(1);
        assertThat(sample.max()).isEqualTo(998);
        assertThatThrownBy(() -> sample.value(666)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void medianOfEvenUnweightedSampleIsTheMidpointAndWeightsShiftIt() {
        WeightedSample sample = new WeightedSample();
        for (double v : new double[] {5, 1, 4, 2}) {
            sample.accept(v);
        }
        assertThat(sample.median()).isEqualTo(3);
        assertThat(sample.hasUnitWeights()).isTrue();
        sample.accept(10, 3);
        // sorted 1, 2, 4, 5, 10(x3): weight 7, half 3.5 reached at 5
        assertThat(sample.median()).isEqualTo(5);
        assertThat(sample.quantile(0.1)).isEqualTo(1);
        assertThat(sample.quantile(0.9)).isEqualTo(10);
    }

    @Test
    void sortByValueSortsKeysAndCarriesTheirWeights() {
        double[] keys = new SplittableRandom(3).doubles(1001).toArray();
        double[] satellite = keys.clone();
        for (int i = 0; i < satellite.length; i++) {
            satellite[i] = -2 * keys[i];
        }
        WeightedSample.sortByValue(keys, satellite);
        double[] expected = keys.clone();
        Arrays.sort(expected);
        assertThat(keys).containsExactly(expected);
        for (int i = 0; i < keys.length; i++) {
            assertThat(satellite[i]).isEqualTo(-2 * keys[i]);
        }
    }

    @Test
    void combineAppendsAndChecksTheSupport() {
        WeightedSample positive = new WeightedSample("Gamma", Support.POSITIVE);
        positive.accept(1);
        WeightedSample any = new WeightedSample();
        any.accept(2, 2);
        positive.combine(any);
        assertThat(positive.values()).containsExactly(1, 2);
        assertThat(positive.weights()).containsExactly(1, 2);
        WeightedSample negative = new WeightedSample();
        negative.accept(-1);
        assertThatThrownBy(() -> positive.combine(negative))
                .hasMessage("x = -1.0 is outside the support of Gamma (x > 0)");
        assertThatThrownBy(() -> new WeightedSample().median())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> positive.quantile(1))
                .hasMessage("p must be in (0, 1), got 1.0");
    }
}
