package org.kullback.integration;

import java.util.function.DoubleUnaryOperator;

/**
 * One piece of an integral, already mapped to a finite interval \( [a, b] \) of a variable
 * \( t \): {@code integrand} is \( f(x(t))\,x'(t) \), and reports any non-finite value of
 * \( f \) with the original abscissa \( x \).
 */
record Segment(DoubleUnaryOperator integrand, double a, double b) {

    /**
     * \( \int_a^b f(x)\,dx \) on a finite interval, as it stands.
     */
    static Segment plain(DoubleUnaryOperator f, double a, double b) {
        return new Segment(x -> checked(f, x), a, b);
    }

    /**
     * \( \int_{a}^{a+h} f(x)\,dx \) (or \( \int_{a+h}^{a} \) when \( h &lt; 0 \)) graded towards
     * the endpoint \( a \): \( x = a + h e^{-s} \), \( s = t/(1-t) \), \( t \in [0, 1) \), so
     * \( dx = -h e^{-s} (1-t)^{-2} dt \). An integrable algebraic or logarithmic singularity
     * \( |x - a|^{\alpha - 1} \) becomes \( e^{-\alpha s} \) in \( s \), smooth and exponentially
     * decaying, which Gauss–Kronrod integrates with a few subdivisions in \( t \) (the single
     * exponential substitution; cf. M. Mori, "Discovery of the double exponential
     * transformation", Publ. RIMS 41 (2005) 897–935, §2).
     *
     * <p>{@code nearEndpoint} receives the distance \( |x - a| = |h| e^{-s} \) and must return
     * \( f(a \pm \text{distance}) \); callers that know \( f \) in terms of the distance (a Beta
     * density near 1) keep digits that {@code a - distance} would round away. Where the distance
     * underflows to 0 the integrand is 0: the region is narrower than the smallest double.
     */
    static Segment gradedAt(double a, double h, DoubleUnaryOperator nearEndpoint) {
        double width = Math.abs(h);
        double sign = Math.signum(h);
        return new Segment(t -> {
            double s = t / (1 - t);
            double distance = width * Math.exp(-s);
            if (distance == 0) {
                return 0;
            }
            double value = checked(nearEndpoint, distance, a + sign * distance);
            if (value == 0) {
                return 0;
            }
            double oneMinusT = 1 - t;
            return value * distance / (oneMinusT * oneMinusT);
        }, 0, 1);
    }

    /**
     * \( \int_a^{\pm\infty} f(x)\,dx \) with \( x = a \pm w\,(e^s - 1) \), \( s = t/(1-t) \):
     * near \( a \) the map is linear with scale \( w \); far out it is logarithmic, so that a
     * power-law tail \( x^{-1-\alpha} \) becomes \( e^{-\alpha s} \) and light tails vanish after
     * a few units of \( s \). Points that map to \( \pm\infty \) contribute 0.
     *
     * @param direction +1 for \( [a, \infty) \), −1 for \( (-\infty, a] \)
     */
    static Segment tail(DoubleUnaryOperator f, double a, double w, int direction) {
        return new Segment(t -> {
            double s = t / (1 - t);
            double x = a + direction * w * Math.expm1(s);
            if (Double.isInfinite(x)) {
                return 0;
            }
            double value = checked(f, x);
            if (value == 0) {
                return 0;
            }
            double oneMinusT = 1 - t;
            double jacobian = w * Math.exp(s) / (oneMinusT * oneMinusT);
            return jacobian == Double.POSITIVE_INFINITY ? 0 : value * jacobian;
        }, 0, 1);
    }

    /** {@code f(x)}, possibly non-finite; an exception is reported with the abscissa. */
    static double checkedOrNaN(DoubleUnaryOperator f, double x) {
        try {
            return f.applyAsDouble(x);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("integrand threw at x = " + x + ": " + e, e);
        }
    }

    /**
     * \( \int \) over the finite interval between \( a \) and \( b \) with
     * \( x = a \pm w(e^s - 1) \), \( s \in [0, \log(1 + |b - a|/w)] \): linear with scale
     * \( w \) next to \( a \), logarithmic towards \( b \). For a long piece next to the bulk
     * of a density of scale \( w \) (between the median and a far kink of q), where the nodes of
     * a plain rule would all fall beyond the bulk.
     */
    static Segment stretched(DoubleUnaryOperator f, double a, double b, double w) {
        double direction = Math.signum(b - a);
        double end = Math.log1p(Math.abs(b - a) / w);
        return new Segment(s -> {
            double x = a + direction * w * Math.expm1(s);
            if (direction > 0 ? x > b : x < b) {
                x = b;
            }
            double value = checked(f, x);
            return value == 0 ? 0 : value * w * Math.exp(s);
        }, 0, end);
    }

    private static double checked(DoubleUnaryOperator f, double x) {
        return checked(f, x, x);
    }

    /** {@code f(argument)}, which must be finite; errors name the abscissa {@code x}. */
    static double checked(DoubleUnaryOperator f, double argument, double x) {
        double value;
        try {
            value = f.applyAsDouble(argument);
        } catch (DivergenceSignal signal) {
            throw signal;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "integrand threw at x = " + x + ": " + e, e);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    "integrand must be finite, got " + value + " at x = " + x);
        }
        return value;
    }
}
