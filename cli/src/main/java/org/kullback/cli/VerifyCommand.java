package org.kullback.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.kullback.distributions.DistributionSpec;
import org.kullback.integration.ClosedFormVerifier;
import org.kullback.integration.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kullback verify [--family NAME]}: every registered closed-form KL divergence against
 * adaptive quadrature over a grid of parameters; exit status 1 if any pair disagrees.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check every closed-form KL divergence against numerical integration over a "
                + "grid of parameters. Exit status 1 if any pair disagrees.",
        footer = {
            "",
            "Examples:",
            "  kullback verify",
            "  kullback verify --family Gamma --json",
        })
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--family", paramLabel = "NAME", description = "Only pairs where P or Q is NAME.")
    String family;

    @Override
    public Integer call() {
        if (family != null && !DistributionSpec.families().contains(family)) {
            throw new UsageException("unknown family '" + family + "' (known: "
                    + String.join(", ", DistributionSpec.families()) + ")");
        }
        List<Verification> rows = family == null
                ? ClosedFormVerifier.verifyAll() : ClosedFormVerifier.verify(family);
        PrintWriter out = spec.commandLine().getOut();
        long disagreements = rows.stream().filter(row -> !row.agrees()).count();
        if (common.json) {
            for (Verification row : rows) {
                var node = Json.object();
                node.put("pair", row.pair());
                node.put("p", row.p().toString());
                node.put("q", row.q().toString());
                node.set("closedForm", Json.number(row.closedForm()));
                node.set("numerical", Json.number(row.numerical()));
                node.set("error", Json.number(row.errorBound()));
                node.set("relativeDifference", Json.number(row.relativeDifference()));
                node.put("agrees", row.agrees());
                out.println(Json.line(node));
            }
        } else {
            out.println(ClosedFormVerifier.format(rows));
            out.printf("%d comparisons, %d disagreements%n", rows.size(), disagreements);
        }
        return disagreements == 0 ? ExitStatus.OK : ExitStatus.DATA_ERROR;
    }
}
