package org.kullback.distributions;

import java.util.random.RandomGenerator;

/**
 * The binomial distribution: the number of successes in \( n \ge 0 \) independent trials with
 * success probability \( p \in [0, 1] \), on \( k = 0, \dots, n \). Writing \( q = 1 - p \):
 *
 * <p>\( P(X=k) = \binom nk p^k q^{n-k} \), evaluated in Loader's saddle-point form (see
 * {@link SaddlePoint}; C. Loader, "Fast and Accurate Computation of Binomial Probabilities",
 * 2000), accurate for \( n \) up to \( 2^{31}-1 \), where the textbook form would lose
 * \( \log_{10}(n\log n) \) digits. Mean \( np \), variance \( npq \). \( p = 0 \), \( p = 1 \) and
 * \( n = 0 \) are point masses (at 0, \( n \) and 0).
 *
 * <p>\( F(k) = I_{q}(n-k, k+1) \) and \( S(k) = I_p(k+1, n-k) \) (regularized incomplete beta).
 * They are summed here as \( \sum_{j\le k} P(X=j) \) or \( \sum_{j&gt;k} P(X=j) \), whichever is
 * the smaller tail, from the accurate probability at the tail's start, because Hipparchus's
 * regularized beta loses digits for large \( n \) (measured against mpmath: S(503000) of
 * Bin(10⁶, ½) off by 5e-12 relative, F(497000) by 5e-11). A sum takes \( O(\sqrt{npq}) \) terms
 * near the mean and few in the tails.
 *
 * <p>Entropy \( H = -\sum_k P(X=k)\log P(X=k) \): for \( npq \le 1000 \) that finite sum over the
 * terms that matter, with compensated summation; beyond, the asymptotic expansion
 * \( H = \tfrac12\log(2\pi e\,npq) + \sum_{j=1}^{6} c_j(pq)/(npq)^j \) with
 * \( c_1 = -\tfrac1{12} + \tfrac w3 \), \( c_2 = -\tfrac1{24} + \tfrac w6 - \tfrac{w^2}{12} \), …
 * (\( w = pq \); all six in {@link #largeVarianceEntropy(double, double)}), derived by expanding
 * \( E[\log K!] + E[\log(n-K)!] \) with Stirling's series and the binomial central moments; at
 * \( w \to 0 \) it is the Poisson series. The omitted term is below \( 10^{-20} \) there.
 */
public final class Binomial implements UnivariateDiscrete {

    static final String FAMILY = "Binomial";
    /** Above this variance the entropy uses the asymptotic expansion. */
    static final double ENTROPY_SERIES_VARIANCE = 1000;
    /** Means \( n\min(p,q) \) from which sampling uses BTRS instead of inversion. */
    private static final double REJECTION_MEAN = 10;

    private final int trials;
    private final double p;
    private final double q;
    /** \( np \) as an unevaluated sum of two doubles, so \( k - np \) is exact. */
    private final double meanHigh;
    private final double meanLow;
    /** \( \lfloor np\rfloor \), where the cdf switches from the lower to the upper tail. */
    private final long floorMean;
    private final double entropy;

    private Binomial(int trials, double p) {
        if (trials < 0) {
            throw ParameterChecks.invalid(FAMILY, "trials", "a non-negative integer", trials);
        }
        this.trials = trials;
        this.p = ParameterChecks.probability(FAMILY, "p", p);
        this.q = 1 - p;
        this.meanHigh = trials * p;
        this.meanLow = Math.fma(trials, p, -meanHigh);
        this.floorMean = (long) Math.floor(meanHigh);
        this.entropy = isPointMass() ? 0 : entropyOf();
    }

    /**
     * The binomial distribution with {@code trials} trials and success probability {@code p}.
     *
     * @throws IllegalArgumentException if {@code trials} is negative or {@code p} is not in
     *     [0, 1]
     */
    public static Binomial of(int trials, double p) {
        return new Binomial(trials, p);
    }

    /**
     * As {@link #of(int, double)}, for the spec parser, which reads every parameter as a double.
     *
     * @throws IllegalArgumentException if {@code trials} is not an integer in
     *     [0, Integer.MAX_VALUE]
     */
    static Binomial of(double trials, double p) {
        if (!(trials >= 0 && trials <= Integer.MAX_VALUE && trials == Math.rint(trials))) {
            throw ParameterChecks.invalid(FAMILY, "trials", "a non-negative integer", trials);
        }
        return new Binomial((int) trials, p);
    }

    /** The number of trials \( n \). */
    public int trials() {
        return trials;
    }

    /** The success probability \( p \). */
    public double p() {
        return p;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    private boolean isPointMass() {
        return trials == 0 || p == 0 || p == 1;
    }

    /** \( k - np \), with one rounding. */
    double excess(long k) {
        return (k - meanHigh) - meanLow;
    }

    /** \( np - x \), with one rounding when x is near np. */
    double meanMinus(double x) {
        return (meanHigh - x) + meanLow;
    }

    @Override
    public double logProbability(long k) {
        if (k < 0 || k > trials) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 0 || p == 1) {
            return k == (p == 0 ? 0 : trials) ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (k == 0) {
            return trials * Math.log1p(-p);
        }
        if (k == trials) {
            return trials * Math.log(p);
        }
        double n = trials;
        double x = k;
        double excess = excess(k);
        return SaddlePoint.stirlingError(n) - SaddlePoint.stirlingError(x)
                - SaddlePoint.stirlingError(n - x)
                - SaddlePoint.deviance(x, meanHigh, excess)
                - SaddlePoint.deviance(n - x, n * q, -excess)
                + 0.5 * Math.log(n / (x * (n - x))) - SaddlePoint.HALF_LOG_TWO_PI;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Below \( \lfloor np\rfloor \) the lower tail is summed, from there on the upper tail,
     * unless it exceeds 1/2 (the point mass there can be most of the probability), in which case
     * the lower tail is summed after all.
     */
    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < supportLowerBound()) {
            return 0;
        }
        if (x >= supportUpperBound()) {
            return 1;
        }
        long k = (long) Math.floor(x);
        if (k < floorMean) {
            return lowerTail(k);
        }
        double upper = upperTail(k);
        return upper <= 0.5 ? 1 - upper : lowerTail(k);
    }

    /** {@inheritDoc} The tail is chosen as in {@link #cdf(double)}. */
    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < supportLowerBound()) {
            return 1;
        }
        if (x >= supportUpperBound()) {
            return 0;
        }
        long k = (long) Math.floor(x);
        return k < floorMean ? 1 - lowerTail(k) : upperTail(k);
    }

    /**
     * \( \sum_{j=0}^{k} P(X=j) \), summed downwards ({@link TailSum}) with the ratio
     * \( P(X=j-1)/P(X=j) = jq/((n-j+1)p) \), which shrinks as \( j \) falls.
     */
    private double lowerTail(long k) {
        double odds = q / p;
        return TailSum.from(this, k, 0, -1, j -> odds * j / (trials - j + 1));
    }

    /** \( \sum_{j&gt;k} P(X=j) \) for \( \lfloor np\rfloor \le k &lt; n \), summed upwards. */
    private double upperTail(long k) {
        double odds = p / q;
        return TailSum.from(this, k + 1, trials, 1, j -> odds * (trials - j) / (j + 1));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Starts from the Cornish–Fisher guess \( np + \sqrt{npq}\,z + (q-p)(z^2-1)/6 \) and
     * searches with the cdf for \( p \le 1/2 \), with the survival function otherwise (the
     * smallest k with \( S(k) \le 1-p \)), so both tails keep their accuracy.
     */
    @Override
    public double quantile(double probability) {
        ParameterChecks.quantileArgument(probability);
        if (probability == 0) {
            return supportLowerBound();
        }
        if (probability == 1 || isPointMass()) {
            return supportUpperBound();
        }
        double z = probability <= 0.5 ? Normal.standardQuantile(probability)
                : -Normal.standardQuantile(1 - probability);
        double guess = Math.floor(meanHigh + Math.sqrt(meanHigh * q) * z
                + (q - p) * (z * z - 1) / 6);
        long start = (long) Math.max(0, Math.min(guess, trials));
        if (probability <= 0.5) {
            return DiscreteQuantile.smallest(start, 0, trials, k -> cdf(k) >= probability);
        }
        double upper = 1 - probability;
        return DiscreteQuantile.smallest(start, 0, trials, k -> survival(k) <= upper);
    }

    /** \( np \). */
    @Override
    public double mean() {
        return meanHigh;
    }

    /** \( npq \). */
    @Override
    public double variance() {
        return meanHigh * q;
    }

    @Override
    public double entropy() {
        return entropy;
    }

    private double entropyOf() {
        double variance = variance();
        if (variance > ENTROPY_SERIES_VARIANCE) {
            return largeVarianceEntropy(variance, p * q);
        }
        long mode = (long) Math.min(trials, Math.floor((trials + 1.0) * p));
        CompensatedSum sum = new CompensatedSum();
        for (int direction = 1; direction >= -1; direction -= 2) {
            for (long k = direction > 0 ? mode : mode - 1; k >= 0 && k <= trials; k += direction) {
                double logP = logProbability(k);
                double term = -Math.exp(logP) * logP;
                sum.add(term);
                if (term < 1e-20 * sum.hi() && k != mode) {
                    break;
                }
            }
        }
        return sum.value();
    }

    /**
     * The asymptotic expansion of the entropy of a binomial distribution with variance
     * \( v = npq \) and \( w = pq \) (\( w = 0 \): Poisson with rate \( v \)):
     * \( \tfrac12\log(2\pi e v) + \sum_{j=1}^{6} c_j(w)/v^j \), with polynomial \( c_j \) derived
     * by expanding \( E[\log K!] + E[\log(n-K)!] \) in powers of \( 1/n \) (Stirling's series for
     * \( \log k! \) and its derivatives at the mean, times the central moments from the
     * cumulants \( n\kappa_r(p) \), \( \kappa_{r+1} = pq\,\kappa_r' \)) and checked against exact
     * mpmath sums. For \( v &gt; 1000 \) the first omitted term is below \( 10^{-20} \).
     */
    static double largeVarianceEntropy(double v, double w) {
        double c1 = -1.0 / 12 + w / 3;
        double c2 = -1.0 / 24 + w * (1.0 / 6 - w / 12);
        double c3 = -19.0 / 360 + w * (17.0 / 60 + w * (-1.0 / 3 + w / 90));
        double c4 = -9.0 / 80 + w * (23.0 / 30 + w * (-22.0 / 15 + w * (2.0 / 3 + w / 120)));
        double c5 = -863.0 / 2520 + w * (715.0 / 252 + w * (-949.0 / 126 + w * (41.0 / 6
                + w * (-4.0 / 3 - w / 210))));
        double c6 = -1375.0 / 1008 + w * (373.0 / 28 + w * (-3803.0 / 84 + w * (3932.0 / 63
                + w * (-181.0 / 6 + w * (8.0 / 3 - w / 252)))));
        double u = 1 / v;
        double series = u * (c1 + u * (c2 + u * (c3 + u * (c4 + u * (c5 + u * c6)))));
        return 0.5 * Math.log(2 * Math.PI * Math.E * v) + series;
    }

    /** 0, or \( n \) for \( p = 1 \). */
    @Override
    public double supportLowerBound() {
        return p == 1 ? trials : 0;
    }

    /** \( n \), or 0 for \( p = 0 \). */
    @Override
    public double supportUpperBound() {
        return p == 0 ? 0 : trials;
    }

    /**
     * Exact samples: for \( n\min(p,q) &lt; 10 \) inversion by sequential search from 0 (expected
     * \( n\min(p,q) + 1 \) steps); beyond, Hörmann's transformed rejection with squeeze, BTRS
     * (W. Hörmann, "The generation of binomial random variates", Journal of Statistical
     * Computation and Simulation 46, 1993, 101–110), which accepts against the exact probability
     * ratio \( P(X=k)/P(X=m) \), m the mode. Both work with \( \min(p,q) \) and reflect.
     */
    @Override
    public double sample(RandomGenerator rng) {
        if (isPointMass()) {
            return supportLowerBound();
        }
        boolean reflect = p > 0.5;
        double small = reflect ? q : p;
        double successes = trials * small < REJECTION_MEAN ? sampleByInversion(rng, small)
                : sampleByRejection(rng, reflect ? Binomial.of(trials, small) : this);
        return reflect ? trials - successes : successes;
    }

    private double sampleByInversion(RandomGenerator rng, double small) {
        double odds = small / (1 - small);
        double probability = Math.exp(trials * Math.log1p(-small));
        double cumulative = probability;
        double u = rng.nextDouble();
        long k = 0;
        while (u > cumulative && k < trials) {
            probability *= odds * (trials - k) / (k + 1);
            k++;
            cumulative += probability;
        }
        return k;
    }

    private static double sampleByRejection(RandomGenerator rng, Binomial d) {
        double n = d.trials;
        double spq = Math.sqrt(d.variance());
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * d.p;
        double c = d.meanHigh + 0.5;
        double alpha = (2.83 + 5.1 / b) * spq;
        double acceptSqueeze = 0.92 - 4.2 / b;
        long mode = (long) Math.floor((n + 1) * d.p);
        double logMode = d.logProbability(mode);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) {
                continue;
            }
            if (us >= 0.07 && v <= acceptSqueeze) {
                return k;
            }
            if (Math.log(v * alpha / (a / (us * us) + b)) <= d.logProbability((long) k) - logMode) {
                return k;
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Binomial that
                && trials == that.trials && Double.compare(p, that.p) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * trials + Double.hashCode(p);
    }

    /** {@code Binomial(n, p)} with n written as an integer, for example {@code Binomial(10, 0.3)}. */
    @Override
    public String toString() {
        return FAMILY + "(" + trials + ", " + p + ")";
    }
}
