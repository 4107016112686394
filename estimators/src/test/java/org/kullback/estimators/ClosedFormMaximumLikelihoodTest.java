package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every closed-form estimator against fits computed in 50-digit arithmetic by mpmath
 * ({@code src/test/python/closed_form_references.py}, which also checks its formulas against
 * scipy's fits), on a committed sample of 400 values, unweighted and with frequency weights 0..3.
 */
class ClosedFormMaximumLikelihoodTest {

    private static final double ESTIMATE_TOLERANCE = 4e-15;
    private static final double LOG_LIKELIHOOD_TOLERANCE = 4e-15;
    private static final double STANDARD_ERROR_TOLERANCE = 4e-15;
    private static final List<String> REPORT = new ArrayList<>();

    private record Reference(Map<String, String> keys, double[] x, double[] w) {
        double value(String key) {
            return Double.parseDouble(keys.get(key));
        }
    }

    private static Reference read(String family) {
        String text;
        try (InputStream in = ClosedFormMaximumLikelihoodTest.class
                .getResourceAsStream("/closed-form/" + family + ".csv")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> keys = new HashMap<>();
        List<double[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# ")) {
                String[] kv = line.substring(2).split(" = ");
                keys.put(kv[0], kv[1]);
            } else if (!line.isEmpty() && !line.startsWith("x,")) {
                String[] f = line.split(",");
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
        }
        double[] x = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] w = rows.stream().mapToDouble(r -> r[1]).toArray();
        return new Reference(keys, x, w);
    }

    private static MaximumLikelihood<?, ?> estimator(String family, Reference reference) {
        return switch (family) {
            case "Binomial" -> BinomialMaximumLikelihood.withTrials(
                    Integer.parseInt(reference.keys().get("option.trials")));
            case "Categorical" -> CategoricalMaximumLikelihood.withCategories(
                    Integer.parseInt(reference.keys().get("option.categories")));
            default -> Estimators.forFamily(family);
        };
    }

    private static double relativeError(double actual, double expected) {
        return expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Normal", "LogNormal", "Exponential", "Uniform", "Laplace", "Pareto",
        "Bernoulli", "Binomial", "Poisson", "Geometric", "Categorical"})
    void closedFormFitMatchesFiftyDigitReference(String family) {
        Reference reference = read(family);
        MaximumLikelihood<?, ?> estimator = estimator(family, reference);
        double worstEstimate = 0;
        double worstLogLikelihood = 0;
        double worstStandardError = 0;
        for (String kind : List.of("unweighted", "weighted")) {
            Fit<?> fit = kind.equals("unweighted") ? estimator.fit(reference.x())
                    : estimator.fit(reference.x(), reference.w());
            double[] estimates = fit.estimates();
            double[] standardErrors = fit.standardErrors();
            for (int i = 0; i < estimates.length; i++) {
                String name = fit.parameterNames().get(i);
                double expected = reference.value(kind + "." + name);
                double error = relativeError(estimates[i], expected);
                assertThat(error).as(family + " " + kind + " " + name)
                        .isLessThanOrEqualTo(ESTIMATE_TOLERANCE);
                worstEstimate = Math.max(worstEstimate, error);
                double seError = relativeError(standardErrors[i],
                        reference.value(kind + ".se." + name));
                assertThat(seError).as(family + " " + kind + " se " + name)
                        .isLessThanOrEqualTo(STANDARD_ERROR_TOLERANCE);
                worstStandardError = Math.max(worstStandardError, seError);
            }
            double llError = relativeError(fit.logLikelihood(),
                    reference.value(kind + ".logLikelihood"));
            assertThat(llError).as(family + " " + kind + " logLikelihood")
                    .isLessThanOrEqualTo(LOG_LIKELIHOOD_TOLERANCE);
            worstLogLikelihood = Math.max(worstLogLikelihood, llError);
            assertThat(fit.aic()).isCloseTo(2 * fit.freeParameters() - 2 * fit.logLikelihood(),
                    within(1e-9));
        }
        REPORT.add(String.format("%-11s worst relative error: estimates %.1e, log-likelihood %.1e,"
                + " standard errors %.1e", family, worstEstimate, worstLogLikelihood,
                worstStandardError));
    }

    @AfterAll
    static void printWorstErrors() {
        REPORT.forEach(System.out::println);
    }
}
