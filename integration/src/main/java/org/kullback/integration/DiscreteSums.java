package org.kullback.integration;

import org.kullback.distributions.UnivariateDiscrete;

/**
 * \( \sum_{k} F(k, \log p_k, \log q_k) \) over the support of a discrete p.
 *
 * <p>A finite support of at most {@value #EXACT_TERMS} points is summed term by term (exact up
 * to rounding, error bound \( n\varepsilon\sum|F| \)). Otherwise the sum starts at p's median and
 * walks outwards in both directions; a direction stops when the terms decrease and the tail
 * bound is below a tenth of the tolerance. The tail bound after term \( k \) is the larger of
 * the geometric bound \( |F_k|\,r/(1-r) \), with \( r \) the largest of the last
 * {@value #RATIO_WINDOW} term ratios, and the survival bound \( S_p(k)\,|F_k/p_k| \) (the tail
 * probability times the current value of the function whose mean is taken); it is exact for
 * geometric tails and an upper bound whenever the term ratios keep decreasing, as they do for
 * the log-concave Binomial, Poisson and Geometric.
 */
final class DiscreteSums {

    static final long EXACT_TERMS = 1_000_000;
    private static final int RATIO_WINDOW = 8;
    private static final double EPSILON = Math.ulp(1.0);

    private DiscreteSums() {
    }

    static AdaptiveQuadrature.Outcome sum(UnivariateDiscrete p, UnivariateDiscrete q, LogDensityTerm term,
            Tolerance tolerance) {
        double lower = p.supportLowerBound();
        double upper = p.supportUpperBound();
        Accumulator total = new Accumulator();
        if (upper - lower < EXACT_TERMS) {
            for (long k = (long) lower; k <= (long) upper; k++) {
                total.add(evaluate(p, q, term, k));
            }
            double error = total.terms * EPSILON * total.absolute;
            return new AdaptiveQuadrature.Outcome(
                    new Integral(total.value(), error, total.terms, total.terms, true),
                    total.absolute);
        }
        long median = (long) p.quantile(0.5);
        Walk up = new Walk(median, 1, upper);
        Walk down = new Walk(median - 1, -1, lower);
        while (!(up.done && down.done)) {
            if (total.terms >= tolerance.maxEvaluations()) {
                return new AdaptiveQuadrature.Outcome(new Integral(total.value(),
                        up.tailBound + down.tailBound, total.terms, total.terms, false),
                        total.absolute);
            }
            Walk walk = up.done ? down : down.done ? up
                    : up.steps <= down.steps ? up : down;
            walk.step(p, q, term, total, tolerance);
        }
        double error = up.tailBound + down.tailBound + total.terms * EPSILON * total.absolute;
        return new AdaptiveQuadrature.Outcome(
                new Integral(total.value(), error, total.terms, total.terms, true),
                total.absolute);
    }

    private static double evaluate(UnivariateDiscrete p, UnivariateDiscrete q,
            LogDensityTerm term, long k) {
        double value = term.at(k, p.logProbability(k), q == null ? Double.NaN
                : q.logProbability(k));
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    "summand must be finite, got " + value + " at k = " + k);
        }
        return value;
    }

    /** Neumaier-compensated running sum of the terms and of their absolute values. */
    private static final class Accumulator {
        double sum;
        double compensation;
        double absolute;
        int terms;

        void add(double v) {
            double t = sum + v;
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
            absolute += Math.abs(v);
            terms++;
        }

        double value() {
            return sum + compensation;
        }
    }

    /** One direction of the outward walk from the median. */
    private static final class Walk {
        long k;
        final int direction;
        final double bound;
        boolean done;
        int steps;
        double previous = Double.NaN;
        final double[] ratios = new double[RATIO_WINDOW];
        double tailBound;

        Walk(long start, int direction, double bound) {
            this.k = start;
            this.direction = direction;
            this.bound = bound;
            this.done = direction > 0 ? start > bound : start < bound;
        }

        void step(UnivariateDiscrete p, UnivariateDiscrete q, LogDensityTerm term,
                Accumulator total, Tolerance tolerance) {
            double value = evaluate(p, q, term, k);
            total.add(value);
            double magnitude = Math.abs(value);
            ratios[steps % RATIO_WINDOW] = previous > 0 ? magnitude / previous
                    : magnitude == 0 && previous == 0 ? 0 : Double.POSITIVE_INFINITY;
            previous = magnitude;
            steps++;
            double logP = p.logProbability(k);
            double beyond = direction > 0 ? p.survival(k) : p.cdf(k - 1);
            long next = k + direction;
            boolean atEnd = direction > 0 ? next > bound : next < bound;
            if (atEnd) {
                tailBound = 0;
                done = true;
                return;
            }
            double ratio = 0;
            for (double r : ratios) {
                ratio = Math.max(ratio, r);
            }
            if (steps >= RATIO_WINDOW && ratio < 1) {
                double geometric = magnitude * ratio / (1 - ratio);
                double survivalBound = logP == Double.NEGATIVE_INFINITY ? 0
                        : beyond * magnitude / Math.exp(logP);
                tailBound = Math.max(geometric, Double.isFinite(survivalBound)
                        ? survivalBound : geometric);
                double target = Math.max(tolerance.absolute(),
                        tolerance.relative() * total.absolute);
                if (tailBound <= 0.1 * target) {
                    done = true;
                    return;
                }
            } else {
                tailBound = Double.POSITIVE_INFINITY;
            }
            k = next;
        }
    }
}
