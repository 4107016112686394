package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrefixCodeTest {

    private static int[] lengths(PrefixCode code) {
        int[] lengths = new int[code.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = code.length(i);
        }
        return lengths;
    }

    @Test
    void huffmanCodeOfDyadicProbabilitiesHasLengthsMinusLog2p() {
        PrefixCode code = PrefixCode.huffman(new double[] {0.5, 0.25, 0.125, 0.125});
        assertThat(lengths(code)).containsExactly(1, 2, 3, 3);
        assertThat(code.meanLength(new double[] {0.5, 0.25, 0.125, 0.125})).isEqualTo(1.75);
    }

    @Test
    void huffmanCodeMatchesCoverAndThomasExample() {
        // Cover & Thomas, Elements of Information Theory, 2nd ed., Example 5.6.1: mean 2.3 bits.
        double[] p = {0.25, 0.25, 0.2, 0.15, 0.15};
        PrefixCode code = PrefixCode.huffman(p);
        assertThat(lengths(code)).containsExactly(2, 2, 2, 3, 3);
        assertThat(code.meanLength(p)).isCloseTo(2.3, within(1e-15));
    }

    @Test
    void shannonLengthsAreCeilingOfMinusLog2qExactlyAtPowersOfTwo() {
        PrefixCode code = PrefixCode.shannon(new double[] {0.5, 0.25, 0.125, 0.1, 0.025});
        assertThat(lengths(code)).containsExactly(1, 2, 3, 4, 6);
    }

    @Test
    void noCodewordIsAPrefixOfAnother() {
        PrefixCode code = PrefixCode.huffman(new double[] {0.4, 0.3, 0.1, 0.1, 0.05, 0.05});
        for (int i = 0; i < code.size(); i++) {
            assertThat(code.codeword(i)).hasSize(code.length(i));
            for (int j = 0; j < code.size(); j++) {
                if (i != j) {
                    assertThat(code.codeword(j)).doesNotStartWith(code.codeword(i));
                }
            }
        }
    }

    @Test
    void decodingInvertsEncoding() {
        PrefixCode code = PrefixCode.shannon(new double[] {0.3, 0.3, 0.2, 0.1, 0.1});
        SplittableRandom rng = new SplittableRandom(1);
        int[] message = rng.ints(1000, 0, 5).toArray();
        assertThat(code.decode(code.encode(message))).containsExactly(message);
    }

    @Test
    void badInputIsRejectedWithItsIndex() {
        assertThatThrownBy(() -> PrefixCode.ofLengths(1, 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Kraft");
        assertThatThrownBy(() -> PrefixCode.ofLengths(1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lengths[1]").hasMessageContaining("got 0");
        assertThatThrownBy(() -> PrefixCode.huffman(new double[] {0.5, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p[1]");
        assertThatThrownBy(() -> PrefixCode.shannon(new double[] {0.5, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q[1]");
        PrefixCode code = PrefixCode.ofLengths(1, 2, 2);
        assertThatThrownBy(() -> code.decode("1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after bit 0");
    }
}
