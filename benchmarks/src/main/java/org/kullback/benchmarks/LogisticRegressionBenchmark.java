package org.kullback.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.kullback.estimators.regression.LogisticFit;
import org.kullback.estimators.regression.LogisticRegression;
import org.kullback.estimators.regression.SoftmaxFit;
import org.kullback.estimators.regression.SoftmaxRegression;
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
 * Cost of a whole logistic fit (n = 10,000 rows, 10 predictors plus intercept) and of a softmax
 * fit (n = 10,000, 5 predictors plus intercept, 4 classes), from validation to standard errors.
 * Neither commons-math3 nor hipparchus-core has logistic regression, so there is no peer here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LogisticRegressionBenchmark {

  private static final int ROWS = 10_000;

  private double[][] x;
  private double[] labels;
  private double[][] xSoftmax;
  private int[] classes;

  @Setup
  public void drawData() {
    SplittableRandom random = new SplittableRandom(42);
    x = new double[ROWS][10];
    labels = new double[ROWS];
    xSoftmax = new double[ROWS][5];
    classes = new int[ROWS];
    for (int i = 0; i < ROWS; i++) {
      double eta = 0.2;
      for (int j = 0; j < 10; j++) {
        x[i][j] = random.nextGaussian();
        eta += (j % 2 == 0 ? 0.3 : -0.3) * x[i][j];
      }
      labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
      double[] logits = new double[4];
      for (int j = 0; j < 5; j++) {
        xSoftmax[i][j] = x[i][j];
        for (int k = 1; k < 4; k++) {
          logits[k] += 0.2 * (k - j % 3) * x[i][j];
        }
      }
      double u = random.nextDouble();
      double total = 0;
      for (double l : logits) {
        total += Math.exp(l);
      }
      double cumulative = 0;
      classes[i] = 3;
      for (int k = 0; k < 4; k++) {
        cumulative += Math.exp(logits[k]) / total;
        if (u < cumulative) {
          classes[i] = k;
          break;
        }
      }
    }
  }

  @Benchmark
  public LogisticFit logisticFit() {
    return LogisticRegression.of().fit(x, labels);
  }

  @Benchmark
  public SoftmaxFit softmaxFit() {
    return SoftmaxRegression.of().fit(xSoftmax, classes, 4);
  }
}
