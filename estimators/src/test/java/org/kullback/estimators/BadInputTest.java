package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kullback.distributions.Bernoulli;
import org.kullback.distributions.Geometric;
import org.kullback.distributions.Poisson;

/** Every kind of bad input is an IllegalArgumentException that names the index and the value. */
class BadInputTest {

    private static Fit<?> fit(String family, double... x) {
        return Estimators.forFamily(family).fit(x);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Normal", "LogNormal", "Exponential", "Uniform", "Laplace", "Pareto",
        "Bernoulli", "Categorical", "Poisson", "Geometric"})
    void sharedChecksReportTheSameWayForEveryFamily(String family) {
        MaximumLikelihood<?, ?> estimator = Estimators.forFamily(family);
        assertThatThrownBy(() -> estimator.fit(new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x is empty: cannot fit " + family + " to no observations");
        assertThatThrownBy(() -> estimator.fit(new double[] {1, 1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x[2] must be finite, got NaN");
        assertThatThrownBy(() -> estimator.fit(new double[] {Double.NEGATIVE_INFINITY, 1}))
                .hasMessage("x[0] must be finite, got -Infinity");
        assertThatThrownBy(() -> estimator.fit(new double[] {1, 1}, new double[] {1}))
                .hasMessage("weights has length 1 but the sample has length 2");
        assertThatThrownBy(() -> estimator.fit(new double[] {1, 1, 1}, new double[] {1, -2, 1}))
                .hasMessage("weights[1] must be finite and non-negative, got -2.0");
        assertThatThrownBy(() -> estimator.fit(new double[] {1, 1}, new double[] {Double.NaN, 1}))
                .hasMessage("weights[0] must be finite and non-negative, got NaN");
        assertThatThrownBy(() -> estimator.fit(new double[] {1, 1},
                new double[] {1, Double.POSITIVE_INFINITY}))
                .hasMessage("weights[1] must be finite and non-negative, got Infinity");
        assertThatThrownBy(() -> estimator.fit(new double[] {1, 1}, new double[] {0, 0}))
                .hasMessage("weights are all zero: there is no observation to fit");
        assertThatThrownBy(() -> estimator.newStatistics().accept(Double.NaN))
                .hasMessage("x must be finite, got NaN");
        assertThatThrownBy(() -> estimator.newStatistics().accept(1, -1))
                .hasMessage("weight must be finite and non-negative, got -1.0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "LogNormal;   0.0; x > 0",
        "Exponential; -1.0; x >= 0",
        "Pareto;      -0.5; x > 0",
        "Bernoulli;   0.5; x in {0, 1}",
        "Bernoulli;   2.0; x in {0, 1}",
        "Poisson;     1.5; x in {0, 1, 2, ...}",
        "Poisson;     -1.0; x in {0, 1, 2, ...}",
        "Geometric;   2.5; x in {0, 1, 2, ...}",
        "Categorical; -1.0; x in {0, 1, ..., 65535}",
        "Categorical; 0.5; x in {0, 1, ..., 65535}"})
    void valuesOutsideTheSupportAreNamedWithTheirIndex(String family, double bad, String support) {
        assertThatThrownBy(() -> fit(family, 1, 1, bad, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x[2] = " + bad + " is outside the support of " + family + " ("
                        + support + ")");
        assertThatThrownBy(() -> Estimators.forFamily(family).newStatistics().accept(bad))
                .hasMessage("x = " + bad + " is outside the support of " + family + " ("
                        + support + ")");
    }

    @Test
    void binomialAndCategoricalRejectCountsBeyondTheirRange() {
        assertThatThrownBy(() -> BinomialMaximumLikelihood.withTrials(20).fit(new double[] {3, 21}))
                .hasMessage(
                        "x[1] = 21.0 is outside the support of Binomial (x in {0, 1, ..., 20})");
        assertThatThrownBy(() -> BinomialMaximumLikelihood.withTrials(20).fit(new double[] {3.5}))
                .hasMessage("x[0] = 3.5 is outside the support of Binomial (x in {0, 1, ..., 20})");
        assertThatThrownBy(() -> BinomialMaximumLikelihood.withTrials(0))
                .hasMessage("trials must be a positive integer (with 0 trials p is not "
                        + "identifiable), got 0");
        assertThatThrownBy(() -> CategoricalMaximumLikelihood.withCategories(3)
                .fit(new double[] {0, 1, 3}))
                .hasMessage(
                        "x[2] = 3.0 is outside the support of Categorical (x in {0, 1, ..., 2})");
        assertThatThrownBy(() -> CategoricalMaximumLikelihood.withCategories(3)
                .fitCounts(new double[] {1, 2, 3, 4}))
                .hasMessage("counts has 4 categories but this estimator has 3");
        assertThatThrownBy(() -> CategoricalMaximumLikelihood.INSTANCE
                .fitCounts(new double[] {1, -2}))
                .hasMessage("counts[1] must be finite and non-negative, got -2.0");
        assertThatThrownBy(() -> CategoricalMaximumLikelihood.INSTANCE.fitCounts(new double[2]))
                .hasMessage("counts are all zero: there is no observation to fit");
        assertThatThrownBy(() -> new BinomialStatistics(5).combine(new BinomialStatistics(6)))
                .hasMessage("cannot merge statistics of 6 trials into statistics of 5 trials");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Normal;      sd is 0",
        "LogNormal;   sigma is 0",
        "Uniform;     width upper - lower is 0",
        "Laplace;     scale is 0",
        "Pareto;      shape is infinite"})
    void allEqualValuesSayWhichParameterDegenerates(String family, String limit) {
        double[] x = new double[17];
        Arrays.fill(x, 3.0);
        assertThatThrownBy(() -> fit(family, x))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("all 17 observations equal 3.0: the maximum-likelihood " + limit
                        + ", which is not a " + family + " distribution");
    }

    @Test
    void exponentialOfAllZerosHasAnInfiniteRate() {
        assertThatThrownBy(() -> fit("Exponential", 0, 0, 0))
                .hasMessage("all 3 observations equal 0.0: the maximum-likelihood rate is "
                        + "infinite, which is not an Exponential distribution");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Normal", "LogNormal", "Uniform", "Laplace", "Pareto"})
    void twoParameterFamiliesNeedTwoObservations(String family) {
        assertThatThrownBy(() -> fit(family, 2.5))
                .hasMessage(family + " needs at least 2 observations with positive weight, got 1");
        assertThatThrownBy(() -> Estimators.forFamily(family)
                .fit(new double[] {2.5, 3.5}, new double[] {4, 0}))
                .hasMessage(family + " needs at least 2 observations with positive weight, got 1");
    }

    @Test
    void validBoundaryEstimatesAreReturnedWithZeroStandardError() {
        Fit<?> bernoulli = fit("Bernoulli", 0, 0, 0, 0);
        assertThat(bernoulli.distribution()).isEqualTo(Bernoulli.of(0));
        assertThat(bernoulli.logLikelihood()).isZero();
        assertThat(bernoulli.standardErrors()).containsExactly(0.0);
        assertThat(fit("Bernoulli", 1, 1).distribution()).isEqualTo(Bernoulli.of(1));
        Fit<?> poisson = fit("Poisson", 0, 0, 0);
        assertThat(poisson.distribution()).isEqualTo(Poisson.of(0));
        assertThat(poisson.logLikelihood()).isZero();
        Fit<?> geometric = fit("Geometric", 0, 0);
        assertThat(geometric.distribution()).isEqualTo(Geometric.of(1));
        assertThat(geometric.standardErrors()).containsExactly(0.0);
        Fit<?> binomial = BinomialMaximumLikelihood.withTrials(4).fit(new double[] {4, 4});
        assertThat(binomial.estimates()).containsExactly(1.0);
        assertThat(binomial.logLikelihood()).isZero();
    }

    @Test
    void registryExplainsFamiliesItCannotFitFromASampleAlone() {
        assertThatThrownBy(() -> Estimators.forFamily("Binomial"))
                .hasMessage("Binomial: the number of trials must be known: use "
                        + "BinomialMaximumLikelihood.withTrials(trials)");
        assertThatThrownBy(() -> Estimators.forFamily("Nope"))
                .hasMessageStartingWith("no maximum-likelihood estimator for family 'Nope'; "
                        + "registered: Normal, LogNormal");
    }
}
