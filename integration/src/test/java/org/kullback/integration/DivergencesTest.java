package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.Logistic;
import org.kullback.distributions.MultivariateNormal;
import org.kullback.distributions.Normal;
import org.kullback.distributions.StudentT;

class DivergencesTest {

    private static final Normal STANDARD_NORMAL = Normal.of(0, 1);
    private static final MultivariateNormal BIVARIATE = MultivariateNormal.of(new double[] {0, 0},
            new double[][] {{1, 0.5}, {0.5, 2}});
    private static final MultivariateNormal SHIFTED = MultivariateNormal.of(new double[] {1, 0},
            new double[][] {{1, 0}, {0, 1}});

    @Test
    void autoUsesTheClosedFormWhenRegistered() {
        Gamma p = Gamma.of(2, 1);
        Normal q = Normal.of(2, 1.5);
        Divergence kl = Divergences.kl(p, q);
        assertThat(kl.method()).isEqualTo(Method.CLOSED_FORM);
        assertThat(kl.value()).isEqualTo(ClosedForms.kl(p, q).getAsDouble());
        assertThat(kl.errorBound()).isZero();
        assertThat(kl.units()).isEqualTo("nats");
        assertThat(kl.quantity()).isEqualTo("KL");
    }

    @Test
    void autoFallsBackToQuadratureWithoutAClosedForm() {
        Divergence kl = Divergences.kl(StudentT.of(5, 0, 1), STANDARD_NORMAL);
        assertThat(kl.method()).isEqualTo(Method.QUADRATURE);
        // mpmath (divergences.csv).
        assertThat(kl.value()).isCloseTo(0.1247691941236100940229145, within(1e-15));
        assertThat(kl.errorBound()).isPositive().isLessThan(1e-12);
    }

    @Test
    void forcedQuadratureAgreesWithTheClosedForm() {
        Gamma p = Gamma.of(2, 1);
        Normal q = Normal.of(2, 1.5);
        Divergence numerical = Divergences.kl(p, q, Method.QUADRATURE);
        assertThat(numerical.method()).isEqualTo(Method.QUADRATURE);
        assertThat(numerical.value()).isCloseTo(ClosedForms.kl(p, q).getAsDouble(),
                within(1e-14));
        Divergence ce = Divergences.crossEntropy(p, q, Method.QUADRATURE);
        assertThat(ce.value()).isCloseTo(ClosedForms.crossEntropy(p, q).getAsDouble(),
                within(1e-14));
        Divergence h = Divergences.entropy(p, Method.QUADRATURE);
        assertThat(h.value()).isCloseTo(p.entropy(), within(1e-14));
        assertThat(h.q()).isNull();
    }

    @Test
    void entropyUsesTheFamilysOwnFormula() {
        Divergence h = Divergences.entropy(Logistic.of(0, 1));
        assertThat(h.method()).isEqualTo(Method.CLOSED_FORM);
        assertThat(h.value()).isEqualTo(2);
    }

    @Test
    void bitsDivideByLogTwo() {
        Divergence nats = Divergences.kl(StudentT.of(5, 0, 1), STANDARD_NORMAL);
        Divergence bits = nats.inBits();
        assertThat(bits.units()).isEqualTo("bits");
        assertThat(bits.value()).isCloseTo(nats.value() / Math.log(2), within(1e-16));
        assertThat(bits.errorBound()).isEqualTo(nats.errorBound() / Math.log(2));
        assertThat(bits.inBits()).isSameAs(bits);
        assertThat(bits.toString()).contains("KL(StudentT(5.0, 0.0, 1.0) ‖ Normal(0.0, 1.0))",
                "bits", "quadrature");
    }

    @Test
    void forcedClosedFormWithoutOneIsAClearError() {
        assertThatThrownBy(() -> Divergences.kl(StudentT.of(5, 0, 1), STANDARD_NORMAL,
                Method.CLOSED_FORM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no closed-form KL registered for StudentT→Normal");
    }

    @Test
    void multivariateNormalHasItsClosedFormAndNoQuadrature() {
        Divergence kl = Divergences.kl(BIVARIATE, SHIFTED);
        assertThat(kl.method()).isEqualTo(Method.CLOSED_FORM);
        assertThat(kl.value()).isEqualTo(ClosedForms.kl(BIVARIATE, SHIFTED).getAsDouble());
        assertThatThrownBy(() -> Divergences.kl(BIVARIATE, SHIFTED, Method.QUADRATURE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quadrature needs univariate distributions")
                .hasMessageContaining("MultivariateNormal");
        assertThatThrownBy(() -> Divergences.entropy(BIVARIATE, Method.QUADRATURE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quadrature needs univariate distributions");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> Divergences.kl(null, STANDARD_NORMAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("p must not be null");
        assertThatThrownBy(() -> Divergences.crossEntropy(STANDARD_NORMAL, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("q must not be null");
        assertThatThrownBy(() -> Divergences.entropy(STANDARD_NORMAL, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("method must not be null");
    }

    @Test
    void nonConvergenceIsAnExceptionCarryingTheBestEstimate() {
        Integral unconverged = new Integral(0.5, 1e-3, 100, 3, false);
        NonConvergenceException e = new NonConvergenceException("KL did not converge",
                unconverged);
        assertThat(e).isInstanceOf(IllegalStateException.class);
        assertThat(e.integral()).isEqualTo(unconverged);
        assertThat(e.getMessage()).contains("best estimate 0.5", "0.001", "100 evaluations");
    }
}
