package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.distribution.LaplaceDistribution;
import org.junit.jupiter.api.Test;

class LaplaceTest extends UnivariateContinuousContract<Laplace> {

    @Override
    List<Laplace> instances() {
        return List.of(Laplace.of(0, 1), Laplace.of(1.5, 0.3), Laplace.of(-3, 20),
                Laplace.of(0, 1e-10), Laplace.of(0, 1e10), Laplace.of(1e8, 1),
                Laplace.of(0, 1e-300));
    }

    /** Fourth central moments of a very small scale are below the double range. */
    @Override
    boolean hasFiniteFourthMoment(Laplace d) {
        return d.scale() > 1e-70;
    }

    @Override
    double referenceLogDensity(Laplace d, double x) {
        return new LaplaceDistribution(null, d.location(), d.scale()).logDensity(x);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Laplace.of(0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Laplace: scale must be positive and finite, got -1.0");
        assertThatThrownBy(() -> Laplace.of(0, 0))
                .hasMessage("Laplace: scale must be positive and finite, got 0.0");
        assertThatThrownBy(() -> Laplace.of(Double.NaN, 1))
                .hasMessage("Laplace: location must be finite, got NaN");
        assertThatThrownBy(() -> Laplace.of(0, Double.POSITIVE_INFINITY))
                .hasMessage("Laplace: scale must be positive and finite, got Infinity");
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        Laplace standard = Laplace.of(0, 1);
        // exp(-700)/2 = 4.929838271879885428352686e-305 (mpmath), in both tails.
        assertThat(standard.survival(700)).isCloseTo(4.929838271879885428352686e-305,
                withinPercentage(1e-11));
        assertThat(standard.cdf(-700)).isCloseTo(4.929838271879885428352686e-305,
                withinPercentage(1e-11));
        // log(2e-300) = -690.0823807176537598709211 (mpmath)
        assertThat(standard.quantile(1e-300)).isCloseTo(-690.0823807176537598709211,
                withinPercentage(1e-12));
        // p = 0.999999999999999 (a double): -log(2(1 - p)) = 33.84642881178093670690558
        assertThat(standard.quantile(0.999999999999999)).isCloseTo(33.84642881178093670690558,
                withinPercentage(1e-12));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (Laplace d : instances()) {
            assertThat(ClosedForms.kl(d, d)).hasValue(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).orElseThrow())
                    .isCloseTo(d.entropy(), within(4 * Math.ulp(d.entropy())));
        }
    }

    @Test
    void klOfNearlyEqualLocationsKeepsRelativeAccuracy() {
        // t = 1e-9 (the double): exp(-t) - 1 + t = 4.999999998333333956565914e-19 (mpmath)
        assertThat(ClosedForms.kl(Laplace.of(0, 1), Laplace.of(1e-9, 1)).orElseThrow())
                .isCloseTo(4.999999998333333956565914e-19, withinPercentage(1e-12));
    }

    /** KL is invariant under x ↦ cx, which maps L(µ, b) to L(cµ, cb); exact for c = 2^k. */
    @Property(tries = 200)
    void klIsNonNegativeAndInvariantUnderScaling(
            @ForAll @DoubleRange(min = -10, max = 10) double location1,
            @ForAll @DoubleRange(min = 0.01, max = 100) double scale1,
            @ForAll @DoubleRange(min = -10, max = 10) double location2,
            @ForAll @DoubleRange(min = 0.01, max = 100) double scale2,
            @ForAll @IntRange(min = -30, max = 30) int k) {
        double kl = ClosedForms.kl(Laplace.of(location1, scale1), Laplace.of(location2, scale2))
                .orElseThrow();
        double c = Math.scalb(1.0, k);
        assertThat(kl).isGreaterThanOrEqualTo(0).isFinite();
        assertThat(ClosedForms.kl(Laplace.of(c * location1, c * scale1),
                Laplace.of(c * location2, c * scale2))).hasValue(kl);
    }
}
