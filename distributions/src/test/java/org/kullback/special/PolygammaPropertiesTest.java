package org.kullback.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Functional equations that {@link Polygamma} must satisfy to within rounding. */
class PolygammaPropertiesTest {

    /** Arguments \( 10^e \) for the given exponent, adjusted so that \( x + 1 \) is exact. */
    private static double argument(double exponent) {
        final double x = Math.pow(10, exponent);
        return (x + 1) - 1;
    }

    private static double ulpOfLargest(double... values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return Math.ulp(largest);
    }

    @Property
    void digammaRecurrenceHoldsToAFewUlps(@ForAll @DoubleRange(min = -3, max = 6) double e) {
        // psi(x + 1) - psi(x) = 1/x [DLMF 5.5.2]. The subtraction cancels when x is large, so
        // the tolerance is in ulps of the largest term, not relative to 1/x.
        final double x = argument(e);
        final double at = Polygamma.digamma(x);
        final double next = Polygamma.digamma(x + 1);
        assertThat(next - at).isCloseTo(1 / x, within(8 * ulpOfLargest(at, next, 1 / x)));
    }

    @Property
    void trigammaRecurrenceHoldsToAFewUlps(@ForAll @DoubleRange(min = -3, max = 6) double e) {
        // psi1(x) - psi1(x + 1) = 1/x^2 [DLMF 5.15.5].
        final double x = argument(e);
        final double at = Polygamma.trigamma(x);
        final double next = Polygamma.trigamma(x + 1);
        assertThat(at - next).isCloseTo(1 / (x * x),
            within(8 * ulpOfLargest(at, next, 1 / (x * x))));
    }

    @Property
    void digammaUndoesInverseDigamma(@ForAll @DoubleRange(min = -1e6, max = 700) double y) {
        final double x = Polygamma.inverseDigamma(y);
        assertThat(Polygamma.digamma(x)).isCloseTo(y, within(2e-15 * Math.max(1, Math.abs(y))));
    }
}
