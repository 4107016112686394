package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The built-in data sets read back completely, checked against NIST's certified values. */
class BuiltInDataTest {

    @Test
    void michelsonHasNistCertifiedMeanAndStandardDeviation() {
        double[] y = BuiltInData.michelson();
        assertThat(y).hasSize(100);
        assertThat(y[0]).isEqualTo(299.85);
        assertThat(y[99]).isEqualTo(299.87);
        double mean = Arrays.stream(y).sum() / y.length;
        double squares = Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum();
        // Certified: ybar = 299.852400000000, s = 0.0790105478190518 (Michelso.dat header).
        assertThat(mean).isCloseTo(299.8524, within(1e-12));
        assertThat(Math.sqrt(squares / 99)).isCloseTo(0.0790105478190518, within(1e-12));
    }

    @Test
    void longleyHasSixteenRowsOfSixPredictors() {
        BuiltInData.Regression longley = BuiltInData.longley();
        assertThat(longley.size()).isEqualTo(16);
        assertThat(longley.predictorNames()).containsExactly("x1", "x2", "x3", "x4", "x5", "x6");
        assertThat(Arrays.stream(longley.predictors())).allMatch(row -> row.length == 6);
        assertThat(longley.response()[0]).isEqualTo(60323);
        assertThat(longley.predictors()[0]).containsExactly(83.0, 234289, 2356, 1590, 107608, 1947);
        assertThat(longley.response()[15]).isEqualTo(70551);
        assertThat(longley.predictor(5)).startsWith(1947, 1948).endsWith(1962);
    }

    @Test
    void longleyCertifiedValuesAreReadFromTheHeader() {
        BuiltInData.Certified certified = BuiltInData.longleyCertified();
        assertThat(certified.coefficients()).hasSize(7);
        assertThat(certified.coefficients()[6]).isEqualTo(1829.15146461355);
        assertThat(certified.standardErrors()[2]).isEqualTo(0.334910077722432E-01);
        assertThat(certified.residualStandardDeviation()).isEqualTo(304.854073561965);
        assertThat(certified.rSquared()).isEqualTo(0.995479004577296);
    }

    @Test
    void syntheticDataAreReproducibleFromTheSeed() {
        BuiltInData.Regression a = BuiltInData.line(50, 7);
        BuiltInData.Regression b = BuiltInData.line(50, 7);
        assertThat(a.response()).containsExactly(b.response());
        assertThat(Arrays.stream(a.predictor(0))).allMatch(x -> x >= 0 && x < 10);
        assertThat(BuiltInData.line(50, 8).response()).isNotEqualTo(a.response());
    }
}
