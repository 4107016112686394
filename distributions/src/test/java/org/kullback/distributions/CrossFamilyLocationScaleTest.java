package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Closed forms from a location–scale p (Normal, Laplace, Gumbel, Uniform) to a family of another
 * kind: the +∞ cases, overflow, the least divergences between the families and spot values in
 * extreme regimes, all against mpmath (80 digits, from the exact doubles; the expression is given
 * with each value). The reference table {@code cross-locscale.tsv} covers the ordinary rows.
 */
class CrossFamilyLocationScaleTest {

    private static final double PI = Math.PI;

    private static double kl(Distribution p, Distribution q) {
        return ClosedForms.kl(p, q).orElseThrow();
    }

    private static double crossEntropy(Distribution p, Distribution q) {
        return ClosedForms.crossEntropy(p, q).orElseThrow();
    }

    private static void assertRelative(double computed, double expected, double bar) {
        assertThat(computed).isCloseTo(expected, within(bar * Math.abs(expected)));
    }

    @Test
    void everyPairOfTheGroupIsRegistered() {
        List<Class<? extends Distribution>[]> pairs = List.of(
                pair(Normal.class, Laplace.class), pair(Normal.class, Gumbel.class),
                pair(Laplace.class, Normal.class), pair(Gumbel.class, Normal.class),
                pair(Uniform.class, Normal.class), pair(Uniform.class, Exponential.class),
                pair(Uniform.class, Gamma.class), pair(Uniform.class, Gumbel.class),
                pair(Uniform.class, Pareto.class), pair(Uniform.class, Laplace.class));
        for (Class<? extends Distribution>[] pair : pairs) {
            assertThat(ClosedForms.has(pair[0], pair[1]))
                    .as("%s→%s", pair[0].getSimpleName(), pair[1].getSimpleName()).isTrue();
        }
    }

    @SafeVarargs
    private static Class<? extends Distribution>[] pair(Class<? extends Distribution>... classes) {
        return classes;
    }

    @Test
    void uniformMassOutsideQsSupportGivesInfinity() {
        Uniform straddlingZero = Uniform.of(-1, 2);
        assertThat(kl(straddlingZero, Exponential.of(1))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(crossEntropy(straddlingZero, Gamma.of(2, 1)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(kl(Uniform.of(0.5, 2), Pareto.of(1, 3))).isEqualTo(Double.POSITIVE_INFINITY);
        // The formulas themselves say so too, without the registry's support check.
        assertThat(UniformDivergences.kl(straddlingZero, Exponential.of(1)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(UniformDivergences.crossEntropy(straddlingZero, Exponential.of(1)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(UniformDivergences.kl(straddlingZero, Gamma.of(0.5, 1)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(UniformDivergences.crossEntropy(straddlingZero, Gamma.of(3, 1)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(UniformDivergences.kl(Uniform.of(0.5, 2), Pareto.of(1, 3)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(UniformDivergences.crossEntropy(Uniform.of(0.5, 2), Pareto.of(1, 3)))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void uniformOnTheEdgeOfQsSupportIsFinite() {
        // mpmath: -log λ + λ(a+b)/2 - log(b-a) = 1 - log 2
        assertRelative(kl(Uniform.of(0, 2), Exponential.of(1)), 0.3068528194400546905827679,
                1e-15);
        // mpmath: lnΓ(k) - k log β - (k-1) E[log X] + β m - log(b-a) with E[log X] = log b - 1,
        // which is ½ log π here
        assertRelative(kl(Uniform.of(0, 1e-300), Gamma.of(0.5, 1e300)),
                0.5723649429247000870717137, 1e-15);
        // mpmath: -log α - α log x_m + (α+1) E[log X], E[log X] = (b log b - a log a)/(b-a) - 1
        assertRelative(crossEntropy(Uniform.of(5, 5 + 1e-9), Pareto.of(5, 2)),
                0.9162907321741550899856385, 1e-15);
    }

    @Test
    void divergencesBeyondTheDoubleRangeAreInfiniteNotNaN() {
        // E[e^{-z}] = exp(s²/2) with s = 100: KL = 2.97e2171 (mpmath).
        assertThat(kl(Normal.of(0, 1), Gumbel.of(0, 0.01))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(crossEntropy(Normal.of(0, 1), Gumbel.of(0, 0.01)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(kl(Uniform.of(0, 1), Gumbel.of(0.5, 1e-300)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        double[] extremes = {-1e308, -1e300, -1, -1e-300, 0, 1e-300, 1, 1e300, 1e308};
        double[] scales = {Double.MIN_VALUE, 1e-300, 1, 1e300, Double.MAX_VALUE};
        for (double location : extremes) {
            for (double scale : scales) {
                for (double otherLocation : extremes) {
                    for (double otherScale : scales) {
                        List<Distribution> ps = List.of(Normal.of(location, scale),
                                Laplace.of(location, scale), Gumbel.of(location, scale));
                        List<Distribution> qs = List.of(Normal.of(otherLocation, otherScale),
                                Laplace.of(otherLocation, otherScale),
                                Gumbel.of(otherLocation, otherScale),
                                Exponential.of(otherScale), Gamma.of(otherScale, otherScale),
                                Gamma.of(0.5, otherScale), Pareto.of(otherScale, 1e-3));
                        for (Distribution p : ps) {
                            for (Distribution q : qs) {
                                assertSaneOrAbsent(p, q);
                            }
                        }
                        double upper = otherLocation > location ? otherLocation
                                : location + Math.ulp(location);
                        if (upper > location && Double.isFinite(upper)) {
                            for (Distribution q : qs) {
                                assertSaneOrAbsent(Uniform.of(location, upper), q);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void assertSaneOrAbsent(Distribution p, Distribution q) {
        if (p.getClass() == q.getClass() || !ClosedForms.has(p.getClass(), q.getClass())) {
            return;
        }
        assertThat(kl(p, q)).as("KL(%s‖%s)", p, q).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(crossEntropy(p, q)).as("H(%s, %s)", p, q).isNotNaN();
    }

    @Test
    void leastDivergencesBetweenTheFamiliesKeepTheirDigits() {
        // Each pair's minimum, reached by matching the spread (and centre): the constants of the
        // formulas. mpmath from the exact doubles below.
        // ½ - log(π/2), at b = σ√(2/π)
        assertRelative(kl(Normal.of(0, 1), Laplace.of(0, Math.sqrt(2 / PI))),
                0.04841729471054513527380477, 2e-16 * 8);
        // ½ log π - ½, at σ² = 2b²
        assertRelative(kl(Laplace.of(0, Math.sqrt(0.5)), Normal.of(0, 1)),
                0.07236494292470008707171368, 2e-16 * 8);
        // ½ log(π³/3) - γ - ½, at the Gumbel's mean and variance
        assertRelative(kl(Gumbel.of(-0.45005320754569467, 0.779696801233676), Normal.of(0, 1)),
                0.09057301953851255491100632, 2e-16 * 8);
        // ½ + ½ log(π/6), at the uniform's mean and variance
        assertRelative(kl(Uniform.of(-Math.sqrt(3), Math.sqrt(3)), Normal.of(0, 1)),
                0.176485208310672586665475, 2e-16 * 8);
    }

    @Test
    void nearlyDegenerateAndHugeUniformsKeepRelativeAccuracy() {
        // mpmath: -log(w) + lnΓ(k) - k log β - (k-1) E[log X] + β m, w = 1e-9, k = β = 1e6
        assertRelative(kl(Uniform.of(1, 1 + 1e-9), Gamma.of(1e6, 1e6)),
                14.73444909226207931101045, 1e-14);
        assertRelative(crossEntropy(Uniform.of(1, 1 + 1e-9), Gamma.of(1e6, 1e6)),
                -5.988816661943964269045407, 1e-14);
        // mpmath: as above with w = 1e-12, k = 3, β = 1
        assertRelative(kl(Uniform.of(3, 3 + 1e-12), Gamma.of(3, 1)),
                29.12685482252152238755371, 1e-15);
        // mpmath: log σ + ½ log 2π + ((b-a)²/12 + m²)/(2σ²) - log(b - a), b - a = 2e300
        assertRelative(kl(Uniform.of(-1e300, 1e300), Normal.of(0, 1e300)),
                0.3924580193113940990297643, 1e-15);
        assertRelative(crossEntropy(Uniform.of(-1e300, 1e300), Normal.of(0, 1e300)),
                691.8611330980850446663492, 1e-15);
        // mpmath: log(2β) + ((μ-a)² + (b-μ)²)/(2wβ) - log w, w = 1e-9 around μ
        assertRelative(kl(Uniform.of(5, 5 + 1e-9), Laplace.of(5 + 5e-10, 1)),
                21.41641293501598891015818, 1e-15);
        // mpmath: log β + (m-μ)/β + β(e^{-(a-μ)/β} - e^{-(b-μ)/β})/w - log w
        assertRelative(kl(Uniform.of(1e-9, 2e-9), Gumbel.of(0, 1)), 21.723265836946411095047,
                1e-15);
        assertRelative(crossEntropy(Uniform.of(1e-9, 2e-9), Gumbel.of(0, 1)),
                1.000000000000000001166667, 1e-15);
    }

    @Test
    void extremeScaleRatiosStayFinite() {
        // mpmath: log 2b + E|X-μ₂|/b - log(σ√(2πe)), E|X-μ₂| = σ√(2/π)e^{-d²/2σ²} + d erf(d/σ√2)
        assertRelative(kl(Normal.of(0, 1e-300), Laplace.of(1, 1)), 691.0497365455689777479752,
                1e-15);
        // mpmath: log β + (μ₁-μ₂)/β + exp(-(μ₁-μ₂)/β + σ²/2β²) - log(σ√(2πe)), about e^x with
        // x = 50; rounding x to a double alone costs up to 50 ulps of relative accuracy.
        assertRelative(kl(Normal.of(0, 0.1), Gumbel.of(0, 0.01)), 5184705528587090452144.525,
                1e-14);
        assertRelative(crossEntropy(Normal.of(0, 0.1), Gumbel.of(0, 0.01)),
                5184705528587090452143.641, 1e-14);
    }

    @Test
    void uniformToGammaOfShapeOneAgreesWithUniformToExponential() {
        double[][] cases = {{0, 1, 1}, {0, 2, 3}, {1e-9, 2e-9, 1e9}, {5, 5 + 1e-9, 0.1},
            {0, 1e300, 1e-300}, {7, 700, 0.01}};
        for (double[] c : cases) {
            Uniform p = Uniform.of(c[0], c[1]);
            assertRelative(kl(p, Gamma.of(1, c[2])), kl(p, Exponential.of(c[2])), 4e-16);
            assertRelative(crossEntropy(p, Gamma.of(1, c[2])),
                    crossEntropy(p, Exponential.of(c[2])), 4e-16);
        }
    }

    @Test
    void reflectionMapsUniformToLaplaceOntoItself() {
        double[][] cases = {{0, 1, 0.3, 2}, {-1, 3, 0.5, 2}, {2, 3, 0, 0.1}, {-1e-9, 1e-9, 1e-9,
            1e-9}, {10, 10 + 1e-6, 10 + 2e-7, 3e-7}};
        for (double[] c : cases) {
            double forward = kl(Uniform.of(c[0], c[1]), Laplace.of(c[2], c[3]));
            double mirrored = kl(Uniform.of(-c[1], -c[0]), Laplace.of(-c[2], c[3]));
            assertRelative(mirrored, forward, 1e-15);
        }
    }
}
