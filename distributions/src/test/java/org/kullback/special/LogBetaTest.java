package org.kullback.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kullback.special.MpmathReference.measure;
import static org.kullback.special.MpmathReference.rows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kullback.special.MpmathReference.Accuracy;
import org.kullback.special.MpmathReference.Row;

/** Accuracy and special values of {@link LogBeta} against mpmath. */
class LogBetaTest {

    @Test
    void logBetaMeetsOneEMinus14AgainstMpmath() {
        // Includes (1e5, 3e5), (1e6, 1e6), (1e10, 1e-3), (0.5, 0.5), (1e-10, 1), (1e300, 0.5),
        // and (4.64e8, 0.1095), where Hipparchus's Beta.logBeta is off by 2.2e-14.
        final Accuracy accuracy = measure("logBeta, a, b in [1e-10, 1e15] (relative)",
            rows("logBeta"), r -> LogBeta.logBeta(r.x(), r.y()), MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(300);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-14);
    }

    @Test
    void logBetaNearTheCurveWhereItVanishesHasAbsoluteErrorBelow4EMinus16() {
        // On the curve B(a, b) = 1 log B changes sign, so no double-precision method has a
        // bounded relative error there; the absolute error is what stays small.
        final Accuracy accuracy = measure("logBeta, near B(a, b) = 1 (absolute)",
            rows("logBetaNearZero"), r -> LogBeta.logBeta(r.x(), r.y()),
            MpmathReference::absoluteError);
        assertThat(accuracy.count()).isGreaterThan(40);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(4e-16);
    }

    @Test
    void logBetaOfOneAndOneIsExactlyZero() {
        assertThat(LogBeta.logBeta(1, 1)).isZero();
    }

    @Test
    void logBetaIsSymmetric() {
        for (Row r : rows("logBeta")) {
            assertThat(LogBeta.logBeta(r.y(), r.x())).isEqualTo(LogBeta.logBeta(r.x(), r.y()));
        }
    }

    @Test
    void logBetaIsNaNOutsideItsDomainAndMinusInfinityAtInfinity() {
        assertThat(LogBeta.logBeta(0, 1)).isNaN();
        assertThat(LogBeta.logBeta(1, -2)).isNaN();
        assertThat(LogBeta.logBeta(Double.NaN, 1)).isNaN();
        assertThat(LogBeta.logBeta(1, Double.NaN)).isNaN();
        assertThat(LogBeta.logBeta(2, Double.POSITIVE_INFINITY))
            .isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(LogBeta.logBeta(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY))
            .isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void logGammaCorrectionMeetsOneEMinus15AgainstMpmathForXAtLeastOne() {
        final List<Row> large = rows("logGammaCorrection").stream().filter(r -> r.x() >= 1)
            .toList();
        final Accuracy accuracy = measure("logGammaCorrection, x >= 1 (relative)", large,
            r -> LogBeta.logGammaCorrection(r.x()), MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(90);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void logGammaCorrectionMeetsTwoEMinus15AgainstMpmathBelowOne() {
        final List<Row> small = rows("logGammaCorrection").stream().filter(r -> r.x() < 1)
            .toList();
        final Accuracy accuracy = measure("logGammaCorrection, 0 < x < 1 (relative)", small,
            r -> LogBeta.logGammaCorrection(r.x()), MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(20);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(2e-15);
    }

    @Test
    void logGammaCorrectionIsNaNOutsideItsDomainAndZeroAtInfinity() {
        assertThat(LogBeta.logGammaCorrection(0)).isNaN();
        assertThat(LogBeta.logGammaCorrection(-1)).isNaN();
        assertThat(LogBeta.logGammaCorrection(Double.NaN)).isNaN();
        assertThat(LogBeta.logGammaCorrection(Double.POSITIVE_INFINITY)).isZero();
    }
}
