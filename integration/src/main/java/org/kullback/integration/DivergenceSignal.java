package org.kullback.integration;

/**
 * Thrown from inside an integrand to stop the integration because the quantity is known to be
 * \( +\infty \) (p puts mass where q has none). Never escapes this package.
 */
final class DivergenceSignal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DivergenceSignal(String reason) {
        super(reason, null, false, false);
    }
}
