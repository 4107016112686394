package org.kullback.estimators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of univariate maximum-likelihood estimators, by family name. Families that need
 * information beyond the sample are not registered and explain themselves when asked for
 * (Binomial needs its known number of trials); MultivariateNormal is fitted to rows by
 * {@code MultivariateNormalMaximumLikelihood}.
 */
public final class Estimators {

    private static final Map<String, MaximumLikelihood<?, ?>> BY_FAMILY = new LinkedHashMap<>();
    private static final Map<String, String> UNREGISTERED = new LinkedHashMap<>();

    static {
        register(NormalMaximumLikelihood.INSTANCE);
        register(LogNormalMaximumLikelihood.INSTANCE);
        register(ExponentialMaximumLikelihood.INSTANCE);
        register(UniformMaximumLikelihood.INSTANCE);
        register(LaplaceMaximumLikelihood.INSTANCE);
        register(ParetoMaximumLikelihood.INSTANCE);
        register(BernoulliMaximumLikelihood.INSTANCE);
        register(CategoricalMaximumLikelihood.INSTANCE);
        register(PoissonMaximumLikelihood.INSTANCE);
        register(GeometricMaximumLikelihood.INSTANCE);
        UNREGISTERED.put(BinomialMaximumLikelihood.FAMILY, "the number of trials must be known: "
                + "use BinomialMaximumLikelihood.withTrials(trials)");
        UNREGISTERED.put("MultivariateNormal", "fitted to rows, not to a univariate sample: use "
                + "MultivariateNormalMaximumLikelihood");
        // iterative families (branch iter) register below
    }

    private Estimators() {
    }

    private static void register(MaximumLikelihood<?, ?> estimator) {
        BY_FAMILY.put(estimator.family(), estimator);
    }

    /**
     * The estimator of {@code family} (as in the spec syntax, for example {@code "Gamma"}).
     *
     * @throws IllegalArgumentException if the family has no registered estimator; the message
     *     says why or lists the registered ones
     */
    public static MaximumLikelihood<?, ?> forFamily(String family) {
        MaximumLikelihood<?, ?> estimator = BY_FAMILY.get(family);
        if (estimator != null) {
            return estimator;
        }
        String reason = UNREGISTERED.get(family);
        if (reason != null) {
            throw new IllegalArgumentException(family + ": " + reason);
        }
        throw new IllegalArgumentException("no maximum-likelihood estimator for family '" + family
                + "'; registered: " + String.join(", ", BY_FAMILY.keySet()));
    }

    /** Every registered estimator, in registration order. */
    public static List<MaximumLikelihood<?, ?>> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_FAMILY.values()));
    }

    /** The families that cannot be fitted from a sample alone, with the reason for each. */
    public static Map<String, String> unregistered() {
        return Collections.unmodifiableMap(UNREGISTERED);
    }
}
