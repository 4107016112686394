package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * All eleven NIST StRD linear-regression datasets against their certified values (computed by
 * NIST in multiple precision): the minimum log relative error (LRE) over every coefficient, its
 * standard deviation, the residual standard deviation and R². Pontius, Wampler1–5 and Filip are
 * polynomial models; they are fitted both from the double-rounded matrix of powers (what a
 * design-matrix caller has) and from x through {@link LinearRegression#polynomial}. commons-math3
 * 3.6.1's {@code OLSMultipleLinearRegression} is run on the same design for comparison.
 */
class NistLinearRegressionTest {

    private static final Map<String, String> TABLE = new LinkedHashMap<>();

    static LinearFit designFit(NistDataset d) {
        return LinearRegression.of().withIntercept(d.intercept()).fit(d.design(), d.y());
    }

    static double minimumLre(NistDataset d, LinearFit fit) {
        return d.minimumLre(fit.coefficients(), fit.standardErrors(),
                fit.residualStandardDeviation(), fit.rSquared());
    }

    static double[] commonsMath3(NistDataset d) {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(!d.intercept());
        ols.newSampleData(d.y(), d.design());
        double min = d.minimumLre(ols.estimateRegressionParameters(),
                ols.estimateRegressionParametersStandardErrors(),
                ols.estimateRegressionStandardError(), ols.calculateRSquared());
        return new double[] {d.coefficientLre(ols.estimateRegressionParameters()), min};
    }

    @ParameterizedTest
    @ValueSource(strings = {"Norris", "Pontius", "NoInt1", "NoInt2", "Longley", "Wampler1",
        "Wampler2", "Wampler3", "Wampler4", "Wampler5"})
    void designMatrixFitReachesTenDigitsOfEveryCertifiedValue(String name) {
        NistDataset d = NistDataset.load(name);
        LinearFit fit = designFit(d);
        double lre = minimumLre(d, fit);
        record(d, fit, lre);
        assertThat(fit.converged()).as(fit.message()).isTrue();
        assertThat(lre).as(name).isGreaterThanOrEqualTo(10);
    }

    @Test
    void filipFromTheMatrixOfPowersReachesSevenDigits() {
        NistDataset d = NistDataset.load("Filip");
        LinearFit fit = designFit(d);
        double lre = minimumLre(d, fit);
        record(d, fit, lre);
        assertThat(lre).isGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Filip", "Pontius", "Wampler1", "Wampler2", "Wampler3", "Wampler4",
        "Wampler5", "Norris"})
    void polynomialEntryPointReachesTenDigitsOfEveryCertifiedValue(String name) {
        NistDataset d = NistDataset.load(name);
        LinearFit fit = LinearRegression.of().polynomial(d.xColumn(), d.y(), d.polynomialDegree());
        double lre = minimumLre(d, fit);
        TABLE.merge(name, String.format("polynomial %5.1f", lre), (a, b) -> a + "  " + b);
        assertThat(fit.converged()).as(fit.message()).isTrue();
        assertThat(lre).as(name).isGreaterThanOrEqualTo(10);
    }

    private static void record(NistDataset d, LinearFit fit, double lre) {
        double[] cm = commonsMath3(d);
        String path = fit.method().equals(LinearFit.SEMI_NORMAL) ? "semi-normal" : "QR";
        TABLE.merge(d.name(), String.format("design %5.1f (coefficients %5.1f, %-11s)   commons-math3"
                + " %5.1f (coefficients %5.1f)", lre, d.coefficientLre(fit.coefficients()), path,
                cm[1], cm[0]),
                (a, b) -> b + "  " + a);
    }

    @AfterAll
    static void printTable() {
        System.out.println("NIST StRD minimum LRE (coefficients, SDs, residual SD, R²):");
        TABLE.forEach((name, row) -> System.out.printf("  %-9s %s%n", name, row));
    }
}
