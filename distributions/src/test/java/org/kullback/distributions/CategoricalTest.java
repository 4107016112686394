package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CategoricalTest extends UnivariateDiscreteContract<Categorical> {

    @Override
    List<Categorical> instances() {
        double[] fifty = IntStream.rangeClosed(1, 50).asDoubleStream().toArray();
        return List.of(Categorical.of(0.2, 0.3, 0.5), Categorical.of(1.0),
                Categorical.of(0, 0.25, 0, 0.75, 0), Categorical.of(1e-300, 1.0),
                Categorical.of(0.5, 1e-13, 0.5), Categorical.ofWeights(fifty),
                Categorical.ofWeights(0, 0, 3, 1e-200, 7),
                Categorical.ofLogits(0, -1, Double.NEGATIVE_INFINITY, 2, -30));
    }

    @Test
    void rejectsInvalidProbabilitiesNamingIndexAndValue() {
        assertThatThrownBy(() -> Categorical.of(0.5, 0.6, -0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Categorical: p[2] must be non-negative and finite, got -0.1");
        assertThatThrownBy(() -> Categorical.of(Double.NaN, 1))
                .hasMessage("Categorical: p[0] must be non-negative and finite, got NaN");
        assertThatThrownBy(() -> Categorical.of(0.5, Double.POSITIVE_INFINITY))
                .hasMessageContaining("p[1]").hasMessageContaining("Infinity");
        assertThatThrownBy(() -> Categorical.of(0.2, 0.3, 0.4))
                .hasMessage("Categorical: probabilities must sum to 1 (within 1e-12·k), got 0.9");
        assertThatThrownBy(() -> Categorical.of())
                .hasMessage("Categorical: probabilities must be non-empty, got []");
        assertThatThrownBy(() -> DistributionSpec.parse("Categorical()"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Categorical");
    }

    @Test
    void rejectsInvalidWeightsAndLogits() {
        assertThatThrownBy(() -> Categorical.ofWeights(1, -2))
                .hasMessage("Categorical: weight[1] must be non-negative and finite, got -2.0");
        assertThatThrownBy(() -> Categorical.ofWeights(0, 0))
                .hasMessage("Categorical: weights must not all be zero, got [0.0, 0.0]");
        assertThatThrownBy(() -> Categorical.ofWeights())
                .hasMessage("Categorical: weights must be non-empty, got []");
        assertThatThrownBy(() -> Categorical.ofLogits(0, Double.NaN))
                .hasMessage("Categorical: logit[1] must be finite or -Infinity, got NaN");
        assertThatThrownBy(() -> Categorical.ofLogits(0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("logit[1]").hasMessageContaining("Infinity");
        assertThatThrownBy(() -> Categorical.ofLogits(Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY))
                .hasMessage("Categorical: logits must not all be -Infinity, got "
                        + "[-Infinity, -Infinity]");
    }

    @Test
    void printsAndParsesTheSpec() {
        Categorical d = Categorical.of(0.2, 0.3, 0.5);
        assertThat(d).hasToString("Categorical(0.2, 0.3, 0.5)");
        assertThat(DistributionSpec.parse("Categorical(0.2, 0.3, 0.5)")).isEqualTo(d);
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.family()).isEqualTo("Categorical");
        Categorical weighted = Categorical.ofWeights(1, 1, 2);
        assertThat(weighted.probabilities()).containsExactly(0.25, 0.25, 0.5);
        assertThat(DistributionSpec.parse(weighted.toString())).isEqualTo(weighted);
    }

    @Test
    void accessorsReturnCopies() {
        Categorical d = Categorical.of(0.5, 0.5);
        d.probabilities()[0] = 7;
        d.logProbabilities()[0] = 7;
        assertThat(d.probabilities()).containsExactly(0.5, 0.5);
        assertThat(d.logProbabilities()).containsExactly(-Math.log(2), -Math.log(2));
    }

    @Test
    void logitsKeepTinyProbabilitiesAndAccurateLogs() {
        // mpmath: -log1p(exp(-30)) = -9.3576229688397367793776974246752e-14
        Categorical nearlySure = Categorical.ofLogits(1000, 970);
        assertThat(nearlySure.logProbabilities()[0])
                .isCloseTo(-9.3576229688397367793776974246752e-14, withinPercentage(1e-12));
        assertThat(nearlySure.logProbabilities()[1])
                .isCloseTo(-30 - 9.3576229688397367793776974246752e-14, within(1e-14));
        Categorical underflowing = Categorical.ofLogits(0, -800);
        assertThat(underflowing.probabilities()).containsExactly(1.0, 0.0);
        assertThat(underflowing.logProbability(1)).isEqualTo(-800.0);
        assertThat(underflowing.supportUpperBound()).isEqualTo(1.0);
        assertThat(CategoricalDivergences.kl(underflowing, Categorical.of(1.0, 0.0)))
                .as("mass below the double range is still mass")
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void klOfNearlyEqualLogitsKeepsRelativeAccuracy() {
        // mpmath: Σ p_i (log p_i − log q_i), p = softmax(0, 1, 2), q = softmax(0, 1.000000001, 2)
        assertThat(ClosedForms.kl(Categorical.ofLogits(0, 1, 2),
                Categorical.ofLogits(0, 1.000000001, 2)).getAsDouble())
                .isCloseTo(9.2418238564153982450607816412135e-20, withinPercentage(1e-12));
        assertThat(ClosedForms.kl(Categorical.ofLogits(0, 1, 2), Categorical.ofLogits(5, 6, 7)))
                .as("logits shifted by a constant").hasValue(0.0);
    }

    @Test
    void normalisesBySumOfTheGivenProbabilities() {
        Categorical tolerated = Categorical.of(0.5, 0.5 + 1e-13);
        assertThat(tolerated.probabilities()[0] + tolerated.probabilities()[1])
                .isCloseTo(1.0, within(1e-16));
        assertThat(tolerated.cdf(0) + tolerated.survival(0)).isCloseTo(1.0, within(1e-16));
    }

    @Test
    void supportIsTheRangeOfPositiveProbabilities() {
        Categorical d = Categorical.of(0, 0.25, 0, 0.75, 0);
        assertThat(d.supportLowerBound()).isEqualTo(1.0);
        assertThat(d.supportUpperBound()).isEqualTo(3.0);
        assertThat(d.quantile(0.25)).isEqualTo(1.0);
        assertThat(d.quantile(Math.nextUp(0.25))).isEqualTo(3.0);
        assertThat(d.logProbability(7)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(d.mean()).isEqualTo(2.5);
        assertThat(d.variance()).isEqualTo(0.75);
    }

    @Test
    void upperTailKeepsRelativeAccuracy() {
        Categorical d = Categorical.of(0.5, 0.5, 1e-300);
        assertThat(d.survival(1)).isEqualTo(1e-300);
        assertThat(d.survival(0)).isEqualTo(0.5);
        assertThat(d.quantile(0.75)).isEqualTo(1.0);
    }

    @Test
    void klEdgeCases() {
        Categorical p = Categorical.of(0.5, 0.5);
        assertThat(CategoricalDivergences.kl(p, Categorical.of(1.0, 0.0)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(CategoricalDivergences.crossEntropy(p, Categorical.of(0.0, 1.0)))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(CategoricalDivergences.kl(Categorical.of(1.0, 0.0), p))
                .isCloseTo(Math.log(2), within(1e-16));
        // Different sizes: distributions on the indices, missing categories have probability 0.
        // KL((½,½)‖(0.2,0.3,0.5)) = ½log(½/0.2) + ½log(½/0.3).
        assertThat(ClosedForms.kl(p, Categorical.of(0.2, 0.3, 0.5)).getAsDouble())
                .isCloseTo(0.5 * Math.log(2.5) + 0.5 * Math.log(0.5 / 0.3), within(1e-15));
        assertThat(ClosedForms.kl(Categorical.of(0.2, 0.3, 0.5), p))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(ClosedForms.crossEntropy(p, Categorical.of(1.0)))
                .hasValue(Double.POSITIVE_INFINITY);
        assertThat(CategoricalDivergences.crossEntropy(Categorical.of(1.0, 0.0), Categorical.of(1.0)))
                .isZero();
        for (Categorical d : instances()) {
            assertThat(CategoricalDivergences.kl(d, d)).as("KL(%s, %s)", d, d).isEqualTo(0.0);
            assertThat(ClosedForms.kl(d, d)).hasValue(0.0);
            assertThat(ClosedForms.crossEntropy(d, d).getAsDouble())
                    .isCloseTo(d.entropy(), within(1e-15 * d.entropy()));
        }
    }

    @Property
    void klIsNonNegativeAndCrossEntropyIsEntropyPlusKl(
            @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 10) Double> w,
            @ForAll @Size(min = 8, max = 8) List<@DoubleRange(min = 0.01, max = 10) Double> v) {
        double[] weights = w.stream().mapToDouble(Double::doubleValue).toArray();
        if (weights[0] == 0) {
            weights[0] = 1;
        }
        Categorical p = Categorical.ofWeights(weights);
        Categorical q = Categorical.ofWeights(
                v.subList(0, weights.length).stream().mapToDouble(Double::doubleValue).toArray());
        double kl = CategoricalDivergences.kl(p, q);
        assertThat(kl).isGreaterThanOrEqualTo(0.0);
        assertThat(CategoricalDivergences.crossEntropy(p, q))
                .isCloseTo(p.entropy() + kl, within(1e-13 * (p.entropy() + kl)));
    }
}
