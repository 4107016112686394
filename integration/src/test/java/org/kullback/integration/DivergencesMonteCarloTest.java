package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Exponential;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.Gumbel;
import org.kullback.distributions.LogNormal;
import org.kullback.distributions.MultivariateNormal;
import org.kullback.distributions.Normal;
import org.kullback.distributions.StudentT;

/**
 * {@link Method#MONTE_CARLO} through the {@link Divergences} facade: deterministic (a fixed seed),
 * {@value Divergences#MONTE_CARLO_SAMPLES} draws, and an error bound of three standard errors.
 */
class DivergencesMonteCarloTest {

    @Test
    void forcedMonteCarloIsDeterministicAndWithinItsErrorBoundOfTheClosedForm() {
        Normal p = Normal.of(0, 1);
        Gumbel q = Gumbel.of(0.5, 2);
        Divergence first = Divergences.kl(p, q, Method.MONTE_CARLO);
        Divergence second = Divergences.kl(p, q, Method.MONTE_CARLO);
        assertThat(second).isEqualTo(first);
        assertThat(first.method()).isEqualTo(Method.MONTE_CARLO);
        assertThat(first.quantity()).isEqualTo("KL");
        assertThat(first.units()).isEqualTo("nats");
        MonteCarloEstimate estimate = MonteCarloDivergences.kl(p, q,
                Divergences.MONTE_CARLO_SAMPLES,
                new SplittableRandom(Divergences.MONTE_CARLO_SEED));
        assertThat(first.value()).isEqualTo(estimate.value());
        assertThat(first.errorBound()).isEqualTo(3 * estimate.standardError());
        double exact = ClosedForms.kl(p, q).orElseThrow();
        assertThat(Math.abs(first.value() - exact)).isLessThanOrEqualTo(first.errorBound());
    }

    @Test
    void crossEntropyAndEntropyByMonteCarloAreWithinTheirErrorBounds() {
        Gamma p = Gamma.of(2, 1);
        LogNormal q = LogNormal.of(0.5, 0.8);
        Divergence crossEntropy = Divergences.crossEntropy(p, q, Method.MONTE_CARLO);
        Divergence entropy = Divergences.entropy(p, Method.MONTE_CARLO);
        assertThat(crossEntropy.method()).isEqualTo(Method.MONTE_CARLO);
        assertThat(entropy.method()).isEqualTo(Method.MONTE_CARLO);
        assertThat(entropy.q()).isNull();
        assertThat(Math.abs(crossEntropy.value() - ClosedForms.crossEntropy(p, q).orElseThrow()))
                .isLessThanOrEqualTo(crossEntropy.errorBound());
        assertThat(Math.abs(entropy.value() - p.entropy()))
                .isLessThanOrEqualTo(entropy.errorBound());
    }

    @Test
    void multivariateNormalsReachMonteCarloThroughTheFacade() {
        MultivariateNormal p = MultivariateNormal.of(new double[] {0, 1},
                new double[][] {{1, 0.5}, {0.5, 2}});
        MultivariateNormal q = MultivariateNormal.of(new double[] {0.5, 0},
                new double[][] {{2, -0.3}, {-0.3, 1}});
        Divergence kl = Divergences.kl(p, q, Method.MONTE_CARLO);
        assertThat(Math.abs(kl.value() - ClosedForms.kl(p, q).orElseThrow()))
                .isLessThanOrEqualTo(kl.errorBound());
        Divergence entropy = Divergences.entropy(p, Method.MONTE_CARLO);
        assertThat(Math.abs(entropy.value() - p.entropy()))
                .isLessThanOrEqualTo(entropy.errorBound());
    }

    @Test
    void monteCarloIsAnIndependentCheckOfQuadratureWhereNoClosedFormExists() {
        StudentT p = StudentT.of(5, 0, 1);
        Normal q = Normal.of(0, 1);
        Divergence quadrature = Divergences.kl(p, q);
        Divergence monteCarlo = Divergences.kl(p, q, Method.MONTE_CARLO);
        System.out.printf("KL %s ‖ %s: quadrature %s, Monte Carlo %s%n", p, q, quadrature,
                monteCarlo);
        assertThat(quadrature.method()).isEqualTo(Method.QUADRATURE);
        assertThat(Math.abs(monteCarlo.value() - quadrature.value()))
                .isLessThanOrEqualTo(monteCarlo.errorBound());
    }

    @Test
    void anInfiniteDivergenceIsExactByMonteCarloToo() {
        Divergence kl = Divergences.kl(Normal.of(0, 1), Exponential.of(1), Method.MONTE_CARLO);
        assertThat(kl.value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(kl.errorBound()).isZero();
        assertThat(kl.method()).isEqualTo(Method.MONTE_CARLO);
    }
}
