package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.Gamma;

class FitTest {

    @Test
    void informationMatrixIsInvertedIntoTheCovariance() {
        // [[4, 2], [2, 3]]^-1 = [[3, -2], [-2, 4]] / 8
        Fit<Gamma> fit = Fit.builder(Gamma.of(2, 3))
                .logLikelihood(-10)
                .sample(20, 20)
                .parameters(List.of("shape", "rate"), 2, 3)
                .informationMatrix(new double[][] {{4, 2}, {2, 3}}, Information.OBSERVED)
                .solver("Newton", 6, true, null)
                .build();
        double[][] covariance = fit.covariance();
        assertThat(covariance[0][0]).isCloseTo(3.0 / 8, within(1e-15));
        assertThat(covariance[0][1]).isCloseTo(-2.0 / 8, within(1e-15));
        assertThat(covariance[1][1]).isCloseTo(4.0 / 8, within(1e-15));
        assertThat(fit.standardErrors()[1]).isCloseTo(Math.sqrt(0.5), within(1e-15));
        assertThat(fit.information()).isEqualTo(Information.OBSERVED);
        assertThat(fit.aic()).isEqualTo(24);
        assertThat(fit.bic()).isCloseTo(2 * Math.log(20) + 20, within(1e-14));
        assertThat(fit.iterations()).isEqualTo(6);
        assertThat(fit.method()).isEqualTo("Newton");
        assertThat(fit.toString()).contains("shape = 2.0 ± ", "Newton");
        // the accessors hand out copies
        fit.covariance()[0][0] = 99;
        fit.estimates()[0] = 99;
        assertThat(fit.covariance()[0][0]).isEqualTo(3.0 / 8, within(1e-15));
        assertThat(fit.estimates()[0]).isEqualTo(2);
    }

    @Test
    void nonConvergenceCarriesItsReason() {
        Fit<Gamma> fit = Fit.builder(Gamma.of(2, 3))
                .logLikelihood(-10)
                .sample(5, 5)
                .parameters(List.of("shape", "rate"), 2, 3)
                .diagonalInformation(Information.EXPECTED, 1, 1)
                .solver("Newton", 100, false, "step still 1e-3 after 100 iterations")
                .build();
        assertThat(fit.converged()).isFalse();
        assertThat(fit.message()).isEqualTo("step still 1e-3 after 100 iterations");
        assertThat(fit.toString()).contains("NOT CONVERGED: step still 1e-3");
    }

    @Test
    void indefiniteInformationAndMissingPartsAreRejected() {
        assertThatThrownBy(() -> Fit.builder(Gamma.of(2, 3))
                .informationMatrix(new double[][] {{1, 2}, {2, 1}}, Information.OBSERVED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the observed information matrix [[1.0, 2.0], [2.0, 1.0]]"
                        + " is not positive definite");
        assertThatThrownBy(() -> Fit.builder(Gamma.of(2, 3)).parameters(List.of("shape"), 1, 2))
                .hasMessage("1 parameter names for 2 estimates");
        assertThatThrownBy(() -> Fit.builder(Gamma.of(2, 3)).logLikelihood(1).build())
                .isInstanceOf(IllegalStateException.class);
    }
}
