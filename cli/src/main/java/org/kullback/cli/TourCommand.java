package org.kullback.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kullback.examples.Tour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "  kullback tour --json          (one line per example: title and chart)",
        })
final class TourCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "kullback-tour",
            description = "Where the charts go. Default: ${DEFAULT-VALUE}/.")
    Path out;

    @Mixin
    CommonOptions common;

    /** The tour as text; with --json, one object per example naming its title and chart. */
    @Override
    public Integer call() {
        if (!common.json) {
            try (PrintStream stream = LineForwarding.to(spec.commandLine().getOut())) {
                Tour.run(stream, out);
            }
            return ExitStatus.OK;
        }
        List<Path> charts = Tour.run(new PrintStream(OutputStream.nullOutputStream()), out);
        List<String> titles = Tour.titles();
        for (int i = 0; i < charts.size(); i++) {
            spec.commandLine().getOut().println(Json.line(Json.object()
                    .put("example", i + 1).put("title", titles.get(i)).put("chart", charts.get(i).toString())));
        }
        return ExitStatus.OK;
    }
}
