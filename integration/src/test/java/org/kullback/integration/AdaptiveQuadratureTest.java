package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdaptiveQuadratureTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void inverseSquareRootSingularityIntegratesToTwo() {
        // ∫₀¹ x^(-1/2) dx = 2; Hipparchus's iterative Legendre fails here (see
        // HipparchusQuadratureLimitsTest).
        Integral integral = AdaptiveQuadrature.integrate(x -> 1 / Math.sqrt(x), 0, 1);
        assertThat(integral.converged()).isTrue();
        assertThat(integral.value()).isCloseTo(2, within(1e-14));
        assertThat(Math.abs(integral.value() - 2)).isLessThanOrEqualTo(integral.absoluteError());
        assertThat(integral.evaluations()).isLessThan(1000);
    }

    @Test
    void strongSingularityOfShapeOneTenthIsGradedAutomatically() {
        // ∫₀¹ x^(-0.9) dx = 10: the Gamma(0.1) density's singularity.
        Integral integral = AdaptiveQuadrature.integrate(x -> Math.pow(x, -0.9), 0, 1);
        assertThat(integral.value()).isCloseTo(10, within(1e-12));
        assertThat(Math.abs(integral.value() - 10)).isLessThanOrEqualTo(integral.absoluteError());
    }

    @Test
    void logarithmicSingularityAtAZeroUpperEnd() {
        // ∫₋₁⁰ log(-x) dx = -1.
        Integral integral = AdaptiveQuadrature.integrate(x -> Math.log(-x), -1, 0);
        assertThat(integral.value()).isCloseTo(-1, within(1e-13));
        assertThat(Math.abs(integral.value() + 1)).isLessThanOrEqualTo(integral.absoluteError());
    }

    @Test
    void singularityAtANonzeroEndpointThatRoundsOntoItIsAClearError() {
        assertThatThrownBy(() -> AdaptiveQuadrature.integrate(x -> Math.log1p(-x), 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got -Infinity at x = 1.0, the endpoint itself")
                .hasMessageContaining("substitute so that a singular endpoint is 0");
    }

    @Test
    void oneRuleSufficesForAPolynomialOfDegreeEighteen() {
        Integral integral = AdaptiveQuadrature.integrate(x -> 19 * Math.pow(x, 18), -1, 1,
                Tolerance.DEFAULT, EndpointRule.PLAIN);
        assertThat(integral.value()).isCloseTo(2, within(1e-14));
        assertThat(integral.evaluations()).isEqualTo(21);
        assertThat(integral.subintervals()).isEqualTo(1);
    }

    @Test
    void gaussianOverTheWholeLineIsRootPi() {
        Integral integral = AdaptiveQuadrature.integrate(x -> Math.exp(-x * x), -INF, INF);
        assertThat(integral.value()).isCloseTo(Math.sqrt(Math.PI), within(2e-15));
    }

    @Test
    void semiInfiniteIntervalsInBothDirections() {
        assertThat(AdaptiveQuadrature.integrate(x -> Math.exp(-x), 0, INF).value())
                .isCloseTo(1, within(1e-14));
        assertThat(AdaptiveQuadrature.integrate(Math::exp, -INF, 0).value())
                .isCloseTo(1, within(1e-14));
        // A power-law tail: ∫₁^∞ x^(-1.5) dx = 2.
        assertThat(AdaptiveQuadrature.integrate(x -> Math.pow(x, -1.5), 1, INF).value())
                .isCloseTo(2, within(1e-12));
    }

    @Test
    void cauchyDensityIntegratesToOne() {
        Integral integral = AdaptiveQuadrature.integrate(x -> 1 / (Math.PI * (1 + x * x)), -INF,
                INF);
        assertThat(integral.value()).isCloseTo(1, within(1e-14));
    }

    @Test
    void emptyIntervalIsZero() {
        assertThat(AdaptiveQuadrature.integrate(x -> 1, 3, 3).value()).isZero();
    }

    @Test
    void exhaustedBudgetIsReportedAsNotConverged() {
        Integral integral = AdaptiveQuadrature.integrate(x -> Math.sin(1 / x), 0.001, 1,
                new Tolerance(1e-300, 1e-15, 100), EndpointRule.PLAIN);
        assertThat(integral.converged()).isFalse();
        assertThat(integral.evaluations()).isLessThanOrEqualTo(100);
        assertThat(integral.absoluteError()).isPositive();
    }

    @Test
    void nonFiniteIntegrandNamesTheAbscissa() {
        assertThatThrownBy(() -> AdaptiveQuadrature.integrate(x -> x >= 0.5 ? Double.NaN : 1, 0, 1,
                Tolerance.DEFAULT, EndpointRule.PLAIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integrand must be finite, got NaN at x = 0.5");
    }

    @Test
    void integrandThatThrowsIsAnIllegalArgumentNamingTheAbscissa() {
        assertThatThrownBy(() -> AdaptiveQuadrature.integrate(x -> {
            throw new ArithmeticException("boom");
        }, 0, 1, Tolerance.DEFAULT, EndpointRule.PLAIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integrand threw at x = 0.5")
                .hasMessageContaining("boom");
    }

    @Test
    void badBoundsAndTolerancesAreRejected() {
        assertThatThrownBy(() -> AdaptiveQuadrature.integrate(x -> x, Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower = NaN");
        assertThatThrownBy(() -> AdaptiveQuadrature.integrate(x -> x, 2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower bound 2.0 must not exceed upper bound 1.0");
        assertThatThrownBy(() -> AdaptiveQuadrature.integrate(null, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integrand f");
        assertThatThrownBy(() -> new Tolerance(0, 1e-10, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute tolerance must be positive and finite, got 0.0");
        assertThatThrownBy(() -> new Tolerance(1e-10, -1, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relative tolerance must be positive and finite, got -1.0");
        assertThatThrownBy(() -> Tolerance.relative(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got NaN");
        assertThatThrownBy(() -> Tolerance.DEFAULT.withMaxEvaluations(20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxEvaluations must be at least 21, got 20");
    }
}
