package org.kullback.distributions;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of valid members of each family, with parameters spread over several orders of
 * magnitude, and the affine maps under which a family is closed.
 */
final class RandomDistributions {

    private RandomDistributions() {
    }

    static Arbitrary<Double> location() {
        return Arbitraries.doubles().between(-10, 10).ofScale(12);
    }

    /** Log-uniform on [1e-3, 1e3]. */
    static Arbitrary<Double> scale() {
        return Arbitraries.doubles().between(-3, 3).ofScale(12).map(e -> Math.pow(10, e));
    }

    /** Log-uniform on [1e-2, 1e2]: shapes, where 1e-3 already makes densities extreme. */
    static Arbitrary<Double> shape() {
        return Arbitraries.doubles().between(-2, 2).ofScale(12).map(e -> Math.pow(10, e));
    }

    static Arbitrary<Double> probability() {
        return Arbitraries.doubles().between(0, 1).ofScale(12);
    }

    /** Random members of {@code family}. */
    static Arbitrary<Distribution> of(Class<? extends Distribution> family) {
        Arbitrary<? extends Distribution> members;
        if (family == Normal.class) {
            members = Combinators.combine(location(), scale()).as(Normal::of);
        } else if (family == LogNormal.class) {
            members = Combinators.combine(location(), shape()).as(LogNormal::of);
        } else if (family == Laplace.class) {
            members = Combinators.combine(location(), scale()).as(Laplace::of);
        } else if (family == Cauchy.class) {
            members = Combinators.combine(location(), scale()).as(Cauchy::of);
        } else if (family == Gumbel.class) {
            members = Combinators.combine(location(), scale()).as(Gumbel::of);
        } else if (family == Uniform.class) {
            // Bounds within ±10 widths of 0: an interval like [4 − 0.001, 4] has bounds that
            // carry rounding of 1e-13 of its width, whatever the formulas do with them.
            members = Combinators.combine(location(), scale())
                    .as((t, w) -> Uniform.of(t * w, t * w + w));
        } else if (family == Exponential.class) {
            members = scale().map(Exponential::of);
        } else if (family == Gamma.class) {
            members = Combinators.combine(shape(), scale()).as(Gamma::of);
        } else if (family == Weibull.class) {
            members = Combinators.combine(shape(), scale()).as(Weibull::of);
        } else if (family == Pareto.class) {
            members = Combinators.combine(scale(), shape()).as(Pareto::of);
        } else if (family == Beta.class) {
            members = Combinators.combine(shape(), shape()).as(Beta::of);
        } else if (family == Bernoulli.class) {
            members = probability().map(Bernoulli::of);
        } else if (family == Categorical.class) {
            // A fixed size, so that any two members can be compared.
            members = Arbitraries.doubles().between(1e-3, 1).ofScale(9).array(double[].class).ofSize(5)
                    .map(Categorical::ofWeights);
        } else if (family == Geometric.class) {
            members = Arbitraries.doubles().between(1e-3, 1).ofScale(9).map(Geometric::of);
        } else if (family == MultivariateNormal.class) {
            members = multivariateNormals(3);
        } else if (family == Binomial.class) {
            members = Combinators.combine(Arbitraries.integers().between(0, 10_000), probability())
                    .as((n, p) -> Binomial.of(n.intValue(), p));
        } else if (family == Poisson.class) {
            members = scale().map(Poisson::of);
        } else {
            throw new IllegalArgumentException("no generator for " + family.getSimpleName());
        }
        return members.map(Distribution.class::cast);
    }

    /**
     * Random {@code dimension}-dimensional normals: mean entries from {@link #location()} and
     * covariance \( BB^T + 10^{-3} I \) with entries of B in [-2, 2], positive definite with
     * condition numbers up to ~1e4.
     */
    static Arbitrary<MultivariateNormal> multivariateNormals(int dimension) {
        Arbitrary<double[]> mean = location().array(double[].class).ofSize(dimension);
        Arbitrary<double[]> factor = Arbitraries.doubles().between(-2, 2).ofScale(12)
                .array(double[].class).ofSize(dimension * dimension);
        return Combinators.combine(mean, factor).as((mu, b) -> {
            double[][] covariance = new double[dimension][dimension];
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < dimension; j++) {
                    double sum = i == j ? 1e-3 : 0;
                    for (int k = 0; k < dimension; k++) {
                        sum += b[i * dimension + k] * b[j * dimension + k];
                    }
                    covariance[i][j] = sum;
                }
            }
            return MultivariateNormal.of(mu, covariance);
        });
    }

    /**
     * The distribution of \( aX + b \) for X ~ d, when d's family is closed under that map (for
     * scale families only b = 0 keeps the family), or null.
     */
    static Distribution affine(Distribution d, double a, double b) {
        if (d instanceof Normal n) {
            return Normal.of(a * n.mean() + b, Math.abs(a) * n.sd());
        }
        if (d instanceof Laplace l) {
            return Laplace.of(a * l.location() + b, Math.abs(a) * l.scale());
        }
        if (d instanceof Cauchy c) {
            return Cauchy.of(a * c.location() + b, Math.abs(a) * c.scale());
        }
        if (d instanceof Uniform u) {
            double x = a * u.lower() + b;
            double y = a * u.upper() + b;
            return Uniform.of(Math.min(x, y), Math.max(x, y));
        }
        if (a <= 0) {
            return null;
        }
        if (d instanceof Gumbel g) {
            // a < 0 would turn the maximum Gumbel into a minimum Gumbel, another family.
            return Gumbel.of(a * g.location() + b, a * g.scale());
        }
        if (b != 0) {
            return null;
        }
        if (d instanceof LogNormal l) {
            return LogNormal.of(l.mu() + Math.log(a), l.sigma());
        }
        if (d instanceof Exponential e) {
            return Exponential.of(e.rate() / a);
        }
        if (d instanceof Gamma g) {
            return Gamma.of(g.shape(), g.rate() / a);
        }
        if (d instanceof Weibull w) {
            return Weibull.of(w.shape(), w.scale() * a);
        }
        if (d instanceof Pareto p) {
            return Pareto.of(p.scale() * a, p.shape());
        }
        return null;
    }
}
