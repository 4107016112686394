package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kullback.distributions.MultivariateNormal;

/**
 * The estimators are consistent and their standard errors are right: for n = 10^5 draws from a
 * known member of each family, every estimate is within 4 reported standard errors of the truth;
 * and over repeated samples the spread (standard deviation) of the estimates agrees with the root
 * mean square of the reported standard errors within 15 %.
 *
 * <p>Replications, to keep the suite fast: 200 samples of n = 1000 for the regular families. For
 * the support bounds of Uniform and Pareto, whose estimates are exponential-like rather than
 * normal, the standard deviation of 200 replications is itself uncertain by about 10 % (its
 * relative standard error is \( \sqrt{(\kappa - 1)/4R} \) with kurtosis \( \kappa = 9 \)), so those
 * two families use 1000 samples of n = 200 (about 4.5 %). Seeds are fixed.
 */
class StatisticalConsistencyTest {

    private static final List<String> REPORT = new ArrayList<>();

    static List<FamilyCases.Case> cases() {
        return FamilyCases.all();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void estimatesOfAHundredThousandDrawsAreWithinFourStandardErrors(FamilyCases.Case c) {
        double[] x = c.truth().sample(new SplittableRandom(101), 100_000);
        Fit<?> fit = c.estimator().fit(x);
        double[] estimates = fit.estimates();
        double[] se = fit.standardErrors();
        double worst = 0;
        for (int i = 0; i < estimates.length; i++) {
            double z = Math.abs(estimates[i] - c.parameters()[i]) / se[i];
            assertThat(z).as(c.name() + " " + fit.parameterNames().get(i))
                    .isLessThanOrEqualTo(4);
            worst = Math.max(worst, z);
        }
        REPORT.add(String.format("%-11s n=1e5: worst |estimate - truth| / SE = %.2f", c.name(),
                worst));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportedStandardErrorsMatchTheSpreadOverReplications(FamilyCases.Case c) {
        int replications = c.irregular() ? 1000 : 200;
        int n = c.irregular() ? 200 : 1000;
        SplittableRandom rng = new SplittableRandom(202);
        int k = c.parameters().length;
        double[] sum = new double[k];
        double[] sumSquares = new double[k];
        double[] sumReportedVariance = new double[k];
        for (int r = 0; r < replications; r++) {
            Fit<?> fit = c.estimator().fit(c.truth().sample(rng, n));
            double[] estimates = fit.estimates();
            double[] se = fit.standardErrors();
            for (int i = 0; i < k; i++) {
                double d = estimates[i] - c.parameters()[i];
                sum[i] += d;
                sumSquares[i] += d * d;
                sumReportedVariance[i] += se[i] * se[i];
            }
        }
        StringBuilder line = new StringBuilder(String.format("%-11s %4d x n=%4d: SE/spread",
                c.name(), replications, n));
        for (int i = 0; i < k; i++) {
            double mean = sum[i] / replications;
            double spread = Math.sqrt((sumSquares[i] - replications * mean * mean)
                    / (replications - 1));
            double reported = Math.sqrt(sumReportedVariance[i] / replications);
            assertThat(reported / spread).as(c.name() + " parameter " + i)
                    .isBetween(0.85, 1.15);
            line.append(String.format(" %.3f", reported / spread));
        }
        REPORT.add(line.toString());
    }

    @Test
    void multivariateNormalIsConsistentWithRightStandardErrors() {
        MultivariateNormal truth = MultivariateNormal.of(new double[] {1, -2, 0.5},
                new double[][] {{2, 0.6, -0.3}, {0.6, 1, 0.2}, {-0.3, 0.2, 0.5}});
        Fit<MultivariateNormal> big = MultivariateNormalMaximumLikelihood.INSTANCE
                .fit(truth.sample(new SplittableRandom(303), 100_000));
        double[] truthVector = {1, -2, 0.5, 2, 0.6, -0.3, 1, 0.2, 0.5};
        double[] se = big.standardErrors();
        for (int i = 0; i < truthVector.length; i++) {
            assertThat(Math.abs(big.estimates()[i] - truthVector[i]) / se[i])
                    .as(big.parameterNames().get(i)).isLessThanOrEqualTo(4);
        }
        SplittableRandom rng = new SplittableRandom(304);
        int replications = 200;
        double[] sumSquares = new double[9];
        double[] sum = new double[9];
        double[] reportedVariance = new double[9];
        for (int r = 0; r < replications; r++) {
            Fit<MultivariateNormal> fit = MultivariateNormalMaximumLikelihood.INSTANCE
                    .fit(truth.sample(rng, 1000));
            for (int i = 0; i < 9; i++) {
                double d = fit.estimates()[i] - truthVector[i];
                sum[i] += d;
                sumSquares[i] += d * d;
                reportedVariance[i] += fit.standardErrors()[i] * fit.standardErrors()[i];
            }
        }
        StringBuilder line = new StringBuilder("MVN(3)      200 x n=1000: SE/spread");
        for (int i = 0; i < 9; i++) {
            double mean = sum[i] / replications;
            double spread = Math.sqrt((sumSquares[i] - replications * mean * mean)
                    / (replications - 1));
            double ratio = Math.sqrt(reportedVariance[i] / replications) / spread;
            assertThat(ratio).as("MVN " + i).isBetween(0.85, 1.15);
            line.append(String.format(" %.3f", ratio));
        }
        REPORT.add(line.toString());
    }

    @AfterAll
    static void printFigures() {
        REPORT.forEach(System.out::println);
    }
}
