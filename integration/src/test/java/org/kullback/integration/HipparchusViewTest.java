package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.distribution.IntegerDistribution;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.Binomial;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.Normal;
import org.kullback.distributions.Poisson;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDiscrete;

/**
 * Kullback families seen through Hipparchus's interfaces, against Hipparchus's own
 * implementations of the same distributions (tolerances are Hipparchus's accuracy).
 */
class HipparchusViewTest {

    @Test
    void gammaViewAgreesWithHipparchusGammaOfScaleOneOverRate() {
        RealDistribution view = HipparchusView.of(Gamma.of(2.5, 1 / 1.5));
        RealDistribution hipparchus =
                new org.hipparchus.distribution.continuous.GammaDistribution(2.5, 1.5);
        for (double x : new double[] {1e-3, 0.1, 0.5, 1, 2, 3.75, 8, 20, 60}) {
            assertThat(view.logDensity(x)).as("logDensity(%s)", x)
                    .isCloseTo(hipparchus.logDensity(x), within(1e-13 * (1 + x)));
            assertThat(view.density(x)).as("density(%s)", x)
                    .isCloseTo(hipparchus.density(x), within(1e-13 * hipparchus.density(x)));
            assertThat(view.cumulativeProbability(x)).as("cdf(%s)", x)
                    .isCloseTo(hipparchus.cumulativeProbability(x), within(1e-13));
        }
        for (double p : new double[] {0, 1e-6, 0.01, 0.5, 0.9, 0.999, 1}) {
            assertThat(view.inverseCumulativeProbability(p)).as("quantile(%s)", p)
                    .isCloseTo(hipparchus.inverseCumulativeProbability(p), within(1e-8));
        }
        assertThat(view.getNumericalMean()).isCloseTo(hipparchus.getNumericalMean(),
                within(1e-15));
        assertThat(view.getNumericalVariance()).isCloseTo(hipparchus.getNumericalVariance(),
                within(1e-14));
        assertThat(view.getSupportLowerBound()).isZero();
        assertThat(view.getSupportUpperBound()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(view.isSupportConnected()).isTrue();
        assertThat(view).hasToString("HipparchusView(Gamma(2.5, 0.6666666666666666))");
    }

    @Test
    void intervalProbabilitiesKeepTheirDigitsInTheUpperTail() {
        Normal normal = Normal.of(0, 1);
        RealDistribution view = HipparchusView.of(normal);
        double upperTail = view.probability(10, 11);
        assertThat(upperTail).isCloseTo(normal.survival(10) - normal.survival(11),
                within(1e-15 * upperTail)).isGreaterThan(7.6e-24);
        // erf(1/√2) = 0.682689492137085897..., the mass within one standard deviation.
        assertThat(view.probability(-1, 1)).isCloseTo(0.6826894921370859, within(2e-16));
    }

    @Test
    void poissonViewAgreesWithHipparchusPoissonAndUsesItsConventionForAnUnboundedSupport() {
        IntegerDistribution view = HipparchusView.of(Poisson.of(3.5));
        IntegerDistribution hipparchus =
                new org.hipparchus.distribution.discrete.PoissonDistribution(3.5);
        assertThat(view.getSupportLowerBound()).isZero();
        assertThat(view.getSupportUpperBound()).isEqualTo(hipparchus.getSupportUpperBound())
                .isEqualTo(Integer.MAX_VALUE);
        for (int k = 0; k <= 40; k++) {
            assertThat(view.logProbability(k)).as("logProbability(%s)", k)
                    .isCloseTo(hipparchus.logProbability(k), within(1e-13 * (1 + k)));
            assertThat(view.probability(k)).as("probability(%s)", k)
                    .isCloseTo(hipparchus.probability(k),
                            within(1e-13 * hipparchus.probability(k)));
            // Hipparchus's regularized gamma carries about 3e-13 relative error (see
            // ForeignDistributionsTest); the view's cdf is Kullback's.
            assertThat(view.cumulativeProbability(k)).as("cdf(%s)", k).isCloseTo(
                    hipparchus.cumulativeProbability(k),
                    within(3e-13 * hipparchus.cumulativeProbability(k)));
        }
        for (double p : new double[] {0, 1e-6, 0.01, 0.5, 0.9, 0.999, 1}) {
            assertThat(view.inverseCumulativeProbability(p)).as("quantile(%s)", p)
                    .isEqualTo(hipparchus.inverseCumulativeProbability(p));
        }
        assertThat(view.probability(2, 5)).isCloseTo(hipparchus.probability(2, 5),
                within(1e-12));
        assertThat(view.getNumericalMean()).isEqualTo(3.5);
        assertThat(view.getNumericalVariance()).isEqualTo(3.5);
    }

    @Test
    void binomialViewHasItsFiniteBounds() {
        IntegerDistribution view = HipparchusView.of(Binomial.of(12, 0.3));
        assertThat(view.getSupportLowerBound()).isZero();
        assertThat(view.getSupportUpperBound()).isEqualTo(12);
        assertThat(view.inverseCumulativeProbability(1)).isEqualTo(12);
        assertThat(view.probability(13)).isZero();
    }

    @Test
    void argumentsOutsideTheDomainRaiseHipparchusExceptions() {
        RealDistribution view = HipparchusView.of(Normal.of(0, 1));
        assertThatThrownBy(() -> view.probability(2, 1))
                .isInstanceOf(MathIllegalArgumentException.class)
                .hasMessageContaining("2").hasMessageContaining("1");
        assertThatThrownBy(() -> view.inverseCumulativeProbability(1.5))
                .isInstanceOf(MathIllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> view.inverseCumulativeProbability(Double.NaN))
                .isInstanceOf(MathIllegalArgumentException.class);
        IntegerDistribution poisson = HipparchusView.of(Poisson.of(3));
        assertThatThrownBy(() -> poisson.probability(5, 4))
                .isInstanceOf(MathIllegalArgumentException.class);
        assertThatThrownBy(() -> poisson.inverseCumulativeProbability(-0.5))
                .isInstanceOf(MathIllegalArgumentException.class).hasMessageContaining("-0.5");
        // The median of Poisson(1e10) is about 1e10, beyond the int that Hipparchus returns.
        IntegerDistribution huge = HipparchusView.of(Poisson.of(1e10));
        assertThatThrownBy(() -> huge.inverseCumulativeProbability(0.5))
                .isInstanceOf(MathIllegalArgumentException.class)
                .hasMessageContaining("10,000");
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> HipparchusView.of((UnivariateContinuous) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("distribution must not be null");
        assertThatThrownBy(() -> HipparchusView.of((UnivariateDiscrete) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("distribution must not be null");
    }
}
