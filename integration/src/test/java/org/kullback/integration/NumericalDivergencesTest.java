package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.Beta;
import org.kullback.distributions.Categorical;
import org.kullback.distributions.Cauchy;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.DistributionSpec;
import org.kullback.distributions.Exponential;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.Gumbel;
import org.kullback.distributions.Laplace;
import org.kullback.distributions.Normal;
import org.kullback.distributions.Pareto;
import org.kullback.distributions.Poisson;
import org.kullback.distributions.StudentT;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDistribution;

class NumericalDivergencesTest {

    private static final Normal STANDARD_NORMAL = Normal.of(0, 1);

    @Test
    void klOfCauchyAgainstNormalDivergesAndIsReportedAsInfinity() {
        Integral kl = NumericalDivergences.kl(Cauchy.of(0, 1), STANDARD_NORMAL);
        assertThat(kl.value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(kl.converged()).isTrue();
        assertThat(NumericalDivergences.crossEntropy(Cauchy.of(0, 1), STANDARD_NORMAL).value())
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void klOfStudentTWithTwoDegreesOfFreedomAgainstNormalDiverges() {
        // p ~ x^-3 and log q ~ -x²/2: the integrand decays like 1/x.
        assertThat(NumericalDivergences.kl(StudentT.of(2, 0, 1), STANDARD_NORMAL).value())
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(NumericalDivergences.kl(StudentT.of(1.9, 0, 1), Normal.of(1, 3)).value())
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void klOfStudentTAgainstNormalIsFiniteJustAboveTwoDegreesOfFreedom() {
        // ν = 2.5: the variance exists, the integrand decays like x^-1.5.
        Integral kl = NumericalDivergences.kl(StudentT.of(2.5, 0, 1), STANDARD_NORMAL);
        assertThat(kl.converged()).isTrue();
        assertThat(kl.value()).isFinite().isPositive();
    }

    @Test
    void klOfStudentTWithThreeDegreesOfFreedomAgainstNormalIsFinite() {
        // Finite because the variance exists; mpmath: 0.6454609613413817936875834.
        Integral kl = NumericalDivergences.kl(StudentT.of(3, 0, 1), STANDARD_NORMAL);
        assertThat(kl.value()).isCloseTo(0.6454609613413817936875834, within(1e-13));
        // Heavier than x^-4 but still with a variance: the integrand decays like x^-1.1.
        assertThat(NumericalDivergences.kl(StudentT.of(3.1, 0, 1), STANDARD_NORMAL).value())
                .isFinite();
    }

    @Test
    void slowlyConvergingHeavyTailIsIntegratedWherePAloneUnderflows() {
        // p log q ~ x^-1.05: 2.5e-7 of the integral lies beyond x = 1e158, where p < 1e-323.
        Pareto p = Pareto.of(1, 1.05);
        Exponential q = Exponential.of(1);
        Integral kl = NumericalDivergences.kl(p, q);
        double closed = ClosedForms.kl(p, q).getAsDouble();
        assertThat(kl.converged()).isTrue();
        assertThat(kl.value()).isCloseTo(closed, within(1e-12 * closed));
        assertThat(Math.abs(kl.value() - closed)).isLessThanOrEqualTo(kl.absoluteError());
        // ... and a shape at which it diverges.
        assertThat(NumericalDivergences.kl(Pareto.of(1, 1), q).value())
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void klOfLaplaceAgainstGumbelDivergesOnTheLeft() {
        // log q = -e^{-x} - x: against Laplace's e^{-|x|} the integrand tends to a constant.
        assertThat(NumericalDivergences.kl(Laplace.of(0, 1), Gumbel.of(0, 1)).value())
                .isEqualTo(Double.POSITIVE_INFINITY);
        // ... while a normal p makes it converge (closed form registered).
        Integral normal = NumericalDivergences.kl(STANDARD_NORMAL, Gumbel.of(0, 1));
        assertThat(normal.value()).isCloseTo(
                ClosedForms.kl(STANDARD_NORMAL, Gumbel.of(0, 1)).getAsDouble(), within(1e-13));
    }

    @Test
    void heavyTailedEntropiesConverge() {
        assertThat(NumericalDivergences.entropy(Cauchy.of(0, 1)).value())
                .isCloseTo(Cauchy.of(0, 1).entropy(), within(1e-13));
        // Pareto shape 0.1: p log p decays like x^-1.1 log x.
        Pareto pareto = Pareto.of(1, 0.1);
        assertThat(NumericalDivergences.entropy(pareto).value())
                .isCloseTo(pareto.entropy(), within(1e-11));
    }

    @Test
    void singularDensitiesAreIntegratedToFullAccuracy() {
        Gamma gamma = Gamma.of(0.1, 1);
        assertThat(NumericalDivergences.entropy(gamma).value())
                .isCloseTo(gamma.entropy(), within(1e-13));
        Beta arcsine = Beta.of(0.5, 0.5);
        assertThat(NumericalDivergences.entropy(arcsine).value())
                .isCloseTo(Math.log(Math.PI / 4), within(1e-14));
    }

    @Test
    void entropyOfGammaWithShapeThreeHundredthsStaysWithinItsBound() {
        // 2e-10 of the mass lies below the smallest double; the bound says so.
        Gamma gamma = Gamma.of(0.03, 1);
        Integral entropy = NumericalDivergences.entropy(gamma);
        assertThat(Math.abs(entropy.value() - gamma.entropy()))
                .isLessThanOrEqualTo(entropy.absoluteError());
        assertThat(entropy.absoluteError()).isLessThan(1e-6);
    }

    @Test
    void narrowDensityFarFromZeroReportsTheRoundingOfItsAbscissas() {
        // Abscissas near 5 are rounded by 4e-16, i.e. 3e-13 of the scale 0.0014.
        StudentT narrow = StudentT.of(3, 5, 1e-3);
        Integral entropy = NumericalDivergences.entropy(narrow);
        assertThat(Math.abs(entropy.value() - narrow.entropy()))
                .isLessThanOrEqualTo(entropy.absoluteError());
        assertThat(entropy.absoluteError()).isLessThan(1e-10);
    }

    @Test
    void supportNotInsideQsIsInfinite() {
        assertThat(NumericalDivergences.kl(STANDARD_NORMAL, Exponential.of(1)).value())
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(NumericalDivergences.crossEntropy(Gamma.of(2, 1), Beta.of(2, 2)).value())
                .isEqualTo(Double.POSITIVE_INFINITY);
        // Continuous against discrete.
        assertThat(NumericalDivergences.kl(STANDARD_NORMAL, Poisson.of(3)).value())
                .isEqualTo(Double.POSITIVE_INFINITY);
        // q vanishes inside its support bounds where p does not.
        assertThat(NumericalDivergences.kl(Categorical.of(0.5, 0.5), Categorical.of(1, 0))
                .value()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void klOfADistributionWithItselfIsZero() {
        for (String spec : new String[] {"Normal(3, 2)", "StudentT(4, 1, 3)", "Gamma(0.3, 2)",
                "Beta(0.5, 3)", "Poisson(7)", "Laplace(0, 1)"}) {
            UnivariateDistribution p = DistributionSpec.parseUnivariate(spec);
            assertThat(NumericalDivergences.kl(p, p).value()).as(spec)
                    .isCloseTo(0, within(1e-25));
        }
    }

    @Test
    void klOfNearlyEqualStudentTsKeepsRelativeAccuracy() {
        // KL between t's that differ in location by d is d² I/2 + O(d⁴) with the Fisher
        // information I = (ν+1)/((ν+3)σ²) (Lange, Little & Taylor, JASA 84 (1989) 881–896):
        // 1e-12 · (6/8) / 2 = 3.75e-13; the d⁴ term is below 1e-23.
        Integral kl = NumericalDivergences.kl(StudentT.of(5, 0, 1), StudentT.of(5, 1e-6, 1));
        assertThat(kl.value()).isCloseTo(3.75e-13, within(3.75e-13 * 1e-8));
    }

    @Test
    void crossEntropyIsEntropyPlusKl() {
        UnivariateContinuous p = StudentT.of(4, 0, 1);
        UnivariateContinuous q = Laplace.of(1, 2);
        double h = NumericalDivergences.entropy(p).value();
        double kl = NumericalDivergences.kl(p, q).value();
        double ce = NumericalDivergences.crossEntropy(p, q).value();
        assertThat(ce).isCloseTo(h + kl, within(1e-13));
    }

    @Test
    void distributionWithoutDensityIsRejected() {
        UnivariateDistribution noDensity = new UnivariateDistribution() {
            @Override public String family() {
                return "Opaque";
            }

            @Override public double entropy() {
                return 0;
            }

            @Override public double cdf(double x) {
                return 0;
            }

            @Override public double survival(double x) {
                return 1;
            }

            @Override public double quantile(double p) {
                return 0;
            }

            @Override public double mean() {
                return 0;
            }

            @Override public double variance() {
                return 0;
            }

            @Override public double supportLowerBound() {
                return 0;
            }

            @Override public double supportUpperBound() {
                return 1;
            }

            @Override public double sample(RandomGenerator rng) {
                return 0;
            }

            @Override public String toString() {
                return "Opaque()";
            }
        };
        assertThatThrownBy(() -> NumericalDivergences.kl(noDensity, STANDARD_NORMAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p = Opaque() has neither a density");
        assertThatThrownBy(() -> NumericalDivergences.entropy(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p must not");
        assertThatThrownBy(() -> NumericalDivergences.kl(STANDARD_NORMAL, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q must not");
        assertThatThrownBy(() -> NumericalDivergences.kl(STANDARD_NORMAL, STANDARD_NORMAL, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tolerance must not");
    }

    @Test
    void logDensityThatOverflowsWherePHasMassIsAClearError() {
        // Gumbel(0, 1)'s log density is -e^{-x} - x, below -1e308 for x < -710, where
        // Normal(100, 300) still has density 1e-8.
        assertThatThrownBy(() -> NumericalDivergences.kl(Normal.of(100, 300), Gumbel.of(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("log q(x) is -Infinity at x = ")
                .hasMessageContaining("overflows");
    }

    @Test
    void foreignImplementationsWork() {
        // A hand-written logistic density that only implements the interface.
        UnivariateContinuous logistic = new UnivariateContinuous() {
            @Override public double logDensity(double x) {
                double a = Math.abs(x);
                return -a - 2 * Math.log1p(Math.exp(-a));
            }

            @Override public String family() {
                return "MyLogistic";
            }

            @Override public double entropy() {
                return Double.NaN;
            }

            @Override public double cdf(double x) {
                return 1 / (1 + Math.exp(-x));
            }

            @Override public double survival(double x) {
                return 1 / (1 + Math.exp(x));
            }

            @Override public double quantile(double p) {
                return Math.log(p / (1 - p));
            }

            @Override public double mean() {
                return 0;
            }

            @Override public double variance() {
                return Math.PI * Math.PI / 3;
            }

            @Override public double supportLowerBound() {
                return Double.NEGATIVE_INFINITY;
            }

            @Override public double supportUpperBound() {
                return Double.POSITIVE_INFINITY;
            }

            @Override public double sample(RandomGenerator rng) {
                return quantile(rng.nextDouble());
            }
        };
        // mpmath (divergences.csv): KL(Logistic(0,1) ‖ Normal(0,1)) = 0.56387260005289917825.
        assertThat(NumericalDivergences.kl(logistic, STANDARD_NORMAL).value())
                .isCloseTo(0.5638726000528991782527449, within(1e-14));
        assertThat(NumericalDivergences.entropy(logistic).value()).isCloseTo(2, within(1e-14));
    }
}
