package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Laws of maximum likelihood under transformations of the data, on the committed reference
 * samples: scaling x by c multiplies a scale (divides a rate) by c and leaves shapes unchanged;
 * shifting x by a moves a location by a; \( x \mapsto 1 - x \) swaps the Beta parameters. The
 * factors reach 1e-200 and 1e200, where any intermediate \( x^k \), \( x/c \), \( 1/s^2 \) or
 * \( e^{-z} \) formed carelessly would overflow or underflow.
 */
class IterativeFitEquivarianceTest {

    private static void assertRelative(double actual, double expected, double tolerance) {
        assertThat(actual).isCloseTo(expected, within(tolerance * Math.abs(expected)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-200, 3.7e-5, 1024, 1e200})
    void scalingTheDataScalesGammaAndWeibullFitsAndKeepsTheirShapes(double c) {
        double[] gamma = ReferenceFits.load("reference/fits/gamma-0.05-1-n500.txt");
        double[] weibull = ReferenceFits.load("reference/fits/weibull-20-5-n500.txt");
        double[] g = GammaMaximumLikelihood.INSTANCE.fit(gamma).estimates();
        double[] gs = GammaMaximumLikelihood.INSTANCE.fit(scale(gamma, c)).estimates();
        assertRelative(gs[0], g[0], 1e-12);
        assertRelative(gs[1], g[1] / c, 1e-12);
        double[] w = WeibullMaximumLikelihood.INSTANCE.fit(weibull).estimates();
        double[] ws = WeibullMaximumLikelihood.INSTANCE.fit(scale(weibull, c)).estimates();
        assertRelative(ws[0], w[0], 1e-12);
        assertRelative(ws[1], w[1] * c, 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gumbel", "Logistic", "Cauchy", "StudentT"})
    void affineMapsOfTheDataMoveLocationAndScale(String family) {
        String id = switch (family) {
            case "Gumbel" -> "gumbel-1-2-n500";
            case "Logistic" -> "logistic-0-1-n500";
            case "Cauchy" -> "cauchy-5-0.1-outliers-n500";
            default -> "studentt-5--1-0.5-n500";
        };
        double[] x = ReferenceFits.load("reference/fits/" + id + ".txt");
        MaximumLikelihood<?, ?> estimator = Estimators.forFamily(family);
        double[] p = estimator.fit(x).estimates();
        int location = p.length - 2;
        for (double c : new double[] {1e-200, 0.25, 1e200}) {
            double a = 1e3 * c;
            double[] y = Arrays.stream(x).map(v -> a + c * v).toArray();
            double[] q = estimator.fit(y).estimates();
            assertThat(q[location]).as("location, c = %s", c)
                    .isCloseTo(a + c * p[location], within(1e-11 * c * p[location + 1]));
            assertRelative(q[location + 1], c * p[location + 1], 1e-11);
            if (location == 1) {
                assertRelative(q[0], p[0], 1e-10);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"beta-2-5-n500", "beta-5-0.2-n500"})
    void reflectingBetaDataSwapsItsParameters(String id) {
        double[] x = ReferenceFits.load("reference/fits/" + id + ".txt");
        double[] p = BetaMaximumLikelihood.INSTANCE.fit(x).estimates();
        // 1 - x is exact only for x >= 1/2 (Sterbenz), so the sample is first moved to the nearby
        // doubles v' = 1 - (1 - v) whose reflection is exact (these samples have no value so
        // small that 1 - v rounds to 1)
        double[] exact = Arrays.stream(x).map(v -> v >= 0.5 ? v : 1 - (1 - v)).toArray();
        double[] q = BetaMaximumLikelihood.INSTANCE.fit(
                Arrays.stream(exact).map(v -> 1 - v).toArray()).estimates();
        double[] r = BetaMaximumLikelihood.INSTANCE.fit(exact).estimates();
        assertRelative(q[0], r[1], 1e-11);
        assertRelative(q[1], r[0], 1e-11);
        assertRelative(r[0], p[0], 1e-3);
    }

    private static double[] scale(double[] x, double c) {
        return Arrays.stream(x).map(v -> v * c).toArray();
    }
}
