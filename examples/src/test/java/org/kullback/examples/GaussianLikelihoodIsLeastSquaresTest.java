package org.kullback.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kullback.examples.GaussianLikelihoodIsLeastSquares.Heteroscedastic;
import org.kullback.examples.GaussianLikelihoodIsLeastSquares.Longley;
import org.kullback.examples.GaussianLikelihoodIsLeastSquares.Synthetic;

/** The claims printed by {@link GaussianLikelihoodIsLeastSquares}. */
class GaussianLikelihoodIsLeastSquaresTest {

    private static final GaussianLikelihoodIsLeastSquares.Result RESULT =
            GaussianLikelihoodIsLeastSquares.compute();

    @Test
    void longleyLeastSquaresMatchesNistCertifiedValues() {
        Longley longley = RESULT.longley();
        assertThat(longley.certified().coefficients()).hasSize(7);
        assertThat(longley.certified().coefficients()[0]).isEqualTo(-3482258.63459582);
        assertThat(longley.minLogRelativeAccuracy()).isGreaterThanOrEqualTo(13);
    }

    @Test
    void longleySigmaMleIsRootOfRssOverN() {
        Longley longley = RESULT.longley();
        // NIST's certified residual sum of squares (ANOVA table of Longley.dat), divided by n.
        double sigmaMle = Math.sqrt(836424.055505915 / 16);
        assertThat(longley.fit().sigmaMle()).isCloseTo(sigmaMle, within(1e-12 * sigmaMle));
        assertThat(longley.certifiedSigmaMle()).isCloseTo(sigmaMle, within(1e-12 * sigmaMle));
    }

    @Test
    void longleyLogLikelihoodIsMaximalAtTheLeastSquaresFit() {
        Longley longley = RESULT.longley();
        double sigma = longley.fit().sigmaMle();
        double profile = -8 * (Math.log(2 * Math.PI * sigma * sigma) + 1);
        // The summed form evaluates each mean x_i·β in double, where terms of 3.5e6 cancel to
        // 6e4: an error up to 4ε·Σ|β_j x_ij| ≈ 3e-9 in the mean, times |r_i|/σ² ≤ 6e-3, over
        // 16 rows: at most 3e-10 in the log-likelihood (the fit's own value uses RSS directly).
        assertThat(longley.logLikelihoodSummed()).isCloseTo(profile, within(1e-9));
        assertThat(longley.fit().logLikelihood()).isCloseTo(profile, within(1e-12));
        // Scaling σ by 1 ± δ lowers it by n(δ² + O(δ³)) ≈ 1.6e-3; coefficients by more.
        assertThat(longley.leastDropWhenNudged()).isPositive().isCloseTo(16 * 1e-4,
                within(0.1 * 16 * 1e-4));
    }

    @Test
    void searchingTheLikelihoodFindsTheLeastSquaresLineAndRootOfRssOverN() {
        Synthetic synthetic = RESULT.synthetic();
        double[] x = synthetic.data().predictor(0);
        double[] y = synthetic.data().response();
        int n = y.length;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i] / n;
            meanY += y[i] / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - intercept - slope * x[i];
            rss += r * r;
        }
        assertThat(synthetic.fit().coefficients()[0]).isCloseTo(intercept, within(1e-12));
        assertThat(synthetic.fit().coefficients()[1]).isCloseTo(slope, within(1e-12));
        assertThat(synthetic.likelihoodMaximum().converged()).isTrue();
        // The search stops when its simplex values agree to 1e-15 relative (|log L| ≈ 290, so
        // 3e-13); the log-likelihood's curvature is at least n/σ² ≈ 200 per unit of intercept,
        // so the point is within √(2 · 3e-13 / 200) ≈ 6e-8 of the maximum. 1e-6 leaves margin.
        assertThat(synthetic.searchedCoefficients()[0]).isCloseTo(intercept, within(1e-6));
        assertThat(synthetic.searchedCoefficients()[1]).isCloseTo(slope, within(1e-6));
        assertThat(synthetic.searchedSigma()).isCloseTo(Math.sqrt(rss / n), within(1e-6));
        // ... and not the unbiased s = √(RSS/(n−2)), 0.5% larger.
        assertThat(Math.abs(synthetic.searchedSigma() - Math.sqrt(rss / (n - 2))))
                .isGreaterThan(1e-3);
    }

    @Test
    void withModelledNoiseTheLikelihoodMaximumIsNotLeastSquares() {
        Heteroscedastic h = RESULT.heteroscedastic();
        assertThat(h.fit().converged()).isTrue();
        // Nested models: the one with σ modelled cannot have a lower maximum (here far higher).
        assertThat(h.fit().logLikelihood()).isGreaterThan(h.leastSquares().logLikelihood() + 100);
        assertThat(h.slopeShiftInStandardErrors()).isGreaterThan(1);
        // The data were drawn with log σ = log 0.1 + 0.4 x.
        double[] gamma = h.fit().scaleCoefficients();
        double[] gammaSe = h.fit().scaleStandardErrors();
        assertThat(gamma[0]).isCloseTo(Math.log(0.1), within(4 * gammaSe[0]));
        assertThat(gamma[1]).isCloseTo(0.4, within(4 * gammaSe[1]));
    }

    @Test
    void searchingTheHeteroscedasticLikelihoodFindsTheFittedCoefficients() {
        Heteroscedastic h = RESULT.heteroscedastic();
        assertThat(h.likelihoodMaximum().converged()).isTrue();
        double[] theta = h.likelihoodMaximum().point();
        // The search stops at values agreeing to 1e-15 relative (|log L| ≈ 210: 2e-13); the
        // curvature is at least 2n = 400 per unit of γ and more for β, so the point is within
        // √(2 · 2e-13 / 400) ≈ 3e-8 of the maximum. 1e-6 leaves margin.
        assertThat(theta[0]).isCloseTo(h.fit().meanCoefficients()[0], within(1e-6));
        assertThat(theta[1]).isCloseTo(h.fit().meanCoefficients()[1], within(1e-6));
        assertThat(theta[2]).isCloseTo(h.fit().scaleCoefficients()[0], within(1e-6));
        assertThat(theta[3]).isCloseTo(h.fit().scaleCoefficients()[1], within(1e-6));
        assertThat(h.likelihoodMaximum().value()).isCloseTo(h.fit().logLikelihood(),
                within(1e-9));
        assertThat(GaussianLikelihoodIsLeastSquares.heteroscedasticLogLikelihood(h.data(),
                new double[] {h.leastSquares().coefficients()[0],
                    h.leastSquares().coefficients()[1], theta[2], theta[3]}))
                .isLessThan(h.fit().logLikelihood());
    }
}
