package org.kullback.cli;

/** The exit statuses of the {@code kullback} command. */
final class ExitStatus {
    static final int OK = 0;
    /** The data (a file, a row, a value) or the computation on it failed. */
    static final int DATA_ERROR = 1;
    /** The command line itself is wrong: option, spec, family, column. */
    static final int USAGE_ERROR = 2;

    private ExitStatus() {
    }
}
