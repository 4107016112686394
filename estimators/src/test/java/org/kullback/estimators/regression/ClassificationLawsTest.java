package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.Categorical;

/** Laws that logistic and softmax fits must obey whatever the data. */
class ClassificationLawsTest {

    private static final LogisticReferenceData MODERATE =
            LogisticReferenceData.load("logistic_moderate");

    @Test
    void softmaxWithTwoClassesIsLogisticRegression() {
        double[] y = MODERATE.columnValues("y");
        int[] classes = Arrays.stream(y).mapToInt(v -> (int) v).toArray();
        LogisticFit logistic = LogisticRegression.of().fit(MODERATE.x(), y);
        SoftmaxFit softmax = SoftmaxRegression.of().fit(MODERATE.x(), classes, 2);
        assertThat(LogisticReferenceData.maxRelativeDifference(softmax.coefficients()[0],
                logistic.coefficients())).isLessThan(1e-13);
        assertThat(LogisticReferenceData.maxRelativeDifference(softmax.standardErrors()[0],
                logistic.standardErrors())).isLessThan(1e-13);
        assertThat(softmax.logLikelihood()).isCloseTo(logistic.logLikelihood(), offset(1e-12));
        double[] x = {0.3, -1.2, 2.0};
        assertThat(softmax.probabilities(x)[1]).isCloseTo(logistic.probability(x),
                offset(1e-15));
    }

    @Test
    void anIntegerWeightIsTheSameAsRepeatingTheRow() {
        double[][] x = MODERATE.x();
        double[] y = MODERATE.columnValues("y");
        double[] w = new double[x.length];
        List<double[]> repeatedX = new ArrayList<>();
        List<Double> repeatedY = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            w[i] = i % 4;
            for (int r = 0; r < w[i]; r++) {
                repeatedX.add(x[i]);
                repeatedY.add(y[i]);
            }
        }
        LogisticFit weighted = LogisticRegression.of().fit(x, y, w);
        LogisticFit repeated = LogisticRegression.of().fit(repeatedX.toArray(new double[0][]),
                repeatedY.stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(LogisticReferenceData.maxRelativeDifference(weighted.coefficients(),
                repeated.coefficients())).isLessThan(1e-12);
        assertThat(LogisticReferenceData.maxRelativeDifference(weighted.standardErrors(),
                repeated.standardErrors())).isLessThan(1e-12);
        assertThat(weighted.logLikelihood()).isCloseTo(repeated.logLikelihood(), offset(1e-10));
        assertThat(weighted.bic()).isCloseTo(repeated.bic(), offset(1e-10));
        assertThat(weighted.totalWeight()).isEqualTo(repeated.n());
    }

    @Test
    void swappingTheLabelsNegatesTheCoefficients() {
        double[] y = MODERATE.columnValues("y");
        double[] swapped = Arrays.stream(y).map(v -> 1 - v).toArray();
        LogisticFit fit = LogisticRegression.of().fit(MODERATE.x(), y);
        LogisticFit mirror = LogisticRegression.of().fit(MODERATE.x(), swapped);
        double[] negated = Arrays.stream(mirror.coefficients()).map(v -> -v).toArray();
        assertThat(LogisticReferenceData.maxRelativeDifference(negated, fit.coefficients()))
                .isLessThan(1e-13);
        assertThat(mirror.logLikelihood()).isCloseTo(fit.logLikelihood(), offset(1e-12));
    }

    @Test
    void predictionsAreBuiltFromTheFittedLogits() {
        LogisticFit fit = LogisticRegression.of().fit(MODERATE.x(), MODERATE.columnValues("y"));
        double[] beta = fit.coefficients();
        double[] x = {0.5, -0.25, 1.5};
        double eta = beta[0] + beta[1] * x[0] + beta[2] * x[1] + beta[3] * x[2];
        assertThat(fit.logit(x)).isCloseTo(eta, offset(1e-15));
        assertThat(fit.probability(x)).isCloseTo(1 / (1 + Math.exp(-eta)), offset(1e-16));
        assertThat(fit.predict(x).p()).isCloseTo(fit.probability(x), offset(1e-16));
        assertThat(fit.parameterNames()).containsExactly("intercept", "x[0]", "x[1]", "x[2]");

        LogisticReferenceData data = LogisticReferenceData.load("softmax4_soft");
        SoftmaxFit softmax = SoftmaxRegression.of().fit(data.x(), data.targets(4),
                data.columnValues("w"));
        double[] logits = softmax.logits(x);
        double[] pi = softmax.probabilities(x);
        assertThat(logits[0]).isZero();
        assertThat(Arrays.stream(pi).sum()).isCloseTo(1, offset(1e-15));
        Categorical predictive = softmax.predict(x);
        for (int k = 1; k < 4; k++) {
            assertThat(Math.log(pi[k] / pi[0])).isCloseTo(logits[k], offset(1e-14));
            assertThat(predictive.probability(k)).isCloseTo(pi[k], offset(1e-16));
        }
        assertThat(softmax.parameterNames()).hasSize(12)
                .startsWith("class 1: intercept", "class 1: x[0]");
        assertThat(softmax.referenceClass()).isZero();
    }

    /**
     * Soft labels strictly inside (0, 1) can never be separated, so every random problem has a
     * finite MLE; at it the score equations hold, and cross-entropy = KL + label entropy.
     */
    @Property(tries = 40)
    void scoreEquationsAndTheEntropyDecompositionHoldAtEveryFit(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 40;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = 3 * random.nextGaussian() + x[i][0];
            y[i] = random.nextDouble(0.01, 0.99);
            w[i] = random.nextDouble(0.1, 3);
        }
        double lambda = random.nextBoolean() ? 0 : random.nextDouble(0.1, 5);
        LogisticFit fit = LogisticRegression.of().withL2Penalty(lambda).fit(x, y, w);
        assertThat(fit.converged()).as(fit.message()).isTrue();
        double[] beta = fit.coefficients();
        double[] score = new double[3];
        for (int i = 0; i < n; i++) {
            double r = w[i] * (y[i] - fit.probability(x[i]));
            score[0] += r;
            score[1] += r * x[i][0];
            score[2] += r * x[i][1];
        }
        assertThat(score[0]).isCloseTo(0, offset(1e-12));
        assertThat(score[1]).isCloseTo(lambda * beta[1], offset(1e-12));
        assertThat(score[2]).isCloseTo(lambda * beta[2], offset(1e-12));
        assertThat(fit.meanKl()).isPositive();
        assertThat(fit.meanCrossEntropy()).isCloseTo(fit.meanKl() + fit.meanLabelEntropy(),
                offset(1e-14));
    }
}
