package org.kullback.cli;

/**
 * A usage error found after parsing — an unknown column name, a family that cannot be used with the
 * command — reported as one line with exit status 2.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
