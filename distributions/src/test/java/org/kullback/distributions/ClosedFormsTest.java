package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClosedFormsTest {

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> ClosedForms.kl(null, Normal.standard()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("p must not be null");
        assertThatThrownBy(() -> ClosedForms.crossEntropy(Normal.standard(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("q must not be null");
    }

    @Test
    void registryListsNormalToNormal() {
        assertThat(ClosedForms.pairs())
                .contains(new ClosedForms.FamilyPair(Normal.class, Normal.class));
        assertThat(ClosedForms.has(Normal.class, Normal.class)).isTrue();
        assertThat(new ClosedForms.FamilyPair(Normal.class, Normal.class))
                .hasToString("Normal→Normal");
    }

    @Test
    void klOfNearlyEqualNormalsKeepsRelativeAccuracy() {
        // Issue bar: KL(N(0,1)‖N(1e-9,1)) = 5.0e-19 (mpmath: 5.000000000000000622815914577799e-19,
        // the excess over 5e-19 being 1e-9 rounded to a double, squared).
        assertThat(ClosedForms.kl(Normal.of(0, 1), Normal.of(1e-9, 1)).orElseThrow())
                .isCloseTo(5.000000000000000622815914577799e-19,
                        org.assertj.core.api.Assertions.withinPercentage(1e-12));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        Normal p = Normal.of(1e8, 3e-7);
        assertThat(ClosedForms.kl(p, p).orElseThrow()).isZero();
    }

    @Test
    void extremeScaleRatiosStayFinite() {
        // KL(N(0,1e-200)‖N(0,1e200)) = log(1e400) − ½ (+ a negligible 5e-801)
        assertThat(ClosedForms.kl(Normal.of(0, 1e-200), Normal.of(0, 1e200)).orElseThrow())
                .isCloseTo(400 * Math.log(10) - 0.5,
                        org.assertj.core.api.Assertions.withinPercentage(1e-13));
    }

    @Test
    void extremeParametersGiveInfinityOrAFiniteValueNeverNaN() {
        // Found by review: (s1 + s2)/s2 overflowed to give −∞, and r·e^{-t} was ∞·0.
        assertThat(ClosedForms.kl(Normal.of(0, 1e308), Normal.of(0, 1.7e308)).orElseThrow())
                .isCloseTo(0.5 * (Math.pow(1 / 1.7, 2) - 1) - Math.log(1 / 1.7),
                        org.assertj.core.api.Assertions.withinPercentage(1e-12));
        assertThat(ClosedForms.crossEntropy(Laplace.of(-1e308, 1), Laplace.of(-1e300, 4.9e-324))
                .orElseThrow()).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
