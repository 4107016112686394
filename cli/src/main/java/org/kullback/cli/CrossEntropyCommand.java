package org.kullback.cli;

import org.kullback.distributions.Distribution;
import org.kullback.integration.Divergence;
import org.kullback.integration.Divergences;
import org.kullback.integration.Method;
import picocli.CommandLine.Command;

/** {@code kullback ce P Q}. */
@Command(
        name = "ce",
        mixinStandardHelpOptions = true,
        description = "Cross-entropy H(P, Q) = -E_P[log q(X)] = H(P) + KL(P || Q).",
        footer = {
            "",
            "Examples:",
            "  kullback ce \"Normal(0, 1)\" \"Normal(1, 2)\"",
            "  kullback ce \"StudentT(3, 0, 1)\" \"Normal(0, 1)\" --bits --json",
            "  printf 'Gamma(2, 1)\\tLogNormal(0.5, 0.8)\\n' | kullback ce --pairs -",
        })
final class CrossEntropyCommand extends PairDivergenceCommand {

    @Override
    Divergence compute(Distribution p, Distribution q, Method method) {
        return Divergences.crossEntropy(p, q, method);
    }
}
