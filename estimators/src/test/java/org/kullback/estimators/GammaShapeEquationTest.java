package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The shape equation \( \log k - \psi(k) = s \) solved by Minka's iteration against the roots
 * computed by {@code src/test/python/reference_gamma_shape.py} (mpmath, 50 digits), for shapes from
 * 1e-4 to 1e10, including both sides of the switch to the asymptotic series at k = 10.
 */
class GammaShapeEquationTest {

    @Test
    void minkaIterationReachesTheMpmathRootWithinTwoUlpsInAtMostSixSteps() throws Exception {
        String[] lines = new String(ReferenceFits.class.getClassLoader()
                .getResourceAsStream("reference/gamma-shape-equation.tsv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).split("\n");
        int rows = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("s\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            double s = Double.parseDouble(f[0]);
            double expected = Double.parseDouble(f[1]);
            GammaMaximumLikelihood.ShapeRoot root = GammaMaximumLikelihood.solveShape(s);
            assertThat(root.converged()).as(root.message()).isTrue();
            assertThat(root.iterations()).as("iterations for s = %s", s).isLessThanOrEqualTo(6);
            assertThat(Math.abs(root.shape() - expected) / Math.ulp(expected))
                    .as("ulps from the root %s for s = %s", expected, s).isLessThanOrEqualTo(2);
            rows++;
        }
        assertThat(rows).isEqualTo(17);
    }
}
