package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kullback.examples.AsymmetryAndZeros.Self;

/**
 * The claims printed by {@link AsymmetryAndZeros}, against the textbook formulas evaluated here:
 * \( \mathrm{KL}(\mathcal N(\mu_1,\sigma_1^2)\|\mathcal N(\mu_2,\sigma_2^2))
 * = \log(\sigma_2/\sigma_1) + (\sigma_1^2 + (\mu_1-\mu_2)^2)/(2\sigma_2^2) - 1/2 \),
 * \( H(\mathcal N) = \frac12\log(2\pi e \sigma^2) \), \( H(\mathcal U(a,b)) = \log(b-a) \).
 * Values are O(1), so 1e-15 is a few ulps.
 */
class AsymmetryAndZerosTest {

    private final AsymmetryAndZeros.Result result = AsymmetryAndZeros.compute();

    @Test
    void klBetweenNormalsIsNotSymmetric() {
        double forward = Math.log(2) + (1 + 1) / 8.0 - 0.5;
        double backward = Math.log(0.5) + (4 + 1) / 2.0 - 0.5;
        assertThat(result.normals().forward()).isCloseTo(forward, within(1e-15));
        assertThat(result.normals().backward()).isCloseTo(backward, within(1e-15));
        assertThat(backward - forward).isGreaterThan(0.8);
    }

    @Test
    void klIsInfiniteOnlyInTheDirectionWhereTheSecondHasNoMass() {
        assertThat(result.uniforms().forward()).isCloseTo(Math.log(2), within(1e-15));
        assertThat(result.uniforms().backward()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void klOfADistributionWithItselfIsZeroButCrossEntropyIsItsNonZeroEntropy() {
        double normalEntropy = 0.5 * Math.log(2 * Math.PI * Math.E);
        double categoricalEntropy = 1.5 * Math.log(2);
        Self normal = result.normal();
        Self categorical = result.categorical();
        assertThat(normal.kl()).isZero();
        assertThat(categorical.kl()).isZero();
        assertThat(normal.entropy()).isCloseTo(normalEntropy, within(1e-15));
        assertThat(normal.crossEntropy()).isCloseTo(normalEntropy, within(1e-15));
        assertThat(categorical.entropy()).isCloseTo(categoricalEntropy, within(1e-15));
        assertThat(categorical.crossEntropy()).isCloseTo(categoricalEntropy, within(1e-15));
    }

    @Test
    void differentialEntropyOfANarrowDensityIsNegative() {
        assertThat(result.narrowNormalEntropy())
                .isCloseTo(0.5 * Math.log(2 * Math.PI * Math.E * 0.01), within(1e-15))
                .isNegative();
        assertThat(result.narrowUniformEntropy()).isCloseTo(Math.log(0.5), within(1e-15))
                .isNegative();
    }
}
