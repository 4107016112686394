package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Softmax fits against the mpmath references of {@code reference_logistic.py} (Newton at 40
 * digits on the exact log-likelihood, class 0 the reference).
 */
class SoftmaxRegressionReferenceTest {

    private static double[] flatten(double[][] rows) {
        return Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"softmax3_hard", "softmax3_penalised", "softmax4_soft"})
    void coefficientsAndDiagnosticsMatchMpmathNewton(String name) {
        LogisticReferenceData data = LogisticReferenceData.load(name);
        int k = Integer.parseInt(data.text("classes"));
        SoftmaxRegression regression = SoftmaxRegression.of()
                .withIntercept(Boolean.parseBoolean(data.text("intercept")))
                .withL2Penalty(data.number("penalty"));
        SoftmaxFit fit = data.text("targets").equals("soft")
                ? regression.fit(data.x(), data.targets(k), data.columnValues("w"))
                : regression.fit(data.x(), data.classes(), k, data.columnValues("w"));

        assertThat(fit.converged()).as(fit.message()).isTrue();
        double coefficients = LogisticReferenceData.maxRelativeDifference(
                flatten(fit.coefficients()), data.numbers("coefficients"));
        double errors = LogisticReferenceData.maxRelativeDifference(
                flatten(fit.standardErrors()), data.numbers("standard_errors"));
        double logLikelihood = Math.abs(fit.logLikelihood() / data.number("log_likelihood") - 1);
        double crossEntropy = Math.abs(
                fit.meanCrossEntropy() / data.number("mean_cross_entropy") - 1);
        double kl = Math.abs(fit.meanKl() / data.number("mean_kl") - 1);
        System.out.printf("%s: coefficients %.2e, standard errors %.2e, log-likelihood %.2e, "
                + "mean CE %.2e, mean KL %.2e, iterations %d%n", name, coefficients, errors,
                logLikelihood, crossEntropy, kl, fit.iterations());
        assertThat(coefficients).isLessThanOrEqualTo(1e-8);
        assertThat(errors).isLessThanOrEqualTo(1e-8);
        assertThat(logLikelihood).isLessThanOrEqualTo(1e-12);
        assertThat(crossEntropy).isLessThanOrEqualTo(1e-12);
        assertThat(kl).isLessThanOrEqualTo(1e-12);
    }
}
