package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kullback.distributions.Binomial;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.Geometric;
import org.kullback.distributions.LogNormal;
import org.kullback.distributions.Poisson;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDiscrete;

/**
 * Numerical divergences of adapted commons-math3 and Hipparchus distributions equal Kullback's
 * closed forms for the same distributions (which the distributions module checks against
 * mpmath to 1e-14). commons-math3 and Hipparchus parameterise the gamma distribution by shape
 * and <em>scale</em>; Kullback's {@code Gamma.of(shape, rate)} takes the rate, 1/scale.
 *
 * <p>The bar is the issue's: relative difference ≤ 1e-10 where the divergence is at least 1e-8,
 * absolute ≤ 1e-18 below that. What limits it is the foreign log-density (Lanczos log-gamma in
 * both libraries) and the quadrature tolerance.
 */
class ForeignInteropTest {

    private static final double RELATIVE = 1e-10;

    /** (shape, scale) of the gamma p, (mu, sigma) of the log-normal q. */
    static Stream<Arguments> gammaLogNormalPairs() {
        return Stream.of(
                Arguments.of(2.0, 3.0, 1.5, 0.7),
                Arguments.of(2.0, 1.0, 0.5, 0.8),
                Arguments.of(1.5, 2.0, 0.2, 1.2),
                Arguments.of(10.0, 0.2, 0.6, 0.3),
                Arguments.of(1.0, 1.0, 0.0, 1.0),
                Arguments.of(50.0, 0.02, 0.0, 0.15));
    }

    @ParameterizedTest(name = "Gamma(shape {0}, scale {1}) ‖ LogNormal({2}, {3})")
    @MethodSource("gammaLogNormalPairs")
    void klOfCommonsMathGammaAgainstLogNormalMatchesTheClosedForm(double shape, double scale,
            double mu, double sigma) {
        UnivariateContinuous p = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.GammaDistribution(shape, scale));
        LogNormal q = LogNormal.of(mu, sigma);
        Gamma same = Gamma.of(shape, 1 / scale);
        assertAgrees("KL " + p + " ‖ " + q, NumericalDivergences.kl(p, q),
                ClosedForms.kl(same, q).orElseThrow());
        assertAgrees("H(p,q) " + p + " ‖ " + q, NumericalDivergences.crossEntropy(p, q),
                ClosedForms.crossEntropy(same, q).orElseThrow());
    }

    @ParameterizedTest(name = "Gamma(shape {0}, scale {1}) ‖ LogNormal({2}, {3})")
    @MethodSource("gammaLogNormalPairs")
    void klOfHipparchusGammaAgainstLogNormalMatchesTheClosedForm(double shape, double scale,
            double mu, double sigma) {
        UnivariateContinuous p = ForeignDistributions.of(
                new org.hipparchus.distribution.continuous.GammaDistribution(shape, scale));
        LogNormal q = LogNormal.of(mu, sigma);
        assertAgrees("KL " + p + " ‖ " + q, NumericalDivergences.kl(p, q),
                ClosedForms.kl(Gamma.of(shape, 1 / scale), q).orElseThrow());
    }

    @ParameterizedTest(name = "Gamma(shape {0}, scale {1})")
    @MethodSource("gammaLogNormalPairs")
    void entropyOfAnAdaptedGammaMatchesTheClosedForm(double shape, double scale, double mu,
            double sigma) {
        UnivariateContinuous p = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.GammaDistribution(shape, scale));
        double exact = Gamma.of(shape, 1 / scale).entropy();
        double relative = Math.abs(p.entropy() - exact) / Math.abs(exact);
        System.out.printf("interop H %s: %.17g vs %.17g, relative %.2e%n", p, p.entropy(), exact,
                relative);
        assertThat(relative).isLessThanOrEqualTo(RELATIVE);
    }

    @Test
    void klOfKullbackLogNormalAgainstAnAdaptedGammaMatchesTheClosedForm() {
        LogNormal p = LogNormal.of(0.5, 0.8);
        UnivariateContinuous q = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.GammaDistribution(2, 1.5));
        assertAgrees("KL " + p + " ‖ " + q, NumericalDivergences.kl(p, q),
                ClosedForms.kl(p, Gamma.of(2, 1 / 1.5)).orElseThrow());
    }

    static Stream<Arguments> poissonRates() {
        return Stream.of(Arguments.of(3.5, 5.0), Arguments.of(0.2, 0.3), Arguments.of(40.0, 37.0),
                Arguments.of(3.0, 3.0000001));
    }

    @ParameterizedTest(name = "Poisson({0}) ‖ Poisson({1})")
    @MethodSource("poissonRates")
    void klOfCommonsMathPoissonAgainstKullbackPoissonMatchesTheClosedFormBothWays(double lambda,
            double mu) {
        UnivariateDiscrete adapted = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.PoissonDistribution(lambda));
        double exact = ClosedForms.kl(Poisson.of(lambda), Poisson.of(mu)).orElseThrow();
        assertAgrees("KL " + adapted + " ‖ Poisson " + mu,
                NumericalDivergences.kl(adapted, Poisson.of(mu)), exact);
        // The reverse direction needs the adapted support to be unbounded like Kullback's:
        // commons-math3 reports Integer.MAX_VALUE as its upper bound.
        UnivariateDiscrete adaptedQ = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.PoissonDistribution(mu));
        assertAgrees("KL Poisson " + lambda + " ‖ " + adaptedQ,
                NumericalDivergences.kl(Poisson.of(lambda), adaptedQ), exact);
    }

    @Test
    void klOfCommonsMathPoissonAgainstKullbackGeometricMatchesTheClosedForm() {
        for (double lambda : new double[] {0.5, 4, 25}) {
            for (double p : new double[] {0.1, 0.3, 0.8}) {
                UnivariateDiscrete adapted = ForeignDistributions.of(
                        new org.apache.commons.math3.distribution.PoissonDistribution(lambda));
                assertAgrees("KL " + adapted + " ‖ Geometric " + p,
                        NumericalDivergences.kl(adapted, Geometric.of(p)),
                        ClosedForms.kl(Poisson.of(lambda), Geometric.of(p)).orElseThrow());
            }
        }
    }

    @Test
    void klOfHipparchusBinomialAgainstKullbackPoissonMatchesTheClosedForm() {
        UnivariateDiscrete adapted = ForeignDistributions.of(
                new org.hipparchus.distribution.discrete.BinomialDistribution(20, 0.15));
        assertAgrees("KL " + adapted + " ‖ Poisson(3)",
                NumericalDivergences.kl(adapted, Poisson.of(3)),
                ClosedForms.kl(Binomial.of(20, 0.15), Poisson.of(3)).orElseThrow());
    }

    @Test
    void theFacadeIntegratesAdaptedPairsAndReportsQuadrature() {
        UnivariateContinuous p = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.GammaDistribution(2, 3));
        LogNormal q = LogNormal.of(1.5, 0.7);
        Divergence kl = Divergences.kl(p, q);
        assertThat(kl.method()).isEqualTo(Method.QUADRATURE);
        double exact = ClosedForms.kl(Gamma.of(2, 1.0 / 3), q).orElseThrow();
        assertThat(Math.abs(kl.value() - exact)).isLessThanOrEqualTo(RELATIVE * exact);
        Divergence entropy = Divergences.entropy(p);
        assertThat(entropy.method()).isEqualTo(Method.QUADRATURE);
        assertThat(entropy.errorBound()).isPositive();
    }

    /**
     * commons-math3's (and Hipparchus's, which inherits the code) gamma density for shape &lt; 1
     * is 0 below x ≈ 4.4e-16 and wrong near it (relative error 0.2 at 1e-15, 1.3e-4 at 1e-12,
     * 4e-9 at 1e-8; the true density of Gamma(0.5) at 1e-20 is 5.6e9). The quadrature cannot
     * reach its tolerance on that integrand and says so: the KL is reported as not converged,
     * the facade throws, and so does the adapter's entropy, instead of returning a number off in
     * the fifth digit.
     */
    @Test
    void aForeignGammaDensityThatVanishesNearItsSingularityIsReportedNotConverged() {
        UnivariateContinuous p = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.GammaDistribution(0.5, 1));
        assertThat(p.density(1e-20)).isZero();
        assertThat(Gamma.of(0.5, 1).density(1e-20)).isGreaterThan(5e9);
        LogNormal q = LogNormal.of(-1, 1.5);
        Integral kl = NumericalDivergences.kl(p, q);
        System.out.printf("interop KL %s ‖ %s: %s (closed form of the true gamma %.17g)%n", p, q,
                kl, ClosedForms.kl(Gamma.of(0.5, 1), q).orElseThrow());
        assertThat(kl.converged()).isFalse();
        assertThatThrownBy(() -> Divergences.kl(p, q))
                .isInstanceOf(NonConvergenceException.class);
        assertThatThrownBy(p::entropy).isInstanceOf(NonConvergenceException.class)
                .hasMessageContaining("commons-math3 GammaDistribution(scale=1.0, shape=0.5)");
    }

    private static void assertAgrees(String quantity, Integral numerical, double exact) {
        double relative = Math.abs(numerical.value() - exact) / Math.abs(exact);
        System.out.printf("interop %s: numerical %.17g ± %.2e (%d evaluations), closed %.17g, "
                + "relative %.2e%n", quantity, numerical.value(), numerical.absoluteError(),
                numerical.evaluations(), exact, relative);
        assertThat(numerical.converged()).isTrue();
        if (Math.abs(exact) >= 1e-8) {
            assertThat(relative).as("%s: numerical %s vs closed form %s", quantity, numerical,
                    exact).isLessThanOrEqualTo(RELATIVE);
        } else {
            assertThat(Math.abs(numerical.value() - exact))
                    .as("%s: numerical %s vs closed form %s", quantity, numerical, exact)
                    .isLessThanOrEqualTo(1e-18);
        }
    }
}
