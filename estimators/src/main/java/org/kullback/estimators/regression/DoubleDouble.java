package org.kullback.estimators.regression;

/**
 * A number held as the unevaluated sum {@code hi + lo} of two doubles with
 * \( |lo| \le \tfrac12\operatorname{ulp}(hi) \): about 106 significant bits. Used where least
 * squares needs more than double precision — residuals in iterative refinement, the conversion
 * of polynomial coefficients between bases, and the small \( p \times p \) covariance algebra.
 *
 * <p>The error-free transformations are Knuth's TwoSum (TAOCP vol. 2, §4.2.2, Theorem B) and the
 * product \( ab = h + e \) with \( e = \operatorname{fma}(a, b, -h) \) exact; the arithmetic
 * follows Hida, Li &amp; Bailey, "Library for double-double and quad-double arithmetic" (2007),
 * with relative error about \( 2^{-104} \) per operation.
 */
record DoubleDouble(double hi, double lo) {

    static final DoubleDouble ZERO = new DoubleDouble(0, 0);
    static final DoubleDouble ONE = new DoubleDouble(1, 0);

    static DoubleDouble of(double value) {
        return new DoubleDouble(value, 0);
    }

    /** The exact sum {@code a + b} as a double-double. */
    static DoubleDouble sum(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, twoSumError(a, b, s));
    }

    /** The exact product {@code a * b} as a double-double. */
    static DoubleDouble product(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    /** The exact rounding error of {@code s = a + b}, any order of magnitudes (TwoSum). */
    static double twoSumError(double a, double b, double s) {
        double bVirtual = s - a;
        return (a - (s - bVirtual)) + (b - bVirtual);
    }

    double value() {
        return hi + lo;
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble add(double b) {
        double s = hi + b;
        double e = twoSumError(hi, b, s) + lo;
        return normalized(s, e);
    }

    DoubleDouble add(DoubleDouble b) {
        double s = hi + b.hi;
        double e = twoSumError(hi, b.hi, s);
        double t = lo + b.lo;
        double f = twoSumError(lo, b.lo, t);
        e += t;
        DoubleDouble head = normalized(s, e);
        return normalized(head.hi, head.lo + f);
    }

    DoubleDouble subtract(DoubleDouble b) {
        return add(b.negate());
    }

    DoubleDouble multiply(double b) {
        double p = hi * b;
        double e = Math.fma(hi, b, -p) + lo * b;
        return normalized(p, e);
    }

    DoubleDouble multiply(DoubleDouble b) {
        double p = hi * b.hi;
        double e = Math.fma(hi, b.hi, -p) + (hi * b.lo + lo * b.hi);
        return normalized(p, e);
    }

    /** Quotient by long division: one double quotient digit, then a correction from the remainder. */
    DoubleDouble divide(DoubleDouble b) {
        double q1 = hi / b.hi;
        DoubleDouble remainder = subtract(b.multiply(q1));
        double q2 = remainder.hi / b.hi;
        remainder = remainder.subtract(b.multiply(q2));
        double q3 = remainder.hi / b.hi;
        DoubleDouble q = normalized(q1, q2);
        return q.add(q3);
    }

    /** Square root by one Newton step from the double root (Karp &amp; Markstein). */
    DoubleDouble sqrt() {
        if (hi <= 0) {
            return ZERO;
        }
        double x = 1 / Math.sqrt(hi);
        double ax = hi * x;
        DoubleDouble axSquared = product(ax, ax);
        double correction = subtract(axSquared).hi * (x * 0.5);
        return sum(ax, correction);
    }

    private static DoubleDouble normalized(double s, double e) {
        double h = s + e;
        return new DoubleDouble(h, e - (h - s));
    }
}
