package org.kullback.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kullback.special.MpmathReference.measure;
import static org.kullback.special.MpmathReference.rows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kullback.special.MpmathReference.Accuracy;
import org.kullback.special.MpmathReference.Row;

/** Accuracy of {@link Polygamma} against mpmath (see {@link MpmathReference}). */
class PolygammaTest {

    /** \( -\gamma \) rounded to double. */
    private static final double MINUS_EULER_GAMMA = -0.5772156649015329;
    private static final double ROOT = 1.4616321449683622;

    private static List<Row> positive(String function) {
        return rows(function).stream().filter(r -> r.x() > 0).toList();
    }

    private static List<Row> negative(String function) {
        return rows(function).stream().filter(r -> r.x() < 0).toList();
    }

    @Test
    void digammaMeetsOneEMinus15AgainstMpmath() {
        final Accuracy accuracy = measure("digamma, x > 0 (relative)", positive("digamma"),
            r -> Polygamma.digamma(r.x()), MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(250);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void digammaStaysRelativelyAccurateWithinUlpsOfItsPositiveRoot() {
        // psi(x) ~ 0.9727 (x - x0): next to the root the value is tiny and would be pure noise
        // if x - x0 or the recurrence cancelled; x0 is carried as a double-double.
        final List<Row> nearRoot = positive("digamma").stream()
            .filter(r -> Math.abs(r.x() - ROOT) < 1e-7).toList();
        final Accuracy accuracy = measure("digamma, |x - x0| < 1e-7 (relative)", nearRoot,
            r -> Polygamma.digamma(r.x()), MpmathReference::relativeError);
        assertThat(nearRoot).hasSizeGreaterThan(30)
            .anySatisfy(r -> assertThat(Math.abs(r.expected())).isLessThan(1e-16));
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void digammaOfOneIsMinusEulersConstantToOneUlp() {
        // Hipparchus 4.0.3 and Commons Math 3.6.1 both give Gamma.digamma(1) =
        // -0.5772156677920679, off by 2.9e-9 (about 1.3e7 ulps): their asymptotic series has
        // the wrong signs.
        assertThat(Polygamma.digamma(1)).isCloseTo(MINUS_EULER_GAMMA,
            within(Math.ulp(MINUS_EULER_GAMMA)));
    }

    @Test
    void digammaOfNegativeArgumentsMeetsOneEMinus15RelativeToTheReflectionTerms() {
        // psi(x) = psi(1 - x) - pi cot(pi x) cancels near the negative zeros of psi, so the error
        // is measured relative to |psi(1 - x)| + |pi cot(pi x)| (bounded here by
        // 1 + log(1 - x) + pi / |tan(pi x)|), the scale of the terms.
        final Accuracy accuracy = measure("digamma, x < 0 (relative to reflection terms)",
            negative("digamma"), r -> Polygamma.digamma(r.x()),
            (actual, r) -> MpmathReference.absoluteError(actual, r) / (1 + Math.log1p(-r.x())
                + Math.PI / Math.abs(Math.tan(Math.PI * r.x()))));
        assertThat(accuracy.count()).isGreaterThan(50);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void digammaIsNaNAtPolesAndForNaN() {
        assertThat(Polygamma.digamma(0.0)).isNaN();
        assertThat(Polygamma.digamma(-0.0)).isNaN();
        assertThat(Polygamma.digamma(-1)).isNaN();
        assertThat(Polygamma.digamma(-1e300)).isNaN();
        assertThat(Polygamma.digamma(Double.NEGATIVE_INFINITY)).isNaN();
        assertThat(Polygamma.digamma(Double.NaN)).isNaN();
    }

    @Test
    void digammaOfLimitsBehavesLikeTheFunction() {
        assertThat(Polygamma.digamma(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Polygamma.digamma(Double.MIN_VALUE)).isEqualTo(Double.NEGATIVE_INFINITY);
        // psi(-x) = 1/x - gamma + O(x) for tiny x.
        assertThat(Polygamma.digamma(-1e-300)).isCloseTo(1e300, within(1e-15 * 1e300));
    }

    @Test
    void trigammaMeetsOneEMinus15AgainstMpmath() {
        final Accuracy accuracy = measure("trigamma, x > 0 (relative)", positive("trigamma"),
            r -> Polygamma.trigamma(r.x()), MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(200);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void trigammaOfNegativeArgumentsMeetsOneEMinus15AgainstMpmath() {
        final Accuracy accuracy = measure("trigamma, x < 0 (relative)", negative("trigamma"),
            r -> Polygamma.trigamma(r.x()), MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(50);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void trigammaIsNaNAtPolesAndZeroAtInfinity() {
        assertThat(Polygamma.trigamma(0.0)).isNaN();
        assertThat(Polygamma.trigamma(-3)).isNaN();
        assertThat(Polygamma.trigamma(Double.NEGATIVE_INFINITY)).isNaN();
        assertThat(Polygamma.trigamma(Double.NaN)).isNaN();
        assertThat(Polygamma.trigamma(Double.POSITIVE_INFINITY)).isZero();
        assertThat(Polygamma.trigamma(1e-300)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void inverseDigammaMeetsOneEMinus14AgainstMpmath() {
        final Accuracy accuracy = measure("inverseDigamma, -1e10 <= y <= 709 (relative)",
            rows("inverseDigamma"), r -> Polygamma.inverseDigamma(r.x()),
            MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(100);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-14);
    }

    @Test
    void inverseDigammaOfTheEndsOfTheRangeIsZeroOrInfinity() {
        assertThat(Polygamma.inverseDigamma(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(Polygamma.inverseDigamma(Double.POSITIVE_INFINITY))
            .isEqualTo(Double.POSITIVE_INFINITY);
        // psi(Double.MAX_VALUE) = 709.78...: anything larger overflows.
        assertThat(Polygamma.inverseDigamma(710)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Polygamma.inverseDigamma(Double.NaN)).isNaN();
        assertThat(Polygamma.inverseDigamma(MINUS_EULER_GAMMA)).isCloseTo(1, within(2e-16));
    }

    @Test
    void logGamma1pMeetsOneEMinus15AgainstMpmath() {
        final Accuracy accuracy = measure("logGamma1p, x > -1 (relative)", rows("logGamma1p"),
            r -> Polygamma.logGamma1p(r.x()), MpmathReference::relativeError);
        assertThat(accuracy.count()).isGreaterThan(150);
        assertThat(accuracy.worst()).isLessThanOrEqualTo(1e-15);
    }

    @Test
    void logGamma1pOfTinyArgumentsIsMinusEulersConstantTimesX() {
        // Hipparchus's Gamma.logGamma1p(1e-45) is off by about 1e-7 relative.
        assertThat(Polygamma.logGamma1p(1e-45)).isCloseTo(MINUS_EULER_GAMMA * 1e-45,
            within(Math.ulp(MINUS_EULER_GAMMA * 1e-45)));
    }

    @Test
    void logGamma1pIsNaNOutsideItsDomain() {
        assertThat(Polygamma.logGamma1p(-1)).isNaN();
        assertThat(Polygamma.logGamma1p(-2.5)).isNaN();
        assertThat(Polygamma.logGamma1p(Double.NaN)).isNaN();
        assertThat(Polygamma.logGamma1p(Double.POSITIVE_INFINITY))
            .isEqualTo(Double.POSITIVE_INFINITY);
    }
}
