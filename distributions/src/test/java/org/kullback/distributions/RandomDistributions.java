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
        return Arbitraries.doubles().between(-10, 10);
    }

    /** Log-uniform on [1e-3, 1e3]. */
    static Arbitrary<Double> scale() {
        return Arbitraries.doubles().between(-3, 3).map(e -> Math.pow(10, e));
    }

    /** Log-uniform on [1e-2, 1e2]: shapes, where 1e-3 already makes densities extreme. */
    static Arbitrary<Double> shape() {
        return Arbitraries.doubles().between(-2, 2).map(e -> Math.pow(10, e));
    }

    static Arbitrary<Double> probability() {
        return Arbitraries.doubles().between(0, 1);
    }

    /** Random members of {@code family}. */
    static Arbitrary<Distribution> of(Class<? extends Distribution> family) {
        Arbitrary<? extends Distribution> members;
        if (family == Normal.class) {
            members = Combinators.combine(location(), scale()).as(Normal::of);
        } else {
            throw new IllegalArgumentException("no generator for " + family.getSimpleName());
        }
        return members.map(Distribution.class::cast);
    }

    /**
     * The distribution of \( aX + b \) for X ~ d, when d's family is closed under that map (for
     * scale families only b = 0 keeps the family), or null.
     */
    static Distribution affine(Distribution d, double a, double b) {
        if (d instanceof Normal n) {
            return Normal.of(a * n.mean() + b, Math.abs(a) * n.sd());
        }
        return null;
    }
}
