package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.Normal;

/** Identities the Monte Carlo estimators satisfy draw by draw, whatever the seed. */
class MonteCarloLawsTest {

    /**
     * With the same draws, \( \widehat H(p, q) = \widehat H(p) + \widehat{\mathrm{KL}}(p\,\|\,q) \)
     * to rounding, the sample form of \( H(p, q) = H(p) + \mathrm{KL}(p\,\|\,q) \).
     */
    @Property(tries = 200)
    void crossEntropyIsEntropyPlusKlForTheSameDraws(
            @ForAll @DoubleRange(min = 0.1, max = 20) double shape,
            @ForAll @DoubleRange(min = -5, max = 5) double mean,
            @ForAll @DoubleRange(min = 0.1, max = 10) double sd,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Gamma p = Gamma.of(shape, 1);
        Normal q = Normal.of(mean, sd);
        MonteCarloEstimate crossEntropy =
                MonteCarloDivergences.crossEntropy(p, q, 200, new SplittableRandom(seed));
        MonteCarloEstimate entropy =
                MonteCarloDivergences.entropy(p, 200, new SplittableRandom(seed));
        MonteCarloEstimate kl = MonteCarloDivergences.kl(p, q, 200, new SplittableRandom(seed));
        double scale = Math.abs(crossEntropy.value()) + Math.abs(entropy.value())
                + Math.abs(kl.value());
        assertThat(crossEntropy.value()).isCloseTo(entropy.value() + kl.value(),
                within(1e-13 * scale));
    }

    /** KL of a distribution against itself is exactly 0 with standard error 0: every term is 0. */
    @Property(tries = 50)
    void klOfADistributionAgainstItselfIsExactlyZero(
            @ForAll @DoubleRange(min = -5, max = 5) double mean,
            @ForAll @DoubleRange(min = 0.1, max = 10) double sd,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Normal p = Normal.of(mean, sd);
        MonteCarloEstimate kl = MonteCarloDivergences.kl(p, Normal.of(mean, sd), 100,
                new SplittableRandom(seed));
        assertThat(kl).isEqualTo(new MonteCarloEstimate(0, 0, 100));
    }
}
