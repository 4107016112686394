package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Minimising the mean cross-entropy and minimising the mean KL divergence from the labels to the
 * model are the same problem: the two differ by the labels' entropy, which does not depend on
 * the coefficients, so they have the same gradient everywhere (not only at the optimum).
 */
class CrossEntropyAndKlTest {

    /** Central differences with step h relative to max(1, |beta_j|). */
    private static double[] numericalGradient(ToDoubleFunction<double[]> f,
            double[] beta) {
        double[] g = new double[beta.length];
        for (int j = 0; j < beta.length; j++) {
            double h = 1e-5 * Math.max(1, Math.abs(beta[j]));
            double[] plus = beta.clone();
            double[] minus = beta.clone();
            plus[j] += h;
            minus[j] -= h;
            g[j] = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * h);
        }
        return g;
    }

    @Test
    void binaryCrossEntropyAndKlHaveTheSameGradientInTheCoefficients() {
        // Soft labels, so that the label entropy (the gap between the two) is far from 0.
        LogisticReferenceData data = LogisticReferenceData.load("logistic_soft");
        ClassificationDesign design = ClassificationDesign.of("test", data.x(), null, true, 1);
        LogisticLikelihood likelihood = new LogisticLikelihood(design, data.columnValues("y"), 0);
        double entropy = likelihood.meanLabelEntropy();
        assertThat(entropy).isGreaterThan(0.2);

        for (double[] beta : new double[][] {{0.3, -1.0, 2.0}, {-2, 0.5, 0.1}, {0, 0, 0}}) {
            double[] ce = numericalGradient(likelihood::meanCrossEntropy, beta);
            double[] kl = numericalGradient(likelihood::meanKl, beta);
            double[] analytic = likelihood.gradientOfMeanCrossEntropy(beta);
            for (int j = 0; j < beta.length; j++) {
                assertThat(kl[j]).isCloseTo(ce[j], offset(1e-9));
                assertThat(ce[j]).isCloseTo(analytic[j],
                        offset(1e-8));
            }
            // The gap is the label entropy at every beta; KL is non-negative.
            assertThat(likelihood.meanCrossEntropy(beta) - likelihood.meanKl(beta))
                    .isCloseTo(entropy, offset(1e-14));
            assertThat(likelihood.meanKl(beta)).isPositive();
        }
    }

    @Test
    void categoricalCrossEntropyAndKlHaveTheSameGradientInTheCoefficients() {
        LogisticReferenceData data = LogisticReferenceData.load("softmax4_soft");
        ClassificationDesign design = ClassificationDesign.of("test", data.x(),
                data.columnValues("w"), true, 3);
        SoftmaxLikelihood likelihood = new SoftmaxLikelihood(design, data.targets(4), 4, 0);
        double entropy = likelihood.meanLabelEntropy();
        assertThat(entropy).isGreaterThan(0.3);
        double[] beta = {0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.7, -0.8, 0.9, 1.0, -1.1, 1.2};
        double[] ce = numericalGradient(likelihood::meanCrossEntropy, beta);
        double[] kl = numericalGradient(likelihood::meanKl, beta);
        double[] analytic = likelihood.gradientOfMeanCrossEntropy(beta);
        for (int j = 0; j < beta.length; j++) {
            assertThat(kl[j]).isCloseTo(ce[j], offset(1e-9));
            assertThat(ce[j]).isCloseTo(analytic[j], offset(1e-8));
        }
        assertThat(likelihood.meanCrossEntropy(beta) - likelihood.meanKl(beta))
                .isCloseTo(entropy, offset(1e-14));
    }

    @Test
    void fittedMeanCrossEntropyIsKlPlusLabelEntropyAndTheDevianceIsTwiceTheTotalKl() {
        LogisticReferenceData data = LogisticReferenceData.load("logistic_soft");
        LogisticFit fit = LogisticRegression.of().fit(data.x(), data.columnValues("y"));
        assertThat(fit.meanCrossEntropy()).isCloseTo(fit.meanKl() + fit.meanLabelEntropy(),
                offset(1e-15));
        assertThat(fit.deviance()).isCloseTo(2 * fit.totalWeight() * fit.meanKl(),
                offset(1e-12));
        // Reference value of the mean KL from the mpmath fit, 1e-12 relative.
        assertThat(fit.meanKl()).isCloseTo(data.number("mean_kl"),
                withPercentage(1e-10));
    }

    @Test
    void crossEntropyIsComputedFromTheLogitWhereTheProbabilityWouldRoundToZeroOrOne() {
        // sigma(-800) underflows to 0 and sigma(40) rounds to 1 in double; the logit forms keep
        // the exact answers log(1 + e^800) = 800 (to double precision) and log(1 + e^-40).
        assertThat(LogisticLikelihood.crossEntropy(1, -800)).isEqualTo(800);
        assertThat(LogisticLikelihood.crossEntropy(0, 800)).isEqualTo(800);
        assertThat(LogisticLikelihood.crossEntropy(1, 40))
                .isCloseTo(4.248354255291589e-18, withPercentage(1e-13));
        assertThat(LogisticLikelihood.kl(0.5, 0)).isEqualTo(0);
        assertThat(LogisticLikelihood.entropy(0)).isEqualTo(0);
        assertThat(LogisticLikelihood.entropy(1)).isEqualTo(0);
        double[] nlp = SoftmaxLikelihood.negativeLogProbabilities(new double[] {0, 900, -900});
        assertThat(nlp[0]).isEqualTo(900);
        assertThat(nlp[2]).isEqualTo(1800);
        assertThat(nlp[1]).isEqualTo(0);
    }
}
