package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Laws every registered closed form obeys, over random valid parameters of every registered pair:
 * KL ≥ 0, KL(p‖p) = 0 exactly, H(p,q) = H(p) + KL(p‖q), and invariance under a common affine map
 * (for families closed under it), with the entropy shifting by log|a|.
 */
class ClosedFormLawsTest {

    record Pair(Distribution p, Distribution q) {
    }

    @Provide
    Arbitrary<Pair> registeredPairs() {
        return Arbitraries.of(ClosedForms.pairs()).flatMap(pair -> Combinators
                .combine(RandomDistributions.of(pair.p()), RandomDistributions.of(pair.q()))
                .as(Pair::new));
    }

    @Provide
    Arbitrary<Distribution> sameFamilyMembers() {
        return Arbitraries.of(ClosedForms.pairs().stream().filter(pair -> pair.p() == pair.q())
                .toList()).flatMap(pair -> RandomDistributions.of(pair.p()));
    }

    @Property(tries = 3000)
    void klIsNonNegative(@ForAll("registeredPairs") Pair pair) {
        assertThat(ClosedForms.kl(pair.p(), pair.q()).orElseThrow()).isGreaterThanOrEqualTo(0);
    }

    @Property(tries = 1000)
    void klOfADistributionWithItselfIsExactlyZero(@ForAll("sameFamilyMembers") Distribution p) {
        assertThat(ClosedForms.kl(p, p).orElseThrow()).isZero();
    }

    @Property(tries = 3000)
    void crossEntropyIsEntropyPlusKl(@ForAll("registeredPairs") Pair pair) {
        double crossEntropy = ClosedForms.crossEntropy(pair.p(), pair.q()).orElseThrow();
        double kl = ClosedForms.kl(pair.p(), pair.q()).orElseThrow();
        if (crossEntropy == Double.POSITIVE_INFINITY) {
            assertThat(kl).isEqualTo(Double.POSITIVE_INFINITY);
            return;
        }
        assertThat(crossEntropy - pair.p().entropy() - kl).isCloseTo(0,
                org.assertj.core.api.Assertions.within(1e-13 * Math.max(1, Math.abs(crossEntropy))));
    }

    @Property(tries = 3000)
    void klIsInvariantUnderACommonAffineMap(@ForAll("registeredPairs") Pair pair,
            @ForAll @DoubleRange(min = -3, max = 3) @net.jqwik.api.constraints.Scale(12) double logA,
            @ForAll @DoubleRange(min = -10, max = 10) @net.jqwik.api.constraints.Scale(12) double shift, @ForAll boolean negate) {
        double a = (negate ? -1 : 1) * Math.pow(10, logA);
        // The shift scales with a: a shift of 64 after shrinking by 1e-3 would round the mapped
        // locations to ulp(64) = 1.4e-14, a relative error of 2e-11 against scales near 1e-3,
        // which tests the rounding of the inputs, not the formula.
        double b = a * shift;
        Distribution p = RandomDistributions.affine(pair.p(), a, b);
        Distribution q = RandomDistributions.affine(pair.q(), a, b);
        if (p == null || q == null) {
            p = RandomDistributions.affine(pair.p(), Math.abs(a), 0);
            q = RandomDistributions.affine(pair.q(), Math.abs(a), 0);
        }
        if (p == null || q == null || p.getClass() != pair.p().getClass()
                || q.getClass() != pair.q().getClass()) {
            return;
        }
        double before = ClosedForms.kl(pair.p(), pair.q()).orElseThrow();
        double after = ClosedForms.kl(p, q).orElseThrow();
        if (before == Double.POSITIVE_INFINITY) {
            assertThat(after).isEqualTo(before);
            return;
        }
        // The mapped parameters are rounded, which moves KL by a few ulps of its terms.
        assertThat(after).isCloseTo(before,
                org.assertj.core.api.Assertions.within(1e-11 * Math.max(1, before)));
    }

    @Property(tries = 2000)
    void entropyShiftsByLogAbsAUnderScaling(@ForAll("sameFamilyMembers") Distribution p,
            @ForAll @DoubleRange(min = -3, max = 3) @net.jqwik.api.constraints.Scale(12) double logA) {
        double a = Math.pow(10, logA);
        Distribution scaled = RandomDistributions.affine(p, a, 0);
        if (scaled == null || !(p instanceof UnivariateContinuous)) {
            return;
        }
        assertThat(scaled.entropy() - p.entropy()).isCloseTo(Math.log(a),
                org.assertj.core.api.Assertions.within(1e-13 * Math.max(1, Math.abs(p.entropy()))));
    }
}
