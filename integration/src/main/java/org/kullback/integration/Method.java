package org.kullback.integration;

/** How {@link Divergences} computes a quantity. */
public enum Method {
    /** The closed form when one is known, otherwise quadrature (or summation). */
    AUTO,
    /** The registered closed form ({@code ClosedForms}, or the family's own entropy). */
    CLOSED_FORM,
    /** Adaptive quadrature or summation ({@link NumericalDivergences}). */
    QUADRATURE,
    /** A Monte Carlo estimate with its standard error. */
    MONTE_CARLO
}
