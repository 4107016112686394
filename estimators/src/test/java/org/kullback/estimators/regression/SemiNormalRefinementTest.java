package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The semi-normal fast path against the independent Householder path (QR of the design,
 * augmented-system refinement, {@link RefinedLeastSquares}): both iterate to the exact
 * least-squares solution of the data, so they must agree to the last bits, at every row count
 * around the 256-row blocks of the fast path, with and without intercept and weights. The
 * weights are squares of short binary fractions, so that the \( \sqrt{w} \) of the Householder
 * path is exact and both solve the same problem.
 */
class SemiNormalRefinementTest {

    private static final double TOLERANCE = 0x1p-60;
    private static final double ACCEPTABLE = 0x1p-50;

    @ParameterizedTest(name = "n = {0}, intercept {1}, weighted {2}")
    @CsvSource({
        "7, true, false", "12, false, false", "255, true, false", "256, true, true",
        "257, false, true", "511, true, false", "512, false, false", "513, true, true",
        "1000, true, false", "1000, false, true", "4097, true, true"})
    void agreesWithHouseholderQrToTheLastBits(int n, boolean intercept, boolean weighted) {
        SplittableRandom random = new SplittableRandom(n * 31L + (intercept ? 1 : 0));
        int width = 4;
        double[][] x = new double[n][width];
        double[] y = new double[n];
        double[] weights = weighted ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian() * 3 + 1;
            x[i][1] = random.nextDouble() * 100;
            x[i][2] = random.nextGaussian() + 0.1 * x[i][0];
            x[i][3] = random.nextInt(5) - 2;
            y[i] = 2 + 0.5 * x[i][0] - 0.02 * x[i][1] + x[i][2] + random.nextGaussian() * 0.7;
            if (weighted) {
                double s = (1 + random.nextInt(8)) / 4.0;
                weights[i] = s * s;
            }
        }
        int[] columns = {0, 1, 2, 3};
        SemiNormalRefinement.Result fast = SemiNormalRefinement.solve(x, y, weights, intercept,
                width, columns, TOLERANCE, ACCEPTABLE);
        assertThat(fast).as("the design is well conditioned: the fast path takes it").isNotNull();
        assertThat(fast.converged()).isTrue();

        double[] sqrtWeights = null;
        if (weighted) {
            sqrtWeights = new double[n];
            for (int i = 0; i < n; i++) {
                sqrtWeights[i] = Math.sqrt(weights[i]);
            }
        }
        RowDesign design = new RowDesign(x, y, sqrtWeights, intercept, columns);
        HouseholderQr qr = new HouseholderQr(design);
        RefinedLeastSquares.Solution householder = RefinedLeastSquares.solve(design, qr,
                TOLERANCE, ACCEPTABLE);
        double[] expected = householder.x();

        for (int j = 0; j < expected.length; j++) {
            assertThat(Math.abs(fast.coefficients()[j] - expected[j]))
                    .as("coefficient %d", j).isLessThanOrEqualTo(2 * Math.ulp(expected[j]));
        }
        double rss = householder.residualSumOfSquares();
        assertThat(Math.abs(fast.residualSumOfSquares() - rss)).isLessThanOrEqualTo(1e-14 * rss);
        double tss = TotalSumOfSquares.of(y, weights, intercept);
        assertThat(Math.abs(fast.totalSumOfSquares() - tss)).isLessThanOrEqualTo(1e-15 * tss);
        double[] b = fast.coefficients();
        int offset = intercept ? 1 : 0;
        for (int i = 0; i < n; i++) {
            DoubleDouble exact = DoubleDouble.of(y[i]);
            if (intercept) {
                exact = exact.add(DoubleDouble.of(-b[0]));
            }
            for (int j = 0; j < width; j++) {
                exact = exact.add(DoubleDouble.product(-b[j + offset], x[i][j]));
            }
            assertThat(Math.abs(fast.residuals()[i] - exact.value()))
                    .as("residual of row %d", i).isLessThanOrEqualTo(Math.ulp(exact.value()));
        }
        double[][] inverse = qr.inverseGram();
        for (int j = 0; j < inverse.length; j++) {
            for (int k = 0; k < inverse.length; k++) {
                double scale = Math.sqrt(inverse[j][j] * inverse[k][k]);
                assertThat(Math.abs(fast.inverseGram()[j][k] - inverse[j][k]))
                        .as("inverse Gram [%d][%d]", j, k).isLessThanOrEqualTo(1e-13 * scale);
            }
        }
    }

    @ParameterizedTest(name = "row {0} of {1}")
    @CsvSource({"0, 300", "255, 300", "256, 300", "299, 300"})
    void declinesARaggedOrMissingRowWhereverItIs(int bad, int n) {
        double[][] x = new double[n][2];
        double[] y = new double[n];
        SplittableRandom random = new SplittableRandom(bad);
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = random.nextGaussian();
            y[i] = random.nextGaussian();
        }
        x[bad] = new double[3];
        assertThat(SemiNormalRefinement.solve(x, y, null, true, 2, new int[] {0, 1}, TOLERANCE,
                ACCEPTABLE)).isNull();
        x[bad] = null;
        assertThat(SemiNormalRefinement.solve(x, y, null, true, 2, new int[] {0, 1}, TOLERANCE,
                ACCEPTABLE)).isNull();
    }
}
