package org.kullback.cli;

import org.kullback.distributions.Distribution;
import org.kullback.integration.Divergence;
import org.kullback.integration.Divergences;
import org.kullback.integration.Method;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kullback entropy P}. */
@Command(
        name = "entropy",
        mixinStandardHelpOptions = true,
        description = "Entropy H(P) = -E_P[log p(X)] (differential entropy for continuous P; it can be negative).",
        footer = {
            "",
            "Examples:",
            "  kullback entropy \"Normal(0, 1)\"",
            "  kullback entropy \"Categorical(0.5, 0.25, 0.25)\" --bits",
            "  kullback entropy \"Normal(0, 0.01)\" --json",
        })
final class EntropyCommand extends DivergenceCommand {

    @Parameters(arity = "0..1", paramLabel = "P", converter = SpecConverter.class,
            description = "The distribution, e.g. \"Gamma(2, 3)\".")
    Distribution p;

    @Override
    int arity() {
        return 1;
    }

    @Override
    Distribution[] arguments() {
        return p == null ? null : new Distribution[] {p};
    }

    @Override
    Divergence compute(Distribution p, Distribution q, Method method) {
        return Divergences.entropy(p, method);
    }
}
