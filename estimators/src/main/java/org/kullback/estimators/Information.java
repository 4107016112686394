package org.kullback.estimators;

/**
 * Which Fisher information a {@link Fit}'s covariance is the inverse of.
 *
 * <p>For a log-likelihood \( \ell(\theta) \) of the whole (weighted) sample:
 * <ul>
 *   <li>{@link #OBSERVED}: \( J(\hat\theta) = -\nabla^2 \ell(\hat\theta) \), the curvature of
 *       this sample's log-likelihood at the estimate;</li>
 *   <li>{@link #EXPECTED}: \( I(\hat\theta) = -E_\theta[\nabla^2 \ell(\theta)] \) evaluated at
 *       the estimate.</li>
 * </ul>
 * Both are consistent estimates of the asymptotic precision of the MLE (Efron &amp; Hinkley,
 * "Assessing the accuracy of the maximum likelihood estimator: observed versus expected Fisher
 * information", Biometrika 65, 1978). For exponential families in their natural parameters they
 * coincide at the MLE.
 */
public enum Information {
    /** The negative Hessian of the sample's log-likelihood at the estimate. */
    OBSERVED,
    /** The expected information of the fitted model, evaluated at the estimate. */
    EXPECTED
}
