package org.kullback.distributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The checks every continuous family passes, run over the instances the family's test supplies
 * (ordinary and extreme parameters): the density integrates to 1, cdf and quantile invert each
 * other, cdf and survival are complementary, samples agree with mean, variance and cdf, the log
 * density agrees with an independent implementation, and the spec round-trips.
 */
abstract class UnivariateContinuousContract<D extends UnivariateContinuous> {

    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();
    /** Probabilities at which the support is cut into pieces for quadrature and round trips. */
    static final double[] PROBABILITY_GRID = {1e-14, 1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 1e-3, 0.01,
        0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 1 - 1e-4, 1 - 1e-6,
        1 - 1e-8, 1 - 1e-10};
    static final int SAMPLE_SIZE = 100_000;

    /** Instances to check, covering ordinary and extreme parameters. */
    abstract List<D> instances();

    /**
     * The log density of an independent implementation (commons-math3 or Hipparchus) at x, or
     * NaN when there is none for this family.
     */
    double referenceLogDensity(D distribution, double x) {
        return Double.NaN;
    }

    /** Whether sample moments can be checked: the fourth moment must be finite. */
    boolean hasFiniteFourthMoment(D distribution) {
        return Double.isFinite(distribution.variance());
    }

    /** Relative tolerance of cdf(quantile(p)) against p. */
    double roundTripTolerance() {
        return 1e-12;
    }

    private Stream<DynamicTest> each(String claim, Consumer<D> check) {
        return instances().stream().map(d -> DynamicTest.dynamicTest(claim + ": " + d,
                () -> check.accept(d)));
    }

    /**
     * ∫ density over the support, cut at the quantiles of {@link #PROBABILITY_GRID} into pieces,
     * each integrated by 64-point Gauss–Legendre in a variable where the density is smooth:
     * <ul>
     * <li>a piece that starts or ends at a finite support bound \( L \) uses
     *     \( x = L \pm w t^{10} \), which turns a singularity \( |x-L|^{s-1} \) into the smooth
     *     \( t^{10s-1} \) for \( s \ge 0.1 \) (Gamma and Beta shapes down to 0.1);</li>
     * <li>a piece spanning more than a factor 4 in its distance from the nearest finite bound
     *     (or from 0, in an infinite tail) is integrated in the log of that distance, where
     *     power-law behaviour is smooth;</li>
     * <li>pieces narrower than 1e-9 relative (a few ulps, e.g. quantile(1e-14) of Pareto just
     *     above its scale) are merged into their neighbours, so the nodes stay distinct.</li>
     * </ul>
     */
    static double integrateDensity(UnivariateContinuous d) {
        double lower = d.supportLowerBound();
        double upper = d.supportUpperBound();
        List<Double> cuts = new java.util.ArrayList<>();
        cuts.add(Double.isFinite(lower) ? lower : d.quantile(PROBABILITY_GRID[0] / 100));
        for (double p : PROBABILITY_GRID) {
            double cut = d.quantile(p);
            double last = cuts.get(cuts.size() - 1);
            if (cut - last > 1e-9 * Math.max(Math.abs(cut), Math.abs(last))) {
                cuts.add(cut);
            }
        }
        double end = Double.isFinite(upper) ? upper : d.quantile(1 - 1e-12);
        double last = cuts.get(cuts.size() - 1);
        if (!(end - last > 1e-9 * Math.max(Math.abs(end), Math.abs(last))) && cuts.size() > 1) {
            cuts.remove(cuts.size() - 1);
        }
        cuts.add(end);
        double total = 0;
        for (int i = 0; i + 1 < cuts.size(); i++) {
            total += integratePiece(d, cuts.get(i), cuts.get(i + 1), lower, upper);
        }
        return total;
    }

    private static double integratePiece(UnivariateContinuous d, double a, double b,
            double lower, double upper) {
        if (a == lower) {
            return powerSubstitution(d, lower, b - a);
        }
        if (b == upper) {
            return powerSubstitution(d, upper, -(b - a));
        }
        double fromLower = Double.isFinite(lower) ? a - lower : Double.POSITIVE_INFINITY;
        double fromUpper = Double.isFinite(upper) ? upper - b : Double.POSITIVE_INFINITY;
        double origin;
        double side;
        if (fromLower <= fromUpper && Double.isFinite(lower)) {
            origin = lower;
            side = 1;
        } else if (Double.isFinite(upper)) {
            origin = upper;
            side = -1;
        } else if (a > 0) {
            origin = 0;
            side = 1;
        } else if (b < 0) {
            origin = 0;
            side = -1;
        } else {
            return GAUSS.legendre(64, a, b).integrate(d::density);
        }
        double near = side > 0 ? a - origin : origin - b;
        double far = side > 0 ? b - origin : origin - a;
        if (!(far > 4 * near) || near <= 0) {
            return GAUSS.legendre(64, a, b).integrate(d::density);
        }
        return GAUSS.legendre(64, Math.log(near), Math.log(far)).integrate(u -> {
            double distance = Math.exp(u);
            return d.density(origin + side * distance) * distance;
        });
    }

    /** ∫ over [bound, bound + width] (width may be negative) with x = bound + width·t^10. */
    private static double powerSubstitution(UnivariateContinuous d, double bound, double width) {
        double integral = GAUSS.legendre(64, 0, 1).integrate(t -> {
            double t9 = Math.pow(t, 9);
            return d.density(bound + width * t9 * t) * 10 * t9;
        });
        return integral * Math.abs(width);
    }

    @TestFactory
    Stream<DynamicTest> densityIntegratesToOne() {
        return each("density integrates to 1", d -> {
            double mass = integrateDensity(d);
            // Tails left out: at most 1e-12 above the last cut and 1e-16 below the first. The
            // abscissae themselves are rounded doubles: for Normal(1e8, 1) an ulp of x is 1.5e-8
            // standard deviations, which alone moves the sum by ~1e-9, hence 1e-8.
            assertThat(mass).isCloseTo(1.0, within(1e-8));
        });
    }

    @TestFactory
    Stream<DynamicTest> cdfInvertsQuantile() {
        return each("cdf(quantile(p)) = p", d -> {
            for (double p : PROBABILITY_GRID) {
                double x = d.quantile(p);
                assertThat(d.supportLowerBound()).isLessThanOrEqualTo(x);
                assertThat(x).isLessThanOrEqualTo(d.supportUpperBound());
                // x is a rounded double: moving it by ulp(x) moves the cdf by density(x)·ulp(x).
                double rounding = 2 * d.density(x) * Math.ulp(x);
                if (p <= 0.5) {
                    assertThat(d.cdf(x)).as("cdf(quantile(%s))", p)
                            .isCloseTo(p, within(roundTripTolerance() * p + rounding));
                } else {
                    assertThat(d.survival(x)).as("survival(quantile(%s))", p).isCloseTo(1 - p,
                            within(roundTripTolerance() * (1 - p) + 1e-16 + rounding));
                }
            }
            assertThat(d.quantile(0)).isEqualTo(d.supportLowerBound());
            assertThat(d.quantile(1)).isEqualTo(d.supportUpperBound());
        });
    }

    @TestFactory
    Stream<DynamicTest> cdfAndSurvivalAreComplementaryAndMonotone() {
        return each("cdf + survival = 1, cdf increasing", d -> {
            double previous = 0;
            for (double p : PROBABILITY_GRID) {
                double x = d.quantile(p);
                assertThat(d.cdf(x) + d.survival(x)).isCloseTo(1.0, within(1e-14));
                assertThat(d.cdf(x)).isGreaterThanOrEqualTo(previous);
                previous = d.cdf(x);
            }
            assertThat(d.cdf(Double.NEGATIVE_INFINITY)).isZero();
            assertThat(d.survival(Double.POSITIVE_INFINITY)).isZero();
            assertThat(d.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        });
    }

    @TestFactory
    Stream<DynamicTest> densityIsExpOfLogDensityAndVanishesOutsideSupport() {
        return each("density = exp(logDensity); 0 outside the support", d -> {
            for (double p : PROBABILITY_GRID) {
                double x = d.quantile(p);
                assertThat(d.density(x)).isCloseTo(Math.exp(d.logDensity(x)),
                        within(1e-15 * d.density(x)));
                assertThat(d.logDensity(x)).isNotNaN();
            }
            if (Double.isFinite(d.supportLowerBound())) {
                double below = d.supportLowerBound() - 1 - Math.abs(d.supportLowerBound());
                assertThat(d.logDensity(below)).isEqualTo(Double.NEGATIVE_INFINITY);
                assertThat(d.density(below)).isZero();
                assertThat(d.cdf(below)).isZero();
            }
            if (Double.isFinite(d.supportUpperBound())) {
                double above = d.supportUpperBound() + 1 + Math.abs(d.supportUpperBound());
                assertThat(d.logDensity(above)).isEqualTo(Double.NEGATIVE_INFINITY);
                assertThat(d.survival(above)).isZero();
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> logDensityMatchesIndependentImplementation() {
        return each("log density matches commons-math3/Hipparchus", d -> {
            for (double p : PROBABILITY_GRID) {
                double x = d.quantile(p);
                double reference = referenceLogDensity(d, x);
                if (!Double.isNaN(reference)) {
                    assertThat(d.logDensity(x)).as("logDensity(%s)", x)
                            .isCloseTo(reference, within(1e-11 * Math.max(1, Math.abs(reference))));
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> samplesAgreeWithMomentsAndCdf() {
        return each("sample mean/variance within 5 SE, KS distance small", d -> {
            double[] x = d.sample(new SplittableRandom(20261122), SAMPLE_SIZE);
            int n = x.length;
            for (double value : x) {
                assertThat(value).isBetween(d.supportLowerBound(), d.supportUpperBound());
            }
            if (hasFiniteFourthMoment(d)) {
                double mean = Arrays.stream(x).sum() / n;
                double m2 = 0;
                double m4 = 0;
                for (double value : x) {
                    double c = (value - mean) * (value - mean);
                    m2 += c;
                    m4 += c * c;
                }
                m2 /= n;
                m4 /= n;
                assertThat(mean).as("sample mean").isCloseTo(d.mean(),
                        within(5 * Math.sqrt(d.variance() / n)));
                assertThat(m2).as("sample variance").isCloseTo(d.variance(),
                        within(5 * Math.sqrt((m4 - m2 * m2) / n)));
            }
            // Kolmogorov–Smirnov: P(sqrt(n) D > 1.95) ≈ 0.001 under the null.
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            double distance = 0;
            for (int i = 0; i < n; i++) {
                double f = d.cdf(sorted[i]);
                distance = Math.max(distance, Math.max((i + 1.0) / n - f, f - (double) i / n));
            }
            assertThat(Math.sqrt(n) * distance).as("sqrt(n)·KS distance").isLessThan(1.95);
        });
    }

    @TestFactory
    Stream<DynamicTest> specRoundTrips() {
        return each("parse(toString()) equals the distribution", d -> {
            Distribution parsed = DistributionSpec.parse(d.toString());
            assertThat(parsed).isEqualTo(d).hasSameHashCodeAs(d);
            assertThat(parsed.toString()).isEqualTo(d.toString());
            assertThat(d.toString()).startsWith(d.family() + "(");
        });
    }

    @TestFactory
    Stream<DynamicTest> quantileRejectsProbabilitiesOutsideTheUnitInterval() {
        return each("quantile rejects p outside [0, 1]", d -> {
            for (double p : List.of(-0.1, 1.1, Double.NaN)) {
                assertThatThrownBy(() -> d.quantile(p))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(String.valueOf(p));
            }
        });
    }
}
