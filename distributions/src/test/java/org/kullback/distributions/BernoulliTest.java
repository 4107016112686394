package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class BernoulliTest extends UnivariateDiscreteContract<Bernoulli> {

    @Override
    List<Bernoulli> instances() {
        return List.of(Bernoulli.of(0.5), Bernoulli.of(0.3), Bernoulli.of(1e-3),
                Bernoulli.of(1 - 1e-13), Bernoulli.of(0), Bernoulli.of(1), Bernoulli.of(1e-300),
                Bernoulli.ofLogit(2.5), Bernoulli.ofLogit(-40), Bernoulli.ofLogit(40));
    }

    @Override
    double referenceLogProbability(Bernoulli d, long k) {
        return new BinomialDistribution(null, 1, d.p()).logProbability((int) k);
    }

    @Test
    void rejectsInvalidParametersNamingThem() {
        assertThatThrownBy(() -> Bernoulli.of(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Bernoulli: p must be a probability in [0, 1], got -0.1");
        assertThatThrownBy(() -> Bernoulli.of(1.5)).hasMessageContaining("p")
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> Bernoulli.of(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Bernoulli.ofLogit(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Bernoulli: logit must be a number or ±Infinity, got NaN");
    }

    @Test
    void largeLogitsKeepTheSmallProbabilityAndItsLogarithm() {
        // mpmath: -log1p(exp(-40)) = -4.2483542552915889863049778436e-18,
        //         -40 - log1p(exp(-40)) = -40.000000000000000004248354255
        Bernoulli almostSure = Bernoulli.ofLogit(40);
        assertThat(almostSure.p()).isEqualTo(1.0);
        assertThat(almostSure.logProbability(1))
                .isCloseTo(-4.2483542552915889863049778436e-18, withinPercentage(1e-12));
        assertThat(almostSure.logProbability(0)).isEqualTo(-40.0);
        assertThat(almostSure.cdf(0)).isCloseTo(4.2483542552915889863e-18, withinPercentage(1e-12));
        assertThat(almostSure.logit()).isEqualTo(40.0);
        // mpmath: -a log a - b log b with a = 1/(1+e^-40), b = 1/(1+e^40)
        assertThat(almostSure.entropy())
                .isCloseTo(1.7418252446695514807753381401981e-16, withinPercentage(1e-12));

        Bernoulli almostImpossible = Bernoulli.ofLogit(-40);
        assertThat(almostImpossible.logProbability(1)).isEqualTo(-40.0);
        assertThat(almostImpossible.p())
                .isCloseTo(4.2483542552915889863e-18, withinPercentage(1e-12));
        assertThat(almostImpossible.entropy()).isCloseTo(almostSure.entropy(),
                withinPercentage(1e-12));
    }

    @Test
    void infiniteLogitsArePointMasses() {
        Bernoulli one = Bernoulli.ofLogit(Double.POSITIVE_INFINITY);
        Bernoulli zero = Bernoulli.ofLogit(Double.NEGATIVE_INFINITY);
        assertThat(one).isEqualTo(Bernoulli.of(1));
        assertThat(zero).isEqualTo(Bernoulli.of(0));
        assertThat(one.logProbability(1)).isEqualTo(0.0);
        assertThat(one.logProbability(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(zero.logProbability(0)).isEqualTo(0.0);
        assertThat(one.entropy()).isEqualTo(0.0);
        assertThat(zero.entropy()).isEqualTo(0.0);
        assertThat(one.supportLowerBound()).isEqualTo(1.0);
        assertThat(zero.supportUpperBound()).isEqualTo(0.0);
        assertThat(Bernoulli.of(0).logit()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Bernoulli.of(1).logit()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void logitNearOneHalfKeepsRelativeAccuracy() {
        // mpmath: log(p/(1-p)) for p = 0.5000000001 (the double) = 4.0000003309614839964e-10
        assertThat(Bernoulli.of(0.5000000001).logit())
                .isCloseTo(4.0000003309614839964e-10, withinPercentage(1e-12));
        assertThat(Bernoulli.of(0.5).logit()).isEqualTo(0.0);
        // mpmath: log(3) = 1.0986122886681096913952452369225
        assertThat(Bernoulli.of(0.25).logit())
                .isCloseTo(-1.0986122886681096913952452369225, within(2.3e-16));
    }

    @Test
    void klEdgeCases() {
        Bernoulli zero = Bernoulli.of(0);
        Bernoulli one = Bernoulli.of(1);
        Bernoulli half = Bernoulli.of(0.5);
        assertThat(BernoulliDivergences.kl(zero, half)).isEqualTo(Math.log(2));
        assertThat(BernoulliDivergences.kl(one, half)).isEqualTo(Math.log(2));
        assertThat(BernoulliDivergences.kl(half, zero)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(BernoulliDivergences.kl(half, one)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(BernoulliDivergences.kl(zero, one)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(BernoulliDivergences.crossEntropy(zero, one))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(BernoulliDivergences.kl(Bernoulli.ofLogit(-800), zero))
                .as("mass below the double range is still mass")
                .isEqualTo(Double.POSITIVE_INFINITY);
        for (Bernoulli d : instances()) {
            assertThat(BernoulliDivergences.kl(d, d)).as("KL(%s, %s)", d, d).isEqualTo(0.0);
            assertThat(ClosedForms.kl(d, d)).hasValue(0.0);
        }
    }

    @Test
    void klOfNearlyEqualBernoullisKeepsRelativeAccuracy() {
        // mpmath: see reference_discrete.py, KL(Bernoulli(0.5)‖Bernoulli(0.500000001))
        assertThat(ClosedForms.kl(Bernoulli.of(0.5), Bernoulli.of(0.500000001)).getAsDouble())
                .isCloseTo(1.99999988687227575003417204614e-18, withinPercentage(1e-12));
        // mpmath: a log(a/b) + a' log(a'/b') with a = σ(40), b = σ(41), a' = 1 - a, b' = 1 - b
        double fromLogits = 1.5628821893349887578453256870085e-18;
        assertThat(ClosedForms.kl(Bernoulli.ofLogit(40), Bernoulli.ofLogit(41)).getAsDouble())
                .isCloseTo(fromLogits, withinPercentage(1e-12));
        assertThat(ClosedForms.kl(Bernoulli.ofLogit(-40), Bernoulli.ofLogit(-41)).getAsDouble())
                .isCloseTo(fromLogits, withinPercentage(1e-12));
        // mpmath: the same with a = σ(0.3), b = σ(0.300000001) (the doubles)
        assertThat(ClosedForms.kl(Bernoulli.ofLogit(0.3), Bernoulli.ofLogit(0.300000001))
                .getAsDouble()).isCloseTo(1.2222916249571608730053618215764e-19,
                        withinPercentage(1e-12));
    }

    @Property
    void klIsNonNegativeAndCrossEntropyIsEntropyPlusKl(
            @ForAll @DoubleRange(min = 0, max = 1) double a,
            @ForAll @DoubleRange(min = 0, max = 1) double b) {
        Bernoulli p = Bernoulli.of(a);
        Bernoulli q = Bernoulli.of(b);
        double kl = BernoulliDivergences.kl(p, q);
        double crossEntropy = BernoulliDivergences.crossEntropy(p, q);
        assertThat(kl).isGreaterThanOrEqualTo(0.0);
        if (Double.isInfinite(kl)) {
            assertThat(crossEntropy).isEqualTo(Double.POSITIVE_INFINITY);
        } else {
            assertThat(crossEntropy).isCloseTo(p.entropy() + kl, within(1e-13 * crossEntropy));
        }
    }
}
