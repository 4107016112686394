package org.kullback.cli;

/**
 * A data error: a file that cannot be read or a row that cannot be used, with the file, line and
 * column in the message. Reported as one line with exit status 1.
 */
final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DataException(String message) {
        super(message);
    }

    DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
