/**
 * Maximum-likelihood fitting of Kullback's families through mergeable sufficient statistics.
 *
 * <p>Fitting is layered as in Distributions.jl: a
 * {@link org.kullback.estimators.SufficientStatistics} accumulator takes the data, one value at a time or merged from parts (arrays, streams,
 * parallel streams, partitions), and a {@link org.kullback.estimators.MaximumLikelihood} estimator
 * maps the statistics to a {@link org.kullback.estimators.Fit}: the fitted distribution, its
 * log-likelihood, standard errors and covariance from the Fisher information (each estimator says
 * whether observed or expected, and what it reports where the model is not regular), AIC, BIC,
 * and the solver's iterations and convergence.
 * <pre>{@code
 * Fit<Normal> fit = NormalMaximumLikelihood.INSTANCE.fit(x);
 * Fit<?> gamma = Estimators.forFamily("Gamma").fit(x, weights);
 * ModelSelection.Result ranking = ModelSelection.rank(x);
 * double nats = EmpiricalCrossEntropy.of(x, fit.distribution());
 * }</pre>
 *
 * <p>Minimising the empirical cross-entropy \( -\frac1n\sum_i\log q(x_i) \) over a family is
 * maximum likelihood; {@link org.kullback.estimators.EmpiricalCrossEntropy} computes it and
 * {@link org.kullback.estimators.ModelSelection} compares families by AIC, BIC and its held-out
 * (cross-validated) value.
 *
 * <p>Conventions shared by every estimator:
 * <ul>
 *   <li>weights are frequency weights (a weight of 2 counts as two observations); a weight of 0
 *       removes a value; {@link org.kullback.estimators.Fit#n()} counts the values with positive
 *       weight;</li>
 *   <li>bad input is an {@link java.lang.IllegalArgumentException} whose message names the index
 *       and the value, in the words of {@link org.kullback.estimators.SampleChecks} and
 *       {@link org.kullback.estimators.Support};</li>
 *   <li>data for which the MLE leaves the family (all values equal, for example) are rejected
 *       with the parameter that degenerates; a boundary MLE that is a member of the family
 *       (Bernoulli \( \hat p = 0 \)) is returned, with the reason its standard error is 0;</li>
 *   <li>an iterative estimator that does not converge returns {@code converged() == false} with
 *       the reason in {@code message()}.</li>
 * </ul>
 *
 * <p>A new family needs an accumulator (or {@link org.kullback.estimators.WeightedSample}, which
 * keeps the values), a {@code <Family>MaximumLikelihood} built around
 * {@link org.kullback.estimators.Fit#builder}, and one line in
 * {@link org.kullback.estimators.Estimators};
 * {@link org.kullback.estimators.NormalMaximumLikelihood} is the template.
 */
package org.kullback.estimators;
