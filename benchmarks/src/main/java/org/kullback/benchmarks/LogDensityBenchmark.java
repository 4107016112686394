package org.kullback.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.kullback.distributions.Gamma;
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
 * Cost of one Gamma log-density, Kullback against commons-math3, averaged over 1,024 points
 * spread over the bulk of Gamma(2.5, 1.5). Kullback precomputes log Γ(shape) and the log of the
 * normalising constant at construction; commons-math3 does the same, so this compares the
 * per-call arithmetic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LogDensityBenchmark {

  private static final int POINTS = 1024;

  private final Gamma kullback = Gamma.of(2.5, 1.5);
  private final GammaDistribution commonsMath3 = new GammaDistribution(null, 2.5, 1 / 1.5);
  private double[] xs;

  @Setup
  public void drawPoints() {
    SplittableRandom random = new SplittableRandom(42);
    xs = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      xs[i] = 0.05 + 6 * random.nextDouble();
    }
  }

  @Benchmark
  @OperationsPerInvocation(POINTS)
  public double kullbackGamma() {
    double sum = 0;
    for (double x : xs) {
      sum += kullback.logDensity(x);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(POINTS)
  public double commonsMath3Gamma() {
    double sum = 0;
    for (double x : xs) {
      sum += commonsMath3.logDensity(x);
    }
    return sum;
  }
}
