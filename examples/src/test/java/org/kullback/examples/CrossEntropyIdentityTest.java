package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Normal;
import org.junit.jupiter.api.Test;

/** The identities the examples will demonstrate, checked on the closed forms that exist today. */
class CrossEntropyIdentityTest {

    @Test
    void crossEntropyIsEntropyPlusKl() {
        Normal p = Normal.of(0, 1);
        Normal q = Normal.of(1, 2);
        double crossEntropy = ClosedForms.crossEntropy(p, q).orElseThrow();
        double kl = ClosedForms.kl(p, q).orElseThrow();
        assertThat(crossEntropy).isCloseTo(p.entropy() + kl, within(1e-15));
    }

    @Test
    void klOfADistributionWithItselfIsZeroButItsCrossEntropyIsItsEntropy() {
        Normal p = Normal.of(3, 0.5);
        assertThat(ClosedForms.kl(p, p).orElseThrow()).isZero();
        assertThat(ClosedForms.crossEntropy(p, p).orElseThrow())
                .isCloseTo(p.entropy(), within(1e-15)).isNotZero();
    }
}
