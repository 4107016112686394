package org.kullback.distributions;

import java.util.Arrays;
import java.util.StringJoiner;
import java.util.random.RandomGenerator;

/**
 * The multivariate normal distribution \( N(\mu, \Sigma) \) on \( \mathbb{R}^d \), \( d \ge 1 \),
 * parameterised by its mean vector \( \mu \) and its symmetric positive definite covariance
 * matrix \( \Sigma = LL^\top \) (\( L \) the lower-triangular Cholesky factor).
 *
 * <p>\( \log p(x) = -\tfrac12 |z|^2 - \tfrac12\log\det\Sigma - \tfrac d2\log 2\pi \) with
 * \( Lz = x - \mu \) (forward substitution), and \( \tfrac12\log\det\Sigma = \sum_i \log L_{ii} \);
 * entropy \( \tfrac12\log\det(2\pi e\Sigma) = \tfrac d2(1 + \log 2\pi) + \tfrac12\log\det\Sigma \);
 * a draw is \( \mu + Lz \) with \( z \) standard normal; the marginals are
 * \( N(\mu_i, \Sigma_{ii}) \) (Rasmussen &amp; Williams, <i>Gaussian Processes for Machine
 * Learning</i>, 2006, appendix A.2).
 *
 * <p>The Cholesky factor is computed once, in double-double arithmetic (about 106 bits; Dekker,
 * "A floating-point technique for extending the available precision", Numer. Math. 18, 1971).
 * In plain double arithmetic the factor of an ill-conditioned covariance carries a backward error
 * of order \( \epsilon\,|L||L^\top| \), which moves \( \log\det\Sigma \) by about
 * \( \epsilon\,\kappa(\Sigma) \): 3e-5 for eigenvalues spread over 1e-6..1e6. In double-double
 * that error is about \( 10^{-32}\kappa(\Sigma) \), so the entropy and the divergences in
 * {@link MultivariateNormalDivergences} keep full double precision at such condition numbers
 * (checked against mpmath at 1e12). Densities and samples use the factor rounded to doubles.
 *
 * <p>A covariance that is symmetric only up to rounding (see {@link #of(double[], double[][])})
 * is stored symmetrised, so that {@link #covariance()}, {@link #toString()} and the divergences
 * all see the same symmetric matrix.
 */
public final class MultivariateNormal implements Distribution {

    static final String FAMILY = "MultivariateNormal";
    /** Entries may differ from their transpose by this much relative to their scale. */
    private static final double SYMMETRY_TOLERANCE = 1e-12;
    /** \( \sqrt{2\pi} \) and \( \sqrt{2\pi e} \) as double-doubles (mpmath, 50 digits). */
    static final DoubleDouble SQRT_TWO_PI =
            new DoubleDouble(2.5066282746310007, -1.8328579980459167e-16);
    private static final DoubleDouble SQRT_TWO_PI_E =
            new DoubleDouble(4.132731354122493, 1.211870280536999e-16);

    private final double[] mean;
    private final double[][] covariance;
    private final DoubleDouble[][] cholesky;
    private final double[][] choleskyRounded;
    /** \( \tfrac12\log\det\Sigma + \tfrac d2\log 2\pi \). */
    private final double logNormalizer;
    private final double entropy;

    private MultivariateNormal(double[] mean, double[][] covariance) {
        this.mean = checkedMean(mean);
        this.covariance = checkedCovariance(covariance, this.mean.length);
        this.cholesky = choleskyFactor(this.covariance);
        int d = this.mean.length;
        this.choleskyRounded = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                choleskyRounded[i][j] = cholesky[i][j].value();
            }
        }
        this.logNormalizer = logDiagonalProduct(cholesky, SQRT_TWO_PI);
        this.entropy = logDiagonalProduct(cholesky, SQRT_TWO_PI_E);
    }

    /**
     * The multivariate normal distribution with the given mean and covariance; both arrays are
     * copied.
     *
     * <p>The covariance must be square of the mean's dimension, finite, symmetric and positive
     * definite. Symmetry is checked to rounding: \( |\Sigma_{ij} - \Sigma_{ji}| \le 10^{-12}
     * \max(|\Sigma_{ij}|, |\Sigma_{ji}|, \sqrt{|\Sigma_{ii}\Sigma_{jj}|}) \) (the last term is the
     * largest an off-diagonal covariance can be), and such a pair is replaced by its average.
     * Positive definiteness is the success of the Cholesky factorisation: every pivot
     * \( \Sigma_{kk} - \sum_{j&lt;k} L_{kj}^2 \) must be positive.
     *
     * @throws IllegalArgumentException naming the offending entry if the mean is empty or not
     *     finite, or the covariance is not a finite, symmetric, positive definite matrix of the
     *     mean's dimension
     */
    public static MultivariateNormal of(double[] mean, double[][] covariance) {
        return new MultivariateNormal(mean, covariance);
    }

    private static double[] checkedMean(double[] mean) {
        if (mean == null || mean.length == 0) {
            throw ParameterChecks.invalid(FAMILY, "mean", "a non-empty vector",
                    mean == null ? "null" : "[]");
        }
        double[] copy = mean.clone();
        for (int i = 0; i < copy.length; i++) {
            ParameterChecks.finite(FAMILY, "mean[" + i + "]", copy[i]);
        }
        return copy;
    }

    private static double[][] checkedCovariance(double[][] covariance, int d) {
        String shape = "a " + d + "×" + d + " matrix (the mean has dimension " + d + ")";
        if (covariance == null || covariance.length != d) {
            throw ParameterChecks.invalid(FAMILY, "covariance", shape,
                    covariance == null ? "null" : covariance.length + " rows");
        }
        double[][] copy = new double[d][];
        for (int i = 0; i < d; i++) {
            if (covariance[i] == null || covariance[i].length != d) {
                throw ParameterChecks.invalid(FAMILY, "covariance[" + i + "]",
                        "a row of " + d + " entries (the mean has dimension " + d + ")",
                        covariance[i] == null ? "null" : covariance[i].length + " entries");
            }
            copy[i] = covariance[i].clone();
            for (int j = 0; j < d; j++) {
                ParameterChecks.finite(FAMILY, "covariance[" + i + "][" + j + "]", copy[i][j]);
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                double upper = copy[j][i];
                double lower = copy[i][j];
                if (upper == lower) {
                    continue;
                }
                double scale = Math.sqrt(Math.abs(copy[i][i])) * Math.sqrt(Math.abs(copy[j][j]));
                double tolerance = SYMMETRY_TOLERANCE
                        * Math.max(Math.max(Math.abs(upper), Math.abs(lower)), scale);
                if (!(Math.abs(upper - lower) <= tolerance)) {
                    throw ParameterChecks.invalid(FAMILY, "covariance", "symmetric",
                            "covariance[" + j + "][" + i + "] = " + upper + " but covariance["
                                    + i + "][" + j + "] = " + lower);
                }
                double average = upper / 2 + lower / 2;
                copy[i][j] = average;
                copy[j][i] = average;
            }
        }
        return copy;
    }

    /**
     * The Cholesky–Banachiewicz factorisation \( \Sigma = LL^\top \), row by row:
     * \( L_{kk} = (\Sigma_{kk} - \sum_{j&lt;k} L_{kj}^2)^{1/2} \),
     * \( L_{ik} = (\Sigma_{ik} - \sum_{j&lt;k} L_{ij}L_{kj})/L_{kk} \) (Golub &amp; Van Loan,
     * <i>Matrix Computations</i>, 4th ed., §4.2), in double-double arithmetic. Entries above the
     * diagonal are zero.
     */
    private static DoubleDouble[][] choleskyFactor(double[][] covariance) {
        int d = covariance.length;
        DoubleDouble[][] factor = new DoubleDouble[d][d];
        for (DoubleDouble[] row : factor) {
            Arrays.fill(row, DoubleDouble.ZERO);
        }
        for (int k = 0; k < d; k++) {
            DoubleDouble pivot = DoubleDouble.of(covariance[k][k]);
            for (int j = 0; j < k; j++) {
                pivot = pivot.minus(factor[k][j].times(factor[k][j]));
            }
            if (!(pivot.hi() > 0)) {
                throw new IllegalArgumentException(FAMILY
                        + ": covariance must be positive definite; Cholesky failed at pivot " + k
                        + " (value " + pivot.value() + ")");
            }
            factor[k][k] = pivot.sqrt();
            for (int i = k + 1; i < d; i++) {
                DoubleDouble entry = DoubleDouble.of(covariance[i][k]);
                for (int j = 0; j < k; j++) {
                    entry = entry.minus(factor[i][j].times(factor[k][j]));
                }
                factor[i][k] = entry.dividedBy(factor[k][k]);
            }
        }
        return factor;
    }

    /**
     * \( \log \prod_i (c\,L_{ii}) \) for a lower-triangular factor with positive diagonal.
     *
     * <p>The product is formed in double-double arithmetic with its binary exponent kept apart,
     * so it neither overflows nor underflows, and is written as \( m\,2^e \) with
     * \( m \in [\sqrt{1/2}, \sqrt2) \). The logarithm is then
     * \( e\log 2 + \operatorname{log1p}(m-1) \), with \( m - 1 \) exact: when the product is near
     * 1 (an entropy near zero) \( e = 0 \) and nothing cancels, and otherwise \( |e\log 2| \)
     * dominates.
     */
    static double logDiagonalProduct(DoubleDouble[][] factor, DoubleDouble c) {
        DoubleDouble mantissa = DoubleDouble.ONE;
        int exponent = 0;
        for (int i = 0; i < factor.length; i++) {
            mantissa = mantissa.times(factor[i][i]).times(c);
            int shift = Math.getExponent(mantissa.hi());
            mantissa = mantissa.scalb(-shift);
            exponent += shift;
        }
        if (mantissa.hi() >= Math.sqrt(2)) {
            mantissa = mantissa.scalb(-1);
            exponent++;
        }
        return exponent * Math.log(2) + Math.log1p((mantissa.hi() - 1) + mantissa.lo());
    }

    /** The dimension \( d \). */
    public int dimension() {
        return mean.length;
    }

    /** A copy of the mean vector \( \mu \). */
    public double[] mean() {
        return mean.clone();
    }

    /** A copy of the (symmetric) covariance matrix \( \Sigma \). */
    public double[][] covariance() {
        double[][] copy = new double[mean.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = covariance[i].clone();
        }
        return copy;
    }

    double meanAt(int i) {
        return mean[i];
    }

    double covarianceAt(int i, int j) {
        return covariance[i][j];
    }

    /** The lower-triangular Cholesky factor in double-double; callers must not modify it. */
    DoubleDouble[][] choleskyFactor() {
        return cholesky;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    /**
     * \( \log p(x) \); \( -\infty \) when an entry of {@code x} is infinite and none is NaN.
     *
     * @throws IllegalArgumentException if {@code x} does not have the distribution's dimension
     */
    public double logDensity(double[] x) {
        int d = checkedPoint(x);
        boolean infinite = false;
        for (double xi : x) {
            if (Double.isNaN(xi)) {
                return Double.NaN;
            }
            infinite |= Double.isInfinite(xi);
        }
        if (infinite) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] z = new double[d];
        double squaredNorm = 0;
        for (int i = 0; i < d; i++) {
            double residual = x[i] - mean[i];
            for (int k = 0; k < i; k++) {
                residual -= choleskyRounded[i][k] * z[k];
            }
            z[i] = residual / choleskyRounded[i][i];
            squaredNorm += z[i] * z[i];
        }
        return -0.5 * squaredNorm - logNormalizer;
    }

    /**
     * \( p(x) = \exp \log p(x) \).
     *
     * @throws IllegalArgumentException if {@code x} does not have the distribution's dimension
     */
    public double density(double[] x) {
        return Math.exp(logDensity(x));
    }

    private int checkedPoint(double[] x) {
        if (x == null || x.length != mean.length) {
            throw new IllegalArgumentException(FAMILY + ": x must have dimension " + mean.length
                    + ", got " + (x == null ? "null" : "dimension " + x.length));
        }
        return x.length;
    }

    /**
     * \( \tfrac12\log\det(2\pi e\Sigma) = \sum_i \log(L_{ii}\sqrt{2\pi e}) \).
     *
     * <p>Formed as the logarithm of one product in double-double (see {@link #logDiagonalProduct}),
     * so the terms of the sum do not cancel where the entropy is near zero: the absolute error is
     * about 1e-32, a relative error below 1e-15 down to \( |H| \approx 10^{-17} \).
     */
    @Override
    public double entropy() {
        return entropy;
    }

    /**
     * One draw \( \mu + Lz \), with \( z \) a vector of independent standard normals from
     * {@link RandomGenerator#nextGaussian()}.
     */
    public double[] sample(RandomGenerator rng) {
        int d = mean.length;
        double[] z = new double[d];
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
            z[i] = rng.nextGaussian();
            double value = mean[i];
            for (int k = 0; k <= i; k++) {
                value += choleskyRounded[i][k] * z[k];
            }
            x[i] = value;
        }
        return x;
    }

    /**
     * {@code n} independent draws, one per row.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public double[][] sample(RandomGenerator rng, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("sample size n must be non-negative, got " + n);
        }
        double[][] draws = new double[n][];
        for (int i = 0; i < n; i++) {
            draws[i] = sample(rng);
        }
        return draws;
    }

    /**
     * The marginal distribution of coordinate {@code i}, \( N(\mu_i, \Sigma_{ii}) \).
     *
     * @throws IllegalArgumentException if {@code i} is not in [0, d)
     */
    public Normal marginal(int i) {
        if (i < 0 || i >= mean.length) {
            throw new IllegalArgumentException(FAMILY + ": marginal index must be in [0, "
                    + mean.length + "), got " + i);
        }
        return Normal.of(mean[i], Math.sqrt(covariance[i][i]));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MultivariateNormal that
                && Arrays.equals(mean, that.mean) && Arrays.deepEquals(covariance, that.covariance);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.deepHashCode(covariance);
    }

    /** The spec, for example {@code MultivariateNormal([0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]])}. */
    @Override
    public String toString() {
        StringJoiner rows = new StringJoiner(", ", "[", "]");
        for (double[] row : covariance) {
            rows.add(SpecFormat.vector(row));
        }
        return FAMILY + "(" + SpecFormat.vector(mean) + ", " + rows + ")";
    }

    /**
     * A double-double number: the unevaluated sum \( hi + lo \) of two doubles with
     * \( |lo| \le \tfrac12\mathrm{ulp}(hi) \), carrying about 106 significant bits. The operations
     * are Dekker's (1971) with the accurate addition of Hida, Li &amp; Bailey ("Library for
     * double-double and quad-double arithmetic", 2007), built on the error-free transformations
     * TwoSum (Knuth) and TwoProduct (by fused multiply-add). A result that overflows is
     * \( \pm\infty \) with {@code lo = 0}.
     */
    record DoubleDouble(double hi, double lo) {

        static final DoubleDouble ZERO = new DoubleDouble(0, 0);
        static final DoubleDouble ONE = new DoubleDouble(1, 0);

        static DoubleDouble of(double value) {
            return new DoubleDouble(value, 0);
        }

        /** \( a - b \), exactly. */
        static DoubleDouble difference(double a, double b) {
            double s = a - b;
            if (!Double.isFinite(s)) {
                return of(s);
            }
            double bb = s - a;
            return new DoubleDouble(s, (a - (s - bb)) - (b + bb));
        }

        /** The nearest double to the value. */
        double value() {
            return hi + lo;
        }

        DoubleDouble plus(DoubleDouble y) {
            double s = hi + y.hi;
            if (!Double.isFinite(s)) {
                return of(s);
            }
            double bs = s - hi;
            double e = (hi - (s - bs)) + (y.hi - bs);
            double t = lo + y.lo;
            double bt = t - lo;
            double f = (lo - (t - bt)) + (y.lo - bt);
            e += t;
            double s1 = s + e;
            e -= s1 - s;
            e += f;
            return renormalized(s1, e);
        }

        DoubleDouble negate() {
            return new DoubleDouble(-hi, -lo);
        }

        DoubleDouble minus(DoubleDouble y) {
            return plus(y.negate());
        }

        DoubleDouble times(DoubleDouble y) {
            double p = hi * y.hi;
            if (!Double.isFinite(p)) {
                return of(p);
            }
            return renormalized(p, Math.fma(hi, y.hi, -p) + (hi * y.lo + lo * y.hi));
        }

        DoubleDouble times(double y) {
            return times(of(y));
        }

        /** Long division with three partial quotients. */
        DoubleDouble dividedBy(DoubleDouble y) {
            double q1 = hi / y.hi;
            if (!Double.isFinite(q1)) {
                return of(q1);
            }
            DoubleDouble r = minus(y.times(q1));
            double q2 = r.hi / y.hi;
            r = r.minus(y.times(q2));
            double q3 = r.hi / y.hi;
            return renormalized(q1, q2).plus(of(q3));
        }

        /** One Newton step from the double square root, for a positive value. */
        DoubleDouble sqrt() {
            double s = Math.sqrt(hi);
            double s2 = s * s;
            DoubleDouble residual = minus(new DoubleDouble(s2, Math.fma(s, s, -s2)));
            return renormalized(s, residual.hi / (2 * s));
        }

        /** \( \mathrm{value} \cdot 2^k \), exactly when no part becomes subnormal. */
        DoubleDouble scalb(int k) {
            return new DoubleDouble(Math.scalb(hi, k), Math.scalb(lo, k));
        }

        /** Fast TwoSum of {@code a} and a smaller {@code b}. */
        private static DoubleDouble renormalized(double a, double b) {
            double s = a + b;
            if (!Double.isFinite(s)) {
                return of(s);
            }
            return new DoubleDouble(s, b - (s - a));
        }
    }
}
