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
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.junit.jupiter.api.Test;

class UniformTest extends UnivariateContinuousContract<Uniform> {

    @Override
    List<Uniform> instances() {
        return List.of(Uniform.of(0, 1), Uniform.of(-5e-4, 7), Uniform.of(0, 1e-300),
                Uniform.of(-1e-13, 2.5e-10), Uniform.of(0, 1e300));
    }

    /** Fourth central moments of a very narrow interval are below the double range. */
    @Override
    boolean hasFiniteFourthMoment(Uniform d) {
        return d.width() > 1e-70 && d.width() < 1e70;
    }

    /** commons-math3's density is 1/(b - a), which is 0 when the width overflows. */
    @Override
    double referenceLogDensity(Uniform d, double x) {
        if (Double.isInfinite(d.upper() - d.lower())) {
            return Double.NaN;
        }
        return new UniformRealDistribution(null, d.lower(), d.upper()).logDensity(x);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Uniform.of(1, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Uniform: upper must be greater than lower = 1.0, got 0.5");
        assertThatThrownBy(() -> Uniform.of(1, 1))
                .hasMessage("Uniform: upper must be greater than lower = 1.0, got 1.0");
        assertThatThrownBy(() -> Uniform.of(Double.NEGATIVE_INFINITY, 0))
                .hasMessage("Uniform: lower must be finite, got -Infinity");
        assertThatThrownBy(() -> Uniform.of(0, Double.NaN))
                .hasMessage("Uniform: upper must be finite, got NaN");
    }

    @Test
    void intervalWiderThanTheDoubleRangeStaysAccurate() {
        Uniform wide = Uniform.of(-1e308, 1e308);
        // -log(2e308) = -709.8893558227260159979377 (mpmath)
        assertThat(wide.logDensity(0)).isCloseTo(-709.8893558227260159979377,
                withinPercentage(1e-12));
        assertThat(wide.entropy()).isCloseTo(709.8893558227260159979377, withinPercentage(1e-12));
        assertThat(wide.cdf(0)).isEqualTo(0.5);
        assertThat(wide.survival(5e307)).isEqualTo(0.25);
        assertThat(wide.quantile(0.25)).isEqualTo(-5e307);
        assertThat(wide.quantile(0.75)).isEqualTo(5e307);
        assertThat(wide.mean()).isZero();
        assertThat(wide.variance()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void upperTailKeepsRelativeAccuracy() {
        // x = 2.999999999999999 (a double): (3 - x)/3 = 2.960594732333750774463018e-16 (mpmath)
        assertThat(Uniform.of(0, 3).survival(2.999999999999999))
                .isCloseTo(2.960594732333750774463018e-16, withinPercentage(1e-12));
        assertThat(Uniform.of(0, 3).survival(3)).isZero();
        assertThat(Uniform.of(0, 3).logDensity(3)).isEqualTo(-Math.log(3));
    }

    @Test
    void klIsInfiniteUnlessQContainsP() {
        Uniform unit = Uniform.of(0, 1);
        for (Uniform q : List.of(Uniform.of(0.5, 2), Uniform.of(-1, 0.5), Uniform.of(2, 3),
                Uniform.of(0.25, 0.75), Uniform.of(0, 1 - 0x1p-53))) {
            assertThat(ClosedForms.kl(unit, q)).as("KL(%s‖%s)", unit, q)
                    .hasValue(Double.POSITIVE_INFINITY);
            assertThat(ClosedForms.crossEntropy(unit, q)).hasValue(Double.POSITIVE_INFINITY);
        }
        // The reverse direction is finite: log(1/0.5) = log 2.
        assertThat(ClosedForms.kl(Uniform.of(0.25, 0.75), unit)).hasValue(Math.log(2));
    }

    @Test
    void klOfADistributionWithItselfIsExactlyZero() {
        for (Uniform d : instances()) {
            assertThat(ClosedForms.kl(d, d)).hasValue(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).orElseThrow())
                    .isCloseTo(d.entropy(), within(4 * Math.ulp(d.entropy())));
        }
    }

    /** KL is invariant under x ↦ cx; exact for c = 2^k. */
    @Property(tries = 200)
    void klIsNonNegativeAndInvariantUnderScaling(
            @ForAll @DoubleRange(min = -10, max = 10) double lower1,
            @ForAll @DoubleRange(min = 0.01, max = 10) double width1,
            @ForAll @DoubleRange(min = -10, max = 10) double lower2,
            @ForAll @DoubleRange(min = 0.01, max = 30) double width2,
            @ForAll @IntRange(min = -30, max = 30) int k) {
        double kl = ClosedForms.kl(Uniform.of(lower1, lower1 + width1),
                Uniform.of(lower2, lower2 + width2)).orElseThrow();
        double c = Math.scalb(1.0, k);
        assertThat(kl).isGreaterThanOrEqualTo(0).isNotNaN();
        assertThat(ClosedForms.kl(Uniform.of(c * lower1, c * (lower1 + width1)),
                Uniform.of(c * lower2, c * (lower2 + width2)))).hasValue(kl);
    }
}
