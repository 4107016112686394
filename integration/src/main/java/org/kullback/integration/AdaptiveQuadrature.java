package org.kullback.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive Gauss–Kronrod quadrature (21-point rule, {@link GaussKronrod21}) on finite,
 * semi-infinite and infinite intervals.
 *
 * <p>Algorithm (the global strategy of QUADPACK's QAG, Piessens et al. 1983, §2.2): apply the
 * rule to every initial piece; keep all subintervals in a priority queue ordered by their error
 * estimate; while the summed error exceeds
 * \( \max(\text{absolute}, \text{relative}\int|f|) \), bisect the subinterval with the largest
 * error. Infinite ranges are mapped to \( [0, 1) \) by \( x = a \pm w(e^{s}-1) \),
 * \( s = t/(1-t) \) ({@link Segment#tail}), linear near \( a \) and logarithmic far out, so
 * power-law tails are integrated as well as light ones. Integrable endpoint singularities are
 * removed by the exponential substitution of {@link EndpointRule#GRADED}.
 *
 * <p>The integrand must be finite everywhere inside the interval: a non-finite value, or an
 * exception, is an {@link IllegalArgumentException} naming the abscissa. A singular endpoint
 * should be 0 (of either sign): the graded rule approaches it to within the smallest doubles,
 * whereas next to 1 the nearest double is 1.1e-16 away and the integrand there is unknown.
 */
public final class AdaptiveQuadrature {

    private AdaptiveQuadrature() {
    }

    /** \( \int_a^b f(x)\,dx \) with {@link Tolerance#DEFAULT} and {@link EndpointRule#AUTO}. */
    public static Integral integrate(DoubleUnaryOperator f, double lower, double upper) {
        return integrate(f, lower, upper, Tolerance.DEFAULT, EndpointRule.AUTO);
    }

    /** \( \int_a^b f(x)\,dx \) with {@link EndpointRule#AUTO}. */
    public static Integral integrate(DoubleUnaryOperator f, double lower, double upper,
            Tolerance tolerance) {
        return integrate(f, lower, upper, tolerance, EndpointRule.AUTO);
    }

    /**
     * \( \int_a^b f(x)\,dx \); either bound may be infinite.
     *
     * @throws IllegalArgumentException if {@code f}, {@code tolerance} or {@code rule} is null,
     *     a bound is NaN, {@code lower > upper}, or {@code f} is not finite or throws at an
     *     abscissa inside the interval
     */
    public static Integral integrate(DoubleUnaryOperator f, double lower, double upper,
            Tolerance tolerance, EndpointRule rule) {
        if (f == null) {
            throw new IllegalArgumentException("integrand f must not be null");
        }
        if (tolerance == null || rule == null) {
            throw new IllegalArgumentException(
                    (tolerance == null ? "tolerance" : "rule") + " must not be null");
        }
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            throw new IllegalArgumentException("bounds must not be NaN, got lower = " + lower
                    + ", upper = " + upper);
        }
        if (lower > upper) {
            throw new IllegalArgumentException(
                    "lower bound " + lower + " must not exceed upper bound " + upper);
        }
        if (lower == upper) {
            return new Integral(0, 0, 0, 0, true);
        }
        List<Segment> segments = new ArrayList<>();
        int[] probes = {0};
        if (Double.isInfinite(lower) && Double.isInfinite(upper)) {
            segments.add(Segment.tail(f, 0, 1, -1));
            segments.add(Segment.tail(f, 0, 1, 1));
        } else if (Double.isInfinite(upper)) {
            addSemiInfinite(segments, f, lower, 1, rule, probes);
        } else if (Double.isInfinite(lower)) {
            addSemiInfinite(segments, f, upper, -1, rule, probes);
        } else {
            double middle = lower + 0.5 * (upper - lower);
            boolean gradeLower = graded(f, lower, middle - lower, rule, probes);
            boolean gradeUpper = graded(f, upper, middle - upper, rule, probes);
            if (!gradeLower && !gradeUpper) {
                segments.add(Segment.plain(f, lower, upper));
            } else {
                segments.add(gradeLower ? Segment.gradedAt(lower, middle - lower,
                        d -> nearEndpoint(f, lower, lower + d)) : Segment.plain(f, lower, middle));
                segments.add(gradeUpper ? Segment.gradedAt(upper, middle - upper,
                        d -> nearEndpoint(f, upper, upper - d)) : Segment.plain(f, middle, upper));
            }
        }
        Integral integral = integrate(segments, tolerance).integral();
        return new Integral(integral.value(), integral.absoluteError(),
                integral.evaluations() + probes[0], integral.subintervals(),
                integral.converged());
    }

    /** A semi-infinite range from {@code a}, graded at {@code a} over one unit if singular. */
    private static void addSemiInfinite(List<Segment> segments, DoubleUnaryOperator f, double a,
            int direction, EndpointRule rule, int[] probes) {
        if (graded(f, a, direction, rule, probes)) {
            double b = a + direction;
            segments.add(Segment.gradedAt(a, direction,
                    d -> nearEndpoint(f, a, a + direction * d)));
            segments.add(Segment.tail(f, b, 1, direction));
        } else {
            segments.add(Segment.tail(f, a, 1, direction));
        }
    }

    /**
     * {@code f(x)} for a node of a graded piece. Next to a nonzero endpoint the nodes come closer
     * than the spacing of doubles and round onto the endpoint itself; if f is singular there, the
     * singularity cannot be resolved, and the caller is told how to fix that.
     */
    private static double nearEndpoint(DoubleUnaryOperator f, double endpoint, double x) {
        double value = Segment.checkedOrNaN(f, x);
        if (x == endpoint && !Double.isFinite(value)) {
            throw new IllegalArgumentException("integrand must be finite, got " + value
                    + " at x = " + x + ", the endpoint itself: the graded rule came closer to it "
                    + "than the spacing of doubles there; substitute so that a singular endpoint "
                    + "is 0, where doubles are dense (for example y = 1 - x)");
        }
        return value;
    }

    /** Whether the endpoint {@code a} (with the half-width {@code h} towards the inside) is graded. */
    private static boolean graded(DoubleUnaryOperator f, double a, double h, EndpointRule rule,
            int[] probes) {
        if (rule != EndpointRule.AUTO) {
            return rule == EndpointRule.GRADED;
        }
        probes[0] += 2;
        double near = a + 1e-12 * h;
        double far = a + 1e-6 * h;
        double atNear = Segment.checkedOrNaN(f, near);
        double atFar = Segment.checked(f, far, far);
        return !Double.isFinite(atNear) || Math.abs(atNear) > 1.01 * Math.abs(atFar);
    }

    /** An integral with the estimate of \( \int |f| \), which measures cancellation. */
    record Outcome(Integral integral, double absoluteIntegral) {
    }

    /**
     * The adaptive loop over pieces that are already finite intervals.
     */
    static Outcome integrate(List<Segment> segments, Tolerance tolerance) {
        PriorityQueue<Piece> queue = new PriorityQueue<>(
                (x, y) -> Double.compare(y.estimate.error(), x.estimate.error()));
        List<Piece> unsplittable = new ArrayList<>();
        int evaluations = 0;
        for (Segment segment : segments) {
            queue.add(new Piece(segment, segment.a(), segment.b(),
                    GaussKronrod21.apply(segment.integrand(), segment.a(), segment.b())));
            evaluations += GaussKronrod21.POINTS;
        }
        while (true) {
            double error = 0;
            double absolute = 0;
            for (Piece piece : queue) {
                error += piece.estimate.error();
                absolute += piece.estimate.absoluteIntegral();
            }
            for (Piece piece : unsplittable) {
                error += piece.estimate.error();
                absolute += piece.estimate.absoluteIntegral();
            }
            double target = Math.max(tolerance.absolute(), tolerance.relative() * absolute);
            boolean converged = error <= target;
            if (converged || queue.isEmpty()
                    || evaluations + 2 * GaussKronrod21.POINTS > tolerance.maxEvaluations()) {
                return new Outcome(result(queue, unsplittable, error, evaluations, converged),
                        absolute);
            }
            Piece worst = queue.poll();
            double middle = 0.5 * (worst.a + worst.b);
            if (!(middle > worst.a && middle < worst.b)) {
                unsplittable.add(worst);
                continue;
            }
            DoubleUnaryOperator g = worst.segment.integrand();
            queue.add(new Piece(worst.segment, worst.a, middle,
                    GaussKronrod21.apply(g, worst.a, middle)));
            queue.add(new Piece(worst.segment, middle, worst.b,
                    GaussKronrod21.apply(g, middle, worst.b)));
            evaluations += 2 * GaussKronrod21.POINTS;
        }
    }

    private static Integral result(PriorityQueue<Piece> queue, List<Piece> unsplittable,
            double error, int evaluations, boolean converged) {
        List<Piece> pieces = new ArrayList<>(queue);
        pieces.addAll(unsplittable);
        // Smallest first, with Neumaier's compensation, so many small pieces keep their digits.
        pieces.sort((x, y) -> Double.compare(Math.abs(x.estimate.value()),
                Math.abs(y.estimate.value())));
        double sum = 0;
        double compensation = 0;
        for (Piece piece : pieces) {
            double v = piece.estimate.value();
            double t = sum + v;
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        return new Integral(sum + compensation, error, evaluations, pieces.size(), converged);
    }

    private record Piece(Segment segment, double a, double b, GaussKronrod21.Estimate estimate) {
    }
}
