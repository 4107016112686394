package org.kullback.estimators;

import java.util.List;
import java.util.function.Function;
import org.kullback.distributions.Bernoulli;
import org.kullback.distributions.Binomial;
import org.kullback.distributions.Categorical;
import org.kullback.distributions.Exponential;
import org.kullback.distributions.Geometric;
import org.kullback.distributions.Laplace;
import org.kullback.distributions.LogNormal;
import org.kullback.distributions.Normal;
import org.kullback.distributions.Pareto;
import org.kullback.distributions.Poisson;
import org.kullback.distributions.Uniform;
import org.kullback.distributions.UnivariateDistribution;

/**
 * The closed-form univariate families used by the statistical tests: a true distribution, its
 * parameters in the estimator's order, the estimator, and how to rebuild a member of the family
 * from a parameter vector.
 */
final class FamilyCases {

    record Case(String name, UnivariateDistribution truth, double[] parameters,
            MaximumLikelihood<?, ?> estimator, Function<double[], UnivariateDistribution> build,
            boolean irregular) {
        @Override
        public String toString() {
            return name;
        }
    }

    private FamilyCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("Normal", Normal.of(3, 2), new double[] {3, 2},
                        NormalMaximumLikelihood.INSTANCE, p -> Normal.of(p[0], p[1]), false),
                new Case("LogNormal", LogNormal.of(0.5, 0.7), new double[] {0.5, 0.7},
                        LogNormalMaximumLikelihood.INSTANCE, p -> LogNormal.of(p[0], p[1]), false),
                new Case("Exponential", Exponential.of(2.5), new double[] {2.5},
                        ExponentialMaximumLikelihood.INSTANCE, p -> Exponential.of(p[0]), false),
                new Case("Uniform", Uniform.of(-1, 4), new double[] {-1, 4},
                        UniformMaximumLikelihood.INSTANCE, p -> Uniform.of(p[0], p[1]), true),
                new Case("Laplace", Laplace.of(1, 0.5), new double[] {1, 0.5},
                        LaplaceMaximumLikelihood.INSTANCE, p -> Laplace.of(p[0], p[1]), false),
                new Case("Pareto", Pareto.of(1.5, 3), new double[] {1.5, 3},
                        ParetoMaximumLikelihood.INSTANCE, p -> Pareto.of(p[0], p[1]), true),
                new Case("Bernoulli", Bernoulli.of(0.3), new double[] {0.3},
                        BernoulliMaximumLikelihood.INSTANCE, p -> Bernoulli.of(p[0]), false),
                new Case("Binomial", Binomial.of(20, 0.35), new double[] {0.35},
                        BinomialMaximumLikelihood.withTrials(20), p -> Binomial.of(20, p[0]),
                        false),
                new Case("Poisson", Poisson.of(3.5), new double[] {3.5},
                        PoissonMaximumLikelihood.INSTANCE, p -> Poisson.of(p[0]), false),
                new Case("Geometric", Geometric.of(0.3), new double[] {0.3},
                        GeometricMaximumLikelihood.INSTANCE, p -> Geometric.of(p[0]), false),
                new Case("Categorical", Categorical.of(0.1, 0.2, 0.3, 0.4),
                        new double[] {0.1, 0.2, 0.3, 0.4},
                        CategoricalMaximumLikelihood.withCategories(4),
                        Categorical::ofWeights, false));
    }
}
