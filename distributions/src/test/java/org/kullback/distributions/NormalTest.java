package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalTest extends UnivariateContinuousContract<Normal> {

    @Override
    List<Normal> instances() {
        return List.of(Normal.standard(), Normal.of(1.5, 0.3), Normal.of(-3, 20),
                Normal.of(0, 1e-10), Normal.of(0, 1e10), Normal.of(1e8, 1));
    }

    @Override
    double referenceLogDensity(Normal d, double x) {
        return new NormalDistribution(null, d.mean(), d.sd()).logDensity(x);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Normal.of(0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Normal: sd must be positive and finite, got -1.0");
        assertThatThrownBy(() -> Normal.of(0, 0)).hasMessageContaining("sd").hasMessageContaining("0.0");
        assertThatThrownBy(() -> Normal.of(Double.NaN, 1)).hasMessageContaining("mean")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Normal.of(0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("Infinity");
    }

    @Test
    void upperTailKeepsRelativeAccuracy() {
        // P(Z > 10) = 7.6198530241605260659733432515993e-24 (mpmath, erfc(10/sqrt(2))/2)
        assertThat(Normal.standard().survival(10))
                .isCloseTo(7.6198530241605260659733432515993e-24,
                        org.assertj.core.api.Assertions.withinPercentage(1e-12));
        assertThat(Normal.standard().quantile(1e-300)).isLessThan(-37);
    }

    @Test
    void differentialEntropyIsNegativeForSmallSd() {
        assertThat(Normal.of(0, 0.01).entropy()).isNegative();
    }
}
