package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kullback.distributions.UnivariateDistribution;

/**
 * Maximum likelihood is minimum empirical cross-entropy: on a sample, the cross-entropy
 * \( -\frac1n\sum\log q(x_i) \) of the fitted member equals \( -\ell/n \) and is smaller than that
 * of any perturbed member; and as n grows it approaches the entropy of the true distribution, so
 * the estimated KL divergence (true minus fitted empirical cross-entropy, a
 * \( \chi^2_k/2n \) quantity) goes to 0.
 */
class CrossEntropyIdentityTest {

    private static final List<String> REPORT = new ArrayList<>();

    static List<FamilyCases.Case> cases() {
        return FamilyCases.all();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void empiricalCrossEntropyIsMinimisedAtTheMaximumLikelihoodEstimate(FamilyCases.Case c) {
        // An odd sample size makes the Laplace median, hence its MLE, unique.
        double[] x = c.truth().sample(new SplittableRandom(7), 2001);
        Fit<?> fit = c.estimator().fit(x);
        UnivariateDistribution fitted = (UnivariateDistribution) fit.distribution();
        double atMle = EmpiricalCrossEntropy.of(x, fitted);
        assertThat(atMle).isCloseTo(-fit.logLikelihood() / x.length,
                org.assertj.core.api.Assertions.within(1e-14 * Math.abs(atMle) + 1e-16));
        double[] estimates = fit.estimates();
        double[] se = fit.standardErrors();
        for (int i = 0; i < estimates.length; i++) {
            for (double step : new double[] {-1, -0.1, -0.01, 0.01, 0.1, 1}) {
                double[] perturbed = estimates.clone();
                perturbed[i] += step * se[i];
                UnivariateDistribution q;
                try {
                    q = c.build().apply(perturbed);
                } catch (IllegalArgumentException outsideParameterSpace) {
                    continue;
                }
                double crossEntropy = EmpiricalCrossEntropy.of(x, q);
                assertThat(crossEntropy).as(c.name() + " " + fit.parameterNames().get(i)
                        + " moved by " + step + " SE").isGreaterThan(atMle);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void empiricalCrossEntropyOfTheFitApproachesTheTrueEntropy(FamilyCases.Case c) {
        UnivariateDistribution truth = c.truth();
        double entropy = truth.entropy();
        StringBuilder line = new StringBuilder(String.format("%-11s H = %.6f:", c.name(), entropy));
        SplittableRandom rng = new SplittableRandom(8);
        double previousKl = Double.POSITIVE_INFINITY;
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            double[] x = truth.sample(rng, n);
            UnivariateDistribution fitted =
                    (UnivariateDistribution) c.estimator().fit(x).distribution();
            double ofFit = EmpiricalCrossEntropy.of(x, fitted);
            double ofTruth = EmpiricalCrossEntropy.of(x, truth);
            double sdLogDensity = standardDeviationOfLogLikelihood(x, truth);
            int k = c.parameters().length;
            // The fit can only lower the sample's cross-entropy: 0 <= ofTruth - ofFit, a
            // chi-square(k)/2n quantity for regular families (k/2n on average; 30k/n is
            // far in its tail); the truth's empirical cross-entropy is within 5 sd/sqrt(n) of H.
            double estimatedKl = ofTruth - ofFit;
            assertThat(estimatedKl).as(c.name() + " n=" + n).isBetween(0.0, 30.0 * k / n);
            assertThat(Math.abs(ofFit - entropy)).as(c.name() + " n=" + n)
                    .isLessThanOrEqualTo(5 * sdLogDensity / Math.sqrt(n) + 30.0 * k / n);
            line.append(String.format(" n=%d |CE-H|=%.1e KL^=%.1e;", n, Math.abs(ofFit - entropy),
                    estimatedKl));
            previousKl = estimatedKl;
        }
        assertThat(previousKl).isLessThan(1e-3);
        REPORT.add(line.toString());
    }

    private static double standardDeviationOfLogLikelihood(double[] x,
            UnivariateDistribution truth) {
        NormalStatistics logs = new NormalStatistics();
        for (double v : x) {
            logs.accept(EmpiricalCrossEntropy.logLikelihood(truth, v));
        }
        return Math.sqrt(logs.variance());
    }

    @AfterAll
    static void printFigures() {
        REPORT.forEach(System.out::println);
    }
}
