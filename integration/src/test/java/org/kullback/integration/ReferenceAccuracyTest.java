package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numerical KL, cross-entropy and entropy against independent mpmath values (60-digit tanh-sinh
 * quadrature of log densities written out in {@code src/test/python/divergence_references.py}).
 */
class ReferenceAccuracyTest {

    private static final double RELATIVE = 1e-10;
    private static final List<ReferenceData> REFERENCES = ReferenceData.load();

    @Test
    void referenceFileHoldsTheRequiredPairsAndDiscreteOnes() {
        assertThat(REFERENCES).hasSizeGreaterThanOrEqualTo(ReferenceData.REQUIRED_PAIRS + 4);
        assertThat(REFERENCES.subList(0, ReferenceData.REQUIRED_PAIRS)).map(Object::toString)
                .containsExactly("StudentT(3, 0, 1) ‖ StudentT(10, 1, 2)",
                        "StudentT(5, 0, 1) ‖ Normal(0, 1)", "Normal(0, 1) ‖ StudentT(5, 0, 1)",
                        "Logistic(0, 1) ‖ Normal(0, 1)", "Logistic(0, 1) ‖ Logistic(1, 2)",
                        "Normal(0, 1) ‖ Cauchy(0, 1)", "Gamma(2, 1) ‖ Normal(2, 1.5)");
    }

    @Test
    void klOfEveryReferencePairMatchesMpmath() {
        for (ReferenceData reference : REFERENCES) {
            Integral kl = NumericalDivergences.kl(reference.p(), reference.q());
            assertThat(kl.converged()).as(reference.toString()).isTrue();
            assertThat(relativeError(kl.value(), reference.kl())).as(reference + " KL " + kl)
                    .isLessThanOrEqualTo(RELATIVE);
        }
    }

    @Test
    void crossEntropyAndEntropyOfEveryReferencePairMatchMpmath() {
        for (ReferenceData reference : REFERENCES) {
            Integral crossEntropy = NumericalDivergences.crossEntropy(reference.p(), reference.q());
            Integral entropy = NumericalDivergences.entropy(reference.p());
            assertThat(relativeError(crossEntropy.value(), reference.crossEntropy()))
                    .as(reference + " cross-entropy " + crossEntropy)
                    .isLessThanOrEqualTo(RELATIVE);
            assertThat(relativeError(entropy.value(), reference.entropy()))
                    .as(reference + " entropy " + entropy).isLessThanOrEqualTo(RELATIVE);
        }
    }

    @Test
    void reportedErrorBoundExceedsTheTrueErrorInEveryReferenceCase() {
        for (ReferenceData reference : REFERENCES) {
            Integral kl = NumericalDivergences.kl(reference.p(), reference.q());
            Integral crossEntropy = NumericalDivergences.crossEntropy(reference.p(), reference.q());
            Integral entropy = NumericalDivergences.entropy(reference.p());
            assertThat(Math.abs(kl.value() - reference.kl())).as(reference + " KL " + kl)
                    .isLessThanOrEqualTo(kl.absoluteError());
            assertThat(Math.abs(crossEntropy.value() - reference.crossEntropy()))
                    .as(reference + " cross-entropy " + crossEntropy)
                    .isLessThanOrEqualTo(crossEntropy.absoluteError());
            assertThat(Math.abs(entropy.value() - reference.entropy()))
                    .as(reference + " entropy " + entropy)
                    .isLessThanOrEqualTo(entropy.absoluteError());
        }
    }

    private static double relativeError(double value, double reference) {
        return Math.abs(value - reference) / Math.abs(reference);
    }
}
