package org.kullback.estimators;

import java.util.ArrayList;
import java.util.List;
import org.kullback.distributions.MultivariateNormal;

/**
 * Maximum likelihood for the multivariate normal family on \( \mathbb{R}^d \), in closed form:
 * \( \hat\mu = \bar x \) and \( \hat\Sigma = C/W \) (denominator \( W \); the unbiased
 * \( C/(W-1) \) is {@link MultivariateNormalStatistics#sampleCovariance()}), and
 * \( \ell = -\tfrac W2\bigl(d\log 2\pi + \log\det\hat\Sigma + d\bigr) \), which is \( -W \) times
 * the fitted entropy (computed there from a double-double Cholesky factor).
 *
 * <p>Parameters: \( \mu_1, \dots, \mu_d \), then the \( d(d+1)/2 \) entries \( \Sigma_{ij} \),
 * \( i \le j \), named {@code mean[i]} and {@code covariance[i][j]}. Their reported covariance is
 * the inverse expected information: \( \hat\Sigma/W \) for the mean,
 * \( \operatorname{Cov}(\hat\Sigma_{ij}, \hat\Sigma_{kl}) = (\Sigma_{ik}\Sigma_{jl} +
 * \Sigma_{il}\Sigma_{jk})/W \) for the covariance entries, and 0 between the two blocks
 * (Anderson, <i>An Introduction to Multivariate Statistical Analysis</i>, 3rd ed., §3.4).
 * That matrix has \( p^2 \) entries for \( p = d + d(d+1)/2 \) parameters: 250 000 for
 * \( d = 30 \), 27 million (210 MB) for \( d = 100 \); for large dimensions
 * {@link #fitDistribution} returns the fitted distribution alone.
 *
 * <p>This estimator fits rows ({@code double[]}) rather than univariate values, so it is not a
 * {@link MaximumLikelihood} and not in the {@link Estimators} registry.
 */
public final class MultivariateNormalMaximumLikelihood {

    /** The estimator. */
    public static final MultivariateNormalMaximumLikelihood INSTANCE =
            new MultivariateNormalMaximumLikelihood();

    static final String FAMILY = "MultivariateNormal";

    private MultivariateNormalMaximumLikelihood() {
    }

    /** {@code "MultivariateNormal"}. */
    public String family() {
        return FAMILY;
    }

    /**
     * The fit to rows {@code x[i]}, each with weight 1.
     *
     * @throws IllegalArgumentException if there are no rows, rows of different lengths, an entry
     *     that is not finite (named {@code x[i][j]}), fewer than \( d + 1 \) rows, or rows in a
     *     lower-dimensional affine subspace (singular covariance)
     */
    public Fit<MultivariateNormal> fit(double[][] x) {
        return fit(x, null);
    }

    /**
     * The fit to rows with frequency weights.
     *
     * @throws IllegalArgumentException as {@link #fit(double[][])}, and for mismatched lengths or
     *     negative, NaN, infinite or all-zero weights
     */
    public Fit<MultivariateNormal> fit(double[][] x, double[] weights) {
        if (x.length == 0) {
            throw new IllegalArgumentException(
                    "x is empty: cannot fit MultivariateNormal to no observations");
        }
        int d = x[0].length;
        if (d == 0) {
            throw new IllegalArgumentException("x[0] is empty: rows need at least one entry");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("x[" + i + "] has length " + x[i].length
                        + " but x[0] has length " + d);
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException(
                            "x[" + i + "][" + j + "] must be finite, got " + x[i][j]);
                }
            }
        }
        if (weights != null) {
            double[] lengths = new double[x.length];
            SampleChecks.requireWeights(lengths, weights);
        }
        MultivariateNormalStatistics statistics = new MultivariateNormalStatistics(d);
        for (int i = 0; i < x.length; i++) {
            statistics.accept(x[i], weights == null ? 1 : weights[i]);
        }
        return fit(statistics);
    }

    /**
     * The maximum-likelihood distribution \( N(\bar x, C/W) \) alone, without the
     * \( p \times p \) covariance of the estimates that {@link #fit(MultivariateNormalStatistics)}
     * builds.
     *
     * @throws IllegalArgumentException if fewer than \( d + 1 \) rows have positive weight or the
     *     covariance is singular
     */
    public MultivariateNormal fitDistribution(MultivariateNormalStatistics statistics) {
        int d = statistics.dimension();
        long n = statistics.count();
        if (n < d + 1L) {
            throw new IllegalArgumentException(FAMILY + " in " + d + " dimensions needs at least "
                    + (d + 1) + " observations with positive weight, got " + n);
        }
        try {
            return MultivariateNormal.of(statistics.mean(), statistics.covariance());
        } catch (IllegalArgumentException singular) {
            throw new IllegalArgumentException("the maximum-likelihood covariance of the " + n
                    + " rows is singular (they lie in a lower-dimensional affine subspace), "
                    + "which is not a " + FAMILY + " distribution: " + singular.getMessage(),
                    singular);
        }
    }

    /**
     * The fit to accumulated statistics.
     *
     * @throws IllegalArgumentException if fewer than \( d + 1 \) rows have positive weight or the
     *     covariance is singular
     */
    public Fit<MultivariateNormal> fit(MultivariateNormalStatistics statistics) {
        MultivariateNormal fitted = fitDistribution(statistics);
        int d = statistics.dimension();
        long n = statistics.count();
        double w = statistics.totalWeight();
        double[] mean = fitted.mean();
        double[][] sigma = fitted.covariance();
        int p = d + d * (d + 1) / 2;
        List<String> names = new ArrayList<>(p);
        double[] estimates = new double[p];
        double[][] covariance = new double[p][p];
        int[] rowOf = new int[p];
        int[] columnOf = new int[p];
        for (int i = 0; i < d; i++) {
            names.add("mean[" + i + "]");
            estimates[i] = mean[i];
            for (int j = 0; j < d; j++) {
                covariance[i][j] = sigma[i][j] / w;
            }
        }
        int index = d;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                names.add("covariance[" + i + "][" + j + "]");
                estimates[index] = sigma[i][j];
                rowOf[index] = i;
                columnOf[index] = j;
                index++;
            }
        }
        for (int a = d; a < p; a++) {
            for (int b = d; b < p; b++) {
                int i = rowOf[a];
                int j = columnOf[a];
                int k = rowOf[b];
                int l = columnOf[b];
                covariance[a][b] = (sigma[i][k] * sigma[j][l] + sigma[i][l] * sigma[j][k]) / w;
            }
        }
        return Fit.builder(fitted)
                .logLikelihood(-w * fitted.entropy())
                .sample(n, w)
                .parameters(names, estimates)
                .covariance(covariance, Information.EXPECTED)
                .build();
    }
}
