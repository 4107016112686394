package org.kullback.integration;

/**
 * The integrand (or summand) of an expectation under p, written in terms of the log densities:
 * the value at \( x \) given \( \log p(x) \) and \( \log q(x) \) (\( -\infty \) where a density
 * vanishes; {@code NaN} for q when there is no q).
 */
@FunctionalInterface
interface LogDensityTerm {

    double at(double x, double logP, double logQ);
}
