package org.kullback.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.kullback.distributions.Beta;
import org.kullback.distributions.ClosedForms;
import org.kullback.distributions.Exponential;
import org.kullback.distributions.Gamma;
import org.kullback.distributions.Geometric;
import org.kullback.distributions.Laplace;
import org.kullback.distributions.Normal;
import org.kullback.distributions.Poisson;
import org.kullback.distributions.Uniform;
import org.kullback.distributions.UnivariateContinuous;
import org.kullback.distributions.UnivariateDistribution;
import org.kullback.distributions.Weibull;
import org.kullback.integration.ClosedFormVerifier;
import org.kullback.integration.NumericalDivergences;
import org.kullback.integration.Verification;

/**
 * Example 4: every closed-form KL divergence can be checked by integrating its definition,
 * \( \mathrm{KL}(p\,\|\,q) = \int p \log(p/q)\,dx \) (a sum for discrete families).
 *
 * <p>The quadrature ({@link NumericalDivergences}, adaptive Gauss–Kronrod) knows nothing of the
 * formulas in {@link ClosedForms}; {@link ClosedFormVerifier} compares the two. They agree within
 * the quadrature's error estimate, down to nearly equal distributions where KL is
 * \( 5 \times 10^{-9} \), and both report \( +\infty \) where q has no mass where p has. The
 * same check over every registered pair of families, on a grid of members, is
 * {@link ClosedFormVerifier#verifyAll()} ({@code kullback verify}).
 *
 * <p>The chart shows the integrand for one pair: it is negative where \( p &lt; q \), and only
 * its integral is non-negative. The library integrates
 * \( q - p + p\log(p/q) \) instead, which has the same integral (both densities integrate to 1)
 * but is non-negative everywhere, so nothing cancels.
 */
public final class ClosedFormVersusIntegration {

    /** A pair \( (p, q) \). */
    public record Pair(UnivariateDistribution p, UnivariateDistribution q) {
    }

    static final List<Pair> PAIRS = List.of(
            new Pair(Normal.of(0, 1), Normal.of(1, 2)),
            new Pair(Normal.of(0, 1), Normal.of(1e-4, 1)),
            new Pair(Gamma.of(2, 3), Exponential.of(1)),
            new Pair(Beta.of(2, 5), Uniform.of(0, 1)),
            new Pair(Laplace.of(0, 1), Normal.of(0, 1)),
            new Pair(Weibull.of(1.5, 2), Gamma.of(2, 1)),
            new Pair(Poisson.of(3), Geometric.of(0.3)),
            new Pair(Uniform.of(0, 2), Uniform.of(0, 1)));

    /** The pair whose integrand is drawn. */
    static final Pair DRAWN = PAIRS.get(0);

    /**
     * {@link ClosedFormVerifier#verifyAll()} in brief.
     *
     * @param rows the number of (p, q) members checked
     * @param familyPairs the number of registered pairs of families they cover
     * @param agreeing how many rows agree
     * @param largestRelativeDifference the largest relative difference where KL is at least
     *     {@link ClosedFormVerifier#SMALL_KL}
     * @param skipped the registered pairs the verifier cannot check, with the reason
     */
    public record Registry(int rows, long familyPairs, long agreeing,
            double largestRelativeDifference, List<String> skipped) {
    }

    /** Everything the example prints. */
    public record Result(List<Verification> rows, Registry registry) {
    }

    private ClosedFormVersusIntegration() {
    }

    /** Runs the example; its chart goes to the directory in {@code args[0]}, or kullback-tour. */
    public static void main(String[] args) {
        demonstrate(System.out, Charts.directory(args));
    }

    /** Computes, prints the table and writes the chart; returns the chart file. */
    public static Path demonstrate(PrintStream out, Path outDir) {
        Result result = compute();
        print(result, out);
        return Charts.save(chart(), outDir, "4-closed-form-versus-integration");
    }

    /** The computation whose numbers the example prints and its tests assert. */
    public static Result compute() {
        List<Verification> rows = PAIRS.stream().map(pair -> ClosedFormVerifier.verify(
                pair.p().family() + "→" + pair.q().family(), pair.p(), pair.q())).toList();
        List<Verification> all = ClosedFormVerifier.verifyAll();
        Registry registry = new Registry(all.size(),
                all.stream().map(Verification::pair).distinct().count(),
                all.stream().filter(Verification::agrees).count(),
                all.stream().filter(row -> row.closedForm() >= ClosedFormVerifier.SMALL_KL)
                        .mapToDouble(Verification::relativeDifference).max().orElseThrow(),
                ClosedFormVerifier.skippedPairs());
        return new Result(rows, registry);
    }

    /** Prints the table and the claims it supports. */
    public static void print(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "%-39s %20s %20s %8s %8s%n", "KL(p || q)", "closed form",
                "quadrature", "error", "rel diff");
        for (Verification row : result.rows()) {
            out.printf(Locale.ROOT, "%-39s %20.15g %20.15g %8.1e %8.1e%n",
                    row.p() + " || " + row.q(), row.closedForm(), row.numerical(),
                    row.errorBound(), row.relativeDifference());
        }
        out.printf(Locale.ROOT, "- closed form and quadrature agree within the quadrature's error"
                + " estimate in every row%n  (largest relative difference %.1e), including the"
                + " nearly equal Normals and the infinite KL%n",
                result.rows().stream().mapToDouble(Verification::relativeDifference).max()
                        .orElseThrow());
        Registry registry = result.registry();
        out.printf(Locale.ROOT, "- every registered pair: %d of %d members over %d pairs of"
                + " families agree%n  (largest relative difference %.1e; tolerance %.0e relative,"
                + " %.0e absolute where KL < %.0e)%n", registry.agreeing(), registry.rows(),
                registry.familyPairs(), registry.largestRelativeDifference(),
                ClosedFormVerifier.RELATIVE_TOLERANCE, ClosedFormVerifier.ABSOLUTE_TOLERANCE,
                ClosedFormVerifier.SMALL_KL);
        for (String skipped : registry.skipped()) {
            out.println("  not checked: " + skipped);
        }
    }

    /** \( p \), \( q \), \( p\log(p/q) \) and \( q - p + p\log(p/q) \) for {@link #DRAWN}. */
    public static XYChart chart() {
        UnivariateContinuous p = (UnivariateContinuous) DRAWN.p();
        UnivariateContinuous q = (UnivariateContinuous) DRAWN.q();
        int points = 241;
        double[] x = new double[points];
        double[][] curves = new double[4][points];
        for (int i = 0; i < points; i++) {
            x[i] = -5 + 12.0 * i / (points - 1);
            double logRatio = p.logDensity(x[i]) - q.logDensity(x[i]);
            curves[0][i] = p.density(x[i]);
            curves[1][i] = q.density(x[i]);
            curves[2][i] = p.density(x[i]) * logRatio;
            curves[3][i] = q.density(x[i]) - p.density(x[i]) + curves[2][i];
        }
        XYChart chart = Charts.lines(String.format(Locale.ROOT,
                "KL(%s || %s) = %.6f is the area under p log(p/q)", p, q,
                ClosedForms.kl(p, q).orElseThrow()), "x", "density / integrand");
        chart.getStyler().setXAxisDecimalPattern("0.#");
        Charts.line(chart, "p", x, curves[0]);
        Charts.line(chart, "q", x, curves[1]);
        Charts.line(chart, "p log(p/q): negative where p < q", x, curves[2]);
        Charts.line(chart, "q - p + p log(p/q) >= 0, same area", x, curves[3]);
        return chart;
    }
}
