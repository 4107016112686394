package org.kullback.distributions;

import java.util.random.RandomGenerator;

/**
 * The Poisson distribution with rate (mean) \( \lambda \ge 0 \) on \( k = 0, 1, 2, \dots \).
 *
 * <p>\( P(X=k) = \lambda^k e^{-\lambda}/k! \), evaluated in Loader's saddle-point form
 * \( \log P(X=k) = -\delta(k) - D(k,\lambda) - \tfrac12\log(2\pi k) \) (see {@link SaddlePoint}),
 * which keeps full accuracy where \( k\log\lambda - \lambda - \log k! \) would cancel for large
 * \( k \) and \( \lambda \). Mean and variance are both \( \lambda \).
 *
 * <p>\( F(k) = Q(k+1, \lambda) \) and \( S(k) = P(k+1, \lambda) \) (regularized incomplete gamma
 * functions). They are summed here as \( \sum_{j \le k} P(X=j) \) or \( \sum_{j&gt;k} P(X=j) \),
 * whichever is the smaller tail, from the accurate probability at the tail's start, because
 * Hipparchus's regularized gamma loses digits for large arguments (measured against mpmath:
 * Q(10001, 1e4) off by 2.5e-12 absolute, P(1e7+30001, 1e7) off by 8e-9 relative). The sum takes
 * \( O(\sqrt\lambda) \) terms near the mean and few in the tails.
 *
 * <p>Entropy \( H = \lambda(1 - \log\lambda) + e^{-\lambda}\sum_k \lambda^k \log(k!)/k! \):
 * for \( \lambda &lt; 1000 \) the sum \( -\sum_k p_k \log p_k \) over the terms that matter, with
 * compensated summation (so \( \lambda = 10^{-10} \), where \( H \approx \lambda(1-\log\lambda)
 * \), keeps full relative accuracy); beyond, the asymptotic series
 * \( \tfrac12\log(2\pi e\lambda) - \frac1{12\lambda} - \frac1{24\lambda^2}
 * - \frac{19}{360\lambda^3} - \frac{9}{80\lambda^4} - \frac{863}{2520\lambda^5}
 * - \frac{1375}{1008\lambda^6} \), derived by expanding \( E[\log K!] \) with Stirling's series
 * and the Poisson central moments (checked against mpmath sums; the omitted term is below
 * \( 10^{-20} \) there).
 *
 * <p>Rate 0 is accepted as the point mass at 0 (the maximum-likelihood fit of all-zero counts),
 * with entropy 0.
 */
public final class Poisson implements UnivariateDiscrete {

    static final String FAMILY = "Poisson";
    /** Above this rate the entropy uses the asymptotic series. */
    static final double ENTROPY_SERIES_RATE = 1000;
    /** Rates from which sampling uses PTRS instead of inversion. */
    private static final double REJECTION_RATE = 10;
    /** Recompute a term of a tail sum from its logarithm this often, so rounding can't build up. */

    private final double rate;
    /** \( \lfloor\lambda\rfloor \), where the cdf switches from the lower to the upper tail. */
    private final long mode;
    private final double entropy;

    private Poisson(double rate) {
        if (!(rate >= 0 && rate < Double.POSITIVE_INFINITY)) {
            throw ParameterChecks.invalid(FAMILY, "rate", "non-negative and finite", rate);
        }
        this.rate = rate;
        this.mode = (long) Math.floor(rate);
        this.entropy = rate == 0 ? 0 : entropyOf(rate);
    }

    /**
     * The Poisson distribution with the given rate.
     *
     * @throws IllegalArgumentException if {@code rate} is negative, infinite or NaN
     */
    public static Poisson of(double rate) {
        return new Poisson(rate);
    }

    /** The rate (mean) \( \lambda \). */
    public double rate() {
        return rate;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public double logProbability(long k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (k == 0) {
            return -rate;
        }
        if (rate == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double x = k;
        return -SaddlePoint.stirlingError(x) - SaddlePoint.deviance(x, rate, x - rate)
                - 0.5 * Math.log(x) - SaddlePoint.HALF_LOG_TWO_PI;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Below the mode \( \lfloor\lambda\rfloor \) the lower tail is summed, from there on the
     * upper tail, unless it exceeds 1/2 (the point mass at the mode can be most of the
     * probability), in which case the lower tail is summed after all.
     */
    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 0;
        }
        if (x >= Long.MAX_VALUE) {
            return 1;
        }
        long k = (long) Math.floor(x);
        if (k < mode) {
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
        if (x < 0) {
            return 1;
        }
        if (x >= Long.MAX_VALUE) {
            return 0;
        }
        long k = (long) Math.floor(x);
        return k < mode ? 1 - lowerTail(k) : upperTail(k);
    }

    /**
     * \( \sum_{j=0}^{k} P(X=j) \), summed downwards ({@link TailSum}) with the ratio
     * \( P(X=j-1)/P(X=j) = j/\lambda \), which shrinks as \( j \) falls.
     */
    private double lowerTail(long k) {
        double inverseRate = 1 / rate;
        return TailSum.from(this, k, 0, -1, j -> j * inverseRate);
    }

    /** \( \sum_{j&gt;k} P(X=j) \) for \( k \ge \lfloor\lambda\rfloor \), summed upwards. */
    private double upperTail(long k) {
        return TailSum.from(this, k + 1, Long.MAX_VALUE, 1, j -> rate / (j + 1));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Starts from the Cornish–Fisher guess \( \lambda + \sqrt\lambda z + (z^2-1)/6 \) and
     * searches with the cdf for \( p \le 1/2 \), with the survival function otherwise (the
     * smallest k with \( S(k) \le 1-p \)), so both tails keep their accuracy. quantile(1) is
     * \( +\infty \) (for \( \lambda &gt; 0 \)).
     */
    @Override
    public double quantile(double p) {
        ParameterChecks.quantileArgument(p);
        if (p == 0 || rate == 0) {
            return 0;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double z = p <= 0.5 ? Normal.standardQuantile(p) : -Normal.standardQuantile(1 - p);
        double guess = Math.floor(rate + Math.sqrt(rate) * z + (z * z - 1) / 6);
        long start = (long) Math.max(0, Math.min(guess, 0x1p62));
        if (p <= 0.5) {
            return DiscreteQuantile.smallest(start, 0, Long.MAX_VALUE,
                    k -> k == Long.MAX_VALUE || cdf(k) >= p);
        }
        double upper = 1 - p;
        return DiscreteQuantile.smallest(start, 0, Long.MAX_VALUE,
                k -> k == Long.MAX_VALUE || survival(k) <= upper);
    }

    /** \( \lambda \). */
    @Override
    public double mean() {
        return rate;
    }

    /** \( \lambda \). */
    @Override
    public double variance() {
        return rate;
    }

    @Override
    public double entropy() {
        return entropy;
    }

    private double entropyOf(double rate) {
        if (rate > ENTROPY_SERIES_RATE) {
            return Binomial.largeVarianceEntropy(rate, 0);
        }
        return entropySum();
    }

    /**
     * \( -\sum_k p_k\log p_k \), from the mode outwards in both directions until a term is below
     * \( 10^{-20} \) of the sum (the probabilities then fall faster than geometrically).
     */
    private double entropySum() {
        double sum = 0;
        double compensation = 0;
        for (int direction = 1; direction >= -1; direction -= 2) {
            for (long k = direction > 0 ? mode : mode - 1; k >= 0; k += direction) {
                double logP = logProbability(k);
                double term = -Math.exp(logP) * logP;
                double next = sum + term;
                compensation += Math.abs(sum) >= Math.abs(term) ? (sum - next) + term
                        : (term - next) + sum;
                sum = next;
                if (term < 1e-20 * sum && k != mode) {
                    break;
                }
            }
        }
        return sum + compensation;
    }

    @Override
    public double supportLowerBound() {
        return 0;
    }

    /** \( +\infty \), or 0 for the point mass of rate 0. */
    @Override
    public double supportUpperBound() {
        return rate == 0 ? 0 : Double.POSITIVE_INFINITY;
    }

    /**
     * Inversion by sequential search from 0 for \( \lambda &lt; 10 \); for larger rates
     * Hörmann's transformed rejection with squeeze, PTRS (W. Hörmann, "The transformed rejection
     * method for generating Poisson random variables", Insurance: Mathematics and Economics 12,
     * 1993, 39–45), which accepts against the exact probability.
     */
    @Override
    public double sample(RandomGenerator rng) {
        if (rate == 0) {
            return 0;
        }
        return rate < REJECTION_RATE ? sampleByInversion(rng) : sampleByRejection(rng);
    }

    private double sampleByInversion(RandomGenerator rng) {
        double u = rng.nextDouble();
        double probability = Math.exp(-rate);
        double cumulative = probability;
        long k = 0;
        while (u > cumulative && probability > 0) {
            k++;
            probability *= rate / k;
            cumulative += probability;
        }
        return k;
    }

    private double sampleByRejection(RandomGenerator rng) {
        double b = 0.931 + 2.53 * Math.sqrt(rate);
        double a = -0.059 + 0.02483 * b;
        double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double acceptSqueeze = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + rate + 0.43);
            if (us >= 0.07 && v <= acceptSqueeze) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v * inverseAlpha / (a / (us * us) + b)) <= logProbability((long) k)) {
                return k;
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Poisson that && Double.compare(rate, that.rate) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(rate);
    }

    @Override
    public String toString() {
        return SpecFormat.of(FAMILY, rate);
    }
}
