package org.kullback.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.kullback.distributions.Beta;
import org.kullback.distributions.Laplace;
import org.kullback.distributions.UnivariateContinuous;

/**
 * \( \int_{\mathrm{supp}\,p} F(x, \log p(x), \log q(x))\,dx \) for a continuous p (and an
 * optional q), split into pieces where the integrand is smooth.
 *
 * <p>Break points: p's median, every point inside p's support where p or q is not smooth (a
 * finite support bound of either, Laplace's location) and any extra points of the caller. The
 * outermost pieces are tails ({@link Segment#tail}) from the outermost break point with the scale
 * \( w = 2(Q_p(3/4) - Q_p(1/4)) \) when p's support is unbounded there (twice the
 * interquartile range: of the factors 1/4 to 4 tried, the one that needed the fewest evaluations
 * on the reference pairs), or are graded towards a finite support bound
 * ({@link Segment#gradedAt}) when the rule says so (see {@link EndpointRule#AUTO}: here the
 * log densities of p and q are probed, and a change by more than 0.01 between the distances
 * \( 10^{-12}h \) and \( 10^{-6}h \) means grading). An interior piece longer than four tail
 * scales (from p's median to a far kink of q) is stretched logarithmically from its end nearer
 * the median ({@link Segment#stretched}), so that p's bulk is not missed between the nodes.
 *
 * <p>Near an upper bound 1 of a Beta density the integrand is evaluated through the reflected
 * Beta(β, α) at the distance \( 1 - x \), which a double next to 1 could not represent (for
 * Beta(0.5, 0.5), \( P(1 - X &lt; 10^{-16}) \approx 6 \times 10^{-9} \)).
 */
final class SupportQuadrature {

    private static final double LONG_PIECE = 4;

    private SupportQuadrature() {
    }

    static AdaptiveQuadrature.Outcome integrate(UnivariateContinuous p, UnivariateContinuous q, LogDensityTerm term,
            double[] extraBreakPoints, Tolerance tolerance, EndpointRule rule) {
        double lower = p.supportLowerBound();
        double upper = p.supportUpperBound();
        double median = p.quantile(0.5);
        TreeSet<Double> points = new TreeSet<>();
        points.add(median);
        addInside(points, kinks(p), lower, upper);
        if (q != null) {
            addInside(points, kinks(q), lower, upper);
        }
        addInside(points, extraBreakPoints, lower, upper);
        double scale = tailScale(p);

        DoubleUnaryOperator atX = x -> term.at(x, p.logDensity(x),
                q == null ? Double.NaN : q.logDensity(x));
        DoubleUnaryOperator pBelowUpper = logDensityBelow(p, upper);
        DoubleUnaryOperator qBelowUpper = q == null ? null : logDensityBelow(q, upper);
        DoubleUnaryOperator belowUpper = d -> term.at(upper - d, pBelowUpper.applyAsDouble(d),
                q == null ? Double.NaN : qBelowUpper.applyAsDouble(d));

        List<Segment> segments = new ArrayList<>();
        double first = points.first();
        if (lower == Double.NEGATIVE_INFINITY) {
            segments.add(Segment.tail(atX, first, scale, -1));
        } else if (graded(rule, p, q, lower, first - lower, false)) {
            segments.add(Segment.gradedAt(lower, first - lower,
                    d -> atX.applyAsDouble(lower + d)));
        } else {
            segments.add(Segment.plain(atX, lower, first));
        }
        Double previous = null;
        for (double point : points) {
            if (previous != null) {
                segments.add(interior(atX, previous, point, median, scale));
            }
            previous = point;
        }
        double last = points.last();
        if (upper == Double.POSITIVE_INFINITY) {
            segments.add(Segment.tail(atX, last, scale, 1));
        } else if (graded(rule, p, q, upper, upper - last, true)) {
            segments.add(Segment.gradedAt(upper, last - upper, belowUpper));
        } else {
            segments.add(Segment.plain(atX, last, upper));
        }
        return AdaptiveQuadrature.integrate(segments, tolerance);
    }

    /**
     * A piece between two break points: plain if it is at most {@value #LONG_PIECE} tail scales
     * long, else stretched from the end nearer p's median, where p's mass is.
     */
    private static Segment interior(DoubleUnaryOperator f, double a, double b, double median,
            double scale) {
        if (b - a <= LONG_PIECE * scale) {
            return Segment.plain(f, a, b);
        }
        return Math.abs(a - median) <= Math.abs(b - median) ? Segment.stretched(f, a, b, scale / 8)
                : Segment.stretched(f, b, a, scale / 8);
    }

    /** \( 2(Q(3/4) - Q(1/4)) \), the scale of the tail maps; 1 if that is not positive. */
    static double tailScale(UnivariateContinuous p) {
        double scale = 2 * (p.quantile(0.75) - p.quantile(0.25));
        return scale > 0 && Double.isFinite(scale) ? scale : 1;
    }

    /** Points where the density is not smooth: finite support bounds, Laplace's location. */
    static double[] kinks(UnivariateContinuous d) {
        List<Double> kinks = new ArrayList<>();
        kinks.add(d.supportLowerBound());
        kinks.add(d.supportUpperBound());
        if (d instanceof Laplace laplace) {
            kinks.add(laplace.location());
        }
        return kinks.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).toArray();
    }

    private static void addInside(TreeSet<Double> points, double[] candidates, double lower,
            double upper) {
        for (double x : candidates) {
            if (x > lower && x < upper) {
                points.add(x);
            }
        }
    }

    /**
     * \( d \mapsto \log f(\text{upper} - d) \), through the reflected Beta near the upper bound 1
     * of a Beta density.
     */
    static DoubleUnaryOperator logDensityBelow(UnivariateContinuous d, double upper) {
        if (d instanceof Beta beta && upper == 1) {
            Beta reflected = Beta.of(beta.beta(), beta.alpha());
            return reflected::logDensity;
        }
        return distance -> d.logDensity(upper - distance);
    }

    private static boolean graded(EndpointRule rule, UnivariateContinuous p,
            UnivariateContinuous q, double bound, double width, boolean upper) {
        if (rule != EndpointRule.AUTO) {
            return rule == EndpointRule.GRADED;
        }
        return looksSingular(p, bound, width, upper)
                || (q != null && looksSingular(q, bound, width, upper));
    }

    private static boolean looksSingular(UnivariateContinuous d, double bound, double width,
            boolean upper) {
        DoubleUnaryOperator logDensity = upper ? logDensityBelow(d, bound)
                : distance -> d.logDensity(bound + distance);
        double near = logDensity.applyAsDouble(1e-12 * width);
        double far = logDensity.applyAsDouble(1e-6 * width);
        return !(Math.abs(near - far) <= 0.01);
    }
}
