package org.kullback.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.kullback.distributions.Beta;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.StudentT;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.Weibull;
import org.kullback.estimators.BetaMaximumLikelihood;
import org.kullback.estimators.GammaMaximumLikelihood;
import org.kullback.estimators.StudentTMaximumLikelihood;
import org.kullback.estimators.WeibullMaximumLikelihood;
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
 * Time of one maximum-likelihood fit of 10^6 values in memory, for the iterative estimators.
 * Gamma and Beta make one pass over the data (one resp. two logarithms per value, plus the checks,
 * the minimum and maximum, and for Gamma the pivot's branch) and then iterate on scalars, so they
 * are compared with {@link #sumOfLogs}, the bare loop of one logarithm per value. Weibull and
 * Student t iterate over the sample (one exp per value per Newton step for Weibull, 7–9 passes;
 * for Student t every profile evaluation re-fits location and scale, 50–65 passes). Run:
 * {@code java -jar benchmarks/target/benchmarks.jar IterativeFit -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class IterativeFitBenchmark {

    private static final int SIZE = 1_000_000;

    private double[] gammaSample;
    private double[] betaSample;
    private double[] weibullSample;
    private double[] studentSample;

    @Setup
    public void drawSamples() {
        gammaSample = draw(Gamma.of(2.5, 1.5), 1);
        betaSample = draw(Beta.of(2, 5), 2);
        weibullSample = draw(Weibull.of(1.7, 3), 3);
        studentSample = draw(StudentT.of(5, -1, 0.5), 4);
    }

    private static double[] draw(UnivariateContinuous distribution, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            x[i] = distribution.sample(random);
        }
        return x;
    }

    /** Baseline: the logarithms a Gamma fit must take, summed. */
    @Benchmark
    public double sumOfLogs() {
        double sum = 0;
        for (double x : gammaSample) {
            sum += Math.log(x);
        }
        return sum;
    }

    @Benchmark
    public double gamma() {
        return GammaMaximumLikelihood.INSTANCE.fit(gammaSample).estimates()[0];
    }

    @Benchmark
    public double beta() {
        return BetaMaximumLikelihood.INSTANCE.fit(betaSample).estimates()[0];
    }

    @Benchmark
    public double weibull() {
        return WeibullMaximumLikelihood.INSTANCE.fit(weibullSample).estimates()[0];
    }

    @Benchmark
    public double studentT() {
        return StudentTMaximumLikelihood.INSTANCE.fit(studentSample).estimates()[0];
    }

    @Benchmark
    public double studentTWithFixedDof() {
        return StudentTMaximumLikelihood.withDegreesOfFreedom(5).fit(studentSample).estimates()[0];
    }
}
