package org.kullback.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.kullback.estimators.Fit;
import org.kullback.estimators.ModelSelection;

/** Text and JSON renderings of fits and of the model-selection table. */
final class FitOutput {

    private FitOutput() {
    }

    static String text(Fit<?> fit, String source) {
        StringBuilder text = new StringBuilder();
        text.append(fit.distribution()).append("  fitted by maximum likelihood to ").append(fit.n())
                .append(" values of ").append(source).append('\n');
        text.append(String.format("  %-14s %-24s %s%n", "parameter", "estimate", "standard error"));
        List<String> names = fit.parameterNames();
        double[] estimates = fit.estimates();
        double[] errors = fit.standardErrors();
        for (int i = 0; i < names.size(); i++) {
            text.append(String.format("  %-14s %-24s %s%n", names.get(i), estimates[i], errors[i]));
        }
        text.append(String.format("  log-likelihood %s   AIC %s   BIC %s%n",
                fit.logLikelihood(), fit.aic(), fit.bic()));
        text.append("  ").append(fit.method()).append(", ").append(fit.iterations())
                .append(fit.iterations() == 1 ? " iteration, " : " iterations, ")
                .append(fit.converged() ? "converged" : "NOT converged: " + fit.message())
                .append("; standard errors from the ").append(fit.information().name().toLowerCase(java.util.Locale.ROOT))
                .append(" information");
        return text.toString();
    }

    static String text(ModelSelection.Result result, String source) {
        StringBuilder text = new StringBuilder();
        text.append("Families fitted to ").append(source).append(", best first by AIC; held-out CE is the ")
                .append(result.folds()).append("-fold cross-validated cross-entropy in nats per value\n");
        text.append(String.format("  %-12s %-16s %-16s %-14s %s%n", "family", "AIC", "BIC", "held-out CE",
                "fitted"));
        for (ModelSelection.Row row : result.ranked()) {
            text.append(String.format("  %-12s %-16.8g %-16.8g %-14s %s%s%n", row.family(), row.aic(), row.bic(),
                    Double.isFinite(row.heldOutCrossEntropy())
                            ? String.format("%.8g", row.heldOutCrossEntropy()) : Json.text(row.heldOutCrossEntropy()),
                    row.fit().distribution(), row.note().isEmpty() ? "" : "  (" + row.note() + ")"));
        }
        for (ModelSelection.Skipped skipped : result.skipped()) {
            text.append(String.format("  %-12s skipped: %s%n", skipped.family(), skipped.reason()));
        }
        return text.toString().stripTrailing();
    }

    static String json(ModelSelection.Result result) {
        StringBuilder lines = new StringBuilder();
        int rank = 1;
        for (ModelSelection.Row row : result.ranked()) {
            ObjectNode node = node(row.fit());
            node.put("rank", rank++);
            node.set("heldOutCrossEntropy", Json.number(row.heldOutCrossEntropy()));
            if (!row.note().isEmpty()) {
                node.put("note", row.note());
            }
            lines.append(Json.line(node)).append('\n');
        }
        for (ModelSelection.Skipped skipped : result.skipped()) {
            lines.append(Json.line(Json.object().put("family", skipped.family())
                    .put("skipped", skipped.reason()))).append('\n');
        }
        return lines.toString().stripTrailing();
    }

    static String json(Fit<?> fit) {
        return Json.line(node(fit));
    }

    static ObjectNode node(Fit<?> fit) {
        ObjectNode node = Json.object();
        node.put("family", fit.distribution().family());
        node.put("distribution", fit.distribution().toString());
        ObjectNode parameters = node.putObject("parameters");
        ObjectNode errors = node.putObject("standardErrors");
        for (int i = 0; i < fit.parameterNames().size(); i++) {
            parameters.set(fit.parameterNames().get(i), Json.number(fit.estimates()[i]));
            errors.set(fit.parameterNames().get(i), Json.number(fit.standardErrors()[i]));
        }
        node.set("logLikelihood", Json.number(fit.logLikelihood()));
        node.put("n", fit.n());
        node.set("aic", Json.number(fit.aic()));
        node.set("bic", Json.number(fit.bic()));
        node.put("converged", fit.converged());
        node.put("iterations", fit.iterations());
        node.put("method", fit.method());
        return node;
    }
}
