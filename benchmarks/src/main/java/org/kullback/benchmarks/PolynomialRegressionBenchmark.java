package org.kullback.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.kullback.estimators.regression.LinearFit;
import org.kullback.estimators.regression.LinearRegression;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One least-squares fit of a degree-10 polynomial to n = 10^6 points, x uniform on [-3, 5] and
 * y a polynomial plus standard normal noise. Kullback's {@code polynomial(x, y, 10)} (Chebyshev
 * design held in double-double, Householder QR of its double rounding, refinement with
 * double-double residuals, conversion to monomial coefficients and covariance in double-double,
 * R² and residuals) against commons-math3 3.6.1 {@code OLSMultipleLinearRegression}
 * ({@code newSampleData} then {@code estimateRegressionParameters}, Householder QR) on the matrix
 * of powers \( x, x^2, \dots, x^{10} \) plus intercept, formed once in the setup. The two do not
 * deliver the same accuracy: on NIST Filip (degree 10) the polynomial fit has 14 correct digits,
 * commons-math3 on the powers about 7.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PolynomialRegressionBenchmark -f 1
 * -wi 3 -i 5} (each operation takes a fraction of a second; the JVM needs about 1.5 GB of heap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class PolynomialRegressionBenchmark {

  private static final int POINTS = 1_000_000;
  private static final int DEGREE = 10;

  private double[] x;
  private double[] y;
  private double[][] powers;

  @Setup
  public void drawData() {
    SplittableRandom random = new SplittableRandom(11);
    x = new double[POINTS];
    y = new double[POINTS];
    powers = new double[POINTS][DEGREE];
    for (int i = 0; i < POINTS; i++) {
      x[i] = -3 + 8 * random.nextDouble();
      double value = 0;
      for (int k = DEGREE; k >= 0; k--) {
        value = value * x[i] + 1.0 / (k + 1);
      }
      y[i] = value + random.nextGaussian();
      double power = 1;
      for (int k = 0; k < DEGREE; k++) {
        power *= x[i];
        powers[i][k] = power;
      }
    }
  }

  @Benchmark
  public double[] polynomial() {
    LinearFit fit = LinearRegression.of().polynomial(x, y, DEGREE);
    return fit.coefficients();
  }

  @Benchmark
  public double[] commonsMath3Powers() {
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, powers);
    return ols.estimateRegressionParameters();
  }
}
