package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.MultivariateNormal;

class ClosedFormVerifierTest {

    private static List<Verification> rows;

    @BeforeAll
    static void verifyTheWholeRegistry() {
        rows = ClosedFormVerifier.verifyAll();
    }

    @Test
    void everyRegisteredClosedFormAgreesWithQuadrature() {
        List<Verification> failures = rows.stream().filter(row -> !row.agrees()).toList();
        assertThat(failures).as(() -> ClosedFormVerifier.format(failures)).isEmpty();
        Verification worst = rows.stream()
                .filter(row -> row.closedForm() >= ClosedFormVerifier.SMALL_KL
                        && Double.isFinite(row.closedForm()))
                .max(Comparator.comparingDouble(Verification::relativeDifference)).orElseThrow();
        System.out.println("worst relative disagreement where KL >= 1e-8: " + worst);
    }

    @Test
    void everyUnivariatePairHasAtLeastSixteenFiniteCombinations() {
        Map<String, Long> finite = rows.stream()
                .filter(row -> Double.isFinite(row.closedForm()))
                .collect(Collectors.groupingBy(Verification::pair, Collectors.counting()));
        for (ClosedForms.FamilyPair pair : ClosedForms.pairs()) {
            if (pair.p() == MultivariateNormal.class) {
                continue;
            }
            assertThat(finite.getOrDefault(pair.toString(), 0L)).as(pair.toString())
                    .isGreaterThanOrEqualTo(16);
        }
    }

    @Test
    void gridContainsNearlyEqualAndTinyDivergences() {
        assertThat(rows).anyMatch(row -> row.closedForm() > 0 && row.closedForm() < 1e-12);
        assertThat(rows).anyMatch(row -> row.closedForm() > 1e-12 && row.closedForm() < 1e-8);
        assertThat(rows).anyMatch(row -> row.closedForm() == Double.POSITIVE_INFINITY
                && row.numerical() == Double.POSITIVE_INFINITY);
    }

    @Test
    void multivariateNormalPairsAreSkippedWithTheReason() {
        assertThat(ClosedFormVerifier.skippedPairs())
                .containsExactly("MultivariateNormal→MultivariateNormal: no multivariate quadrature");
        assertThat(rows).noneMatch(row -> row.p() instanceof MultivariateNormal);
    }

    @Test
    void oneFamilySelectsThePairsWhereItIsPOrQ() {
        List<Verification> beta = ClosedFormVerifier.verify("Beta");
        assertThat(beta).isNotEmpty().allMatch(row -> row.pair().contains("Beta"));
        assertThat(beta.stream().map(Verification::pair).distinct())
                .contains("Beta→Beta", "Beta→Normal", "Uniform→Beta");
        assertThatThrownBy(() -> ClosedFormVerifier.verify("Zipf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 'Zipf'");
    }

    @Test
    void tableHasAHeaderAndOneLinePerRow() {
        String table = ClosedFormVerifier.format(rows.subList(0, 3));
        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().findFirst().orElseThrow()).contains("pair", "closed form",
                "quadrature", "rel.diff");
        assertThat(table).contains("Normal→Normal", "ok");
    }
}
