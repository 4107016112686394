package org.kullback.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.hipparchus.distribution.continuous.AbstractRealDistribution;
import org.junit.jupiter.api.Test;
import org.kullback.distributions.Binomial;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.Geometric;
import org.kullback.distributions.LogNormal;
import org.kullback.distributions.Normal;
import org.kullback.distributions.Poisson;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDiscrete;

/**
 * The adapters against Kullback's own families, which are tested against mpmath in the
 * distributions module and share no code with commons-math3 or Hipparchus. The tolerances are
 * the foreign libraries' accuracy (Lanczos log-gamma, root-finding inverse cdfs), not ours.
 */
class ForeignDistributionsTest {

    private static final double[] GAMMA_POINTS = {1e-3, 0.1, 0.5, 1, 2, 3.75, 8, 20, 60};
    private static final double[] PROBABILITIES = {1e-6, 0.01, 0.3, 0.5, 0.9, 0.999};

    @Test
    void commonsMathGammaAgreesWithKullbackGammaOfRateOneOverScale() {
        org.apache.commons.math3.distribution.GammaDistribution foreign =
                new org.apache.commons.math3.distribution.GammaDistribution(2.5, 1.5);
        UnivariateContinuous adapted = ForeignDistributions.of(foreign);
        Gamma gamma = Gamma.of(2.5, 1 / 1.5);
        for (double x : GAMMA_POINTS) {
            assertThat(adapted.logDensity(x)).isEqualTo(foreign.logDensity(x));
            assertThat(adapted.logDensity(x)).as("logDensity(%s)", x)
                    .isCloseTo(gamma.logDensity(x), within(1e-13 * (1 + Math.abs(x))));
            assertThat(adapted.density(x)).as("density(%s)", x)
                    .isCloseTo(gamma.density(x), within(1e-13 * gamma.density(x)));
            assertThat(adapted.cdf(x)).as("cdf(%s)", x)
                    .isCloseTo(gamma.cdf(x), within(1e-13));
            assertThat(adapted.survival(x)).as("survival(%s)", x)
                    .isCloseTo(gamma.survival(x), within(1e-13));
        }
        for (double p : PROBABILITIES) {
            assertThat(adapted.quantile(p)).as("quantile(%s)", p)
                    .isCloseTo(gamma.quantile(p), within(1e-8));
        }
        assertThat(adapted.quantile(0)).isZero();
        assertThat(adapted.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(adapted.mean()).isCloseTo(gamma.mean(), within(1e-15));
        assertThat(adapted.variance()).isCloseTo(gamma.variance(), within(1e-14));
        assertThat(adapted.supportLowerBound()).isZero();
        assertThat(adapted.supportUpperBound()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(adapted.logDensity(-1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(adapted.density(-1)).isZero();
        assertThat(adapted.cdf(-1)).isZero();
        assertThat(adapted.logDensity(Double.NaN)).isNaN();
    }

    @Test
    void hipparchusNormalAgreesWithKullbackNormal() {
        org.hipparchus.distribution.continuous.NormalDistribution foreign =
                new org.hipparchus.distribution.continuous.NormalDistribution(1, 2);
        UnivariateContinuous adapted = ForeignDistributions.of(foreign);
        Normal normal = Normal.of(1, 2);
        for (double x = -30; x <= 30; x += 2.5) {
            assertThat(adapted.logDensity(x)).as("logDensity(%s)", x)
                    .isCloseTo(normal.logDensity(x), within(1e-14 * (1 + x * x)));
            assertThat(adapted.cdf(x)).as("cdf(%s)", x).isCloseTo(normal.cdf(x), within(1e-15));
        }
        for (double p : PROBABILITIES) {
            // Hipparchus's erf-based inverse is off by 1.1e-11 at p = 1e-6 (mpmath:
            // 1 + 2·√2·erfinv(2e-6 − 1) = -8.50684861764580, Kullback -8.5068486176458,
            // Hipparchus -8.506848617656612).
            double expected = normal.quantile(p);
            assertThat(adapted.quantile(p)).as("quantile(%s)", p)
                    .isCloseTo(expected, within(2e-12 * (1 + Math.abs(expected))));
        }
        assertThat(adapted.supportLowerBound()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(adapted.mean()).isEqualTo(1);
        assertThat(adapted.variance()).isEqualTo(4);
    }

    @Test
    void commonsMathPoissonHasAnUnboundedSupportAndAgreesWithKullbackPoisson() {
        org.apache.commons.math3.distribution.PoissonDistribution foreign =
                new org.apache.commons.math3.distribution.PoissonDistribution(3.5);
        UnivariateDiscrete adapted = ForeignDistributions.of(foreign);
        Poisson poisson = Poisson.of(3.5);
        assertThat(adapted.supportLowerBound()).isZero();
        assertThat(adapted.supportUpperBound()).isEqualTo(Double.POSITIVE_INFINITY);
        for (int k = 0; k <= 40; k++) {
            assertThat(adapted.logProbability(k)).as("logProbability(%s)", k)
                    .isCloseTo(poisson.logProbability(k), within(1e-13 * (1 + k)));
            // commons-math3's regularized gamma is off by 9e-14 at k = 2 (mpmath
            // 0.320847198862134070, Kullback 0.32084719886213403, commons-math3
            // 0.3208471988622238).
            assertThat(adapted.cdf(k + 0.5)).as("cdf(%s)", k + 0.5)
                    .isCloseTo(poisson.cdf(k + 0.5), within(3e-13 * poisson.cdf(k + 0.5)));
        }
        for (double p : PROBABILITIES) {
            assertThat(adapted.quantile(p)).as("quantile(%s)", p).isEqualTo(poisson.quantile(p));
        }
        assertThat(adapted.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(adapted.logProbability(-1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(adapted.probability(-1)).isZero();
        assertThat(adapted.mean()).isEqualTo(3.5);
        assertThatThrownBy(() -> adapted.logProbability(3_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k = 3000000000")
                .hasMessageContaining("int range");
    }

    @Test
    void hipparchusBinomialAndGeometricAgreeWithKullbacks() {
        UnivariateDiscrete binomial = ForeignDistributions.of(
                new org.hipparchus.distribution.discrete.BinomialDistribution(12, 0.3));
        Binomial kullbackBinomial = Binomial.of(12, 0.3);
        assertThat(binomial.supportLowerBound()).isZero();
        assertThat(binomial.supportUpperBound()).isEqualTo(12);
        for (int k = 0; k <= 12; k++) {
            assertThat(binomial.logProbability(k)).as("logProbability(%s)", k)
                    .isCloseTo(kullbackBinomial.logProbability(k), within(1e-13 * (1 + k)));
        }
        assertThat(binomial.logProbability(13)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(binomial.cdf(12.5)).isEqualTo(1);
        assertThat(binomial.quantile(1)).isEqualTo(12);

        UnivariateDiscrete geometric = ForeignDistributions.of(
                new org.hipparchus.distribution.discrete.GeometricDistribution(0.3));
        Geometric kullbackGeometric = Geometric.of(0.3);
        for (int k = 0; k <= 50; k++) {
            assertThat(geometric.logProbability(k)).as("logProbability(%s)", k)
                    .isCloseTo(kullbackGeometric.logProbability(k), within(1e-13 * (1 + k)));
        }
        assertThat(geometric.supportUpperBound()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void samplingUsesOnlyTheCallersGeneratorAndFollowsTheDistribution() {
        // commons-math3 seeds its own generator from the clock: if the adapter used it, two runs
        // with the same caller seed would differ.
        UnivariateContinuous first = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.GammaDistribution(2.5, 1.5));
        UnivariateContinuous second = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.GammaDistribution(2.5, 1.5));
        double[] a = first.sample(new SplittableRandom(7), 20_000);
        double[] b = second.sample(new SplittableRandom(7), 20_000);
        assertThat(b).containsExactly(a);
        double mean = 0;
        for (double x : a) {
            mean += x / a.length;
        }
        double standardError = Math.sqrt(first.variance() / a.length);
        assertThat(mean).isCloseTo(first.mean(), within(4 * standardError));

        UnivariateDiscrete poisson = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.PoissonDistribution(3.5));
        double[] counts = poisson.sample(new SplittableRandom(8), 20_000);
        assertThat(counts).containsExactly(
                poisson.sample(new SplittableRandom(8), 20_000));
        double countMean = 0;
        for (double k : counts) {
            assertThat(k).isEqualTo(Math.rint(k)).isNotNegative();
            countMean += k / counts.length;
        }
        assertThat(countMean).isCloseTo(3.5, within(4 * Math.sqrt(3.5 / counts.length)));
    }

    @Test
    void monteCarloKlOfAnAdaptedGammaAgreesWithTheClosedForm() {
        UnivariateContinuous adapted = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.GammaDistribution(2, 1));
        LogNormal q = LogNormal.of(0.5, 0.8);
        double exact = ClosedForms.kl(Gamma.of(2, 1), q).orElseThrow();
        MonteCarloEstimate estimate =
                MonteCarloDivergences.kl(adapted, q, 20_000, new SplittableRandom(5));
        assertThat(estimate.value()).isCloseTo(exact, within(4 * estimate.standardError()));
    }

    @Test
    void familyAndToStringNameTheLibraryTheClassAndTheParameters() {
        UnivariateContinuous gamma = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.GammaDistribution(2.5, 1.5));
        assertThat(gamma.family()).isEqualTo("commons-math3 GammaDistribution");
        assertThat(gamma).hasToString("commons-math3 GammaDistribution(scale=1.5, shape=2.5)");
        UnivariateContinuous normal = ForeignDistributions.of(
                new org.hipparchus.distribution.continuous.NormalDistribution(1, 2));
        assertThat(normal).hasToString(
                "Hipparchus NormalDistribution(mean=1.0, standardDeviation=2.0)");
        UnivariateDiscrete binomial = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.BinomialDistribution(12, 0.3));
        assertThat(binomial).hasToString("commons-math3 BinomialDistribution("
                + "numberOfTrials=12, probabilityOfSuccess=0.3)");
    }

    @Test
    void roundTripsThroughHipparchusGiveBackTheOriginals() {
        Normal normal = Normal.of(0, 1);
        assertThat(ForeignDistributions.of(HipparchusView.of(normal))).isSameAs(normal);
        Poisson poisson = Poisson.of(2);
        assertThat(ForeignDistributions.of(HipparchusView.of(poisson))).isSameAs(poisson);
        org.hipparchus.distribution.continuous.GammaDistribution gamma =
                new org.hipparchus.distribution.continuous.GammaDistribution(2, 3);
        assertThat(HipparchusView.of(ForeignDistributions.of(gamma))).isSameAs(gamma);
    }

    @Test
    void distributionsWithoutDensityAreRejected() {
        assertThatThrownBy(() -> ForeignDistributions.of(
                new org.apache.commons.math3.distribution.ConstantRealDistribution(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commons-math3 ConstantRealDistribution")
                .hasMessageContaining("has no density");
        assertThatThrownBy(() -> ForeignDistributions.of(
                new org.apache.commons.math3.distribution.EnumeratedRealDistribution(
                        new double[] {1, 2}, new double[] {0.5, 0.5})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no density");
        assertThatThrownBy(() -> ForeignDistributions.of(
                new org.hipparchus.distribution.continuous.ConstantRealDistribution(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Hipparchus ConstantRealDistribution")
                .hasMessageContaining("has no density");
        assertThatThrownBy(() -> ForeignDistributions.of(
                new org.hipparchus.distribution.continuous.EnumeratedRealDistribution(
                        new double[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no density");
        assertThatThrownBy(() -> ForeignDistributions.of(new WithoutDensity()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot evaluate its density at its median")
                .hasCauseInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ForeignDistributions.of(new PointSupport()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("support [1.0, 1.0]");
    }

    @Test
    void nullAndOutOfRangeArgumentsAreRejected() {
        assertThatThrownBy(() -> ForeignDistributions.of(
                (org.apache.commons.math3.distribution.RealDistribution) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("foreign distribution must not be null");
        assertThatThrownBy(() -> ForeignDistributions.of(
                (org.apache.commons.math3.distribution.IntegerDistribution) null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForeignDistributions.of(
                (org.hipparchus.distribution.RealDistribution) null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForeignDistributions.of(
                (org.hipparchus.distribution.IntegerDistribution) null))
                .isInstanceOf(IllegalArgumentException.class);
        UnivariateContinuous gamma = ForeignDistributions.of(
                new org.apache.commons.math3.distribution.GammaDistribution(2, 1));
        assertThatThrownBy(() -> gamma.quantile(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1.5");
        assertThatThrownBy(() -> gamma.quantile(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got NaN");
        UnivariateDiscrete poisson = ForeignDistributions.of(
                new org.hipparchus.distribution.discrete.PoissonDistribution(2));
        assertThatThrownBy(() -> poisson.quantile(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -0.1");
    }

    @Test
    void anIntegerDistributionWithAnEmptySupportIsRejected() {
        assertThatThrownBy(() -> ForeignDistributions.of(new EmptySupport()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty support")
                .hasMessageContaining("lower bound 5 is above upper bound 2");
    }

    @Test
    void aNanFromTheForeignDensityIsReportedNotPassedOn() {
        UnivariateContinuous adapted = ForeignDistributions.of(new NanAboveTwo());
        assertThat(adapted.logDensity(1)).isEqualTo(-Math.log(4));
        assertThatThrownBy(() -> adapted.logDensity(3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returned NaN for logDensity(3.0)");
    }

    /** A Hipparchus integer distribution whose support bounds are the wrong way round. */
    private static final class EmptySupport
            extends org.hipparchus.distribution.discrete.AbstractIntegerDistribution {
        private static final long serialVersionUID = 1L;

        @Override
        public double probability(int x) {
            return 0;
        }

        @Override
        public double cumulativeProbability(int x) {
            return x < 5 ? 0 : 1;
        }

        @Override
        public double getNumericalMean() {
            return Double.NaN;
        }

        @Override
        public double getNumericalVariance() {
            return Double.NaN;
        }

        @Override
        public int getSupportLowerBound() {
            return 5;
        }

        @Override
        public int getSupportUpperBound() {
            return 2;
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }
    }

    /** A Hipparchus distribution on [0, 4] whose density cannot be evaluated. */
    private static class WithoutDensity extends AbstractRealDistribution {
        private static final long serialVersionUID = 1L;

        @Override
        public double density(double x) {
            throw new UnsupportedOperationException("no density");
        }

        @Override
        public double cumulativeProbability(double x) {
            return Math.min(1, Math.max(0, x / 4));
        }

        @Override
        public double getNumericalMean() {
            return 2;
        }

        @Override
        public double getNumericalVariance() {
            return 16.0 / 12;
        }

        @Override
        public double getSupportLowerBound() {
            return 0;
        }

        @Override
        public double getSupportUpperBound() {
            return 4;
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }
    }

    /** The uniform distribution on [0, 4], except that its density is NaN above 2. */
    private static final class NanAboveTwo extends WithoutDensity {
        private static final long serialVersionUID = 1L;

        @Override
        public double density(double x) {
            return x > 2 ? Double.NaN : 0.25;
        }
    }

    /** A distribution that claims the single point 1 as its support. */
    private static final class PointSupport extends WithoutDensity {
        private static final long serialVersionUID = 1L;

        @Override
        public double getSupportLowerBound() {
            return 1;
        }

        @Override
        public double getSupportUpperBound() {
            return 1;
        }
    }
}
