package org.kullback.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in-process: exit status, standard output and standard error. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Kullback.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(status, out.toString(), err.toString());
    }

    /** Standard error has exactly one line (no stack trace) apart from the "Try --help" hint. */
    boolean errorIsOneLine() {
        return err.lines().filter(line -> !line.startsWith("Try '")).count() == 1
                && !err.contains("\tat ");
    }
}
