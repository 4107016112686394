package org.kullback.distributions;

import java.util.random.RandomGenerator;
import org.kullback.special.LogSpace;

/** Gamma variates, shared by the Gamma, Beta and Student t samplers. */
final class GammaVariates {

    private GammaVariates() {
    }

    /**
     * The logarithm of a Gamma(shape, 1) variate, by Marsaglia and Tsang's method
     * (G. Marsaglia, W. W. Tsang, A simple method for generating gamma variables, ACM TOMS 26
     * (2000) 363–372): with \( d = \text{shape} - \tfrac13 \), \( c = 1/\sqrt{9d} \), Z normal and
     * \( v = (1 + cZ)^3 &gt; 0 \), accept \( dv \) when
     * \( \log U &lt; Z^2/2 + d(1 - v + \log v) \). The term \( 1 - v + \log v \) is evaluated as
     * \( \operatorname{log1pmx}(v - 1) \) so that it does not cancel for large shapes. Shapes
     * below 1 use their §6 boost \( G_s = G_{s+1} U^{1/s} \), added in log space.
     */
    static double logStandard(RandomGenerator rng, double shape) {
        if (shape < 1) {
            return logStandard(rng, shape + 1) + Math.log(1 - rng.nextDouble()) / shape;
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = rng.nextGaussian();
            double cz = c * z;
            if (cz <= -1) {
                continue;
            }
            double excess = cz * (3 + cz * (3 + cz)); // v - 1
            double u = rng.nextDouble();
            double z2 = z * z;
            if (u < 1 - 0.0331 * z2 * z2
                    || Math.log(u) < 0.5 * z2 + d * LogSpace.log1pmx(excess)) {
                return Math.log(d) + Math.log1p(excess);
            }
        }
    }
}
