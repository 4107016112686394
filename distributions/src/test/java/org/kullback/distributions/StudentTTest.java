package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class StudentTTest extends UnivariateContinuousContract<StudentT> {

    @Override
    List<StudentT> instances() {
        return List.of(StudentT.of(1, 0, 1), StudentT.of(2.5, 1.5, 0.3), StudentT.of(5, -3, 20),
                StudentT.of(30, 0, 1), StudentT.of(1e8, 2, 3), StudentT.of(0.5, 10, 1e-3));
    }

    /**
     * commons-math3's standard t log density at \( (x-\mu)/\sigma \), minus \( \log\sigma \). Not
     * for dof above 1e6: it forms \( \log(1 + z^2/\nu) \) and the difference of two log-gamma
     * values of size \( \nu\log\nu \) directly, and is off by 1e-7 at dof = 1e8 (there the spot values of
     * {@link #largeDofMatchesMpmathAndTheNormalLimit()} check the log density instead).
     */
    @Override
    double referenceLogDensity(StudentT d, double x) {
        if (d.dof() > 1e6) {
            return Double.NaN;
        }
        return new TDistribution(null, d.dof()).logDensity((x - d.location()) / d.scale())
                - Math.log(d.scale());
    }

    @Override
    boolean hasFiniteFourthMoment(StudentT d) {
        return d.dof() > 4;
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> StudentT.of(-1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("StudentT: dof must be positive and finite, got -1.0");
        assertThatThrownBy(() -> StudentT.of(Double.POSITIVE_INFINITY, 0, 1))
                .hasMessage("StudentT: dof must be positive and finite, got Infinity");
        assertThatThrownBy(() -> StudentT.of(3, Double.NaN, 1))
                .hasMessage("StudentT: location must be finite, got NaN");
        assertThatThrownBy(() -> StudentT.of(3, 0, 0))
                .hasMessage("StudentT: scale must be positive and finite, got 0.0");
    }

    @Test
    void momentsFollowTheDocumentedConventions() {
        assertThat(StudentT.of(1, 2, 1).mean()).isNaN();
        assertThat(StudentT.of(1, 2, 1).variance()).isNaN();
        assertThat(StudentT.of(0.5, 2, 1).variance()).isNaN();
        assertThat(StudentT.of(1.5, 2, 1).mean()).isEqualTo(2.0);
        assertThat(StudentT.of(1.5, 2, 1).variance()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(StudentT.of(2, 2, 1).variance()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(StudentT.of(3, 2, 2).variance()).isEqualTo(12.0);
        assertThat(StudentT.of(1e15, 0, 3).variance()).isCloseTo(9.0, within(1e-13));
    }

    @Test
    void tailsKeepRelativeAccuracy() {
        // mpmath: betainc(nu/2, 1/2, 0, nu/(nu + t^2), regularized=True) / 2, the upper tail at t
        assertThat(StudentT.of(5, 0, 1).survival(30))
                .isCloseTo(3.859324310248025992974107637702365649197e-7, withinPercentage(1e-12));
        assertThat(StudentT.of(5, 0, 1).cdf(-30))
                .isCloseTo(3.859324310248025992974107637702365649197e-7, withinPercentage(1e-12));
        // t = -1e4 after the location-scale map
        assertThat(StudentT.of(2.5, 1.5, 0.3).cdf(1.5 - 0.3 * 1e4))
                .isCloseTo(7.193397015992211520792222430936192394607e-11, withinPercentage(1e-12));
        assertThat(StudentT.of(30, 0, 1).survival(12))
                .isCloseTo(2.79009270759962803150895509656818270161e-13, withinPercentage(1e-12));
        // dof = 1e8: mpmath continued fraction at 60 digits, agreeing with mp.quad of the density
        // to 28 digits. The continued fraction in double precision is off by 5e-10 here.
        assertThat(StudentT.of(1e8, 2, 1).survival(10))
                .isCloseTo(6.221026254114769130656500720596921650307e-16, withinPercentage(1e-12));
    }

    @Test
    void quantileIsAccurateInBothTails() {
        // Cauchy: quantile(p) = -cot(pi p); mpmath
        assertThat(StudentT.of(1, 0, 1).quantile(1e-10))
                .isCloseTo(-3183098861.837906715272955512330627466073, withinPercentage(1e-12));
        // mpmath: the t with upper tail 2^-40 at dof 30 (1 - 2^-40 is exact)
        double t30 = 11.4413220579962687311551637880680192994;
        assertThat(StudentT.of(30, 0, 1).quantile(1 - 0x1p-40)).isCloseTo(t30,
                withinPercentage(1e-12));
        assertThat(StudentT.of(30, 1, 2).quantile(0x1p-40)).isCloseTo(1 - 2 * t30,
                withinPercentage(1e-12));
        // dof = 1e-3: the upper 30% point is 1.1e220 (mpmath, by bisection on the upper tail); a
        // relative error e of the tail moves it by e/dof, hence the wider tolerance.
        assertThat(StudentT.of(0.001, 0, 1).quantile(0.7))
                .isCloseTo(1.116601190960134747420158203933546265849e220, withinPercentage(1e-9));
        // Beyond the largest double.
        assertThat(StudentT.of(0.3, 0, 1).quantile(1e-100)).isEqualTo(Double.NEGATIVE_INFINITY);
        StudentT large = StudentT.of(1e8, 0, 1);
        assertThat(large.survival(large.quantile(1 - 0x1p-50))).isCloseTo(0x1p-50,
                withinPercentage(1e-10));
    }

    @Test
    void largeDofMatchesMpmathAndTheNormalLimit() {
        // mpmath: loggamma((nu+1)/2) - loggamma(nu/2) - log(pi nu)/2 - (nu+1)/2 log1p(t^2/nu)
        assertThat(StudentT.of(1e8, 0, 1).logDensity(5))
                .isCloseTo(-13.41893709820491753340077241234962611968, withinPercentage(1e-13));
        assertThat(StudentT.of(1e15, 0, 1).logDensity(3))
                .isCloseTo(-5.418938533204657241780329736506867630455, withinPercentage(1e-13));
        Normal normal = Normal.standard();
        StudentT t = StudentT.of(1e15, 0, 1);
        assertThat(t.entropy()).isCloseTo(normal.entropy(), within(1e-14));
        assertThat(t.cdf(-3)).isCloseTo(normal.cdf(-3), withinPercentage(1e-11));
    }

    @Property(tries = 200)
    void entropyShiftsByLogScaleAndIgnoresLocation(
            @ForAll @DoubleRange(min = -7, max = 35) double logDof,
            @ForAll @DoubleRange(min = -10, max = 10) double location,
            @ForAll @DoubleRange(min = -20, max = 20) double logScale) {
        double dof = Math.exp(logDof);
        double standard = StudentT.of(dof, 0, 1).entropy();
        double shifted = StudentT.of(dof, location, Math.exp(logScale)).entropy();
        assertThat(shifted - standard).isCloseTo(logScale,
                within(1e-13 * Math.max(1, Math.abs(standard) + Math.abs(logScale))));
    }
}
