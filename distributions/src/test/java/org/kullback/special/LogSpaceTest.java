package org.kullback.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kullback.special.MpmathReference.measure;
import static org.kullback.special.MpmathReference.rows;

import org.junit.jupiter.api.Test;
import org.kullback.special.MpmathReference.Accuracy;

/** Accuracy and special values of {@link LogSpace}, against mpmath where it matters. */
class LogSpaceTest {

    private static final double LN2 = 0.6931471805599453;

    @Test
    void log1pmxMeetsOneEMinus15AgainstMpmath() {
        final Accuracy accuracy = measure("log1pmx, x > -1 (relative)", rows("log1pmx"),
            r -> LogSpace.log1pmx(r.x()), MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(150);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void log1pmxKeepsRelativeAccuracyWhereTheTermsCancel() {
        // log(1 + x) - x = -x^2/2 + x^3/3 - ...: the naive Math.log1p(1e-10) - 1e-10 has no
        // correct digit.
        final double x = 1e-10;
        final double series = -x * x / 2 + x * x * x / 3;
        assertThat(LogSpace.log1pmx(x)).isCloseTo(series, within(1e-15 * Math.abs(series)));
    }

    @Test
    void log1pmxOfTheEndsOfItsDomain() {
        assertThat(LogSpace.log1pmx(-1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(LogSpace.log1pmx(Double.POSITIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(LogSpace.log1pmx(-1.5)).isNaN();
        assertThat(LogSpace.log1pmx(Double.NaN)).isNaN();
        assertThat(LogSpace.log1pmx(0)).isZero();
    }

    @Test
    void expm1mxMeetsOneEMinus15AgainstMpmath() {
        final Accuracy accuracy = measure("expm1mx (relative)", rows("expm1mx"),
            r -> LogSpace.expm1mx(r.x()), MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(100);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void expm1mxOfInfinitiesAndNaN() {
        assertThat(LogSpace.expm1mx(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LogSpace.expm1mx(Double.NEGATIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LogSpace.expm1mx(Double.NaN)).isNaN();
        assertThat(LogSpace.expm1mx(0)).isZero();
    }

    @Test
    void log1mexpMeetsOneEMinus15AgainstMpmath() {
        final Accuracy accuracy = measure("log1mexp, x < 0 (relative)", rows("log1mexp"),
            r -> LogSpace.log1mexp(r.x()), MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(80);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void log1mexpOfTheEndsOfItsDomain() {
        assertThat(LogSpace.log1mexp(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(LogSpace.log1mexp(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(LogSpace.log1mexp(1e-300)).isNaN();
        assertThat(LogSpace.log1mexp(Double.NaN)).isNaN();
    }

    @Test
    void log1pexpMeetsOneEMinus15AgainstMpmath() {
        final Accuracy accuracy = measure("log1pexp (relative)", rows("log1pexp"),
            r -> LogSpace.log1pexp(r.x()), MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(100);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void log1pexpNeverOverflows() {
        assertThat(LogSpace.log1pexp(1e300)).isEqualTo(1e300);
        assertThat(LogSpace.log1pexp(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LogSpace.log1pexp(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(LogSpace.log1pexp(Double.NaN)).isNaN();
    }

    @Test
    void logSumExpMeetsOneEMinus15AgainstMpmath() {
        final Accuracy pairs = measure("logSumExp(a, b) (relative)", rows("logSumExp"),
            r -> LogSpace.logSumExp(r.x(), r.y()), MpmathReference::relativeError);
        final Accuracy arrays = measure("logSumExp(double...) (relative)", rows("logSumExp"),
            r -> LogSpace.logSumExp(new double[] {r.x(), r.y()}), MpmathReference::relativeError);
        assertThat(pairs.worst()).isLessThanOrEqualTo(1e-15);
        assertThat(arrays.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void logSumExpOfManyValuesDoesNotOverflow() {
        assertThat(LogSpace.logSumExp(1000, 1000, 1000, 1000))
            .isCloseTo(1000 + 2 * LN2, within(Math.ulp(1000.0)));
        assertThat(LogSpace.logSumExp(0, 0, 0)).isCloseTo(Math.log(3), within(Math.ulp(1.0)));
        assertThat(LogSpace.logSumExp(-1e300, 0, Double.NEGATIVE_INFINITY)).isZero();
    }

    @Test
    void logSumExpHandlesInfinitiesEmptyInputAndNaN() {
        final double inf = Double.POSITIVE_INFINITY;
        assertThat(LogSpace.logSumExp()).isEqualTo(-inf);
        assertThat(LogSpace.logSumExp(-inf, -inf, -inf)).isEqualTo(-inf);
        assertThat(LogSpace.logSumExp(-inf, -inf)).isEqualTo(-inf);
        assertThat(LogSpace.logSumExp(1, inf, 2)).isEqualTo(inf);
        assertThat(LogSpace.logSumExp(inf, inf)).isEqualTo(inf);
        assertThat(LogSpace.logSumExp(-inf, 3.5)).isEqualTo(3.5);
        assertThat(LogSpace.logSumExp(1, Double.NaN, inf)).isNaN();
        assertThat(LogSpace.logSumExp(Double.NaN, inf)).isNaN();
    }

    @Test
    void xlogyTakesZeroTimesLogZeroAsZero() {
        assertThat(LogSpace.xlogy(0, 0)).isZero();
        assertThat(LogSpace.xlogy(0, Double.POSITIVE_INFINITY)).isZero();
        assertThat(LogSpace.xlogy(0, 5)).isZero();
        assertThat(LogSpace.xlogy(0, Double.NaN)).isNaN();
        assertThat(LogSpace.xlogy(Double.NaN, 0)).isNaN();
        assertThat(LogSpace.xlogy(1, 0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(LogSpace.xlogy(2, Math.E)).isCloseTo(2, within(2 * Math.ulp(2.0)));
        assertThat(LogSpace.xlogy(3, -1)).isNaN();
    }

    @Test
    void xlog1pyTakesZeroTimesLogZeroAsZero() {
        assertThat(LogSpace.xlog1py(0, -1)).isZero();
        assertThat(LogSpace.xlog1py(0, 3)).isZero();
        assertThat(LogSpace.xlog1py(0, Double.NaN)).isNaN();
        assertThat(LogSpace.xlog1py(Double.NaN, 0)).isNaN();
        assertThat(LogSpace.xlog1py(2, -1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(LogSpace.xlog1py(3, 1e-20)).isCloseTo(3e-20, within(Math.ulp(3e-20)));
    }
}
