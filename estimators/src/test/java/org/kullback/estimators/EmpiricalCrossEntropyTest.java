package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kullback.distributions.Exponential;
import org.kullback.distributions.Normal;
import org.kullback.distributions.Poisson;

class EmpiricalCrossEntropyTest {

    @Test
    void averageNegativeLogDensityInNatsAndBits() {
        double[] x = {0.5, 1, 2};
        // Exponential(2): -log q(x) = x*2 - log 2
        double expected = (2 * 3.5) / 3 - Math.log(2);
        assertThat(EmpiricalCrossEntropy.of(x, Exponential.of(2)))
                .isCloseTo(expected, within(1e-15));
        assertThat(EmpiricalCrossEntropy.inBits(x, Exponential.of(2)))
                .isCloseTo(expected / Math.log(2), within(1e-15));
    }

    @Test
    void weightsActAsRepetitions() {
        double[] x = {-1, 0.5, 3};
        double[] w = {2, 0, 1};
        double repeated = EmpiricalCrossEntropy.of(new double[] {-1, -1, 3}, Normal.of(0.2, 1.5));
        assertThat(EmpiricalCrossEntropy.of(x, w, Normal.of(0.2, 1.5)))
                .isCloseTo(repeated, within(1e-15));
        assertThat(EmpiricalCrossEntropy.inBits(x, w, Normal.of(0.2, 1.5)))
                .isCloseTo(repeated / Math.log(2), within(1e-15));
    }

    @Test
    void discreteModelsUseProbabilitiesAndImpossibleValuesGiveInfinity() {
        double[] counts = {0, 1, 1, 3};
        Poisson q = Poisson.of(1.2);
        double expected = -(q.logProbability(0) + 2 * q.logProbability(1) + q.logProbability(3))
                / 4;
        assertThat(EmpiricalCrossEntropy.of(counts, q)).isCloseTo(expected, within(1e-15));
        assertThat(EmpiricalCrossEntropy.of(new double[] {1, 1.5}, Poisson.of(1.2)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(EmpiricalCrossEntropy.of(new double[] {1, -0.5}, Exponential.of(1)))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void badSamplesAreNamed() {
        assertThatThrownBy(() -> EmpiricalCrossEntropy.of(new double[0], Normal.standard()))
                .hasMessage("sample is empty");
        assertThatThrownBy(() -> EmpiricalCrossEntropy.of(new double[] {1, Double.NaN},
                Normal.standard())).hasMessage("sample[1] must be finite, got NaN");
        assertThatThrownBy(() -> EmpiricalCrossEntropy.of(new double[] {1, 2},
                new double[] {1, -1}, Normal.standard()))
                .hasMessage("weights[1] must be finite and non-negative, got -1.0");
    }
}
