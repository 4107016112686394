package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Logistic fits against the mpmath references of {@code reference_logistic.py} (Newton at 40
 * digits on the exact log-likelihood of the committed doubles).
 */
class LogisticRegressionReferenceTest {

    private static LogisticFit fit(LogisticReferenceData data) {
        LogisticRegression regression = LogisticRegression.of()
                .withIntercept(Boolean.parseBoolean(data.text("intercept")))
                .withL2Penalty(data.number("penalty"));
        return regression.fit(data.x(), data.columnValues("y"), data.columnValues("w"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic_moderate", "logistic_correlated", "logistic_soft",
        "logistic_weighted", "logistic_nointercept", "logistic_penalised",
        "logistic_challenger"})
    void coefficientsAndDiagnosticsMatchMpmathNewton(String name) {
        LogisticReferenceData data = LogisticReferenceData.load(name);
        LogisticFit fit = fit(data);

        assertThat(fit.converged()).as(fit.message()).isTrue();
        double coefficients = LogisticReferenceData.maxRelativeDifference(fit.coefficients(),
                data.numbers("coefficients"));
        double errors = LogisticReferenceData.maxRelativeDifference(fit.standardErrors(),
                data.numbers("standard_errors"));
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
        double p = fit.coefficients().length;
        double referenceLogLikelihood = data.number("log_likelihood");
        assertThat(fit.aic()).isCloseTo(-2 * referenceLogLikelihood + 2 * p,
                withPercentage(1e-10));
        assertThat(fit.bic()).isCloseTo(
                -2 * referenceLogLikelihood + p * Math.log(fit.totalWeight()),
                withPercentage(1e-10));
        assertThat(fit.deviance()).isCloseTo(2 * fit.totalWeight() * data.number("mean_kl"),
                withPercentage(1e-10));
    }
}
