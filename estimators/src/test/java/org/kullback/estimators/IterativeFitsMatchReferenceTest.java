package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every iterative estimator on the 54 committed reference samples (7 families, 18 parameter
 * settings including Gamma shape 0.05 and 500, Beta near 0 and 1, Weibull shape 0.3 and 20,
 * Cauchy with 2 % outliers at ±1e4, Student t with 1.5 and 30 dof; n = 50, 500, 5000) against
 * {@code reference/fits.tsv}: scipy's fits and the maxima solved in mpmath at 40 digits by
 * {@code src/test/python/reference_fits.py}. Prints the worst figures per family.
 */
class IterativeFitsMatchReferenceTest {

    /**
     * Worst figures per family: relative score, least (ll − scipy's)/|ll|, parameter error in SE,
     * iterations, largest (ll − mpmath's)/|ll|, largest (ll − scipy's)/|ll|.
     */
    private static final Map<String, double[]> WORST = new TreeMap<>();

    static Stream<ReferenceFits.Row> rows() {
        return ReferenceFits.rows().stream().filter(row -> row.mle() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void fitIsATrueMaximumAtLeastAsHighAsScipysAndEqualToTheMpmathMaximum(ReferenceFits.Row row) {
        double[] x = row.sample();
        Fit<?> fit = Estimators.forFamily(row.family()).fit(x);
        assertThat(fit.converged()).as(fit.message()).isTrue();
        double[] p = fit.estimates();
        double ll = fit.logLikelihood();

        // the score, computed here independently, vanishes at the estimate
        double[] score = IndependentScores.of(row.family(), x, p);
        double worstScore = 0;
        for (double component : score) {
            worstScore = Math.max(worstScore, component);
        }
        assertThat(worstScore).as("relative score %s", java.util.Arrays.toString(score))
                .isLessThanOrEqualTo(1e-10);

        // at least scipy's likelihood, and equal to the mpmath maximum
        double scale = Math.abs(row.mleLogLikelihood());
        assertThat(ll).isGreaterThanOrEqualTo(row.scipyLogLikelihood() - 1e-9 * scale);
        assertThat(Math.abs(ll - row.mleLogLikelihood()))
                .isLessThanOrEqualTo(1e-13 * scale + 1e-13);

        // parameters equal to the mpmath maximum, in units of their standard errors
        // (conditioning-free) and relative
        double[] se = fit.standardErrors();
        double worstParameter = 0;
        for (int j = 0; j < p.length; j++) {
            double relative = Math.abs(p[j] - row.mle()[j]) / se[j];
            worstParameter = Math.max(worstParameter, relative);
        }
        assertThat(worstParameter).as("max |estimate - mpmath| / SE").isLessThanOrEqualTo(1e-9);

        // scipy's parameters where scipy converged well (its ll within 1e-10 relative of the max)
        if (row.mleLogLikelihood() - row.scipyLogLikelihood() <= 1e-10 * scale) {
            for (int j = 0; j < p.length; j++) {
                assertThat(Math.abs(p[j] - row.scipy()[j]))
                        .as("parameter %d vs scipy", j).isLessThanOrEqualTo(2e-3 * se[j]);
            }
        }
        synchronized (WORST) {
            double[] w = WORST.computeIfAbsent(row.family(), f -> new double[] {
                0, Double.POSITIVE_INFINITY, 0, 0, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY});
            w[0] = Math.max(w[0], worstScore);
            w[1] = Math.min(w[1], (ll - row.scipyLogLikelihood()) / scale);
            w[2] = Math.max(w[2], worstParameter);
            w[3] = Math.max(w[3], fit.iterations());
            w[4] = Math.max(w[4], (ll - row.mleLogLikelihood()) / scale);
            w[5] = Math.max(w[5], (ll - row.scipyLogLikelihood()) / scale);
        }
    }

    @Test
    void theOneSampleWithoutAnInteriorMaximumIsRejectedWithTheReason() {
        List<ReferenceFits.Row> none = ReferenceFits.rows().stream()
                .filter(row -> row.mle() == null).toList();
        assertThat(none).extracting(ReferenceFits.Row::id).containsExactly("studentt-30-2-3-n50");
        double[] x = none.get(0).sample();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> StudentTMaximumLikelihood.INSTANCE.fit(x))
                .withMessageContaining("not heavier-tailed than a normal");
    }

    @AfterAll
    static void printWorstFigures() {
        System.out.println("family      worst rel. score   (ll-scipy)/|ll| min, max   "
                + "max |p-mpmath|/SE   max (ll-mpmath)/|ll|   max iterations");
        WORST.forEach((family, w) -> System.out.println(String.format(Locale.ROOT,
                "%-10s  %.2e           %+.2e, %+.2e       %.2e            %+.2e              %d",
                family, w[0], w[1], w[5], w[2], w[4], (int) w[3])));
    }
}
