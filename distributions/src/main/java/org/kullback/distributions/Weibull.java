package org.kullback.distributions;

import java.util.random.RandomGenerator;
import org.kullback.special.LogSpace;

/**
 * The Weibull distribution with shape \( k &gt; 0 \) and scale \( \lambda &gt; 0 \), on
 * \( [0, \infty) \).
 *
 * <p>With \( z = x/\lambda \): \( \log p(x) = \log(k/\lambda) + (k-1)\log z - z^k \);
 * \( S(x) = e^{-z^k} \) and \( F(x) = -\operatorname{expm1}(-z^k) \); quantile
 * \( \lambda(-\log(1-p))^{1/k} \); mean \( \lambda\Gamma(1+1/k) \), variance
 * \( \lambda^2[\Gamma(1+2/k) - \Gamma(1+1/k)^2] \); entropy
 * \( \gamma(1-1/k) + \log(\lambda/k) + 1 \) with \( \gamma \) Euler's constant (Johnson, Kotz
 * &amp; Balakrishnan, <i>Continuous Univariate Distributions</i>, vol. 1, ch. 21; Cover &amp;
 * Thomas, Table 17.1).
 */
public final class Weibull implements UnivariateContinuous {

    static final String FAMILY = "Weibull";
    static final double EULER = 0.5772156649015329;
    /**
     * \( (-1)^n(\zeta(n)-1)/n \) for \( n = 2, 3, \ldots, 31 \) (mpmath, rounded to double): the
     * coefficients of \( \log\Gamma(1+e) + \gamma e + \operatorname{log1pmx}(e) \) (Abramowitz
     * &amp; Stegun 6.1.33).
     */
    private static final double[] ZETA_MINUS_ONE_SERIES = new double[30];

    static {
        double[] zetaMinusOne = {0.6449340668482264, 0.2020569031595943, 0.08232323371113819,
            0.03692775514336993, 0.01734306198444914, 0.008349277381922827, 0.00407735619794434,
            0.0020083928260822143, 0.0009945751278180853, 0.0004941886041194645,
            0.0002460865533080483, 0.00012271334757848915, 6.124813505870483e-05,
            3.058823630702049e-05, 1.528225940865187e-05, 7.637197637899763e-06,
            3.81729326499984e-06, 1.908212716553939e-06, 9.539620338727962e-07,
            4.769329867878064e-07, 2.38450502727733e-07, 1.1921992596531106e-07,
            5.960818905125948e-08, 2.980350351465228e-08, 1.4901554828365043e-08,
            7.45071178983543e-09, 3.725334024788457e-09, 1.862659723513049e-09,
            9.313274324196682e-10, 4.656629065033784e-10};
        for (int i = 0; i < zetaMinusOne.length; i++) {
            int n = i + 2;
            ZETA_MINUS_ONE_SERIES[i] = (n % 2 == 0 ? 1 : -1) * zetaMinusOne[i] / n;
        }
    }

    private final double shape;
    private final double scale;
    private final double logShapeOverScale;
    private final double entropy;

    private Weibull(double shape, double scale) {
        this.shape = ParameterChecks.positiveFinite(FAMILY, "shape", shape);
        this.scale = ParameterChecks.positiveFinite(FAMILY, "scale", scale);
        this.logShapeOverScale = LogRatio.of(shape, scale);
        this.entropy = EULER * ((shape - 1) / shape) + 1 - logShapeOverScale;
    }

    /**
     * The Weibull distribution with the given shape and scale.
     *
     * @throws IllegalArgumentException if {@code shape} or {@code scale} is not positive and finite
     */
    public static Weibull of(double shape, double scale) {
        return new Weibull(shape, scale);
    }

    /** The shape \( k \). */
    public double shape() {
        return shape;
    }

    /** The scale \( \lambda \). */
    public double scale() {
        return scale;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public double logDensity(double x) {
        if (!(x >= 0)) {
            return x < 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (x == 0) {
            // The limit of (k - 1) log(x/λ) as x → 0, written out so that k = 1 gives no 0·∞.
            return shape == 1 ? logShapeOverScale
                    : shape < 1 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        double z = x / scale;
        if (z == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        // log z from the logs when x/λ underflows (subnormal x, large λ): it is finite there.
        double logZ = z >= Double.MIN_NORMAL ? Math.log(z) : Math.log(x) - Math.log(scale);
        return logShapeOverScale + (shape - 1) * logZ - Math.pow(z, shape);
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : -Math.expm1(-Math.pow(x / scale, shape));
    }

    @Override
    public double survival(double x) {
        return x <= 0 ? 1 : Math.exp(-Math.pow(x / scale, shape));
    }

    /**
     * {@inheritDoc}
     *
     * <p>\( \lambda E^{1/k} \) with \( E = -\operatorname{log1p}(-p) \) for \( p \le 1/2 \) and
     * \( E = -\log(1-p) \) on the survival side, where \( 1-p \) is exact.
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        return scale * Math.pow(p <= 0.5 ? -Math.log1p(-p) : -Math.log(1 - p), 1 / shape);
    }

    /** \( \lambda\Gamma(1+1/k) \). */
    @Override
    public double mean() {
        return scale * Math.exp(org.hipparchus.special.Gamma.logGamma(1 + 1 / shape));
    }

    /**
     * \( \lambda^2[\Gamma(1+2/k) - \Gamma(1+1/k)^2] \), evaluated as
     * \( \lambda^2\Gamma(1+1/k)^2\operatorname{expm1}(B(2/k) - 2B(1/k)) \) with
     * \( B(e) = \log\Gamma(1+e) + \gamma e \) (the \( \gamma \) terms cancel), so that the
     * difference keeps its digits for large \( k \), where both gamma values are close to 1.
     */
    @Override
    public double variance() {
        double meanOverScale = Math.exp(org.hipparchus.special.Gamma.logGamma(1 + 1 / shape));
        double excess = Math.expm1(logGammaBregmanAtOne(2 / shape)
                - 2 * logGammaBregmanAtOne(1 / shape));
        return scale * meanOverScale * (scale * meanOverScale) * excess;
    }

    /** \( \gamma(1-1/k) + \log(\lambda/k) + 1 \). */
    @Override
    public double entropy() {
        return entropy;
    }

    @Override
    public double supportLowerBound() {
        return 0;
    }

    @Override
    public double supportUpperBound() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Inversion: \( \lambda E^{1/k} \) with \( E = -\operatorname{log1p}(-U) \) standard
     * exponential, \( U \) uniform on [0, 1).
     */
    @Override
    public double sample(RandomGenerator rng) {
        return scale * Math.pow(-Math.log1p(-rng.nextDouble()), 1 / shape);
    }

    /**
     * \( B(e) = \log\Gamma(1+e) + \gamma e \) for \( e \ge -1/2 \): the Bregman divergence of the
     * convex \( \log\Gamma \) between \( 1+e \) and 1 (as \( \psi(1) = -\gamma \)), so
     * \( B \ge 0 \) and \( B(e) \approx \pi^2 e^2/12 \) for small \( e \).
     *
     * <p>For \( |e| \le 1/2 \) it is evaluated without cancellation from Abramowitz &amp; Stegun
     * 6.1.33: \( B(e) = -\operatorname{log1pmx}(e) + \sum_{n\ge2}(-1)^n(\zeta(n)-1)e^n/n \), whose
     * terms shrink like \( (e/2)^n \); elsewhere it is \( \log\Gamma(1+e) + \gamma e \) directly,
     * which there cancels by at most a factor 3.
     */
    static double logGammaBregmanAtOne(double e) {
        if (Math.abs(e) > 0.5) {
            return org.hipparchus.special.Gamma.logGamma(1 + e) + EULER * e;
        }
        double sum = 0;
        for (int i = ZETA_MINUS_ONE_SERIES.length - 1; i >= 0; i--) {
            sum = sum * e + ZETA_MINUS_ONE_SERIES[i];
        }
        return sum * e * e - LogSpace.log1pmx(e);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Weibull that
                && Double.compare(shape, that.shape) == 0 && Double.compare(scale, that.scale) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(shape) + Double.hashCode(scale);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, shape, scale);
    }
}
