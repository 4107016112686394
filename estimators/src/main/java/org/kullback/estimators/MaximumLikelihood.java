package org.kullback.estimators;

import org.kullback.distributions.Distribution;

/**
 * The maximum-likelihood estimator of one family: it maps accumulated sufficient statistics to a
 * {@link Fit}, in the layering of Distributions.jl ({@code fit_mle(D, suffstats(D, x))}): the data
 * pass only accumulates, the estimator only sees statistics, so weighted fits and merged partial
 * fits need no extra code.
 *
 * <p>Implementations are immutable and thread-safe; each family's class is named
 * {@code <Family>MaximumLikelihood}.
 *
 * @param <D> the fitted family
 * @param <S> its accumulator
 */
public interface MaximumLikelihood<D extends Distribution, S extends SufficientStatistics<S>> {

    /** The fitted family's name, as in the spec syntax ({@code "Normal"}). */
    String family();

    /** The set of values this family can be fitted to. */
    Support support();

    /** The number of free parameters estimated (for AIC, BIC and the minimum sample size). */
    int parameterCount();

    /** A new, empty accumulator. */
    S newStatistics();

    /**
     * The fit to accumulated statistics.
     *
     * @throws IllegalArgumentException if the statistics hold too few observations, or data for
     *     which the maximum likelihood does not exist within the family (all values equal, for
     *     example); the message says which
     */
    Fit<D> fit(S statistics);

    /**
     * The fit to a sample, each value with weight 1.
     *
     * @throws IllegalArgumentException if {@code x} is empty, has a value that is not finite or
     *     outside {@link #support()} (the message names its index and value), or is degenerate
     *     for the family
     */
    default Fit<D> fit(double[] x) {
        SampleChecks.requireSample(family(), x, support());
        S statistics = newStatistics();
        for (double value : x) {
            statistics.accept(value);
        }
        return fit(statistics);
    }

    /**
     * The fit to a sample with frequency weights.
     *
     * @throws IllegalArgumentException as {@link #fit(double[])}, and if the lengths differ, a
     *     weight is negative, NaN or infinite, or all weights are zero
     */
    default Fit<D> fit(double[] x, double[] weights) {
        SampleChecks.requireSample(family(), x, support());
        SampleChecks.requireWeights(x, weights);
        S statistics = newStatistics();
        for (int i = 0; i < x.length; i++) {
            statistics.accept(x[i], weights[i]);
        }
        return fit(statistics);
    }
}
