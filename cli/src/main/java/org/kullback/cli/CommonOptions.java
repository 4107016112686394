package org.kullback.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {

    @Option(names = "--json", description = "Print one JSON object per result.")
    boolean json;

    @Option(names = "--debug", description = "Show the stack trace of an error.")
    boolean debug;
}
