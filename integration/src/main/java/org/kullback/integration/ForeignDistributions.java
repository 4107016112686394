package org.kullback.integration;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.AbstractIntegerDistribution;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDiscrete;

/**
 * Adapters that make commons-math3 and Hipparchus distributions usable wherever Kullback takes a
 * {@link UnivariateContinuous} or {@link UnivariateDiscrete}: in {@link NumericalDivergences},
 * {@link MonteCarloDivergences} and the {@link Divergences} facade, against each other or against
 * Kullback's own families.
 *
 * <p>What each adapter does:
 * <ul>
 *   <li><b>log-density</b>: the foreign log-density where the library has one (Hipparchus's
 *       interfaces, commons-math3's {@code AbstractRealDistribution} and
 *       {@code AbstractIntegerDistribution}, which most of its classes override with a direct
 *       formula), otherwise \( \log \) of the density; \( -\infty \) outside the support bounds,
 *       and an {@link IllegalStateException} naming the point if the foreign object returns NaN
 *       inside them;</li>
 *   <li><b>support</b>: the foreign bounds; for integer distributions
 *       {@link Integer#MIN_VALUE}/{@link Integer#MAX_VALUE}, which the foreign libraries use for
 *       an unbounded side, are read as \( \mp\infty \);</li>
 *   <li><b>cdf, quantile, mean, variance</b>: delegated (quantile(0) and quantile(1) are the
 *       support bounds); <b>survival</b> is \( 1 - F \), as neither library has one;</li>
 *   <li><b>sample</b>: inversion of the foreign cdf at a uniform from the caller's
 *       {@link RandomGenerator}, never the foreign object's own generator;</li>
 *   <li><b>entropy</b>: the foreign interfaces have none, and a NaN would be a silent wrong
 *       answer, so it is computed numerically by {@link NumericalDivergences#entropy} on first
 *       use and kept (a {@link NonConvergenceException} if that fails);</li>
 *   <li><b>family() and toString()</b>: the library and class, and the parameters read from the
 *       foreign getters, for example {@code commons-math3 GammaDistribution(scale=3.0,
 *       shape=2.0)}; these texts are for people and are not spec syntax.</li>
 * </ul>
 *
 * <p>A real distribution without a density is refused with an
 * {@link IllegalArgumentException}: the point masses ({@code ConstantRealDistribution}), the
 * discrete {@code EnumeratedRealDistribution} of both libraries, and anything whose support is a
 * single point or whose density cannot be evaluated at its median.
 *
 * <p>Adapting a {@link HipparchusView} gives back the Kullback distribution it shows, so closed
 * forms stay available after a round trip.
 */
public final class ForeignDistributions {

    private static final String COMMONS_MATH = "commons-math3";
    private static final String HIPPARCHUS = "Hipparchus";

    private ForeignDistributions() {
    }

    /**
     * A commons-math3 real distribution as a Kullback continuous distribution.
     *
     * @throws IllegalArgumentException if {@code foreign} is null or has no density
     */
    public static UnivariateContinuous of(
            org.apache.commons.math3.distribution.RealDistribution foreign) {
        requireNonNull(foreign);
        if (foreign instanceof org.apache.commons.math3.distribution.ConstantRealDistribution
                || foreign instanceof
                        org.apache.commons.math3.distribution.EnumeratedRealDistribution) {
            throw withoutDensity(COMMONS_MATH, foreign);
        }
        ForeignContinuous.Operations operations = new ForeignContinuous.Operations(
                foreign::density,
                logDensity(foreign),
                foreign::cumulativeProbability, foreign::inverseCumulativeProbability,
                foreign::getNumericalMean, foreign::getNumericalVariance,
                foreign.getSupportLowerBound(), foreign.getSupportUpperBound());
        return new ForeignContinuous(foreign, COMMONS_MATH, operations);
    }

    /**
     * A commons-math3 integer distribution as a Kullback discrete distribution.
     *
     * @throws IllegalArgumentException if {@code foreign} is null or its support is empty
     */
    public static UnivariateDiscrete of(
            org.apache.commons.math3.distribution.IntegerDistribution foreign) {
        requireNonNull(foreign);
        ForeignDiscrete.Operations operations = new ForeignDiscrete.Operations(
                foreign::probability,
                logProbability(foreign),
                foreign::cumulativeProbability, foreign::inverseCumulativeProbability,
                foreign::getNumericalMean, foreign::getNumericalVariance,
                foreign.getSupportLowerBound(), foreign.getSupportUpperBound());
        return new ForeignDiscrete(foreign, COMMONS_MATH, operations);
    }

    /**
     * A Hipparchus real distribution as a Kullback continuous distribution; a
     * {@link HipparchusView} gives back the Kullback distribution it shows.
     *
     * @throws IllegalArgumentException if {@code foreign} is null or has no density
     */
    public static UnivariateContinuous of(org.hipparchus.distribution.RealDistribution foreign) {
        requireNonNull(foreign);
        if (foreign instanceof HipparchusView.ContinuousView view) {
            return view.distribution();
        }
        if (foreign instanceof org.hipparchus.distribution.continuous.ConstantRealDistribution
                || foreign instanceof
                        org.hipparchus.distribution.continuous.EnumeratedRealDistribution) {
            throw withoutDensity(HIPPARCHUS, foreign);
        }
        ForeignContinuous.Operations operations = new ForeignContinuous.Operations(
                foreign::density, foreign::logDensity, foreign::cumulativeProbability,
                foreign::inverseCumulativeProbability, foreign::getNumericalMean,
                foreign::getNumericalVariance, foreign.getSupportLowerBound(),
                foreign.getSupportUpperBound());
        return new ForeignContinuous(foreign, HIPPARCHUS, operations);
    }

    /**
     * A Hipparchus integer distribution as a Kullback discrete distribution; a
     * {@link HipparchusView} gives back the Kullback distribution it shows.
     *
     * @throws IllegalArgumentException if {@code foreign} is null or its support is empty
     */
    public static UnivariateDiscrete of(org.hipparchus.distribution.IntegerDistribution foreign) {
        requireNonNull(foreign);
        if (foreign instanceof HipparchusView.DiscreteView view) {
            return view.distribution();
        }
        ForeignDiscrete.Operations operations = new ForeignDiscrete.Operations(
                foreign::probability, foreign::logProbability, foreign::cumulativeProbability,
                foreign::inverseCumulativeProbability, foreign::getNumericalMean,
                foreign::getNumericalVariance, foreign.getSupportLowerBound(),
                foreign.getSupportUpperBound());
        return new ForeignDiscrete(foreign, HIPPARCHUS, operations);
    }

    /** commons-math3 has a log-density only on {@code AbstractRealDistribution}. */
    private static DoubleUnaryOperator logDensity(
            org.apache.commons.math3.distribution.RealDistribution foreign) {
        if (foreign instanceof AbstractRealDistribution withLogDensity) {
            return withLogDensity::logDensity;
        }
        return x -> Math.log(foreign.density(x));
    }

    /** commons-math3 has a log-probability only on {@code AbstractIntegerDistribution}. */
    private static IntToDoubleFunction logProbability(
            org.apache.commons.math3.distribution.IntegerDistribution foreign) {
        if (foreign instanceof AbstractIntegerDistribution withLogProbability) {
            return withLogProbability::logProbability;
        }
        return k -> Math.log(foreign.probability(k));
    }

    private static void requireNonNull(Object foreign) {
        if (foreign == null) {
            throw new IllegalArgumentException("foreign distribution must not be null");
        }
    }

    private static IllegalArgumentException withoutDensity(String library, Object foreign) {
        return new IllegalArgumentException(ForeignDescription.describe(library, foreign)
                + " has no density: it puts positive probability on single points; adapt a "
                + "distribution with a density, or an integer distribution");
    }

    /**
     * A uniform draw on the open interval (0, 1): \( (m + \tfrac12)\,2^{-53} \) for a uniform
     * 53-bit integer m, so that inversion never meets the infinite quantiles at 0 and 1.
     */
    static double openUniform(RandomGenerator rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }
}
