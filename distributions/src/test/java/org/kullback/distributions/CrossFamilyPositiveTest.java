package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * The cross-family closed forms whose p is a positive family (Exponential, Gamma, LogNormal,
 * Weibull, Pareto): divergent integrals, exact zeros where two families share a member, and spot
 * values against mpmath (each expression is given in a comment; {@code CE} is
 * \( -E_p[\log q] \) from the textbook moments at 60 digits and {@code KL = CE - H(p)}).
 */
class CrossFamilyPositiveTest {

    private static double kl(Distribution p, Distribution q) {
        return ClosedForms.kl(p, q).orElseThrow();
    }

    private static double crossEntropy(Distribution p, Distribution q) {
        return ClosedForms.crossEntropy(p, q).orElseThrow();
    }

    @Test
    void everyPairOfTheGroupIsRegistered() {
        List<Class<? extends Distribution>> exponentialTargets =
                List.of(Gamma.class, Normal.class, Gumbel.class, Weibull.class);
        exponentialTargets.forEach(q -> assertThat(ClosedForms.has(Exponential.class, q)).isTrue());
        List.of(Exponential.class, Normal.class, Gumbel.class, LogNormal.class)
                .forEach(q -> assertThat(ClosedForms.has(Gamma.class, q)).isTrue());
        assertThat(ClosedForms.has(LogNormal.class, Gamma.class)).isTrue();
        assertThat(ClosedForms.has(Weibull.class, Exponential.class)).isTrue();
        assertThat(ClosedForms.has(Weibull.class, Gamma.class)).isTrue();
        List.of(Exponential.class, Gamma.class, Normal.class)
                .forEach(q -> assertThat(ClosedForms.has(Pareto.class, q)).isTrue());
    }

    @Test
    void heavyParetoTailsGiveInfiniteDivergence() {
        // E[X] = ∞ for shape ≤ 1 against the linear −log q of Exponential and Gamma.
        for (double shape : new double[] {1.0, 0.5, 1e-3}) {
            Pareto p = Pareto.of(2, shape);
            for (Distribution q : List.of(Exponential.of(1), Gamma.of(2, 3))) {
                assertThat(kl(p, q)).isEqualTo(Double.POSITIVE_INFINITY);
                assertThat(crossEntropy(p, q)).isEqualTo(Double.POSITIVE_INFINITY);
            }
        }
        // E[X²] = ∞ for shape ≤ 2 against the quadratic −log q of the normal.
        for (double shape : new double[] {2.0, 1.5, 0.5}) {
            assertThat(kl(Pareto.of(1, shape), Normal.of(0, 1)))
                    .isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(crossEntropy(Pareto.of(1, shape), Normal.of(0, 1)))
                    .isEqualTo(Double.POSITIVE_INFINITY);
        }
        // Just past the thresholds the integrals converge.
        assertThat(kl(Pareto.of(2, 1.0000001), Exponential.of(1))).isFinite();
        assertThat(kl(Pareto.of(1, 2.0000001), Normal.of(0, 1))).isFinite();
    }

    @Test
    void klIsExactlyZeroWhereTheFamiliesShareAMember() {
        // Exp(λ) = Γ(1, λ) = W(1, 1/λ), with 1/λ exact for λ = 2.
        Exponential exponential = Exponential.of(2);
        Gamma gamma = Gamma.of(1, 2);
        Weibull weibull = Weibull.of(1, 0.5);
        assertThat(kl(exponential, gamma)).isEqualTo(0.0);
        assertThat(kl(gamma, exponential)).isEqualTo(0.0);
        assertThat(kl(exponential, weibull)).isEqualTo(0.0);
        assertThat(kl(weibull, exponential)).isEqualTo(0.0);
        assertThat(kl(weibull, gamma)).isEqualTo(0.0);
        assertThat(crossEntropy(weibull, gamma)).isCloseTo(exponential.entropy(), within(1e-16));
    }

    @Test
    void klOfNearlyCoincidingMembersKeepsRelativeAccuracy() {
        // W(1, fl(1/3)) is not exactly Exp(3): 3·fl(1/3) = 1 − 2^-54, so KL ≈ 2^-108/2.
        // CE(Exp(3), W(1, 1/3.0)) − H = 1.5407439555097887965e-33
        assertThat(kl(Exponential.of(3), Weibull.of(1, 1 / 3.0)))
                .isCloseTo(1.5407439555097887965e-33, within(1e-47));
        // CE(Exp(2), W(1.000000001, 0.5)) − H: 9.118404810667039238e-19
        assertThat(kl(Exponential.of(2), Weibull.of(1.000000001, 0.5)))
                .isCloseTo(9.118404810667039238e-19, within(1e-32));
        // CE(W(1.0000000001, 1), Γ(0.9999999999, 1.0000000001)) − H: 3.3887392542499189593e-20
        assertThat(kl(Weibull.of(1.0000000001, 1), Gamma.of(0.9999999999, 1.0000000001)))
                .isCloseTo(3.3887392542499189593e-20, within(1e-33));
        // A log-normal fitted to a gamma of large shape: terms of size 1e7, KL 2e-7.
        // CE(LN(0, 1e-3), Γ(1e6, 1e6)) − H = 2.0833335416666650346e-7
        assertThat(kl(LogNormal.of(0, 1e-3), Gamma.of(1e6, 1e6)))
                .isCloseTo(2.0833335416666650346e-7, within(2e-21));
    }

    @Test
    void klAlongTheCurveWhereWeibullAndGammaAreClose() {
        // Weibull shape 2 is nearest to gamma shape 3.14; the textbook sum loses two digits.
        // CE(W(2, 1), Γ(3, 2.7)) − H = 0.08795957326225347554
        assertThat(kl(Weibull.of(2, 1), Gamma.of(3, 2.7)))
                .isCloseTo(0.08795957326225347554, within(1e-16));
        // CE(W(0.5, 1), Γ(0.36, 0.3)) − H = 0.083987392335056671842
        assertThat(kl(Weibull.of(0.5, 1), Gamma.of(0.36, 0.3)))
                .isCloseTo(0.083987392335056671842, within(2e-16));
    }

    @Test
    void spotValuesAgainstMpmath() {
        // CE(Γ(1000, 1), N(1000, 31.6)) − H = 0.00033393607471235139678
        assertThat(kl(Gamma.of(1000, 1), Normal.of(1000, 31.6)))
                .isCloseTo(3.3393607471235139678e-4, within(4e-18));
        // CE(Γ(100, 700), LN(−2, 0.1)) − H = 0.12129144657131953959
        assertThat(kl(Gamma.of(100, 700), LogNormal.of(-2, 0.1)))
                .isCloseTo(0.12129144657131953959, within(1e-16));
        // CE(Γ(2, 1), Gumbel(1, 1)) = 1.6795704571147613088, KL = 0.10235479221322844823
        assertThat(crossEntropy(Gamma.of(2, 1), Gumbel.of(1, 1)))
                .isCloseTo(1.6795704571147613088, within(1e-15));
        assertThat(kl(Gamma.of(2, 1), Gumbel.of(1, 1)))
                .isCloseTo(0.10235479221322844823, within(1e-16));
        // CE(Pareto(1, 3), N(0, 1)) = 2.4189385332046727418, KL = 2.1842174885394490998
        assertThat(crossEntropy(Pareto.of(1, 3), Normal.of(0, 1)))
                .isCloseTo(2.4189385332046727418, within(1e-15));
        assertThat(kl(Pareto.of(1, 3), Normal.of(0, 1)))
                .isCloseTo(2.1842174885394490998, within(1e-15));
        // CE(Pareto(2, 1.5), Γ(0.5, 0.1)) = 3.0035644130350289227, KL = 1.0492156739165813286
        assertThat(crossEntropy(Pareto.of(2, 1.5), Gamma.of(0.5, 0.1)))
                .isCloseTo(3.0035644130350289227, within(2e-15));
        assertThat(kl(Pareto.of(2, 1.5), Gamma.of(0.5, 0.1)))
                .isCloseTo(1.0492156739165813286, within(1e-15));
    }

    @Property(tries = 300)
    void weibullToGammaNearTheExponentialIsOfSecondOrderAndConsistent(
            @ForAll @DoubleRange(min = -12, max = -1) double logShapeOffset,
            @ForAll @DoubleRange(min = -12, max = -1) double logOtherOffset,
            @ForAll boolean negateShape, @ForAll boolean negateOther) {
        double e = (negateShape ? -1 : 1) * Math.pow(10, logShapeOffset);
        double f = (negateOther ? -1 : 1) * Math.pow(10, logOtherOffset);
        Weibull p = Weibull.of(1 + e, 2);
        Gamma q = Gamma.of(1 + f, 0.5 * (1 + f));
        double kl = kl(p, q);
        assertThat(kl).isGreaterThanOrEqualTo(0);
        // The quadratic form of KL in the offsets has eigenvalues below 1.3.
        assertThat(kl).isLessThanOrEqualTo(1.5 * (e * e + f * f));
        assertThat(crossEntropy(p, q)).isCloseTo(p.entropy() + kl, within(1e-15));
    }
}
