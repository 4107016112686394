package org.kullback.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kullback.distributions.Distribution;
import org.kullback.integration.Divergence;
import org.kullback.integration.Method;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code entropy}, {@code kl} and {@code ce} share: the method and unit options, the output
 * format, and the batch mode that reads one spec line at a time and reports a failed line on its
 * own output line without stopping.
 */
abstract class DivergenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
            description = "auto (closed form when known, else quadrature), closed-form, quadrature "
                    + "or monte-carlo. Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--bits", description = "Report in bits instead of nats.")
    boolean bits;

    @Option(names = "--pairs", paramLabel = "FILE",
            description = "Batch mode: read one input per line from FILE ('-' for standard input).")
    String pairs;

    /** How many specs one input line holds: 1 for entropy, 2 for KL and cross-entropy. */
    abstract int arity();

    abstract Divergence compute(Distribution p, Distribution q, Method method);

    /** The specs given on the command line, or null in batch mode. */
    abstract Distribution[] arguments();

    @Override
    public Integer call() {
        Method chosen = parseMethod();
        PrintWriter out = spec.commandLine().getOut();
        if (pairs == null) {
            Distribution[] given = arguments();
            if (given == null) {
                throw new ParameterException(spec.commandLine(),
                        "expected " + (arity() == 1 ? "P" : "P and Q") + ", or --pairs FILE");
            }
            out.println(format(compute(given[0], arity() == 1 ? null : given[1], chosen)));
            return ExitStatus.OK;
        }
        if (arguments() != null) {
            throw new ParameterException(spec.commandLine(), "give either specs or --pairs, not both");
        }
        return batch(chosen, out);
    }

    private int batch(Method chosen, PrintWriter out) {
        int status = ExitStatus.OK;
        try (BufferedReader reader = open(pairs)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    Distribution[] specs = specsOf(line);
                    out.println(format(compute(specs[0], arity() == 1 ? null : specs[1], chosen)));
                } catch (RuntimeException e) {
                    out.println(failure(number, ErrorReporting.describe(e)));
                    status = ExitStatus.DATA_ERROR;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return status;
    }

    private Distribution[] specsOf(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != arity()) {
            throw new IllegalArgumentException("expected " + arity()
                    + (arity() == 1 ? " spec" : " tab-separated specs") + ", got " + fields.length);
        }
        Distribution[] specs = new Distribution[fields.length];
        for (int i = 0; i < fields.length; i++) {
            specs[i] = new SpecConverter().convert(fields[i].strip());
        }
        return specs;
    }

    private String failure(int number, String message) {
        if (common.json) {
            return Json.line(Json.object().put("line", number).put("error", message));
        }
        return "line " + number + ": error: " + message;
    }

    private static BufferedReader open(String file) throws IOException {
        if (file.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    }

    private Method parseMethod() {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "auto" -> Method.AUTO;
            case "closed-form" -> Method.CLOSED_FORM;
            case "quadrature" -> Method.QUADRATURE;
            case "monte-carlo" -> Method.MONTE_CARLO;
            default -> throw new ParameterException(spec.commandLine(), "unknown --method '" + method
                    + "' (expected auto, closed-form, quadrature or monte-carlo)");
        };
    }

    private String format(Divergence result) {
        Divergence shown = bits ? result.inBits() : result;
        String method = shown.method().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (common.json) {
            var node = Json.object();
            node.put("quantity", shown.quantity());
            node.put("p", shown.p().toString());
            if (shown.q() != null) {
                node.put("q", shown.q().toString());
            }
            node.set("value", Json.number(shown.value()));
            node.put("method", method);
            node.set("error", Json.number(shown.errorBound()));
            node.put("units", shown.units());
            return Json.line(node);
        }
        String arguments = shown.q() == null ? shown.p().toString()
                : shown.p() + " || " + shown.q();
        String how = shown.method() == Method.CLOSED_FORM ? "closed form"
                : method.replace('-', ' ') + ", error <= " + Json.text(shown.errorBound());
        return shown.quantity() + "(" + arguments + ") = " + Json.text(shown.value()) + " "
                + shown.units() + "  [" + how + "]";
    }
}
