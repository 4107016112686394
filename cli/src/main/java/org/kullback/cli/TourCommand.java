package org.kullback.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kullback.examples.Tour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kullback tour}: the seven examples in order, on built-in data, with their charts. */
@Command(
        name = "tour",
        mixinStandardHelpOptions = true,
        description = "A guided tour on built-in data: why minimising cross-entropy is minimising KL "
                + "is maximum likelihood, why a Gaussian model gives least squares, and more.",
        footer = {
            "",
            "Examples:",
            "  kullback tour",
            "  kullback tour --out /tmp/charts",
        })
final class TourCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "kullback-tour",
            description = "Where the charts go. Default: ${DEFAULT-VALUE}/.")
    Path out;

    @Option(names = "--debug", description = "Show the stack trace of an error.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        try (PrintStream stream = LineForwarding.to(spec.commandLine().getOut())) {
            Tour.run(stream, out);
        }
        return ExitStatus.OK;
    }
}
