package org.kullback.integration;

/**
 * A numerical integration did not reach its tolerance within its evaluation budget; the best
 * estimate and its error are in {@link #integral()}.
 */
public final class NonConvergenceException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Integral integral;

    public NonConvergenceException(String message, Integral integral) {
        super(message + ": best estimate " + integral.value() + " ± " + integral.absoluteError()
                + " after " + integral.evaluations() + " evaluations");
        this.integral = integral;
    }

    /** The unconverged result. */
    public Integral integral() {
        return integral;
    }
}
