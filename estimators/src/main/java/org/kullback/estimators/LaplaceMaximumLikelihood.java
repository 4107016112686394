package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.Laplace;

/**
 * Maximum likelihood for the Laplace family with location \( \mu \) and scale \( b \), in closed
 * form from the kept sample (the family has no finite sufficient statistics):
 * \( \hat\mu \) minimises \( \sum_i w_i|x_i - \mu| \), so it is the weighted median
 * ({@link WeightedSample#median()}), and then \( \hat b = \frac1W\sum_i w_i|x_i - \hat\mu| \), the
 * mean absolute deviation from the median; \( \ell = -W(\log 2\hat b + 1) \) (Norton, "The double
 * exponential distribution: using calculus to find a maximum likelihood estimator", Am. Stat. 38,
 * 1984). Two passes over the values plus a sort.
 *
 * <p>When the cumulative weight reaches exactly \( W/2 \) at a value (an even-sized unweighted
 * sample), every \( \mu \) between that value and the next maximises the likelihood equally; the
 * midpoint is returned.
 *
 * <p>Expected Fisher information \( \mathrm{diag}(W/b^2, W/b^2) \) (Kotz, Kozubowski &amp;
 * Podgórski, <i>The Laplace Distribution and Generalizations</i>, 2001, §2.6). The density is
 * not differentiable at \( \mu \), so there is no observed information for the location; the
 * expected one gives \( \hat b/\sqrt W \), which is the asymptotic standard deviation
 * \( 1/(2p(\mu)\sqrt n) \) of the sample median of Laplace data.
 */
public final class LaplaceMaximumLikelihood implements MaximumLikelihood<Laplace, WeightedSample> {

    /** The estimator. */
    public static final LaplaceMaximumLikelihood INSTANCE = new LaplaceMaximumLikelihood();

    static final String FAMILY = "Laplace";
    private static final List<String> PARAMETERS = List.of("location", "scale");

    private LaplaceMaximumLikelihood() {
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Support support() {
        return Support.REAL_LINE;
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public WeightedSample newStatistics() {
        return new WeightedSample(FAMILY, Support.REAL_LINE);
    }

    /**
     * The fit.
     *
     * @throws IllegalArgumentException if fewer than 2 observations, or all equal (scale 0)
     */
    @Override
    public Fit<Laplace> fit(WeightedSample sample) {
        int n = sample.size();
        SampleChecks.requireObservations(FAMILY, n, 2);
        double location = sample.median();
        CompensatedSum deviations = new CompensatedSum();
        for (int i = 0; i < n; i++) {
            deviations.add(sample.weight(i) * Math.abs(sample.value(i) - location));
        }
        double w = sample.totalWeight();
        double scale = deviations.value() / w;
        if (scale == 0) {
            throw SampleChecks.allEqual(FAMILY, n, location, "scale is 0");
        }
        Laplace laplace = Laplace.of(location, scale);
        return Fit.builder(laplace)
                .logLikelihood(-w * laplace.entropy())
                .sample(n, w)
                .parameters(PARAMETERS, location, scale)
                .diagonalInformation(Information.EXPECTED, w / (scale * scale), w / (scale * scale))
                .build();
    }
}
