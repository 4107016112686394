package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A degree-6 polynomial fit of 1,000 points with x in [2, 7] (four tiles of the Chebyshev
 * design, the last one partial), unweighted and weighted, against the exact least-squares
 * coefficients and residual sum of squares from 120-digit mpmath
 * (src/test/python/polynomial_reference.py). The matrix of powers has condition number near
 * \( 10^9 \) here; the Chebyshev design with double-double refinement and conversion must still
 * give every monomial coefficient within a few units in the last place.
 */
class PolynomialReferenceTest {

    private static List<String> lines(String name) {
        try (InputStream in = PolynomialReferenceTest.class.getResourceAsStream(
                "/regression/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"1, false", "2, true"})
    void polynomialCoefficientsAreWithinFourUlpsOfTheExactSolution(int referenceLine,
            boolean weighted) {
        List<String> data = lines("polynomial_data.csv");
        int n = data.size() - 1;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double[] values = Arrays.stream(data.get(i + 1).split(","))
                    .mapToDouble(Double::parseDouble).toArray();
            x[i] = values[0];
            y[i] = values[1];
            w[i] = values[2];
        }
        double[] exact = Arrays.stream(lines("polynomial_reference.csv").get(referenceLine)
                .split(",")).mapToDouble(Double::parseDouble).toArray();
        LinearFit fit = LinearRegression.of().polynomial(x, y, 6, weighted ? w : null);
        assertThat(fit.converged()).isTrue();
        double[] beta = fit.coefficients();
        double worst = 0;
        for (int k = 0; k <= 6; k++) {
            worst = Math.max(worst, Math.abs(beta[k] - exact[k]) / Math.ulp(exact[k]));
        }
        double exactRss = exact[7];
        System.out.printf("polynomial reference (weighted %s): worst coefficient error %.1f ulp,"
                + " residual sum of squares relative error %.1e%n", weighted, worst,
                Math.abs(fit.residualSumOfSquares() - exactRss) / exactRss);
        assertThat(worst).isLessThanOrEqualTo(4);
        assertThat(fit.residualSumOfSquares()).isCloseTo(exactRss,
                org.assertj.core.data.Offset.offset(4 * Math.ulp(exactRss)));
    }
}
