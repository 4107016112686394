package org.kullback.distributions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads distributions written in the spec syntax: a family name followed by its parameters,
 * positional in the family's canonical order or named.
 *
 * <pre>
 *   Normal(0, 1)                 Gamma(shape=2, rate=3)
 *   Categorical(0.2, 0.3, 0.5)   MultivariateNormal([0, 0], [[1, 0.5], [0.5, 2]])
 * </pre>
 *
 * <p>Grammar: {@code spec := Family '(' [argument (',' argument)*] ')'},
 * {@code argument := [name '='] value}, {@code value := number | '[' [value (',' value)*] ']'}.
 * Numbers use Java's {@link Double#parseDouble(String)} syntax (so {@code 1e-9}, {@code Infinity}
 * and {@code NaN} are read; invalid values are then rejected by the family with its own message).
 * Family and parameter names are case-sensitive. Every distribution's {@code toString()} is a spec
 * that reads back to an equal distribution.
 *
 * <p>Problems are reported as a {@link SpecSyntaxException} (an {@link IllegalArgumentException})
 * with a one-line message naming the position; invalid parameter values as the family's
 * {@link IllegalArgumentException}.
 */
public final class DistributionSpec {

    private static final Map<String, Family> FAMILIES = new TreeMap<>();
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(NaN|Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)");

    static {
        scalars("Normal", a -> Normal.of(a[0], a[1]), "mean", "sd");

        // Location-scale families: LogNormal, Laplace, Logistic, Cauchy, Gumbel, Uniform.
        scalars("LogNormal", a -> LogNormal.of(a[0], a[1]), "mu", "sigma");
        scalars("Laplace", a -> Laplace.of(a[0], a[1]), "location", "scale");
        scalars("Logistic", a -> Logistic.of(a[0], a[1]), "location", "scale");
        scalars("Cauchy", a -> Cauchy.of(a[0], a[1]), "location", "scale");
        scalars("Gumbel", a -> Gumbel.of(a[0], a[1]), "location", "scale");
        scalars("Uniform", a -> Uniform.of(a[0], a[1]), "lower", "upper");

        // Positive families: Exponential, Gamma, Weibull, Pareto.
        scalars("Exponential", a -> Exponential.of(a[0]), "rate");
        scalars("Gamma", a -> Gamma.of(a[0], a[1]), "shape", "rate");
        scalars("Weibull", a -> Weibull.of(a[0], a[1]), "shape", "scale");
        scalars("Pareto", a -> Pareto.of(a[0], a[1]), "scale", "shape");

        // Beta and StudentT.
        scalars("Beta", a -> Beta.of(a[0], a[1]), "alpha", "beta");
        scalars("StudentT", a -> StudentT.of(a[0], a[1], a[2]), "dof", "location", "scale");

        // Bernoulli, Categorical, Geometric.
        scalars("Bernoulli", a -> Bernoulli.of(a[0]), "p");
        variadicScalars("Categorical", "p", a -> Categorical.of(a));
        scalars("Geometric", a -> Geometric.of(a[0]), "p");

        // Binomial, Poisson.
        scalars("Binomial", a -> Binomial.of(a[0], a[1]), "trials", "p");
        scalars("Poisson", a -> Poisson.of(a[0]), "rate");

        // MultivariateNormal.
        structured("MultivariateNormal", v -> MultivariateNormal.of(
                v.get(0).vector(MultivariateNormal.FAMILY, "mean"),
                v.get(1).matrix(MultivariateNormal.FAMILY, "covariance")), "mean", "covariance");
    }

    private DistributionSpec() {
    }

    /**
     * Reads one distribution.
     *
     * @throws SpecSyntaxException if the text is not a valid spec
     * @throws IllegalArgumentException if the parameters are invalid for the family
     */
    public static Distribution parse(String spec) {
        if (spec == null) {
            throw new IllegalArgumentException("spec must not be null");
        }
        return new Reader(spec).readSpec();
    }

    /**
     * Reads one univariate distribution.
     *
     * @throws IllegalArgumentException as {@link #parse(String)}, or if the family is multivariate
     */
    public static UnivariateDistribution parseUnivariate(String spec) {
        Distribution distribution = parse(spec);
        if (distribution instanceof UnivariateDistribution univariate) {
            return univariate;
        }
        throw new SpecSyntaxException(spec, 0, distribution.family() + " is not univariate");
    }

    /** The names of all families the parser knows, sorted. */
    public static List<String> families() {
        return List.copyOf(FAMILIES.keySet());
    }

    /** The parameter names of {@code family} in canonical (positional) order. */
    public static List<String> parameters(String family) {
        Family known = FAMILIES.get(family);
        if (known == null) {
            throw new IllegalArgumentException("unknown family '" + family + "'");
        }
        return known.parameters();
    }

    private static void scalars(String name, Function<double[], Distribution> factory,
            String... parameters) {
        register(new Family(name, List.of(parameters), false, values -> {
            double[] numbers = new double[values.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = values.get(i).scalar(name, parameterName(parameters, i));
            }
            return factory.apply(numbers);
        }));
    }

    /** A family with any positive number of scalar parameters, all positional. */
    private static void variadicScalars(String name, String parameterName,
            Function<double[], Distribution> factory) {
        register(new Family(name, List.of(parameterName + "..."), true, values -> {
            double[] numbers = new double[values.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = values.get(i).scalar(name, parameterName + (i + 1));
            }
            return factory.apply(numbers);
        }));
    }

    /** A family whose parameters are vectors or matrices. */
    private static void structured(String name, Function<List<Value>, Distribution> factory,
            String... parameters) {
        register(new Family(name, List.of(parameters), false, factory));
    }

    private static String parameterName(String[] parameters, int index) {
        return index < parameters.length ? parameters[index] : "parameter " + (index + 1);
    }

    private static void register(Family family) {
        FAMILIES.put(family.name(), family);
    }

    private record Family(String name, List<String> parameters, boolean variadic,
            Function<List<Value>, Distribution> factory) {
    }

    /** A parsed parameter value: a number or a (possibly nested) list of values. */
    record Value(double number, List<Value> elements) {

        static Value scalar(double number) {
            return new Value(number, null);
        }

        static Value list(List<Value> elements) {
            return new Value(Double.NaN, List.copyOf(elements));
        }

        boolean isScalar() {
            return elements == null;
        }

        double scalar(String family, String parameter) {
            if (!isScalar()) {
                throw new IllegalArgumentException(
                        family + ": " + parameter + " must be a number, got a list");
            }
            return number;
        }

        double[] vector(String family, String parameter) {
            if (isScalar()) {
                throw new IllegalArgumentException(
                        family + ": " + parameter + " must be a list of numbers like [1, 2], got "
                                + number);
            }
            double[] vector = new double[elements.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = elements.get(i).scalar(family, parameter + "[" + i + "]");
            }
            return vector;
        }

        double[][] matrix(String family, String parameter) {
            if (isScalar()) {
                throw new IllegalArgumentException(family + ": " + parameter
                        + " must be a list of rows like [[1, 0], [0, 1]], got " + number);
            }
            double[][] matrix = new double[elements.size()][];
            for (int i = 0; i < matrix.length; i++) {
                matrix[i] = elements.get(i).vector(family, parameter + "[" + i + "]");
            }
            return matrix;
        }
    }

    /** A recursive-descent reader over one spec string. */
    private static final class Reader {
        private final String text;
        private int position;

        Reader(String text) {
            this.text = text;
        }

        Distribution readSpec() {
            skipSpace();
            int nameStart = position;
            String name = readIdentifier("a family name");
            Family family = FAMILIES.get(name);
            if (family == null) {
                throw error(nameStart, "unknown family '" + name + "' (known: "
                        + String.join(", ", FAMILIES.keySet()) + ")");
            }
            expect('(');
            List<Value> values = readArguments(family);
            expect(')');
            skipSpace();
            if (position < text.length()) {
                throw error(position, "unexpected '" + text.charAt(position) + "' after the spec");
            }
            return family.factory().apply(values);
        }

        private List<Value> readArguments(Family family) {
            List<Value> positional = new ArrayList<>();
            Map<String, Value> named = new LinkedHashMap<>();
            skipSpace();
            if (peek() == ')') {
                return checkArity(family, positional, named, position);
            }
            while (true) {
                skipSpace();
                int argumentStart = position;
                if (Character.isLetter(peek()) && !looksLikeNumberWord()) {
                    String parameter = readIdentifier("a parameter name");
                    if (family.variadic() || !family.parameters().contains(parameter)) {
                        throw error(argumentStart, "unknown parameter '" + parameter + "' for "
                                + family.name() + " (parameters: "
                                + String.join(", ", family.parameters()) + ")");
                    }
                    if (named.containsKey(parameter)) {
                        throw error(argumentStart, "parameter '" + parameter + "' given twice");
                    }
                    expect('=');
                    named.put(parameter, readValue());
                } else {
                    if (!named.isEmpty()) {
                        throw error(argumentStart,
                                "a positional parameter cannot follow a named one");
                    }
                    positional.add(readValue());
                }
                skipSpace();
                if (peek() == ',') {
                    position++;
                    continue;
                }
                return checkArity(family, positional, named, position);
            }
        }

        private List<Value> checkArity(Family family, List<Value> positional,
                Map<String, Value> named, int at) {
            if (family.variadic()) {
                if (positional.isEmpty()) {
                    throw error(at, family.name() + " needs at least one parameter");
                }
                return positional;
            }
            List<String> parameters = family.parameters();
            int given = positional.size() + named.size();
            if (positional.size() > parameters.size() || given != parameters.size()) {
                throw error(at, family.name() + " takes " + parameters.size() + " parameter"
                        + (parameters.size() == 1 ? "" : "s") + " (" + String.join(", ", parameters)
                        + "), got " + given);
            }
            for (int i = 0; i < positional.size(); i++) {
                if (named.containsKey(parameters.get(i))) {
                    throw error(at, "parameter '" + parameters.get(i)
                            + "' given both by position and by name");
                }
            }
            List<Value> ordered = new ArrayList<>(positional);
            for (int i = positional.size(); i < parameters.size(); i++) {
                Value value = named.get(parameters.get(i));
                if (value == null) {
                    throw error(at, family.name() + ": missing parameter '" + parameters.get(i)
                            + "'");
                }
                ordered.add(value);
            }
            return Collections.unmodifiableList(ordered);
        }

        private Value readValue() {
            skipSpace();
            if (peek() == '[') {
                position++;
                List<Value> elements = new ArrayList<>();
                skipSpace();
                if (peek() == ']') {
                    position++;
                    return Value.list(elements);
                }
                while (true) {
                    elements.add(readValue());
                    skipSpace();
                    if (peek() == ',') {
                        position++;
                    } else {
                        expect(']');
                        return Value.list(elements);
                    }
                }
            }
            return Value.scalar(readNumber());
        }

        private double readNumber() {
            int start = position;
            while (position < text.length() && isNumberCharacter(text.charAt(position))) {
                position++;
            }
            String token = text.substring(start, position);
            if (token.isEmpty()) {
                throw error(start, position < text.length()
                        ? "expected a number, found '" + text.charAt(position) + "'"
                        : "expected a number, found the end of the spec");
            }
            // parseDouble also accepts suffixes like "1d" and hex floats; keep to plain decimals.
            if (!DECIMAL.matcher(token).matches()) {
                throw error(start, "malformed number '" + token + "'");
            }
            return Double.parseDouble(token);
        }

        private boolean looksLikeNumberWord() {
            return text.startsWith("Infinity", position) || text.startsWith("NaN", position);
        }

        private static boolean isNumberCharacter(char c) {
            return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '+';
        }

        private String readIdentifier(String what) {
            skipSpace();
            int start = position;
            while (position < text.length()
                    && (Character.isLetterOrDigit(text.charAt(position))
                            || text.charAt(position) == '_')) {
                position++;
            }
            if (start == position) {
                throw error(start, "expected " + what + (position < text.length()
                        ? ", found '" + text.charAt(position) + "'"
                        : ", found the end of the spec"));
            }
            return text.substring(start, position);
        }

        private void expect(char expected) {
            skipSpace();
            if (peek() != expected) {
                throw error(position, "expected '" + expected + "'" + (position < text.length()
                        ? ", found '" + text.charAt(position) + "'"
                        : ", found the end of the spec"));
            }
            position++;
        }

        private char peek() {
            return position < text.length() ? text.charAt(position) : '\0';
        }

        private void skipSpace() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        private SpecSyntaxException error(int at, String problem) {
            return new SpecSyntaxException(text, at, problem);
        }
    }
}
