package org.kullback.cli;

import org.kullback.distributions.Distribution;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** What {@code kl} and {@code ce} share: two spec arguments, P and Q. */
abstract class PairDivergenceCommand extends DivergenceCommand {

    @Parameters(arity = "0..2", paramLabel = "SPEC", converter = SpecConverter.class,
            description = "P and Q, e.g. \"Gamma(2, 3)\" \"Gamma(shape=2, rate=1)\".")
    Distribution[] specs;

    @Override
    final int arity() {
        return 2;
    }

    @Override
    final Distribution[] arguments() {
        if (specs == null || specs.length == 0) {
            return null;
        }
        if (specs.length != 2) {
            throw new ParameterException(spec.commandLine(), "expected P and Q, got one spec");
        }
        return specs;
    }
}
