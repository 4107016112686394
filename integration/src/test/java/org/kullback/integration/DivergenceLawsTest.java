package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.kullback.distributions.Logistic;
import org.kullback.distributions.Normal;
import org.kullback.distributions.StudentT;

/** Laws of the numerical divergences on pairs without a closed form. */
class DivergenceLawsTest {

    @Property(tries = 40)
    void crossEntropyIsEntropyPlusKlAndKlIsNonNegative(
            @ForAll @DoubleRange(min = 2.5, max = 50) double dof,
            @ForAll @DoubleRange(min = -5, max = 5) double location,
            @ForAll @DoubleRange(min = 0.1, max = 10) double scale,
            @ForAll @DoubleRange(min = 0.1, max = 10) double normalSd) {
        StudentT p = StudentT.of(dof, location, scale);
        Normal q = Normal.of(0, normalSd);
        double kl = NumericalDivergences.kl(p, q).value();
        double h = NumericalDivergences.entropy(p).value();
        double ce = NumericalDivergences.crossEntropy(p, q).value();
        assertThat(kl).isGreaterThanOrEqualTo(0);
        assertThat(ce).isCloseTo(h + kl, within(1e-11 * (1 + Math.abs(ce))));
        // The family's own entropy (closed form) against quadrature.
        assertThat(h).isCloseTo(p.entropy(), within(1e-11 * (1 + Math.abs(h))));
    }

    @Property(tries = 40)
    void klIsInvariantUnderACommonAffineMap(
            @ForAll @DoubleRange(min = -3, max = 3) double location,
            @ForAll @DoubleRange(min = 0.2, max = 5) double scale,
            @ForAll @DoubleRange(min = -100, max = 100) double shift,
            @ForAll @DoubleRange(min = -3, max = 3) double logStretch) {
        double stretch = Math.pow(10, logStretch);
        double kl = NumericalDivergences.kl(Logistic.of(0, 1), Normal.of(location, scale))
                .value();
        double mapped = NumericalDivergences.kl(Logistic.of(shift, stretch),
                Normal.of(shift + stretch * location, stretch * scale)).value();
        assertThat(mapped).isCloseTo(kl, within(1e-10 * kl));
    }
}
