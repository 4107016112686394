package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The cross-family closed forms with a Beta p (against Uniform, Normal, Exponential and Gamma q),
 * Uniform → Beta and Bernoulli → Poisson: infinite cases, exact zeros where the families
 * coincide, and spot values in regimes the reference table covers only sparsely. Reference values
 * are mpmath at 150 digits from the textbook forms \( H(p,q) - H(p) \) (expressions in the
 * comments), with \( H(\mathrm{Beta}(a,b)) = \log B(a,b) - (a-1)\psi(a) - (b-1)\psi(b)
 * + (a+b-2)\psi(a+b) \).
 */
class CrossFamilyBetaTest {

    private static Offset<Double> relative(double expected, double tolerance) {
        return within(Math.abs(expected) * tolerance);
    }

    private static double kl(Distribution p, Distribution q) {
        return ClosedForms.kl(p, q).orElseThrow();
    }

    private static double crossEntropy(Distribution p, Distribution q) {
        return ClosedForms.crossEntropy(p, q).orElseThrow();
    }

    @Test
    void betaOneOneAndTheStandardUniformAreTheSameDistribution() {
        assertThat(kl(Beta.of(1, 1), Uniform.of(0, 1))).isZero();
        assertThat(crossEntropy(Beta.of(1, 1), Uniform.of(0, 1))).isZero();
        assertThat(kl(Uniform.of(0, 1), Beta.of(1, 1))).isZero();
        assertThat(crossEntropy(Uniform.of(0, 1), Beta.of(1, 1))).isZero();
    }

    @Test
    void betaAgainstAUniformNotCoveringTheUnitIntervalIsInfinite() {
        Beta p = Beta.of(2, 3);
        assertThat(kl(p, Uniform.of(0.1, 1))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(crossEntropy(p, Uniform.of(0, 0.9))).isEqualTo(Double.POSITIVE_INFINITY);
        // Also the formula itself, without the registry's support check.
        assertThat(BetaDivergences.kl(p, Uniform.of(0.1, 1))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(BetaDivergences.crossEntropy(p, Uniform.of(-1, 0.5)))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void uniformReachingOutsideTheUnitIntervalAgainstBetaIsInfinite() {
        Beta q = Beta.of(2, 3);
        assertThat(kl(Uniform.of(0.5, 1.5), q)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(crossEntropy(Uniform.of(-1e-300, 0.5), q)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(UniformDivergences.kl(Uniform.of(-0.5, 0.5), q))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(UniformDivergences.crossEntropy(Uniform.of(0.5, 1.5), q))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void klOfBetaNearOneOneAgainstAWiderUniformAddsTheLogWidth() {
        // log(1 + 1e-12) + KL(Beta(1 + 1e-9, 1) ‖ Beta(1, 1)); mpmath quadrature of p log(p/q):
        // 1.0000004999995820536e-12.
        double value = kl(Beta.of(1 + 1e-9, 1), Uniform.of(-1e-12, 1));
        assertThat(value).isCloseTo(1.0000004999995820536e-12, relative(1.0000005e-12, 1e-14));
    }

    @Test
    void klOfANearlyNormalBetaAgainstItsMomentMatchedNormalIsItsNegentropy() {
        // Beta(1e8, 3e8) ‖ N(1/4, sd) with sd the rounded standard deviation; J ≈ (a-b)²/(3abs).
        // mpmath: log(2πσ²)/2 + (v + (m - μ)²)/(2σ²) - H(p) = 1.1111111208912037124e-9.
        double value = kl(Beta.of(1e8, 3e8), Normal.of(0.25, 2.1650635067547674e-05));
        assertThat(value).isCloseTo(1.1111111208912037124e-9, relative(1.1111111e-9, 1e-14));
        // J(1e6, 1e6) = 3/(4s²) to leading order; mpmath: 1.8749999999999219e-13.
        assertThat(BetaDivergences.normalNegentropy(1e6, 1e6))
                .isCloseTo(1.8749999999999219e-13, relative(1.875e-13, 1e-14));
    }

    @Test
    void klOfBetaAgainstTheGammaItTendsToKeepsItsDigits() {
        // Beta(0.1, 1e9) ‖ Γ(0.1, rate = fl(1e9 + 0.1)): mpmath
        // -k log λ + lnΓ(k) - (k-1)(ψ(a) - ψ(a+b)) + λa/(a+b) - H(p) = 2.7500000014666696755e-20.
        double value = kl(Beta.of(0.1, 1e9), Gamma.of(0.1, 1e9 + 0.1));
        assertThat(value).isCloseTo(2.7500000014666696755e-20, relative(2.75e-20, 1e-14));
        // Beta(1, 1e12) ‖ Exp(1e12): mpmath 9.99999999999e-25.
        assertThat(kl(Beta.of(1, 1e12), Exponential.of(1e12)))
                .isCloseTo(9.99999999999e-25, relative(1e-24, 1e-14));
    }

    @Test
    void betaAgainstExponentialIsBetaAgainstGammaOfShapeOne() {
        Beta p = Beta.of(0.7, 4.2);
        assertThat(kl(p, Exponential.of(3.5))).isEqualTo(kl(p, Gamma.of(1, 3.5)));
    }

    @Test
    void uniformAgainstAConcentratedBetaKeepsItsDigits() {
        // U(1e-200, 1e-100) ‖ Beta(0.01, 1e4): mpmath log B(a,b) - (a-1)L₁ - (b-1)L₂ - log(h-l)
        // with L₁ = (h log h - l log l)/(h-l) - 1 and likewise L₂ = 5.8199620623243905961.
        double value = kl(Uniform.of(1e-200, 1e-100), Beta.of(0.01, 1e4));
        assertThat(value).isCloseTo(5.8199620623243905961, relative(5.82, 1e-14));
    }

    @Test
    void crossEntropyOfANarrowUniformNearOneOverEKeepsItsDigits() {
        // E[log X] = -1 near x = 1/e, where L₁ + 1 vanishes: mpmath 1.2768290589697503138e-5.
        double value = crossEntropy(Uniform.of(0.3665, 0.366500001), Beta.of(0.99, 1));
        assertThat(value).isCloseTo(1.2768290589697503138e-5, relative(1.2768e-5, 1e-14));
    }

    @Test
    void shiftsOfASymmetricBetaCancelExactlyOnAHalfInterval() {
        // E[log X(1-X)] is -2 on [0, 1/2] as on [0, 1], so H(U(0, 1/2), Beta(a, a)) equals
        // KL(U(0,1) ‖ Beta(a, a)); mpmath 3.5506567054070498821e-13.
        Beta q = Beta.of(1.000001, 1.000001);
        assertThat(crossEntropy(Uniform.of(0, 0.5), q))
                .isCloseTo(3.5506567054070498821e-13, relative(3.55e-13, 1e-14));
    }

    @Test
    void bernoulliAgainstPoissonAtThePointMasses() {
        // p = 0: -log Q(0) = λ; p = 1: -log Q(1) = λ - log λ.
        assertThat(kl(Bernoulli.of(0), Poisson.of(2.5))).isEqualTo(2.5);
        assertThat(kl(Bernoulli.of(1), Poisson.of(2.5)))
                .isCloseTo(2.5 - Math.log(2.5), within(1e-15));
        assertThat(crossEntropy(Bernoulli.of(1), Poisson.of(2.5)))
                .isCloseTo(2.5 - Math.log(2.5), within(1e-15));
    }

    @Test
    void bernoulliAgainstPoissonNearlyCoincideForSmallRates() {
        // KL(Bernoulli(p) ‖ Poisson(p)) = (1-p)log(1-p) + p = p²/2 + p³/6 + …
        assertThat(kl(Bernoulli.of(1e-150), Poisson.of(1e-150)))
                .isCloseTo(5e-301, relative(5e-301, 1e-15));
        assertThat(kl(Bernoulli.ofLogit(-40), Poisson.of(Bernoulli.ofLogit(-40).p())))
                .isGreaterThan(0).isLessThan(1e-34);
    }

    @Test
    void extremeParametersGiveNumbersNotNaN() {
        double[] shapes = {1e-8, 0.003, 0.5, 1, 1 + 1e-15, 7, 1e4, 1e15};
        for (double a : shapes) {
            for (double b : shapes) {
                Beta p = Beta.of(a, b);
                Distribution[] qs = {Uniform.of(-1e300, 1e300), Normal.of(0.5, 1e-200),
                    Normal.of(-1e300, 1e300), Exponential.of(1e-300), Exponential.of(1e300),
                    Gamma.of(1e-8, 1e-8), Gamma.of(1e15, 1e15), Gamma.of(a, a + b)};
                for (Distribution q : qs) {
                    assertThat(kl(p, q)).as("KL(%s ‖ %s)", p, q).isNotNaN()
                            .isGreaterThanOrEqualTo(0);
                    assertThat(crossEntropy(p, q)).as("H(%s, %s)", p, q).isNotNaN();
                }
                for (Uniform u : new Uniform[] {Uniform.of(0, 1), Uniform.of(0, Double.MIN_VALUE),
                    Uniform.of(1 - 0x1p-53, 1), Uniform.of(0.25, 0.25 + 1e-15)}) {
                    assertThat(kl(u, p)).as("KL(%s ‖ %s)", u, p).isNotNaN()
                            .isGreaterThanOrEqualTo(0);
                    assertThat(crossEntropy(u, p)).as("H(%s, %s)", u, p).isNotNaN();
                }
            }
        }
    }
}
