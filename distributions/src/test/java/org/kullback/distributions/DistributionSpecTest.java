package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DistributionSpecTest {

    @Test
    void readsPositionalAndNamedParameters() {
        assertThat(DistributionSpec.parse("Normal(0, 1)")).isEqualTo(Normal.of(0, 1));
        assertThat(DistributionSpec.parse("Normal(mean=2, sd=3)")).isEqualTo(Normal.of(2, 3));
        assertThat(DistributionSpec.parse("Normal(sd=3, mean=2)")).isEqualTo(Normal.of(2, 3));
        assertThat(DistributionSpec.parse("Normal(2, sd=3)")).isEqualTo(Normal.of(2, 3));
        assertThat(DistributionSpec.parse("  Normal ( -1.5e-3 ,\t2E2 ) ")).isEqualTo(Normal.of(-1.5e-3, 200));
    }

    @Test
    void readsBackEveryDoubleExactly() {
        Normal awkward = Normal.of(0.1 + 0.2, Math.nextUp(1e-300));
        assertThat(DistributionSpec.parse(awkward.toString())).isEqualTo(awkward);
    }

    @Test
    void parseUnivariateReturnsTheUnivariateType() {
        UnivariateDistribution d = DistributionSpec.parseUnivariate("Normal(0, 1)");
        assertThat(d.cdf(0)).isEqualTo(0.5);
    }

    @Test
    void unknownFamilyNamesThePositionAndTheKnownFamilies() {
        assertThatThrownBy(() -> DistributionSpec.parse("Norml(0, 1)"))
                .isInstanceOf(SpecSyntaxException.class)
                .hasMessageStartingWith("unknown family 'Norml' (known: ")
                .hasMessageContaining("Normal")
                .hasMessageEndingWith("at position 0 in \"Norml(0, 1)\"")
                .satisfies(e -> assertThat(((SpecSyntaxException) e).position()).isZero());
    }

    @Test
    void wrongArityNamesTheParameters() {
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(0, 1, 2)"))
                .isInstanceOf(SpecSyntaxException.class)
                .hasMessage("Normal takes 2 parameters (mean, sd), got 3 at position 14 in \"Normal(0, 1, 2)\"");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(0)"))
                .hasMessageContaining("Normal takes 2 parameters (mean, sd), got 1");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal()"))
                .hasMessageContaining("got 0");
    }

    @Test
    void unknownOrRepeatedParameterNamesAreReported() {
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(mean=0, sigma=1)"))
                .isInstanceOf(SpecSyntaxException.class)
                .hasMessage("unknown parameter 'sigma' for Normal (parameters: mean, sd) at position 15 in \"Normal(mean=0, sigma=1)\"");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(mean=0, mean=1)"))
                .hasMessageContaining("parameter 'mean' given twice");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(0, mean=1)"))
                .hasMessageContaining("given both by position and by name");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(mean=0, 1)"))
                .hasMessageContaining("a positional parameter cannot follow a named one");
    }

    @Test
    void malformedNumbersAndPunctuationAreReportedWithTheirPosition() {
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(1.2.3, 1)"))
                .isInstanceOf(SpecSyntaxException.class)
                .hasMessage("malformed number '1.2.3' at position 7 in \"Normal(1.2.3, 1)\"");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(0x10, 1)"))
                .hasMessageContaining("malformed number '0x10'");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(1d, 1)"))
                .hasMessageContaining("malformed number '1d'");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(0, 1"))
                .hasMessageContaining("expected ')', found the end of the spec at position 11");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal 0, 1)"))
                .hasMessageContaining("expected '(', found '0' at position 7");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(0, 1) x"))
                .hasMessageContaining("unexpected 'x' after the spec at position 13");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(0, , 1)"))
                .hasMessageContaining("expected a number, found ',' at position 10");
        assertThatThrownBy(() -> DistributionSpec.parse(""))
                .hasMessageContaining("expected a family name, found the end of the spec at position 0");
        assertThatThrownBy(() -> DistributionSpec.parse(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("spec must not be null");
    }

    @Test
    void invalidValuesAreRejectedByTheFamilyWithItsOwnMessage() {
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(0, -1)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Normal: sd must be positive and finite, got -1.0");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(NaN, 1)"))
                .hasMessage("Normal: mean must be finite, got NaN");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal(0, Infinity)"))
                .hasMessage("Normal: sd must be positive and finite, got Infinity");
        assertThatThrownBy(() -> DistributionSpec.parse("Normal([0, 1], 1)"))
                .hasMessage("Normal: mean must be a number, got a list");
    }

    @Test
    void listsFamiliesAndTheirParameters() {
        assertThat(DistributionSpec.families()).contains("Normal").isSorted();
        assertThat(DistributionSpec.parameters("Normal")).containsExactly("mean", "sd");
        assertThatThrownBy(() -> DistributionSpec.parameters("Nope"))
                .hasMessage("unknown family 'Nope'");
    }

    @Test
    void parseUnivariateRejectsAMultivariateSpec() {
        assertThatThrownBy(() -> DistributionSpec.parseUnivariate(
                "MultivariateNormal([0, 0], [[1, 0], [0, 1]])"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("MultivariateNormal is not univariate");
    }

    @Test
    void sampleSizeMustNotBeNegative() {
        assertThatThrownBy(() -> Normal.standard().sample(new java.util.SplittableRandom(1), -3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sample size n must be non-negative, got -3");
        assertThat(Normal.standard().sample(new java.util.SplittableRandom(1), 0)).isEmpty();
    }
}
