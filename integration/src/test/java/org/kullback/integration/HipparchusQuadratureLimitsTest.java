package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.exception.MathIllegalStateException;
import org.junit.jupiter.api.Test;

/**
 * Why this module writes its own adaptive quadrature: Hipparchus's only Legendre integrator that
 * refines itself does not converge on an integrable endpoint singularity, which every Beta(a, ·)
 * with a &lt; 1 and every Gamma with shape &lt; 1 density has.
 */
class HipparchusQuadratureLimitsTest {

    @Test
    void iterativeLegendreFailsOnTheInverseSquareRootSingularity() {
        IterativeLegendreGaussIntegrator integrator =
                new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-14);
        // ∫₀¹ x^(-1/2) dx = 2 exactly.
        assertThatThrownBy(() -> integrator.integrate(100_000, x -> 1 / Math.sqrt(x), 0, 1))
                .isInstanceOf(MathIllegalStateException.class);
    }
}
