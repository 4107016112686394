package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A random design of 1,000 rows and ten columns (two nearly collinear, one offset by 1000) with
 * heteroscedastic noise, against the exact least-squares coefficients from 60-digit mpmath
 * (src/test/python/regression_reference.py): all ten columns go through Householder QR with
 * augmented refinement, eight well-conditioned ones through the semi-normal path. Both must be
 * within a few units in the last place of the exact solution, where commons-math3 loses digits.
 */
class RegressionReferenceTest {

    private static List<String> lines(String name) {
        try (InputStream in = RegressionReferenceTest.class.getResourceAsStream(
                "/regression/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1, '0 1 2 3 4 5 6 7 8 9', 'Householder QR, double-double augmented-system refinement'",
        "2, '0 1 2 4 5 6 8 9', 'Cholesky factor of the Gram matrix, double-double semi-normal refinement'"})
    void coefficientsAreWithinFourUlpsOfTheExactSolution(int referenceLine, String columnList,
            String method) {
        List<String> data = lines("random_design.csv");
        int[] columns = Arrays.stream(columnList.split(" ")).mapToInt(Integer::parseInt).toArray();
        int n = data.size() - 1;
        double[][] x = new double[n][columns.length];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] values = Arrays.stream(data.get(i + 1).split(","))
                    .mapToDouble(Double::parseDouble).toArray();
            y[i] = values[0];
            for (int j = 0; j < columns.length; j++) {
                x[i][j] = values[1 + columns[j]];
            }
        }
        double[] exact = Arrays.stream(lines("random_design_reference.csv").get(referenceLine)
                .split(",")).mapToDouble(Double::parseDouble).toArray();
        LinearFit fit = LinearRegression.of().fit(x, y);
        assertThat(fit.method()).isEqualTo(method);
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] commons = ols.estimateRegressionParameters();
        double[] ours = fit.coefficients();
        double worstOurs = 0;
        double worstCommons = 0;
        for (int j = 0; j < exact.length; j++) {
            double ulp = Math.ulp(exact[j]);
            worstOurs = Math.max(worstOurs, Math.abs(ours[j] - exact[j]) / ulp);
            worstCommons = Math.max(worstCommons, Math.abs(commons[j] - exact[j]) / ulp);
        }
        System.out.printf("random design, %s: worst error %.1f ulp (commons-math3 %.1f ulp)%n",
                fit.method(), worstOurs, worstCommons);
        assertThat(worstOurs).isLessThanOrEqualTo(4);
        assertThat(worstOurs).isLessThanOrEqualTo(worstCommons);
    }
}
