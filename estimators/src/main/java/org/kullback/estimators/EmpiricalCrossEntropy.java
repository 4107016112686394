package org.kullback.estimators;

import java.util.Objects;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDiscrete;
import org.kullback.distributions.UnivariateDistribution;

/**
 * The empirical cross-entropy of a model \( q \) on a sample: the average negative log-likelihood
 * \[ \hat H(\hat p_n, q) = -\frac1W\sum_i w_i \log q(x_i), \]
 * the cross-entropy \( H(\hat p_n, q) \) of the sample's empirical distribution \( \hat p_n \)
 * relative to \( q \) (density for continuous \( q \), probability for discrete). It is minimised
 * over a family exactly by the maximum-likelihood estimate, \( \hat H = -\ell(\hat\theta)/W \), and
 * for a sample from \( p \) it converges to \( H(p, q) = H(p) + \mathrm{KL}(p\,\|\,q) \)
 * (Cover &amp; Thomas, <i>Elements of Information Theory</i>, 2nd ed., §11.8). Terms are
 * summed with compensation.
 *
 * <p>A value with \( q(x) = 0 \) (outside \( q \)'s support, or not an integer for a discrete
 * \( q \)) makes the cross-entropy \( +\infty \): \( q \) says the sample is impossible.
 */
public final class EmpiricalCrossEntropy {

    private static final double LN2 = Math.log(2);

    private EmpiricalCrossEntropy() {
    }

    /**
     * \( -\frac1n\sum_i \log q(x_i) \) in nats.
     *
     * @throws IllegalArgumentException if the sample is empty or a value is not finite (the
     *     message names its index and value)
     */
    public static double of(double[] sample, UnivariateDistribution q) {
        SampleChecks.requireFiniteValues("sample", sample);
        return weightedMean(sample, null, q);
    }

    /**
     * \( -\frac1W\sum_i w_i\log q(x_i) \) in nats, with frequency weights.
     *
     * @throws IllegalArgumentException as {@link #of(double[], UnivariateDistribution)}, and for
     *     mismatched lengths or negative, NaN, infinite or all-zero weights
     */
    public static double of(double[] sample, double[] weights, UnivariateDistribution q) {
        SampleChecks.requireFiniteValues("sample", sample);
        SampleChecks.requireWeights(sample, weights);
        return weightedMean(sample, weights, q);
    }

    /** {@link #of(double[], UnivariateDistribution)} in bits. */
    public static double inBits(double[] sample, UnivariateDistribution q) {
        return of(sample, q) / LN2;
    }

    /** {@link #of(double[], double[], UnivariateDistribution)} in bits. */
    public static double inBits(double[] sample, double[] weights, UnivariateDistribution q) {
        return of(sample, weights, q) / LN2;
    }

    private static double weightedMean(double[] sample, double[] weights,
            UnivariateDistribution q) {
        Objects.requireNonNull(q, "q");
        CompensatedSum negativeLogLikelihood = new CompensatedSum();
        CompensatedSum total = new CompensatedSum();
        for (int i = 0; i < sample.length; i++) {
            double w = weights == null ? 1 : weights[i];
            if (w == 0) {
                continue;
            }
            double logQ = logLikelihood(q, sample[i]);
            if (logQ == Double.NEGATIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            negativeLogLikelihood.add(-w * logQ);
            total.add(w);
        }
        return negativeLogLikelihood.value() / total.value();
    }

    /** \( \log q(x) \): log density, or log probability of an integer value. */
    static double logLikelihood(UnivariateDistribution q, double x) {
        if (q instanceof UnivariateContinuous continuous) {
            return continuous.logDensity(x);
        }
        if (q instanceof UnivariateDiscrete discrete) {
            return x == Math.rint(x) && Math.abs(x) < 0x1p63
                    ? discrete.logProbability((long) x) : Double.NEGATIVE_INFINITY;
        }
        throw new IllegalArgumentException(q.family() + " is neither UnivariateContinuous nor "
                + "UnivariateDiscrete: no density to evaluate");
    }
}
