package org.kullback.integration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Distribution;
import org.kullback.distributions.DistributionSpec;
import org.kullback.distributions.MultivariateNormal;
import org.kullback.distributions.UnivariateDistribution;

/**
 * Checks every closed-form KL divergence registered in {@link ClosedForms} against quadrature
 * ({@link NumericalDivergences#kl}) over a grid of parameters.
 *
 * <p>For each registered pair of families the grid is every combination of the members listed
 * for p's family with those listed for q's family (at least 36 per pair): ordinary members,
 * nearly equal ones (relative parameter differences of 1e-4 and 1e-6, where KL is 1e-8 to 1e-13
 * and cancellation in the closed form would show), very different scales (1e-4 against 1e3),
 * shapes near 0.1 (singular densities) and large shapes. Combinations whose supports do not nest
 * are kept: there both sides must be \( +\infty \). The grid avoids members for which q's log
 * density overflows where p has mass (a Normal with a scale of hundreds against a Gumbel of
 * scale 1, whose \( \log q = -e^{-x} - x \) is below \( -10^{308} \) for \( x &lt; -710 \)):
 * there quadrature cannot represent the integrand (such a row would show NaN and fail).
 *
 * <p>Agreement: relative difference at most {@value #RELATIVE_TOLERANCE} where the closed form
 * is at least {@value #SMALL_KL}, absolute difference at most {@value #ABSOLUTE_TOLERANCE}
 * below that. MultivariateNormal pairs are skipped: there is no multivariate quadrature.
 */
public final class ClosedFormVerifier {

    /** Relative agreement required where KL is at least {@link #SMALL_KL}. */
    public static final double RELATIVE_TOLERANCE = 1e-10;
    /** Below this KL, agreement is absolute. */
    public static final double SMALL_KL = 1e-8;
    /** Absolute agreement required where KL is below {@link #SMALL_KL}. */
    public static final double ABSOLUTE_TOLERANCE = 1e-18;

    private static final Map<String, List<String>> MEMBERS = new LinkedHashMap<>();

    static {
        members("Normal", "Normal(0, 1)", "Normal(1e-4, 1)", "Normal(0, 1.000001)",
                "Normal(5, 0.01)", "Normal(-3, 2)", "Normal(100, 10)", "Normal(0, 1e-4)",
                "Normal(0.5, 0.5)");
        members("LogNormal", "LogNormal(0, 1)", "LogNormal(1e-4, 1)", "LogNormal(0, 1.000001)",
                "LogNormal(0.5, 0.1)", "LogNormal(-2, 3)", "LogNormal(3, 0.5)");
        members("Laplace", "Laplace(0, 1)", "Laplace(1e-4, 1)", "Laplace(0, 1.000001)",
                "Laplace(1, 2)", "Laplace(-5, 0.1)", "Laplace(10, 30)");
        members("Cauchy", "Cauchy(0, 1)", "Cauchy(1e-4, 1)", "Cauchy(0, 1.000001)",
                "Cauchy(1, 2)", "Cauchy(-5, 0.1)", "Cauchy(100, 1000)");
        members("Gumbel", "Gumbel(0, 1)", "Gumbel(1e-4, 1)", "Gumbel(0, 1.000001)",
                "Gumbel(1, 2)", "Gumbel(-5, 0.5)", "Gumbel(10, 30)");
        members("Uniform", "Uniform(0, 1)", "Uniform(0.2, 0.7)", "Uniform(0, 1.0001)",
                "Uniform(0.001, 0.999)", "Uniform(-1, 3)", "Uniform(5, 6)", "Uniform(1, 1.5)",
                "Uniform(2, 10)", "Uniform(3, 3.001)", "Uniform(-100, 100)");
        members("Exponential", "Exponential(1)", "Exponential(1.0001)", "Exponential(0.01)",
                "Exponential(100)", "Exponential(3)", "Exponential(1.000001)");
        members("Gamma", "Gamma(2, 1)", "Gamma(2.0002, 1)", "Gamma(0.1, 1)", "Gamma(0.5, 2)",
                "Gamma(10, 0.1)", "Gamma(100, 100)", "Gamma(1, 1)", "Gamma(0.2, 0.01)");
        members("Weibull", "Weibull(2, 1)", "Weibull(2.0002, 1)", "Weibull(0.5, 3)",
                "Weibull(1, 1)", "Weibull(5, 0.1)", "Weibull(0.3, 2)");
        members("Pareto", "Pareto(1, 3)", "Pareto(1, 3.0003)", "Pareto(0.5, 0.1)",
                "Pareto(2, 1.5)", "Pareto(0.1, 10)", "Pareto(1, 1)");
        members("Beta", "Beta(0.5, 0.5)", "Beta(2, 3)", "Beta(2, 3.0003)", "Beta(0.1, 0.1)",
                "Beta(1, 1)", "Beta(50, 20)", "Beta(0.2, 5)", "Beta(5, 0.2)");
        members("Bernoulli", "Bernoulli(0.5)", "Bernoulli(0.5001)", "Bernoulli(0.1)",
                "Bernoulli(0.001)", "Bernoulli(0.999)", "Bernoulli(0.3)");
        members("Categorical", "Categorical(0.2, 0.3, 0.5)", "Categorical(0.2001, 0.2999, 0.5)",
                "Categorical(0.5, 0.5, 0)", "Categorical(0.1, 0.1, 0.8)",
                "Categorical(0.98, 0.01, 0.01)", "Categorical(0.25, 0.25, 0.25, 0.25)");
        members("Geometric", "Geometric(0.5)", "Geometric(0.5001)", "Geometric(0.1)",
                "Geometric(0.01)", "Geometric(0.9)", "Geometric(0.3)");
        members("Binomial", "Binomial(10, 0.3)", "Binomial(10, 0.3001)", "Binomial(10, 0.5)",
                "Binomial(100, 0.01)", "Binomial(1, 0.5)", "Binomial(1000, 0.7)");
        members("Poisson", "Poisson(3)", "Poisson(3.0003)", "Poisson(0.1)", "Poisson(1000)",
                "Poisson(50)", "Poisson(100000)");
    }

    private ClosedFormVerifier() {
    }

    private static void members(String family, String... specs) {
        MEMBERS.put(family, List.of(specs));
    }

    /** Every registered pair except MultivariateNormal ones, over its grid. */
    public static List<Verification> verifyAll() {
        return verify(null);
    }

    /**
     * The pairs where p or q is of {@code family} (for example {@code "Gamma"}).
     *
     * @throws IllegalArgumentException if {@code family} is null or not a known univariate family
     *     with closed forms
     */
    public static List<Verification> verify(String family) {
        if (family != null && !MEMBERS.containsKey(family)) {
            throw new IllegalArgumentException("family must be one of " + MEMBERS.keySet()
                    + ", got '" + family + "'");
        }
        List<Verification> rows = new ArrayList<>();
        for (ClosedForms.FamilyPair pair : ClosedForms.pairs()) {
            String pFamily = pair.p().getSimpleName();
            String qFamily = pair.q().getSimpleName();
            if (pair.p() == MultivariateNormal.class || pair.q() == MultivariateNormal.class) {
                continue;
            }
            if (family != null && !family.equals(pFamily) && !family.equals(qFamily)) {
                continue;
            }
            for (String pSpec : membersOf(pFamily)) {
                for (String qSpec : membersOf(qFamily)) {
                    rows.add(verify(pair.toString(), DistributionSpec.parseUnivariate(pSpec),
                            DistributionSpec.parseUnivariate(qSpec)));
                }
            }
        }
        return rows;
    }

    /** The registered pairs this verifier skips, with the reason. */
    public static List<String> skippedPairs() {
        List<String> skipped = new ArrayList<>();
        for (ClosedForms.FamilyPair pair : ClosedForms.pairs()) {
            if (pair.p() == MultivariateNormal.class || pair.q() == MultivariateNormal.class) {
                skipped.add(pair + ": no multivariate quadrature");
            }
        }
        return skipped;
    }

    /** KL(p‖q) by its closed form and by quadrature. */
    public static Verification verify(String pair, UnivariateDistribution p,
            UnivariateDistribution q) {
        double closed = ClosedForms.kl(p, q).orElseThrow(() -> new IllegalArgumentException(
                "no closed form registered for " + p.family() + "→" + q.family()));
        Integral integral;
        try {
            integral = NumericalDivergences.kl(p, q);
        } catch (IllegalArgumentException unrepresentable) {
            // q's log density overflows where p has mass; quadrature has no number to offer.
            return new Verification(pair, p, q, closed, Double.NaN, Double.NaN, Double.NaN, false);
        }
        double numerical = integral.converged() ? integral.value() : Double.NaN;
        double difference = closed == numerical ? 0 : Math.abs(closed - numerical);
        double relative = difference == 0 ? 0 : difference / Math.abs(closed);
        boolean agrees = closed >= SMALL_KL ? relative <= RELATIVE_TOLERANCE
                : difference <= ABSOLUTE_TOLERANCE;
        return new Verification(pair, p, q, closed, numerical, integral.absoluteError(), relative,
                agrees);
    }

    /** The table as text: a header line and one line per row ({@link Verification#toString}). */
    public static String format(List<Verification> rows) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-4s %-22s %-44s %24s %24s %9s %9s%n", "", "pair", "p ‖ q", "closed form",
                "quadrature", "error", "rel.diff"));
        for (Verification row : rows) {
            table.append(row).append(System.lineSeparator());
        }
        return table.toString();
    }

    static List<String> membersOf(String family) {
        List<String> specs = MEMBERS.get(family);
        if (specs == null) {
            throw new IllegalStateException("no verification grid for family " + family);
        }
        return specs;
    }
}
