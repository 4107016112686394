package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kullback.distributions.Cauchy;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.StudentT;

/**
 * Bad input, weights, merging and the solvers' failure reports for the iterative estimators.
 */
class IterativeFitInputTest {

    private static final String[] FAMILIES = {
        "Gamma", "Beta", "Weibull", "Gumbel", "Logistic", "Cauchy", "StudentT",
    };

    private static double[] sample(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return DoubleStream.generate(() -> 0.05 + 0.9 * rng.nextDouble()).limit(n).toArray();
    }

    /** Uniform on (0.05, 0.95), inside every support; heavy-tailed for StudentT, which needs it. */
    private static double[] sampleFor(String family, int n, long seed) {
        if (!family.equals("StudentT")) {
            return sample(n, seed);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        StudentT t = StudentT.of(4, 0.5, 0.1);
        return DoubleStream.generate(() -> t.sample(rng)).limit(n).toArray();
    }

    @Test
    void valuesOutsideTheSupportAreRejectedWithTheirIndexAndValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GammaMaximumLikelihood.INSTANCE.fit(new double[] {1, 2, -1.0}))
                .withMessage("x[2] = -1.0 is outside the support of Gamma (x > 0)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GammaMaximumLikelihood.INSTANCE.fit(new double[] {1, 0.0}))
                .withMessage("x[1] = 0.0 is outside the support of Gamma (x > 0)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WeibullMaximumLikelihood.INSTANCE.fit(new double[] {-2.0, 1}))
                .withMessage("x[0] = -2.0 is outside the support of Weibull (x > 0)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BetaMaximumLikelihood.INSTANCE.fit(new double[] {0.5, 1.0}))
                .withMessage("x[1] = 1.0 is outside the support of Beta (0 < x < 1)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BetaMaximumLikelihood.INSTANCE.fit(new double[] {0.0, 0.5}))
                .withMessage("x[0] = 0.0 is outside the support of Beta (0 < x < 1)");
        GammaStatistics streaming = new GammaStatistics();
        assertThatIllegalArgumentException().isThrownBy(() -> streaming.accept(-3))
                .withMessage("x = -3.0 is outside the support of Gamma (x > 0)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gamma", "Beta", "Weibull", "Gumbel", "Logistic", "Cauchy", "StudentT"})
    void nonFiniteValuesAndBadWeightsAreRejected(String family) {
        MaximumLikelihood<?, ?> estimator = Estimators.forFamily(family);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> estimator.fit(new double[] {0.5, Double.NaN, 0.25}))
                .withMessage("x[1] must be finite, got NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> estimator.fit(new double[0]))
                .withMessage("x is empty: cannot fit " + family + " to no observations");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> estimator.fit(new double[] {0.5, 0.25}, new double[] {1, -1}))
                .withMessage("weights[1] must be finite and non-negative, got -1.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> estimator.fit(new double[] {0.5, 0.25}, new double[] {0, 0}))
                .withMessage("weights are all zero: there is no observation to fit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gamma", "Beta", "Weibull", "Gumbel", "Logistic", "Cauchy", "StudentT"})
    void allEqualValuesAreRejectedAsDegenerate(String family) {
        double[] x = new double[17];
        Arrays.fill(x, 0.75);
        assertThatIllegalArgumentException().isThrownBy(() -> Estimators.forFamily(family).fit(x))
                .withMessageStartingWith("all 17 observations equal 0.75: the maximum-likelihood ")
                .withMessageEndingWith("which is not a " + family + " distribution");
    }

    @Test
    void tooFewObservationsAreRejected() {
        for (String family : FAMILIES) {
            MaximumLikelihood<?, ?> estimator = Estimators.forFamily(family);
            int needed = family.equals("Cauchy") ? 3 : family.equals("StudentT") ? 4 : 2;
            double[] x = Arrays.copyOf(new double[] {0.2, 0.4, 0.6}, needed - 1);
            assertThatIllegalArgumentException().isThrownBy(() -> estimator.fit(x))
                    .withMessage(family + " needs at least " + needed + " observation"
                            + (needed == 1 ? "" : "s") + " with positive weight, got "
                            + (needed - 1));
        }
    }

    @Test
    void cauchyWithHalfTheSampleAtOneValueHasNoMaximum() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CauchyMaximumLikelihood.INSTANCE.fit(new double[] {1, 2, 2, 3}))
                .withMessage("x = 2.0 carries weight 2.0 of 4.0 (at least half): the Cauchy"
                        + " likelihood grows without bound as the scale tends to 0 there, so it"
                        + " has no maximum");
    }

    @Test
    void studentTOnLightTailedDataSaysTheMaximumIsTheNormalLimit() {
        // uniform data (excess kurtosis -1.2): the profile likelihood increases in dof to the end
        double[] x = sample(2000, 3);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StudentTMaximumLikelihood.INSTANCE.fit(x))
                .withMessageContaining("not heavier-tailed than a normal")
                .withMessageContaining("withDegreesOfFreedom");
        Fit<StudentT> fixed = StudentTMaximumLikelihood.withDegreesOfFreedom(30).fit(x);
        assertThat(fixed.converged()).isTrue();
        assertThat(fixed.parameterNames()).containsExactly("location", "scale");
        assertThat(fixed.distribution().dof()).isEqualTo(30);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StudentTMaximumLikelihood.withDegreesOfFreedom(0))
                .withMessage("dof must be positive and finite, got 0.0");
    }

    @Test
    void fixedDofFitIsTheMaximumOverLocationAndScale() {
        double[] x = ReferenceFits.load("reference/fits/studentt-5--1-0.5-n500.txt");
        Fit<StudentT> fit = StudentTMaximumLikelihood.withDegreesOfFreedom(5).fit(x);
        double[] p = fit.estimates();
        double[] score = IndependentScores.of("StudentT", x, new double[] {5, p[0], p[1]});
        assertThat(score[1]).isLessThanOrEqualTo(1e-10);
        assertThat(score[2]).isLessThanOrEqualTo(1e-10);
        double direct = Arrays.stream(x).map(fit.distribution()::logDensity).sum();
        assertThat(fit.logLikelihood())
                .isCloseTo(direct, within(1e-12 * Math.abs(direct)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gamma", "Beta", "Weibull", "Gumbel", "Logistic", "Cauchy", "StudentT"})
    void integerWeightsEqualRepeatedValues(String family) {
        double[] x = sampleFor(family, 60, 11);
        double[] weights = new double[x.length];
        double[] repeated = new double[0];
        for (int i = 0; i < x.length; i++) {
            weights[i] = i % 3;
            for (int r = 0; r < weights[i]; r++) {
                repeated = Arrays.copyOf(repeated, repeated.length + 1);
                repeated[repeated.length - 1] = x[i];
            }
        }
        MaximumLikelihood<?, ?> estimator = Estimators.forFamily(family);
        Fit<?> weighted = estimator.fit(x, weights);
        Fit<?> plain = estimator.fit(repeated);
        assertThat(weighted.totalWeight()).isEqualTo(repeated.length);
        double[] a = weighted.estimates();
        double[] b = plain.estimates();
        for (int j = 0; j < a.length; j++) {
            assertThat(a[j]).isCloseTo(b[j], within(1e-11 * Math.abs(b[j]) + 1e-13));
        }
        assertThat(weighted.logLikelihood()).isCloseTo(plain.logLikelihood(),
                within(1e-11 * Math.abs(plain.logLikelihood())));
    }

    @Test
    void mergedPartialStatisticsGiveTheSameGammaAndBetaFits() {
        SplittableRandom rng = new SplittableRandom(5);
        Gamma gamma = Gamma.of(500, 2);
        double[] x = DoubleStream.generate(() -> gamma.sample(rng)).limit(10_000).toArray();
        GammaStatistics whole = new GammaStatistics();
        GammaStatistics left = new GammaStatistics();
        GammaStatistics right = new GammaStatistics();
        for (int i = 0; i < x.length; i++) {
            whole.accept(x[i]);
            (i < 3000 ? left : right).accept(x[i]);
        }
        GammaStatistics parallel = Arrays.stream(x).parallel()
                .collect(GammaStatistics::new, GammaStatistics::accept, GammaStatistics::combine);
        double shape = GammaMaximumLikelihood.INSTANCE.fit(whole).estimates()[0];
        assertThat(GammaMaximumLikelihood.INSTANCE.fit(left.combine(right)).estimates()[0])
                .isCloseTo(shape, within(1e-12 * shape));
        assertThat(GammaMaximumLikelihood.INSTANCE.fit(parallel).estimates()[0])
                .isCloseTo(shape, within(1e-12 * shape));

        double[] u = sample(5000, 9);
        BetaStatistics beta = Arrays.stream(u).parallel()
                .collect(BetaStatistics::new, BetaStatistics::accept, BetaStatistics::combine);
        double alpha = BetaMaximumLikelihood.INSTANCE.fit(u).estimates()[0];
        assertThat(BetaMaximumLikelihood.INSTANCE.fit(beta).estimates()[0])
                .isCloseTo(alpha, within(1e-12 * alpha));
    }

    @Test
    void gammaShapeStaysAccurateForATightSampleFarFromZero() {
        // Gamma(1e6, 1e-4) has mean 1e10 and relative sd 1e-3: log x is 23 and
        // log(mean) - mean(log x) is 5e-7, so naive sums would keep ~8 digits of it.
        SplittableRandom rng = new SplittableRandom(8);
        Gamma gamma = Gamma.of(1e6, 1e-4);
        double[] x = DoubleStream.generate(() -> gamma.sample(rng)).limit(5000).toArray();
        Fit<Gamma> fit = GammaMaximumLikelihood.INSTANCE.fit(x);
        double[] score = IndependentScores.of("Gamma", x, fit.estimates());
        assertThat(score[0]).isLessThanOrEqualTo(1e-10);
        assertThat(score[1]).isLessThanOrEqualTo(1e-10);
        assertThat(Math.abs(fit.estimates()[0] - 1e6))
                .isLessThanOrEqualTo(4 * fit.standardErrors()[0]);
    }

    @Test
    void cauchyStartsAllReachTheSameMaximumAsCopasProved() {
        double[] x = ReferenceFits.load("reference/fits/cauchy-5-0.1-outliers-n50.txt");
        double[][] starts = {{5, 0.1}, {-1e4, 1}, {1e4, 100}, {5, 1e-4}, {0, 1e3}};
        Fit<Cauchy> fit = CauchyMaximumLikelihood.INSTANCE.fit(x);
        double[] w = new double[x.length];
        Arrays.fill(w, 1);
        for (double[] start : starts) {
            LocationScaleNewton.Result r = LocationScaleNewton.maximize(x, w, x.length,
                    CauchyMaximumLikelihood.STANDARD, start[0], start[1]);
            assertThat(r.converged()).as(r.message()).isTrue();
            assertThat(r.location()).isCloseTo(fit.estimates()[0],
                    within(1e-12 * fit.estimates()[1]));
            assertThat(r.scale()).isCloseTo(fit.estimates()[1],
                    within(1e-12 * fit.estimates()[1]));
        }
    }

    @Test
    void aSolverThatCannotConvergeReportsItInsteadOfReturningASilentNumber() {
        // an unbounded "log density" phi(z) = z^2: no maximum exists
        LocationScaleNewton.StandardLogDensity unbounded =
                new LocationScaleNewton.StandardLogDensity() {
                    @Override
                    public double value(double z) {
                        return z * z;
                    }

                    @Override
                    public double derivative(double z) {
                        return 2 * z;
                    }

                    @Override
                    public double secondDerivative(double z) {
                        return 2;
                    }

                    @Override
                    public double locationInformation() {
                        return 1;
                    }

                    @Override
                    public double scaleInformation() {
                        return 1;
                    }
                };
        double[] x = sample(20, 4);
        double[] w = new double[x.length];
        Arrays.fill(w, 1);
        LocationScaleNewton.Result r =
                LocationScaleNewton.maximize(x, w, x.length, unbounded, 0.5, 1);
        assertThat(r.converged()).isFalse();
        assertThat(r.message()).isNotEmpty();
    }

    @Test
    void everyIterativeFamilyIsRegisteredAndReportsItsMethod() {
        for (String family : FAMILIES) {
            Fit<?> fit = Estimators.forFamily(family).fit(sampleFor(family, 200, 21));
            assertThat(fit.distribution().family()).isEqualTo(family);
            assertThat(fit.converged()).as(fit.message()).isTrue();
            assertThat(fit.message()).isEmpty();
            assertThat(fit.iterations()).isPositive();
            assertThat(fit.method()).isNotEqualTo("closed form");
            assertThat(fit.information()).isEqualTo(Information.OBSERVED);
            assertThat(fit.aic()).isEqualTo(2 * fit.estimates().length - 2 * fit.logLikelihood());
        }
    }
}
