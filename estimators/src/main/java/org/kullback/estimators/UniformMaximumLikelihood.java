package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Uniform;

/**
 * Maximum likelihood for the uniform family on \( [a, b] \): the likelihood
 * \( (b-a)^{-W} \) on \( a \le \min x_i,\ b \ge \max x_i \) is largest for the sample's range,
 * \( \hat a = x_{(1)},\ \hat b = x_{(n)} \), and \( \ell = -W\log(\hat b - \hat a) \), which is
 * \( -W \) times the fitted distribution's entropy (computed there without overflow when the
 * range exceeds the largest double).
 *
 * <p>This is not a regular model (the support depends on the parameters; the likelihood is not
 * differentiable at its maximum), so there is no Fisher information: the estimates converge at
 * rate \( 1/n \), not \( 1/\sqrt n \). The reported covariance is the exact covariance of the
 * extreme order statistics of \( n = W \) uniform draws, evaluated at the estimate
 * (David &amp; Nagaraja, <i>Order Statistics</i>, 3rd ed., §3.1): with \( r = \hat b - \hat a \),
 * \( \operatorname{Var} x_{(1)} = \operatorname{Var} x_{(n)} = r^2 n/((n+1)^2(n+2)) \) and
 * \( \operatorname{Cov}(x_{(1)}, x_{(n)}) = r^2/((n+1)^2(n+2)) \); {@link Fit#information()} says
 * {@link Information#EXPECTED} because it is an expectation under the fitted model. Both
 * estimates are biased inwards by \( r/(n+1) \) (the unbiased
 * \( x_{(1)} - r/(n-1),\ x_{(n)} + r/(n-1) \) is not the MLE).
 */
public final class UniformMaximumLikelihood
        implements MaximumLikelihood<Uniform, UniformStatistics> {

    /** The estimator. */
    public static final UniformMaximumLikelihood INSTANCE = new UniformMaximumLikelihood();

    static final String FAMILY = "Uniform";
    private static final List<String> PARAMETERS = List.of("lower", "upper");

    private UniformMaximumLikelihood() {
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Support support() {
        return Support.REAL_LINE;
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public UniformStatistics newStatistics() {
        return new UniformStatistics();
    }

    /**
     * The fit.
     *
     * @throws IllegalArgumentException if fewer than 2 observations, or all equal (width 0)
     */
    @Override
    public Fit<Uniform> fit(UniformStatistics statistics) {
        long n = statistics.count();
        SampleChecks.requireObservations(FAMILY, n, 2);
        double lower = statistics.min();
        double upper = statistics.max();
        if (lower == upper) {
            throw SampleChecks.allEqual(FAMILY, n, lower, "width upper - lower is 0");
        }
        double w = statistics.totalWeight();
        double rangeOverNPlusOne = (upper / (w + 1)) - (lower / (w + 1));
        double scale = rangeOverNPlusOne * rangeOverNPlusOne / (w + 2);
        double[][] covariance = {{w * scale, scale}, {scale, w * scale}};
        Uniform uniform = Uniform.of(lower, upper);
        return Fit.builder(uniform)
                .logLikelihood(-w * uniform.entropy())
                .sample(n, w)
                .parameters(PARAMETERS, lower, upper)
                .covariance(covariance, Information.EXPECTED)
                .build();
    }
}
