package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class BetaTest extends UnivariateContinuousContract<Beta> {

    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();

    @Override
    List<Beta> instances() {
        return List.of(Beta.of(0.5, 0.5), Beta.of(2, 5), Beta.of(1e5, 3e5), Beta.of(0.1, 3),
                Beta.of(1, 1), Beta.of(5, 0.8), Beta.of(30, 2));
    }

    /**
     * commons-math3, away from the endpoints (where it refuses infinite densities) and for
     * \( \alpha + \beta \le 10^4 \): it sums \( (\alpha-1)\log x + (\beta-1)\log(1-x) - \log B \)
     * directly, whose terms grow with the parameters (at Beta(1e5, 3e5), x = 0.2448 it is off by
     * 5.8e-10 against mpmath; {@link #largeParametersKeepDensityAndTailsAccurate()} checks there).
     */
    @Override
    double referenceLogDensity(Beta d, double x) {
        if (x == 0 || x == 1 || d.alpha() + d.beta() > 1e4) {
            return Double.NaN;
        }
        return new BetaDistribution(null, d.alpha(), d.beta()).logDensity(x);
    }

    /**
     * The contract's quadrature, with the upper half mirrored. The contract substitutes
     * \( x = 1 - w t^{10} \) next to the upper bound, which rounds to \( x = 1 \) within
     * ulp(1) = 1.1e-16 of it; for \( \beta &lt; 1 \) the density is infinite there and the sum
     * NaN. By the symmetry \( X \mapsto 1 - X \) of the family, the mass above the median of
     * Beta(α, β) is the mass below the median of Beta(β, α), so both halves are integrated next to
     * the lower bound, where doubles are dense, with the contract's rules: \( x = w t^{10} \) on
     * the first piece, the log of x on pieces spanning more than a factor 4, cuts at quantiles.
     */
    @Override
    @TestFactory
    Stream<DynamicTest> densityIntegratesToOne() {
        return instances().stream().map(d -> DynamicTest.dynamicTest(
                "density integrates to 1: " + d, () -> {
                    double mass = lowerHalfMass(d) + lowerHalfMass(Beta.of(d.beta(), d.alpha()));
                    assertThat(mass).isCloseTo(1.0, within(1e-8));
                }));
    }

    private static double lowerHalfMass(Beta d) {
        List<Double> cuts = new ArrayList<>();
        cuts.add(0.0);
        for (double p : PROBABILITY_GRID) {
            double cut = d.quantile(p);
            if (p <= 0.5 && cut > cuts.get(cuts.size() - 1) * (1 + 1e-9)) {
                cuts.add(cut);
            }
        }
        double total = 0;
        for (int i = 0; i + 1 < cuts.size(); i++) {
            double a = cuts.get(i);
            double b = cuts.get(i + 1);
            if (a == 0) {
                total += b * GAUSS.legendre(64, 0, 1).integrate(t -> {
                    double t9 = Math.pow(t, 9);
                    return d.density(b * t9 * t) * 10 * t9;
                });
            } else if (b > 4 * a) {
                total += GAUSS.legendre(64, Math.log(a), Math.log(b))
                        .integrate(u -> d.density(Math.exp(u)) * Math.exp(u));
            } else {
                total += GAUSS.legendre(64, a, b).integrate(d::density);
            }
        }
        return total;
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Beta.of(-1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Beta: alpha must be positive and finite, got -1.0");
        assertThatThrownBy(() -> Beta.of(1, 0))
                .hasMessage("Beta: beta must be positive and finite, got 0.0");
        assertThatThrownBy(() -> Beta.of(Double.NaN, 1)).hasMessageContaining("alpha")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Beta.of(1, Double.POSITIVE_INFINITY))
                .hasMessageContaining("beta").hasMessageContaining("Infinity");
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        // mpmath: betainc(2, 5, 0, 1e-5, regularized=True)
        assertThat(Beta.of(2, 5).cdf(1e-5)).isCloseTo(1.499960000449997600005e-9,
                withinPercentage(1e-12));
        // mpmath: betainc(2, 5, 0.999, 1, regularized=True)
        assertThat(Beta.of(2, 5).survival(0.999))
                .isCloseTo(5.995000000000026618707238412800485686738e-15, withinPercentage(1e-12));
        // mpmath: betainc(0.1, 3, 0, 1e-30, regularized=True)
        assertThat(Beta.of(0.1, 3).cdf(1e-30))
                .isCloseTo(0.00115499999999999999999999999999979, withinPercentage(1e-12));
        // mpmath: betainc(0.1, 3, 0.9, 1, regularized=True)
        assertThat(Beta.of(0.1, 3).survival(0.9))
                .isCloseTo(4.131361971004548315503331215558884098255e-5, withinPercentage(1e-12));
        // Small alpha: the cdf is close to 1 and the survival function is computed directly.
        // mpmath: betainc(0.001, 2, 0.01, 1, regularized=True)
        assertThat(Beta.of(0.001, 2).survival(0.01))
                .isCloseTo(0.003609131285295025913585154604038119623602, withinPercentage(1e-12));
    }

    @Test
    void largeParametersKeepDensityAndTailsAccurate() {
        Beta d = Beta.of(1e5, 3e5);
        // mpmath: (a-1) log x + (b-1) log(1-x) - log B(a, b) at x = 0.25
        assertThat(d.logDensity(0.25)).isCloseTo(6.367658693848444775878200526797381765372,
                withinPercentage(1e-12));
        // mpmath at 50 digits, the continued fraction of DLMF 8.17.22 (agrees with mp.quad of the
        // density to 13 digits): I_0.24(1e5, 3e5) and I_0.74(3e5, 1e5) = 1 - I_0.26(1e5, 3e5)
        assertThat(d.cdf(0.24)).isCloseTo(1.804649839703949158072566041690003442069e-49,
                withinPercentage(1e-11));
        assertThat(d.survival(0.26)).isCloseTo(8.037987407903847782206514888024224768202e-48,
                withinPercentage(1e-11));
        assertThat(d.entropy()).isNegative();
    }

    @Test
    void quantileIsAccurateInBothTails() {
        // Arcsine law: quantile(p) = sin^2(pi p / 2); mpmath at 50 digits.
        assertThat(Beta.of(0.5, 0.5).quantile(1e-14))
                .isCloseTo(2.467401100272339654708622749766102177508e-28, withinPercentage(1e-12));
        assertThat(Beta.of(0.5, 0.5).quantile(1 - 1e-10)).isEqualTo(1.0);
        // mpmath: the root of betainc(2, 5, 0, x, regularized=True) = 1e-12
        assertThat(Beta.of(2, 5).quantile(1e-12))
                .isCloseTo(2.581989786361006980877738490455785262433e-7, withinPercentage(1e-12));
        // mpmath: 1 - y with betainc(5, 2, 0, y, regularized=True) = 2^-40 (1 - 2^-40 is exact)
        assertThat(1 - Beta.of(2, 5).quantile(1 - 0x1p-40))
                .isCloseTo(0.002731037660345522005212349678388689012499, withinPercentage(1e-11));
        // Beta(1, 3): quantile(p) = 1 - (1 - p)^(1/3) exactly.
        double p = 1e-9;
        assertThat(Beta.of(1, 3).quantile(p)).isCloseTo(-Math.expm1(Math.log1p(-p) / 3),
                withinPercentage(1e-12));
        Beta big = Beta.of(1e5, 3e5);
        assertThat(big.cdf(big.quantile(1e-12))).isCloseTo(1e-12, withinPercentage(1e-10));
        assertThat(big.survival(big.quantile(1 - 0x1p-40))).isCloseTo(0x1p-40,
                withinPercentage(1e-8));
        // The quantile of 1e-25 is about 2e-251; that of 1e-100, about 1e-1000, underflows to 0.
        Beta smallShape = Beta.of(0.1, 3);
        assertThat(smallShape.cdf(smallShape.quantile(1e-25))).isCloseTo(1e-25,
                withinPercentage(1e-10));
        assertThat(smallShape.quantile(1e-100)).isZero();
    }

    @Test
    void densityAtTheEndpointsFollowsTheExponents() {
        assertThat(Beta.of(0.5, 0.5).logDensity(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Beta.of(0.5, 0.5).logDensity(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Beta.of(1, 3).logDensity(0)).isCloseTo(Math.log(3), within(1e-15));
        assertThat(Beta.of(2, 1).logDensity(1)).isCloseTo(Math.log(2), within(1e-15));
        assertThat(Beta.of(2, 5).logDensity(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Beta.of(2, 5).logDensity(-0.5)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Beta.of(2, 5).logDensity(Double.NaN)).isNaN();
    }

    @Test
    void entropyVanishesOnlyForTheUniform() {
        assertThat(Beta.of(1, 1).entropy()).isEqualTo(0.0);
        // mpmath: the entropy formula at Beta(1 + 1e-8, 1), which vanishes to second order
        assertThat(Beta.of(1 + 1e-8, 1).entropy())
                .isCloseTo(-4.9999998725586257743e-17, withinPercentage(1e-12));
        assertThat(Beta.of(2, 5).entropy()).isNegative();
    }

    @Test
    void klOfNearlyEqualParametersKeepsRelativeAccuracy() {
        // mpmath (80 digits): the KL formula of BetaDivergences at (2, 5) and (2, 5.000000005)
        assertThat(ClosedForms.kl(Beta.of(2, 5), Beta.of(2, 5.000000005)).getAsDouble())
                .isCloseTo(8.472223618949552948069843492279641689711e-19, withinPercentage(1e-12));
        // mpmath: the same at (1e5, 3e5) and (100000.0001, 3e5)
        assertThat(ClosedForms.kl(Beta.of(1e5, 3e5), Beta.of(100000.0001, 3e5)).getAsDouble())
                .isCloseTo(3.750023792252634323164451142555303170778e-14, withinPercentage(1e-12));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (Beta d : instances()) {
            assertThat(ClosedForms.kl(d, d).getAsDouble()).isEqualTo(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).getAsDouble())
                    .isCloseTo(d.entropy(), within(1e-14 * Math.max(1, Math.abs(d.entropy()))));
        }
    }

    @Property(tries = 300)
    void klIsNonNegativeAndCrossEntropyIsEntropyPlusKl(
            @ForAll @DoubleRange(min = -7, max = 16) double logAlpha1,
            @ForAll @DoubleRange(min = -7, max = 16) double logBeta1,
            @ForAll @DoubleRange(min = -7, max = 16) double logAlpha2,
            @ForAll @DoubleRange(min = -7, max = 16) double logBeta2) {
        Beta p = Beta.of(Math.exp(logAlpha1), Math.exp(logBeta1));
        Beta q = Beta.of(Math.exp(logAlpha2), Math.exp(logBeta2));
        double kl = ClosedForms.kl(p, q).getAsDouble();
        double crossEntropy = ClosedForms.crossEntropy(p, q).getAsDouble();
        assertThat(kl).isGreaterThanOrEqualTo(0);
        assertThat(crossEntropy).isCloseTo(p.entropy() + kl,
                within(1e-12 * (Math.abs(p.entropy()) + kl)));
    }
}
