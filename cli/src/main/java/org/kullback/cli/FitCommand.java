package org.kullback.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kullback.distributions.Distribution;
import org.kullback.estimators.Estimators;
import org.kullback.estimators.Fit;
import org.kullback.estimators.MaximumLikelihood;
import org.kullback.estimators.ModelSelection;
import org.kullback.estimators.SufficientStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kullback fit FAMILY|auto [FILE|-]}: maximum-likelihood fit of a family to one column of
 * data. A single family is fitted in one streaming pass through its sufficient statistics, so
 * memory stays constant for the families that have finite ones (Normal, Gamma, Beta, Poisson, …);
 * the families whose likelihood needs every value (Laplace, Weibull, Logistic, Gumbel, Cauchy,
 * StudentT) and {@code auto} (which holds the data for held-out cross-entropy) keep the values.
 */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        description = "Fit FAMILY (or every family whose support contains the data, with 'auto') "
                + "by maximum likelihood to one column of FILE (or standard input).",
        footer = {
            "",
            "Input: one value per line, or CSV/TSV (tab-separated when the first line has a tab).",
            "A header row is detected; columns are chosen by name or by 1-based position.",
            "",
            "Examples:",
            "  kullback fit Normal values.txt",
            "  kullback fit Gamma data.csv --column duration --weights count --json",
            "  kullback sample \"Weibull(1.5, 2)\" --n 10000 --seed 1 | kullback fit auto - --plot fit.png",
        })
final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "FAMILY|auto", description = "A family name, e.g. Gamma, or auto.")
    String family;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE",
            description = "The data; '-' or absent: standard input.")
    String file;

    @Option(names = "--column", paramLabel = "NAME|INDEX", defaultValue = "1",
            description = "The column to fit (header name or 1-based position). Default: ${DEFAULT-VALUE}.")
    String column;

    @Option(names = "--weights", paramLabel = "NAME|INDEX",
            description = "A column of non-negative observation weights.")
    String weights;

    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "Write a histogram of the data with the fitted density (densities, for auto).")
    Path plot;

    @Override
    public Integer call() {
        boolean auto = family.toLowerCase(Locale.ROOT).equals("auto");
        MaximumLikelihood<?, ?> estimator = auto ? null : estimatorFor(family);
        if (auto && weights != null) {
            throw new UsageException("--weights is not supported with auto (model selection ranks "
                    + "unweighted samples); fit a named family instead");
        }
        try (DelimitedInput data = DelimitedInput.open(file, input.header());
                Progress progress = Progress.on(spec.commandLine().getErr(), data)) {
            int valueColumn = data.column(column, "--column");
            int weightColumn = weights == null ? -1 : data.column(weights, "--weights");
            ColumnStream values = new ColumnStream(data, valueColumn, weightColumn, progress);
            PrintWriter out = spec.commandLine().getOut();
            if (auto) {
                selectModel(values, data.name(), out);
            } else {
                Fit<?> fit = fitStreaming(estimator, values);
                out.println(common.json ? FitOutput.json(fit) : FitOutput.text(fit, data.name()));
                if (plot != null) {
                    Plots.histogramWithDensities(values.reservoir(), List.of(fit.distribution()), plot);
                }
            }
        }
        return ExitStatus.OK;
    }

    private void selectModel(ColumnStream values, String source, PrintWriter out) {
        double[][] all = values.readAll();
        ModelSelection.Result result = ModelSelection.rank(all[0]);
        out.println(common.json ? FitOutput.json(result) : FitOutput.text(result, source));
        if (plot != null) {
            List<Distribution> best = new ArrayList<>();
            result.ranked().stream().limit(3).forEach(row -> best.add(row.fit().distribution()));
            Plots.histogramWithDensities(all[0], best, plot);
        }
    }

    private static <D extends Distribution, S extends SufficientStatistics<S>> Fit<D> fitStreaming(
            MaximumLikelihood<D, S> estimator, ColumnStream values) {
        S statistics = estimator.newStatistics();
        values.forEach((record, x, w) -> statistics.accept(x, w));
        if (statistics.count() == 0) {
            throw new DataException(values.source() + ": no data rows");
        }
        return estimator.fit(statistics);
    }

    private static MaximumLikelihood<?, ?> estimatorFor(String name) {
        try {
            return Estimators.forFamily(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
