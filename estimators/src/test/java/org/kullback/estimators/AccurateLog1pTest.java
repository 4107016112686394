package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AccurateLog1pTest {

    /** fdlibm's log1p (Math.log1p) is within 1 ulp; Goldberg's form must stay within 4. */
    @Test
    void agreesWithFdlibmLog1pWithinFourUlpsFromMinusOneToHugeArguments() {
        SplittableRandom rng = new SplittableRandom(1);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double m = rng.nextDouble(0.5, 1);
            double u = i % 3 == 0 ? -1 + Math.scalb(m, -rng.nextInt(0, 60))
                    : i % 3 == 1 ? -Math.scalb(m, -rng.nextInt(1, 80))
                    : Math.scalb(m, rng.nextInt(-80, 300));
            if (u <= -1) {
                continue;
            }
            double expected = Math.log1p(u);
            double ulps = Math.abs(AccurateLog1p.of(u) - expected) / Math.ulp(expected);
            worst = Math.max(worst, ulps);
        }
        assertThat(worst).isLessThanOrEqualTo(4);
        assertThat(AccurateLog1p.of(-1e-300)).isEqualTo(-1e-300);
        assertThat(AccurateLog1p.of(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
