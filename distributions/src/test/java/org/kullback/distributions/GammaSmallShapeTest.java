package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract for gamma distributions with shape at most 1/2, whose density
 * \( \propto x^{k-1} \) is singular at 0. The contract's Gauss–Legendre pieces in \( x \) between
 * the quantiles 1e-6, 1e-4, 1e-3, … span factors \( 100^{1/k} \) there and cannot resolve the
 * singularity: they give a total mass of 0.98759 for shape 0.1 and 1 − 1.1e-7 for shape 0.5. So
 * the integral is checked in \( t = \log x \), where the density of \( \log X \),
 * \( \propto e^{kt - \beta e^t} \), is smooth; every other check is the contract's.
 */
class GammaSmallShapeTest extends UnivariateContinuousContract<Gamma> {

    @Override
    List<Gamma> instances() {
        return List.of(Gamma.of(0.1, 1), Gamma.of(0.5, 1e3), Gamma.of(0.3, 0.2));
    }

    @Override
    double referenceLogDensity(Gamma d, double x) {
        return GammaTest.referenceLogDensityOf(d, x);
    }

    @Override
    @TestFactory
    Stream<DynamicTest> densityIntegratesToOne() {
        return instances().stream().map(d -> DynamicTest.dynamicTest(
                "density integrates to 1 (in log x): " + d, () -> assertThat(
                        ParetoTest.integrateDensityInLogSpace(d, 1)).isCloseTo(1.0, within(1e-8))));
    }
}
