package org.kullback.estimators;

import java.util.List;
import org.kullback.distributions.StudentT;
import org.kullback.special.LogSpace;
import org.kullback.special.Polygamma;

/**
 * Maximum likelihood for Student's t family StudentT(dof ν, location μ, scale σ) on the sample
 * ({@link WeightedSample}): with ν estimated ({@link #INSTANCE}) or fixed by the caller
 * ({@link #withDegreesOfFreedom(double)}).
 *
 * <p>Location and scale for a given ν. The t density is a scale mixture of normals, which gives
 * the EM iteration of Lange, Little &amp; Taylor (1989, <i>Robust statistical modeling using the t
 * distribution</i>, JASA 84, 881–896): weights \( u_i = (\nu+1)/(\nu + z_i^2) \), then
 * \( \mu = \sum w_iu_ix_i/\sum w_iu_i \), \( \sigma^2 = \sum w_iu_i(x_i-\mu)^2/W \). EM increases
 * the likelihood at every step but converges linearly; here three EM steps from the median and
 * the scaled interquartile range give a safe start, and the safeguarded Newton iteration of
 * {@link LocationScaleNewton} (with
 * \( \varphi(z) = -\tfrac{\nu+1}2\log(1+z^2/\nu) \), \( \varphi' = -(\nu+1)z/(\nu+z^2) \),
 * \( \varphi'' = -(\nu+1)(\nu-z^2)/(\nu+z^2)^2 \), expected information
 * \( \mathrm{diag}((\nu+1)/(\nu+3), 2\nu/(\nu+3))/\sigma^2 \)) finishes quadratically.
 *
 * <p>Degrees of freedom (ECME, Liu &amp; Rubin 1995, Statistica Sinica 5, 19–39: ν maximizes the
 * actual likelihood, not the EM surrogate). The profile \( \ell_p(\nu) = \max_{\mu,\sigma}\ell \)
 * has derivative \( \partial_\nu\ell \) at the inner maximum (envelope theorem),
 * \[ \partial_\nu\ell = \tfrac12\Bigl[W\bigl(\psi(\tfrac{\nu+1}2) - \psi(\tfrac\nu2)
 *   - \tfrac1\nu\bigr) + \sum_i w_i\Bigl(-\operatorname{log1pmx}(r_i) - \frac{r_i^2}{1+r_i}
 *   + \frac{r_i}{\nu(1+r_i)}\Bigr)\Bigr],
 *   \quad r_i = z_i^2/\nu, \]
 * (the textbook \( -\log(1+r) + (\nu+1)r/(\nu(1+r)) \) rearranged so its O(1) terms cancel
 * analytically, and the digamma difference from {@link #digammaHalfStepExcess}). Its root in
 * \( t = \log\nu \) is bracketed by stepping t by \( \log 4 \) from
 * \( \nu_0 = 4 + 6/\kappa \) (κ the sample excess kurtosis; 30 when κ ≤ 0) and then found by
 * Newton's method on the profile, kept inside the bracket (bisection when a step leaves it), until
 * a step in t is below 1e-10 (the error left is of order its square). The exact profile
 * curvature comes with each evaluation: the Schur complement
 * \( \partial_{\nu\nu}\ell + i^\top I_{\mu\sigma}^{-1} i \) of the observed information below, with
 * \( i = -(\partial_{\nu\mu}\ell, \partial_{\nu\sigma}\ell) \). Every evaluation re-maximizes
 * (μ, σ) by Newton from the previous point (2–4 passes) and adds one pass for
 * \( \partial_\nu\ell \) and the information. On the reference samples: 7–11 evaluations
 * ({@link Fit#iterations()} counts them) with 33–45 Newton passes, plus one pass per evaluation,
 * six for the initial EM steps and four for the start (moments, kurtosis, one sort): 50–65
 * passes in all. If the
 * profile still increases at ν = 1e8 the sample is not heavier-tailed than a normal and the
 * likelihood has no maximum in the family: the estimator throws and says so.
 *
 * <p>Covariance: inverse of the observed information of \( (\nu, \mu, \sigma) \) (or
 * \( (\mu, \sigma) \) with ν fixed), with the mixed terms
 * \( \partial_{\nu\mu}\ell_i = -z(1-z^2)/(\sigma(\nu+z^2)^2) \),
 * \( \partial_{\nu\sigma}\ell_i = -z^2(1-z^2)/(\sigma(\nu+z^2)^2) \),
 * \( \partial_{\nu\nu}\ell_i = \tfrac14[\psi_1(\tfrac{\nu+1}2) - \psi_1(\tfrac\nu2)]
 *   + \frac1{2\nu^2}
 *   + \frac{z^2((\nu-1)z^2 - 2\nu)}{2\nu^2(\nu+z^2)^2} \).
 */
public final class StudentTMaximumLikelihood
        implements MaximumLikelihood<StudentT, WeightedSample> {

    /** The estimator of all three parameters. */
    public static final StudentTMaximumLikelihood INSTANCE =
            new StudentTMaximumLikelihood(Double.NaN);

    static final String FAMILY = "StudentT";
    private static final List<String> ALL_PARAMETERS = List.of("dof", "location", "scale");
    private static final List<String> LOCATION_SCALE = List.of("location", "scale");
    private static final int EM_STEPS = 3;
    private static final double MAX_DOF = 1e8;
    private static final double MIN_DOF = 1e-3;
    private static final double LOG_BRACKET_STEP = Math.log(4);
    private static final int MAX_NEWTON_STEPS = 100;
    /**
     * A Newton step below this ends the iteration; by quadratic convergence the error left is of
     * order its square.
     */
    private static final double DOF_STEP_TOLERANCE = 1e-10;

    private final double fixedDof;

    private StudentTMaximumLikelihood(double fixedDof) {
        this.fixedDof = fixedDof;
    }

    /**
     * The estimator of location and scale with the degrees of freedom fixed at {@code dof}.
     *
     * @throws IllegalArgumentException if {@code dof} is not positive and finite
     */
    public static StudentTMaximumLikelihood withDegreesOfFreedom(double dof) {
        if (!(dof > 0 && dof < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("dof must be positive and finite, got " + dof);
        }
        return new StudentTMaximumLikelihood(dof);
    }

    /** Whether the degrees of freedom are estimated (else fixed). */
    public boolean estimatesDegreesOfFreedom() {
        return fixedDof != fixedDof;
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
        return estimatesDegreesOfFreedom() ? 3 : 2;
    }

    @Override
    public WeightedSample newStatistics() {
        return new WeightedSample(FAMILY, Support.REAL_LINE);
    }

    /** \( \varphi \) of the standard t density with ν degrees of freedom, without its constant. */
    static LocationScaleNewton.StandardLogDensity standard(double nu) {
        final double half = (nu + 1) / 2;
        return new LocationScaleNewton.StandardLogDensity() {
            @Override
            public double value(double z) {
                return -half * AccurateLog1p.of(z * z / nu);
            }

            @Override
            public double derivative(double z) {
                return -(nu + 1) * z / (nu + z * z);
            }

            @Override
            public double secondDerivative(double z) {
                final double q = nu + z * z;
                return -(nu + 1) * (nu - z * z) / (q * q);
            }

            @Override
            public double locationInformation() {
                return (nu + 1) / (nu + 3);
            }

            @Override
            public double scaleInformation() {
                return 2 * nu / (nu + 3);
            }
        };
    }

    /**
     * The fit to a sample.
     *
     * @throws IllegalArgumentException if there are fewer observations with positive weight than
     *     parameters (plus one), all are equal, or (dof estimated) the likelihood increases
     *     without bound towards the normal limit ν → ∞ or towards ν → 0
     */
    @Override
    public Fit<StudentT> fit(WeightedSample sample) {
        SampleChecks.requireObservations(FAMILY, sample.count(), parameterCount() + 1);
        final LocationScaleStart start = LocationScaleStart.of(FAMILY, sample);
        final double[] x = sample.values();
        final double[] w = sample.weights();
        final double total = sample.totalWeight();
        final double iqr = start.interquartileRange();
        final double scale0 = iqr > 0 ? iqr / 1.349 : start.standardDeviation();
        if (!estimatesDegreesOfFreedom()) {
            final LocationScaleNewton.Result r =
                    inner(x, w, total, fixedDof, start.median(), scale0);
            return Fit.builder(StudentT.of(fixedDof, r.location(), r.scale()))
                    .logLikelihood(r.logLikelihood() + total * logDensityAtCenter(fixedDof))
                    .sample(sample.count(), total)
                    .parameters(LOCATION_SCALE, r.location(), r.scale())
                    .covariance(r.covariance(), Information.OBSERVED)
                    .solver("EM + Newton", r.iterations(), r.converged(), r.message())
                    .build();
        }
        return fitAll(sample, x, w, total, start, scale0);
    }

    private Fit<StudentT> fitAll(WeightedSample sample, double[] x, double[] w, double total,
            LocationScaleStart start, double scale0) {
        final Profile profile = new Profile(x, w, total, start.median(), scale0);
        final double kurtosis = excessKurtosis(x, w, total, start.mean(),
                start.standardDeviation());
        double t = Math.log(kurtosis > 0 ? Math.min(4 + 6 / kurtosis, 1e4) : 30);
        double d = profile.derivative(t);
        double lower;
        double upper;
        if (d > 0) {
            lower = t;
            do {
                t += LOG_BRACKET_STEP;
                if (t > Math.log(MAX_DOF)) {
                    throw new IllegalArgumentException("the Student t likelihood still increases at"
                            + " dof = " + Math.exp(t) + ": the sample (excess kurtosis " + kurtosis
                            + ") is not heavier-tailed than a normal, and the maximum is the normal"
                            + " limit dof → ∞, outside the family; fit a Normal, or fix dof with"
                            + " withDegreesOfFreedom");
                }
                d = profile.derivative(t);
            } while (d > 0);
            upper = t;
        } else {
            upper = t;
            do {
                t -= LOG_BRACKET_STEP;
                if (t < Math.log(MIN_DOF)) {
                    throw new IllegalArgumentException("the Student t likelihood still increases at"
                            + " dof = " + Math.exp(t) + " towards dof → 0: the sample has no"
                            + " Student t maximum-likelihood fit");
                }
                d = profile.derivative(t);
            } while (d < 0);
            lower = t;
        }
        boolean converged = false;
        String message = "";
        // safeguarded Newton on D(t) = 0 inside the bracket, with the exact profile slope
        for (int step = 0; step < MAX_NEWTON_STEPS && !converged; step++) {
            double next = t - d / profile.slope;
            if (!(profile.slope < 0 && next > lower && next < upper)) {
                next = 0.5 * (lower + upper);
            }
            converged = Math.abs(next - t) <= DOF_STEP_TOLERANCE * Math.max(1, Math.abs(t));
            t = next;
            d = profile.derivative(t);
            if (d > 0) {
                lower = t;
            } else {
                upper = t;
            }
        }
        if (!converged) {
            message = "the dof equation did not converge in " + MAX_NEWTON_STEPS
                    + " Newton steps (dof " + Math.exp(t) + ")";
        }
        final double nu = Math.exp(t);
        final LocationScaleNewton.Result r = profile.last;
        if (!r.converged()) {
            converged = false;
            message = r.message();
        }
        final double mu = r.location();
        final double s = r.scale();
        final double unit = r.unit();
        final double[][] covariance = ScaledCovariance.of(profile.information, 1, unit, unit);
        return Fit.builder(StudentT.of(nu, mu, s))
                .logLikelihood(r.logLikelihood() + total * logDensityAtCenter(nu))
                .sample(sample.count(), total)
                .parameters(ALL_PARAMETERS, nu, mu, s)
                .covariance(covariance, Information.OBSERVED)
                .solver("ECME: EM + Newton for location and scale, Newton on the dof profile",
                        profile.evaluations, converged, message)
                .build();
    }

    /** \( \log p(0) \) of the standard t: the constant of the log-likelihood per unit weight. */
    private static double logDensityAtCenter(double nu) {
        return StudentT.of(nu, 0, 1).logDensity(0);
    }

    /** EM steps, then Newton, for (μ, σ) at fixed ν. */
    private static LocationScaleNewton.Result inner(double[] x, double[] w, double total,
            double nu, double mu, double s) {
        for (int step = 0; step < EM_STEPS; step++) {
            double sumU = 0;
            double sumUx = 0;
            for (int i = 0; i < x.length; i++) {
                final double z = (x[i] - mu) / s;
                final double u = w[i] * (nu + 1) / (nu + z * z);
                sumU += u;
                sumUx += u * (x[i] - mu);
            }
            final double nextMu = mu + sumUx / sumU;
            double sumUzz = 0;
            for (int i = 0; i < x.length; i++) {
                final double z = (x[i] - mu) / s;
                // in units of the current scale, so that tiny or huge data cannot under/overflow
                final double d = (x[i] - nextMu) / s;
                sumUzz += w[i] * (nu + 1) / (nu + z * z) * d * d;
            }
            mu = nextMu;
            s *= Math.sqrt(sumUzz / total);
        }
        return LocationScaleNewton.maximize(x, w, total, standard(nu), mu, s);
    }

    /** The profile derivative in \( t = \log\nu \), with the inner fits warm-started. */
    private static final class Profile {
        private final double[] x;
        private final double[] w;
        private final double total;
        private double mu;
        private double s;
        private boolean started;
        private LocationScaleNewton.Result last;
        private double slope;
        private double[][] information;
        private int evaluations;

        Profile(double[] x, double[] w, double total, double mu, double s) {
            this.x = x;
            this.w = w;
            this.total = total;
            this.mu = mu;
            this.s = s;
        }

        /**
         * \( D(t) = \nu\,\partial_\nu\ell \) at \( \nu = e^t \) and the inner maximum; also sets
         * {@link #slope} \( = D'(t) \) and {@link #information} (of \( (\nu, \mu/u, s/u) \), u the
         * unit of the inner fit).
         */
        double derivative(double t) {
            evaluations++;
            final double nu = Math.exp(t);
            last = started ? LocationScaleNewton.maximize(x, w, total, standard(nu), mu, s)
                    : inner(x, w, total, nu, mu, s);
            started = true;
            mu = last.location();
            s = last.scale();
            double sum = 0;
            double sumNuNu = 0;
            double sumNuMu = 0;
            double sumNuS = 0;
            for (int i = 0; i < x.length; i++) {
                final double z = (x[i] - mu) / s;
                final double z2 = z * z;
                final double r = z2 / nu;
                final double q = nu + z2;
                final double common = w[i] * (1 - z2) / (s * q * q);
                sum += w[i] * (-LogSpace.log1pmx(r) - r * r / (1 + r) + r / (nu * (1 + r)));
                sumNuMu += z * common;
                sumNuS += z2 * common;
                sumNuNu += w[i] * z2 * ((nu - 1) * z2 - 2 * nu) / (2 * nu * nu * q * q);
            }
            final double constant = digammaHalfStepExcess(nu);
            final double nuNu = total * (0.25 * (Polygamma.trigamma((nu + 1) / 2)
                    - Polygamma.trigamma(nu / 2)) + 0.5 / (nu * nu)) + sumNuNu;
            // (mu, s) in the units u of the inner fit's information
            final double[][] ls = last.information();
            sumNuMu *= last.unit();
            sumNuS *= last.unit();
            information = new double[][] {
                {-nuNu, sumNuMu, sumNuS},
                {sumNuMu, ls[0][0], ls[0][1]},
                {sumNuS, ls[1][0], ls[1][1]},
            };
            // profile curvature: -(I_nn - i' I_ls^-1 i), the Schur complement of the (mu, s) block
            final double det = ls[0][0] * ls[1][1] - ls[0][1] * ls[1][0];
            final double quadratic = (sumNuMu * (ls[1][1] * sumNuMu - ls[0][1] * sumNuS)
                    + sumNuS * (ls[0][0] * sumNuS - ls[1][0] * sumNuMu)) / det;
            final double curvature = nuNu + quadratic;
            final double value = 0.5 * nu * (total * constant + sum);
            slope = value + nu * nu * curvature;
            return value;
        }
    }

    /**
     * \( \psi(\tfrac{\nu+1}2) - \psi(\tfrac\nu2) - \tfrac1\nu \approx 1/(2\nu^2) \), without the
     * cancellation of the direct difference (absolute error 4e-15 against a value of 5e-17 at
     * \( \nu = 10^8 \), which would leave the sign of \( \partial_\nu\ell \) to chance). By the
     * duplication formula \( \psi(2x) = \tfrac12\psi(x) + \tfrac12\psi(x+\tfrac12) + \log 2 \)
     * (DLMF 5.5.8) with \( R(y) = \log y - \psi(y) \),
     * \( \psi(x+\tfrac12) - \psi(x) = 2[R(x) - R(2x)] \), so the excess is
     * \( 2R(\nu/2) - 2R(\nu) - 1/\nu \): terms of size \( 1/\nu \) for a result of size
     * \( 1/\nu^2 \), an absolute error of about \( 10^{-16}/\nu \). R is
     * {@link GammaMaximumLikelihood#logMinusDigamma}, accurate to a few ulps for every y.
     */
    static double digammaHalfStepExcess(double nu) {
        return 2 * (GammaMaximumLikelihood.logMinusDigamma(nu / 2)
                - GammaMaximumLikelihood.logMinusDigamma(nu)) - 1 / nu;
    }

    private static double excessKurtosis(double[] x, double[] w, double total, double mean,
            double sd) {
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i < x.length; i++) {
            final double d = (x[i] - mean) / sd;
            final double d2 = d * d;
            m2 += w[i] * d2;
            m4 += w[i] * d2 * d2;
        }
        m2 /= total;
        m4 /= total;
        return m4 / (m2 * m2) - 3;
    }
}
