package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.apache.commons.math3.distribution.LogisticDistribution;
import org.junit.jupiter.api.Test;

class LogisticTest extends UnivariateContinuousContract<Logistic> {

    @Override
    List<Logistic> instances() {
        return List.of(Logistic.of(0, 1), Logistic.of(1.5, 0.3), Logistic.of(-3, 20),
                Logistic.of(0, 1e-10), Logistic.of(0, 1e10), Logistic.of(1e8, 1));
    }

    @Override
    double referenceLogDensity(Logistic d, double x) {
        return new LogisticDistribution(null, d.location(), d.scale()).logDensity(x);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Logistic.of(0, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Logistic: scale must be positive and finite, got -2.0");
        assertThatThrownBy(() -> Logistic.of(Double.POSITIVE_INFINITY, 1))
                .hasMessage("Logistic: location must be finite, got Infinity");
        assertThatThrownBy(() -> Logistic.of(0, Double.NaN))
                .hasMessage("Logistic: scale must be positive and finite, got NaN");
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        Logistic standard = Logistic.of(0, 1);
        // 1/(1 + exp(700)) = 9.859676543759770856705373e-305 (mpmath), in both tails.
        assertThat(standard.survival(700)).isCloseTo(9.859676543759770856705373e-305,
                withinPercentage(1e-11));
        assertThat(standard.cdf(-700)).isCloseTo(9.859676543759770856705373e-305,
                withinPercentage(1e-11));
        // log(p/(1-p)) at p = 1e-300: -690.7755278982137051803383 (mpmath)
        assertThat(standard.quantile(1e-300)).isCloseTo(-690.7755278982137051803383,
                withinPercentage(1e-12));
        // p = 0.9999999999999999 = 1 - 2^-53: log(p/(1-p)) = 36.736800569677101288091 (mpmath)
        assertThat(standard.quantile(0.9999999999999999)).isCloseTo(36.736800569677101288091,
                withinPercentage(1e-12));
    }

    @Test
    void quantileNearTheMedianKeepsRelativeAccuracy() {
        // log(p/(1-p)) at p = 0.4999999999 (a double): -4.000000330961483996414827e-10 (mpmath)
        assertThat(Logistic.of(0, 1).quantile(0.4999999999))
                .isCloseTo(-4.000000330961483996414827e-10, withinPercentage(1e-10));
        assertThat(Logistic.of(0, 1).quantile(0.5)).isZero();
    }

    @Test
    void hasNoClosedFormKl() {
        assertThat(ClosedForms.has(Logistic.class, Logistic.class)).isFalse();
    }
}
