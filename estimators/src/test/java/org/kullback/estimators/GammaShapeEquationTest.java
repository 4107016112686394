package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The scalar equations of the Gamma and Student t estimators against
 * {@code src/test/python/reference_shape_equations.py} (mpmath, 50 digits): the Gamma shape
 * equation \( \log k - \psi(k) = s \) solved by Minka's iteration, for shapes from 1e-4 to 1e10,
 * including both sides of the switch to the asymptotic series at k = 10; and the constant
 * \( \psi(\tfrac{\nu+1}2) - \psi(\tfrac\nu2) - \tfrac1\nu \) of the Student t dof score.
 */
class GammaShapeEquationTest {

    @Test
    void minkaIterationReachesTheMpmathRootWithinTwoUlpsInAtMostSixSteps() throws Exception {
        int rows = 0;
        for (String[] f : table("reference/gamma-shape-equation.tsv")) {
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

    @Test
    void studentTDigammaExcessKeepsItsRelativeAccuracyUpToATrillionDof() throws Exception {
        int rows = 0;
        for (String[] f : table("reference/studentt-digamma-excess.tsv")) {
            double nu = Double.parseDouble(f[0]);
            double expected = Double.parseDouble(f[1]);
            double relative = Math.abs(StudentTMaximumLikelihood.digammaHalfStepExcess(nu)
                    - expected) / expected;
            // the terms are of size 1/nu and the result 1/(2 nu^2): about nu ulps are lost
            assertThat(relative).as("nu = %s", nu)
                    .isLessThanOrEqualTo(1e-15 * Math.max(4, nu));
            rows++;
        }
        assertThat(rows).isEqualTo(13);
    }

    private static java.util.List<String[]> table(String resource) throws Exception {
        String text = new String(ReferenceFits.class.getClassLoader()
                .getResourceAsStream(resource).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        return java.util.Arrays.stream(text.split("\n"))
                .filter(line -> !line.startsWith("#") && !line.isBlank()
                        && Character.isDigit(line.charAt(0)))
                .map(line -> line.split("\t")).toList();
    }
}
