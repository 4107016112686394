package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kullback.distributions.Binomial;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.Normal;
import org.kullback.distributions.Poisson;
import org.kullback.distributions.StudentT;

class ExpectationsTest {

    @Test
    void momentsOfANormal() {
        Normal normal = Normal.of(2, 3);
        assertThat(Expectations.of(normal, x -> x).value()).isCloseTo(2, within(1e-14));
        assertThat(Expectations.of(normal, x -> (x - 2) * (x - 2)).value())
                .isCloseTo(9, within(1e-12));
    }

    @Test
    void meanAbsoluteDeviationWithABreakPointAtTheKink() {
        // E|X| for N(0,1) is sqrt(2/pi); the kink at 0 is also p's median here, so move it.
        Normal normal = Normal.of(0.3, 1);
        double expected = Math.sqrt(2 / Math.PI) * Math.exp(-0.045)
                + 0.3 * (1 - 2 * Normal.of(0, 1).cdf(-0.3));
        Integral integral = Expectations.of(normal, Math::abs, new double[] {0},
                Tolerance.DEFAULT);
        assertThat(integral.value()).isCloseTo(expected, within(1e-14));
    }

    @Test
    void logarithmicMomentOfASingularGamma() {
        // E[log X] = ψ(k) - log(rate); ψ(0.1) = -10.423754940411076795 (DLMF 5.4).
        Gamma gamma = Gamma.of(0.1, 2);
        assertThat(Expectations.of(gamma, Math::log).value())
                .isCloseTo(-10.423754940411076795 - Math.log(2), within(1e-12));
    }

    @Test
    void varianceOfAStudentT() {
        assertThat(Expectations.of(StudentT.of(5, 0, 1), x -> x * x).value())
                .isCloseTo(5.0 / 3, within(1e-12));
    }

    @Test
    void finiteDiscreteSupportIsSummedExactly() {
        Binomial binomial = Binomial.of(10, 0.3);
        Integral mean = Expectations.of(binomial, k -> k);
        assertThat(mean.value()).isCloseTo(3, within(1e-15));
        assertThat(mean.evaluations()).isEqualTo(11);
    }

    @Test
    void infiniteDiscreteSupportHasATailBound() {
        Poisson poisson = Poisson.of(1000);
        Integral secondFactorial = Expectations.of(poisson, k -> k * (k - 1));
        assertThat(secondFactorial.value()).isCloseTo(1e6, within(1e-6));
        assertThat(secondFactorial.converged()).isTrue();
        assertThat(Math.abs(secondFactorial.value() - 1e6))
                .isLessThanOrEqualTo(secondFactorial.absoluteError());
    }

    @Test
    void badInputIsNamed() {
        Normal normal = Normal.of(0, 1);
        assertThatThrownBy(() -> Expectations.of(normal, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("g must not be null");
        assertThatThrownBy(() -> Expectations.of(normal, x -> x, new double[] {0, Double.NaN},
                Tolerance.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("breakPoints[1] must not be NaN");
        assertThatThrownBy(() -> Expectations.of(normal, Math::sqrt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integrand must be finite, got NaN at x = -");
        assertThatThrownBy(() -> Expectations.of(Poisson.of(2), k -> {
            throw new IllegalStateException("no");
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("g threw at k = ");
    }
}
