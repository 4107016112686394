package org.kullback.cli;

import picocli.CommandLine.Option;

/** How the data file's first row is read. */
final class InputOptions {

    @Option(names = "--header", description = "The first row is a header (default: detected).")
    boolean header;

    @Option(names = "--no-header", description = "The first row is data (default: detected).")
    boolean noHeader;

    DelimitedInput.Header header() {
        if (header && noHeader) {
            throw new UsageException("give --header or --no-header, not both");
        }
        return header ? DelimitedInput.Header.PRESENT
                : noHeader ? DelimitedInput.Header.ABSENT : DelimitedInput.Header.DETECT;
    }
}
