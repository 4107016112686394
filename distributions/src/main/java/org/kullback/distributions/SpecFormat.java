package org.kullback.distributions;

import java.util.StringJoiner;

/**
 * Prints distributions in the spec syntax, {@code Family(p1, p2, ...)}, with every number written
 * by {@link Double#toString(double)} so that {@link DistributionSpec#parse(String)} reads back the
 * same double.
 */
final class SpecFormat {

    private SpecFormat() {
    }

    static String of(String family, double... parameters) {
        StringJoiner joiner = new StringJoiner(", ", family + "(", ")");
        for (double parameter : parameters) {
            joiner.add(Double.toString(parameter));
        }
        return joiner.toString();
    }

    /** A vector as {@code [a, b, ...]}. */
    static String vector(double[] values) {
        StringJoiner joiner = new StringJoiner(", ", "[", "]");
        for (double value : values) {
            joiner.add(Double.toString(value));
        }
        return joiner.toString();
    }
}
