package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NelderMeadTest {

    @Test
    void findsTheMaximumOfANegatedRosenbrockFunction() {
        // -[(1 - a)² + 100 (b - a²)²] has its maximum 0 at (1, 1), along a curved valley.
        NelderMead.Maximum maximum = NelderMead.maximise(
                p -> -(Math.pow(1 - p[0], 2) + 100 * Math.pow(p[1] - p[0] * p[0], 2)),
                new double[] {-1.2, 1}, new double[] {0.5, 0.5}, 1e-15, 10_000);
        assertThat(maximum.converged()).isTrue();
        assertThat(maximum.point()[0]).isCloseTo(1, within(1e-6));
        assertThat(maximum.point()[1]).isCloseTo(1, within(1e-6));
        assertThat(maximum.value()).isCloseTo(0, within(1e-12));
    }

    @Test
    void reportsNonConvergenceWhenEvaluationsRunOut() {
        NelderMead.Maximum maximum = NelderMead.maximise(p -> -p[0] * p[0] - p[1] * p[1],
                new double[] {5, 5}, new double[] {1, 1}, 1e-15, 20);
        assertThat(maximum.converged()).isFalse();
    }

    @Test
    void rejectsMismatchedLengths() {
        assertThatThrownBy(() -> NelderMead.maximise(p -> 0, new double[2], new double[3],
                1e-9, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start has 2").hasMessageContaining("steps has 3");
    }
}
