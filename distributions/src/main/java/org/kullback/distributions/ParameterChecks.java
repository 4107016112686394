package org.kullback.distributions;

/**
 * Validation of family parameters. Every failure is an {@link IllegalArgumentException} whose
 * message names the family, the parameter and the offending value, for example
 * {@code "Normal: sd must be positive and finite, got -1.0"}.
 */
final class ParameterChecks {

    private ParameterChecks() {
    }

    static double finite(String family, String parameter, double value) {
        if (!Double.isFinite(value)) {
            throw invalid(family, parameter, "finite", value);
        }
        return value;
    }

    static double positiveFinite(String family, String parameter, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw invalid(family, parameter, "positive and finite", value);
        }
        return value;
    }

    static double probability(String family, String parameter, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw invalid(family, parameter, "a probability in [0, 1]", value);
        }
        return value;
    }

    static IllegalArgumentException invalid(String family, String parameter, String requirement,
            Object value) {
        return new IllegalArgumentException(
                family + ": " + parameter + " must be " + requirement + ", got " + value);
    }

    /** Rejects a probability argument of a quantile function outside [0, 1]. */
    static double quantileArgument(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile: p must be in [0, 1], got " + p);
        }
        return p;
    }
}
