package org.kullback.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.kullback.estimators.regression.LinearFit;
import org.kullback.estimators.regression.LinearRegression;
import org.kullback.estimators.regression.QrAccumulator;
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
 * One least-squares fit of n = 10^6 rows and p = 10 columns plus an intercept, Kullback against
 * commons-math3 3.6.1 {@code OLSMultipleLinearRegression} ({@code newSampleData} then
 * {@code estimateRegressionParameters}, both Householder QR). Kullback's fit includes what
 * commons-math3 does not do: iterative refinement with double-double residuals, the covariance,
 * R², the log-likelihood and the residuals. The streamed variant feeds the same rows to a
 * {@link QrAccumulator} in chunks of 4,096 rows (memory O(p²) beyond the chunk).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LinearRegressionBenchmark -f 1 -wi 2 -i 3}
 * (each operation takes a fraction of a second; the JVM needs about 1 GB of heap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class LinearRegressionBenchmark {

  private static final int ROWS = 1_000_000;
  private static final int COLUMNS = 10;
  private static final int CHUNK = 4096;

  private double[][] x;
  private double[] y;
  private double[][] nearlyCollinear;

  @Setup
  public void drawData() {
    SplittableRandom random = new SplittableRandom(7);
    x = new double[ROWS][COLUMNS];
    y = new double[ROWS];
    for (int i = 0; i < ROWS; i++) {
      double mean = 1.5;
      for (int j = 0; j < COLUMNS; j++) {
        x[i][j] = 10 * random.nextDouble() - 5;
        mean += (j + 1) * 0.25 * x[i][j];
      }
      y[i] = mean + random.nextGaussian();
    }
    nearlyCollinear = new double[ROWS][];
    for (int i = 0; i < ROWS; i++) {
      nearlyCollinear[i] = x[i].clone();
      nearlyCollinear[i][COLUMNS - 1] = x[i][0] + 1e-7 * x[i][COLUMNS - 1];
    }
  }

  @Benchmark
  public double[] kullback() {
    LinearFit fit = LinearRegression.of().fit(x, y);
    return fit.coefficients();
  }

  @Benchmark
  public double[] kullbackStreamedInChunks() {
    QrAccumulator accumulator = QrAccumulator.withIntercept(COLUMNS);
    for (int start = 0; start < ROWS; start += CHUNK) {
      int end = Math.min(ROWS, start + CHUNK);
      accumulator.accept(java.util.Arrays.copyOfRange(x, start, end),
          java.util.Arrays.copyOfRange(y, start, end));
    }
    return accumulator.fit().coefficients();
  }

  /**
   * The same rows with the last column replaced by \( x_0 + 10^{-7} x_9 \) (condition number
   * about 2·10^7): the semi-normal fast path declines and the fit takes the Householder path
   * ({@code HouseholderQr}, then double-double augmented-system refinement), as NIST Wampler,
   * Longley and Filip do.
   */
  @Benchmark
  public double[] kullbackIllConditionedHouseholder() {
    LinearFit fit = LinearRegression.of().fit(nearlyCollinear, y);
    return fit.coefficients();
  }

  @Benchmark
  public double[] commonsMath3() {
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, x);
    return ols.estimateRegressionParameters();
  }
}
