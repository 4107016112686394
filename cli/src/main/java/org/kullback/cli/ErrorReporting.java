package org.kullback.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and an exit status: 2 for usage errors
 * (picocli's parameter errors, bad specs, unknown columns), 1 for everything the data or the
 * computation caused. The stack trace is shown only with {@code --debug}.
 */
final class ErrorReporting implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final Pattern INVALID_VALUE = Pattern.compile(
            "^Invalid value for (?:positional parameter at index \\d+ \\(([^)]+)\\)|option '([^']+)'): ");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("kullback: " + shorten(ex.getMessage()));
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
        if (debugRequested(args)) {
            ex.printStackTrace(err);
        }
        return ExitStatus.USAGE_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        err.println("kullback: " + describe(ex));
        if (debugRequested(parsed.originalArgs().toArray(String[]::new))) {
            ex.printStackTrace(err);
        }
        return ex instanceof UsageException || ex instanceof ParameterException
                ? ExitStatus.USAGE_ERROR
                : ExitStatus.DATA_ERROR;
    }

    /** A one-line description; library exceptions already name the argument and value. */
    static String describe(Throwable ex) {
        if (ex instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        if (ex instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (ex instanceof IOException) {
            return "cannot read: " + ex.getMessage();
        }
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : oneLine(message);
    }

    /** picocli's "Invalid value for positional parameter at index 0 (P): …" becomes "P: …". */
    private static String shorten(String message) {
        return oneLine(INVALID_VALUE.matcher(message).replaceFirst("$1$2: "));
    }

    private static String oneLine(String message) {
        return message.replace(System.lineSeparator(), " ").replace('\n', ' ');
    }

    private static boolean debugRequested(String[] args) {
        for (String arg : args) {
            if (arg.equals("--debug")) {
                return true;
            }
        }
        return false;
    }
}
