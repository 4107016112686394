package org.kullback.integration;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The name and parameters of a foreign distribution object, for {@code family()} and
 * {@code toString()} of the adapters, for example
 * {@code commons-math3 GammaDistribution(scale=3.0, shape=2.0)}.
 *
 * <p>Neither commons-math3 nor Hipparchus describes its distributions in text, but both expose
 * every parameter as a public getter ({@code getShape()}, {@code getScale()},
 * {@code getNumberOfTrials()}). The parameters are therefore read reflectively: every public,
 * non-deprecated, argument-free {@code get…} method returning a {@code double}, {@code int} or
 * {@code long}, except the getters every distribution has (numerical mean and variance, support
 * bounds), listed by name in alphabetical order.
 */
final class ForeignDescription {

    private static final Set<String> COMMON_GETTERS = Set.of("getNumericalMean",
            "getNumericalVariance", "getSupportLowerBound", "getSupportUpperBound");

    private ForeignDescription() {
    }

    /** The library and the class, for example {@code commons-math3 GammaDistribution}. */
    static String family(String library, Object foreign) {
        Class<?> type = foreign.getClass();
        String name = type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
        return library + " " + name;
    }

    /**
     * The family and the parameters, for example
     * {@code commons-math3 PoissonDistribution(mean=3.0)}.
     */
    static String describe(String library, Object foreign) {
        TreeMap<String, Object> parameters = new TreeMap<>();
        for (Method getter : foreign.getClass().getMethods()) {
            if (isParameter(getter)) {
                try {
                    parameters.put(parameterName(getter), getter.invoke(foreign));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // A getter that cannot be called (a non-public class, a getter that throws)
                    // is left out of the text; it describes, it does not compute.
                    continue;
                }
            }
        }
        StringJoiner text = new StringJoiner(", ", family(library, foreign) + "(", ")");
        parameters.forEach((name, value) -> text.add(name + "=" + value));
        return text.toString();
    }

    private static boolean isParameter(Method method) {
        Class<?> type = method.getReturnType();
        return method.getName().startsWith("get") && method.getName().length() > 3
                && method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers())
                && !method.isAnnotationPresent(Deprecated.class)
                && !COMMON_GETTERS.contains(method.getName())
                && (type == double.class || type == int.class || type == long.class);
    }

    private static String parameterName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
