package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Double-double arithmetic against exact BigDecimal arithmetic: relative error below 2^-100. */
class DoubleDoubleTest {

    private static final MathContext DIGITS = new MathContext(60);
    private static final double BOUND = 0x1p-100;

    private static BigDecimal exact(DoubleDouble x) {
        return new BigDecimal(x.hi()).add(new BigDecimal(x.lo()));
    }

    private static double relativeError(DoubleDouble actual, BigDecimal expected) {
        return exact(actual).subtract(expected).abs()
                .divide(expected.abs(), DIGITS).doubleValue();
    }

    private static DoubleDouble random(SplittableRandom random) {
        double hi = (random.nextDouble() - 0.5) * Math.scalb(1.0, random.nextInt(-20, 20));
        double lo = (random.nextDouble() - 0.5) * Math.ulp(hi);
        return DoubleDouble.sum(hi, lo);
    }

    @Test
    void sumsProductsAndQuotientsAreAccurateToAboutOneHundredAndFourBits() {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 2000; trial++) {
            DoubleDouble a = random(random);
            DoubleDouble b = random(random);
            BigDecimal ea = exact(a);
            BigDecimal eb = exact(b);
            assertThat(relativeError(a.multiply(b), ea.multiply(eb))).isLessThan(BOUND);
            assertThat(relativeError(a.divide(b), ea.divide(eb, DIGITS))).isLessThan(BOUND);
            BigDecimal sum = ea.add(eb);
            if (sum.abs().compareTo(ea.abs().max(eb.abs()).multiply(new BigDecimal("1e-3"))) > 0) {
                assertThat(relativeError(a.add(b), sum)).isLessThan(BOUND);
            }
        }
    }

    @Test
    void errorFreeTransformationsAreExact() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 2000; trial++) {
            double a = random.nextGaussian() * 1e8;
            double b = random.nextGaussian() * 1e-8;
            assertThat(exact(DoubleDouble.sum(a, b)))
                    .isEqualByComparingTo(new BigDecimal(a).add(new BigDecimal(b)));
            assertThat(exact(DoubleDouble.product(a, b)))
                    .isEqualByComparingTo(new BigDecimal(a).multiply(new BigDecimal(b)));
        }
    }
}
