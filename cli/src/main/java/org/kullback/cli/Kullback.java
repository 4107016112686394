package org.kullback.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kullback} command: entropy, KL divergence and cross-entropy between distributions
 * given in the spec syntax, maximum-likelihood fitting and regression on files, the verification
 * of every closed form against quadrature, sampling, and the guided tour.
 *
 * <p>Exit status: 0 on success, 1 for a data error (a file that cannot be read, a malformed row, a
 * fit that fails on the data, a verification that finds a disagreement), 2 for a usage error (an
 * unknown option or command, a malformed distribution spec, an unknown family or column). Errors
 * are one line on standard error; {@code --debug} adds the stack trace.
 */
@Command(
        name = "kullback",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Estimate probability distributions and measure how far apart they are.",
        subcommands = {
            CommandLine.HelpCommand.class,
            EntropyCommand.class,
            KlCommand.class,
            CrossEntropyCommand.class,
            FitCommand.class,
            RegressCommand.class,
            VerifyCommand.class,
            SampleCommand.class,
            TourCommand.class,
        },
        footer = {
            "",
            "Distributions are written as specs: \"Normal(0, 1)\", \"Gamma(shape=2, rate=3)\".",
            "Exit status: 0 success, 1 data error, 2 usage error.",
        })
public final class Kullback implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command: the usage on standard error, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.USAGE_ERROR;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Kullback());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorReporting());
        commandLine.setParameterExceptionHandler(new ErrorReporting());
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
