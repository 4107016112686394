package org.kullback.cli;

import org.kullback.distributions.Distribution;
import org.kullback.integration.Divergence;
import org.kullback.integration.Divergences;
import org.kullback.integration.Method;
import picocli.CommandLine.Command;

/** {@code kullback kl P Q}. */
@Command(
        name = "kl",
        mixinStandardHelpOptions = true,
        description = "KL divergence KL(P || Q) = E_P[log p(X) - log q(X)].",
        footer = {
            "",
            "Examples:",
            "  kullback kl \"Normal(0, 1)\" \"Normal(1, 2)\"",
            "  kullback kl \"StudentT(3, 0, 1)\" \"Normal(0, 1)\" --bits --json",
            "  printf 'Gamma(2, 1)\\tLogNormal(0.5, 0.8)\\n' | kullback kl --pairs -",
        })
final class KlCommand extends PairDivergenceCommand {

    @Override
    Divergence compute(Distribution p, Distribution q, Method method) {
        return Divergences.kl(p, q, method);
    }
}
