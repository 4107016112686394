package org.kullback.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.kullback.distributions.Normal;
import org.kullback.estimators.Fit;
import org.kullback.estimators.NormalMaximumLikelihood;
import org.kullback.estimators.NormalStatistics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost per sample of fitting a Normal to 10^7 doubles in memory (80 MB, far beyond the caches),
 * in ns per value:
 * <ul>
 *   <li>{@code baselineFourAccumulatorSum}: a plain sum with four independent accumulators, the
 *       floor set by reading the array;</li>
 *   <li>{@code arrayFit}: {@link NormalMaximumLikelihood#fit(double[])}, the blocked corrected
 *       two-pass reduction (one read from memory, the second pass from L1) plus building the
 *       {@link Fit};</li>
 *   <li>{@code streamingAccumulator}: {@link NormalStatistics#accept(double)} once per value,
 *       the shifted Welford update used for streams;</li>
 *   <li>{@code commonsMath3Variance}: commons-math3's corrected two-pass {@link Variance} (mean,
 *       then centred sums; two reads), for comparison.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NormalFitBenchmark {

  private static final int SIZE = 10_000_000;

  private double[] xs;

  @Setup
  public void drawSample() {
    SplittableRandom random = new SplittableRandom(42);
    xs = new double[SIZE];
    for (int i = 0; i < SIZE; i++) {
      xs[i] = 1000 + 3 * random.nextDouble();
    }
  }

  @Benchmark
  @OperationsPerInvocation(SIZE)
  public double baselineFourAccumulatorSum() {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double[] x = xs;
    int i = 0;
    for (; i + 3 < x.length; i += 4) {
      s0 += x[i];
      s1 += x[i + 1];
      s2 += x[i + 2];
      s3 += x[i + 3];
    }
    for (; i < x.length; i++) {
      s0 += x[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  @Benchmark
  @OperationsPerInvocation(SIZE)
  public Fit<Normal> arrayFit() {
    return NormalMaximumLikelihood.INSTANCE.fit(xs);
  }

  @Benchmark
  @OperationsPerInvocation(SIZE)
  public NormalStatistics streamingAccumulator() {
    NormalStatistics statistics = new NormalStatistics();
    for (double x : xs) {
      statistics.accept(x);
    }
    return statistics;
  }

  @Benchmark
  @OperationsPerInvocation(SIZE)
  public double commonsMath3Variance() {
    return new Variance(false).evaluate(xs);
  }
}
