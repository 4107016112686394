package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Laws of least squares that hold for every design and response. */
class LinearRegressionLawsTest {

    private static double[][] design(long seed, int n, double[] y) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian() * 3 + 1;
            x[i][1] = random.nextDouble() * 10;
            y[i] = random.nextGaussian() + 0.5 * x[i][0] - 0.2 * x[i][1];
        }
        return x;
    }

    /** Fitting \( a y + X c \) gives \( a\hat\beta + c \), \( a^2 \) RSS and the same R². */
    @Property(tries = 200)
    void coefficientsAreEquivariantUnderAffineChangesOfTheResponse(
            @ForAll @IntRange(min = 0, max = 100_000) int seed,
            @ForAll @DoubleRange(min = 0.01, max = 100) double a,
            @ForAll @DoubleRange(min = -50, max = 50) double c0,
            @ForAll @DoubleRange(min = -50, max = 50) double c1) {
        double[] y = new double[40];
        double[][] x = design(seed, 40, y);
        double[] transformed = new double[40];
        for (int i = 0; i < 40; i++) {
            transformed[i] = a * y[i] + c0 + c1 * x[i][0];
        }
        LinearFit fit = LinearRegression.of().fit(x, y);
        LinearFit moved = LinearRegression.of().fit(x, transformed);
        double[] b = fit.coefficients();
        double[] m = moved.coefficients();
        double[] se = fit.standardErrors();
        assertThat(m[0]).isCloseTo(a * b[0] + c0, within(1e-10 * (Math.abs(m[0]) + a * se[0])));
        assertThat(m[1]).isCloseTo(a * b[1] + c1, within(1e-10 * (Math.abs(m[1]) + a * se[1])));
        assertThat(m[2]).isCloseTo(a * b[2], within(1e-10 * (Math.abs(m[2]) + a * se[2])));
        assertThat(moved.residualSumOfSquares())
                .isCloseTo(a * a * fit.residualSumOfSquares(), within(1e-10 * moved.residualSumOfSquares()));
        assertThat(moved.standardErrors()[2]).isCloseTo(a * se[2], within(1e-10 * a * se[2]));
    }

    /** The residuals are orthogonal to every column of the design (the normal equations). */
    @Property(tries = 200)
    void residualsAreOrthogonalToTheDesign(@ForAll @IntRange(min = 0, max = 100_000) int seed,
            @ForAll @IntRange(min = 5, max = 200) int n) {
        double[] y = new double[n];
        double[][] x = design(seed, n, y);
        double[] r = LinearRegression.of().fit(x, y).residuals();
        double[] dot = new double[3];
        double[] scale = new double[3];
        for (int i = 0; i < n; i++) {
            double[] a = {1, x[i][0], x[i][1]};
            for (int j = 0; j < 3; j++) {
                dot[j] += a[j] * r[i];
                scale[j] += Math.abs(a[j] * r[i]);
            }
        }
        for (int j = 0; j < 3; j++) {
            assertThat(Math.abs(dot[j])).isLessThanOrEqualTo(1e-13 * scale[j]);
        }
    }
}
