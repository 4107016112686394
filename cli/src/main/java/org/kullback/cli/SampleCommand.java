package org.kullback.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.kullback.distributions.Distribution;
import org.kullback.distributions.MultivariateNormal;
import org.kullback.distributions.UnivariateDiscrete;
import org.kullback.distributions.UnivariateDistribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kullback sample P --n N [--seed S]}: draws a sample, one value (or vector) per line. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = "Draw a sample from P, one value per line (a MultivariateNormal draw is one "
                + "comma-separated row).",
        footer = {
            "",
            "Examples:",
            "  kullback sample \"Gamma(2, 3)\" --n 1000 --seed 1 > gamma.txt",
            "  kullback sample \"Normal(10, 2)\" --n 100000 | kullback fit Normal -",
        })
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "P", converter = SpecConverter.class,
            description = "The distribution, e.g. \"Normal(0, 1)\".")
    Distribution p;

    @Option(names = "--n", required = true, paramLabel = "N", description = "Sample size.")
    long n;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the random generator (SplittableRandom); default: a fresh random seed.")
    Long seed;

    @Override
    public Integer call() {
        if (n < 0) {
            throw new ParameterException(spec.commandLine(), "--n must be non-negative, got " + n);
        }
        SplittableRandom random = seed == null ? new SplittableRandom() : new SplittableRandom(seed);
        PrintWriter out = spec.commandLine().getOut();
        try (BufferedWriter writer = new BufferedWriter(out, 1 << 16)) {
            for (long i = 0; i < n; i++) {
                String value = draw(random);
                writer.write(common.json ? "{\"value\":" + jsonValue(value) + "}" : value);
                writer.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitStatus.OK;
    }

    private String draw(SplittableRandom random) {
        if (p instanceof UnivariateDiscrete discrete) {
            return Long.toString((long) discrete.sample(random));
        }
        if (p instanceof UnivariateDistribution univariate) {
            return Double.toString(univariate.sample(random));
        }
        if (p instanceof MultivariateNormal normal) {
            StringJoiner row = new StringJoiner(",");
            for (double x : normal.sample(random)) {
                row.add(Double.toString(x));
            }
            return row.toString();
        }
        throw new UsageException("cannot sample " + p.family());
    }

    private String jsonValue(String value) {
        return p instanceof MultivariateNormal ? "[" + value + "]" : value;
    }
}
