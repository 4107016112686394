package org.kullback.integration;

/**
 * The integrand (or summand) of an expectation under p, written in terms of the log densities:
 * the value at \( x \) given \( \log p(x) \) and \( \log q(x) \) (\( -\infty \) where a density
 * vanishes; {@code NaN} for q when there is no q), multiplied by the weight
 * \( e^{\text{logWeight}} \). The weight is the Jacobian of a graded substitution, the distance
 * \( d \) to a support bound; multiplying it into the densities in log space
 * (\( e^{\log p + \log d} \)) keeps \( p\,d \) finite where p alone overflows (Gamma(0.03)
 * at \( x = 10^{-320} \), where \( p \approx 10^{312} \)).
 */
@FunctionalInterface
interface LogDensityTerm {

    double at(double x, double logP, double logQ, double logWeight);
}
