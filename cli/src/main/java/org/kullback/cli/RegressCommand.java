package org.kullback.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kullback.estimators.regression.HeteroscedasticFit;
import org.kullback.estimators.regression.HeteroscedasticRegression;
import org.kullback.estimators.regression.LinearFit;
import org.kullback.estimators.regression.LinearRegression;
import org.kullback.estimators.regression.LogisticFit;
import org.kullback.estimators.regression.LogisticRegression;
import org.kullback.estimators.regression.SoftmaxFit;
import org.kullback.estimators.regression.SoftmaxRegression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kullback regress FILE --response COL}: regression as maximum likelihood — Gaussian (least
 * squares), heteroscedastic Gaussian (log σ linear in the same predictors), logistic (binary
 * cross-entropy; labels in [0, 1]) or softmax (categorical cross-entropy; classes 0, 1, …, K−1).
 */
@Command(
        name = "regress",
        mixinStandardHelpOptions = true,
        description = "Fit a regression model by maximum likelihood to the columns of FILE.",
        footer = {
            "",
            "Models: gaussian (= least squares), heteroscedastic (log sd linear in the predictors),",
            "logistic (labels in [0, 1], soft labels allowed), softmax (classes 0, 1, ..., K-1).",
            "",
            "Examples:",
            "  kullback regress longley.csv --response y",
            "  kullback regress data.csv --response y --predictors x --polynomial 3 --plot fit.png",
            "  kullback regress admissions.csv --response admitted --model logistic --json",
        })
final class RegressCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV or TSV data; '-' for standard input.")
    String file;

    @Option(names = "--response", required = true, paramLabel = "COL", description = "The response column.")
    String response;

    @Option(names = "--predictors", split = ",", paramLabel = "A,B,...",
            description = "Predictor columns. Default: every other column.")
    List<String> predictors;

    @Option(names = "--polynomial", paramLabel = "DEGREE",
            description = "Fit a polynomial of this degree in the single predictor (gaussian only).")
    Integer degree;

    @Option(names = "--no-intercept", description = "Leave out the constant term.")
    boolean noIntercept;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "gaussian",
            description = "gaussian, heteroscedastic, logistic or softmax. Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--weights", paramLabel = "COL", description = "A column of observation weights.")
    String weights;

    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "Chart the data and the fit (one predictor), or fitted against observed.")
    Path plot;

    @Override
    public Integer call() {
        String kind = model.toLowerCase(Locale.ROOT);
        if (!List.of("gaussian", "heteroscedastic", "logistic", "softmax").contains(kind)) {
            throw new UsageException("unknown --model '" + model
                    + "' (expected gaussian, heteroscedastic, logistic or softmax)");
        }
        if (degree != null && !kind.equals("gaussian")) {
            throw new UsageException("--polynomial works with --model gaussian only");
        }
        Data data = read();
        Report report = switch (kind) {
            case "gaussian" -> degree == null ? gaussian(data) : polynomial(data);
            case "heteroscedastic" -> heteroscedastic(data);
            case "logistic" -> logistic(data);
            default -> softmax(data);
        };
        spec.commandLine().getOut().println(common.json ? report.json(kind) : report.text(kind, data.source));
        if (plot != null) {
            RegressionPlots.write(data.x, data.y, report.fitted, report.band, data.names, response, plot);
        }
        return ExitStatus.OK;
    }

    /** The columns read from the file. */
    private record Data(String source, List<String> names, double[][] x, double[] y, double[] weights) {
    }

    /** Names and values to print, and what the chart needs (fitted means, optional ±band). */
    private record Report(List<String> names, double[] estimates, double[] errors,
            Map<String, Double> statistics, double[] fitted, double[] band) {

        String text(String kind, String source) {
            int width = 2 + java.util.stream.Stream.concat(names.stream(), statistics.keySet().stream())
                    .mapToInt(String::length).max().orElse(10);
            String row = "  %-" + width + "s %-24s %s%n";
            StringBuilder text = new StringBuilder(kind + " regression of " + source + " by maximum likelihood\n");
            text.append(String.format(row, "coefficient", "estimate", "standard error"));
            for (int i = 0; i < names.size(); i++) {
                text.append(String.format(row, names.get(i), Json.text(estimates[i]), Json.text(errors[i])));
            }
            statistics.forEach((name, value) -> text.append(String.format(row, name,
                    isCount(name) ? Long.toString(value.longValue()) : Json.text(value), "")));
            return text.toString().stripTrailing();
        }

        private static boolean isCount(String name) {
            return name.equals("n") || name.equals("iterations");
        }

        String json(String kind) {
            ObjectNode node = Json.object();
            node.put("model", kind);
            ObjectNode coefficients = node.putObject("coefficients");
            ObjectNode standardErrors = node.putObject("standardErrors");
            for (int i = 0; i < names.size(); i++) {
                coefficients.set(names.get(i), Json.number(estimates[i]));
                standardErrors.set(names.get(i), Json.number(errors[i]));
            }
            statistics.forEach((name, value) -> node.set(name, isCount(name)
                    ? Json.object().numberNode(value.longValue()) : Json.number(value)));
            return Json.line(node);
        }
    }

    private Data read() {
        try (DelimitedInput input = DelimitedInput.open(file, this.input.header())) {
            int responseColumn = input.column(response, "--response");
            List<String> chosen = predictors != null ? predictors : otherColumns(input, responseColumn);
            if (chosen.isEmpty()) {
                throw new UsageException("no predictor columns: give --predictors");
            }
            int[] columns = new int[chosen.size() + 1 + (weights == null ? 0 : 1)];
            List<String> names = new ArrayList<>();
            for (int j = 0; j < chosen.size(); j++) {
                columns[j] = input.column(chosen.get(j), "--predictors");
                names.add(input.headerNames().isEmpty() ? "x" + (columns[j] + 1) : input.headerNames().get(columns[j]));
            }
            columns[chosen.size()] = responseColumn;
            if (weights != null) {
                columns[chosen.size() + 1] = input.column(weights, "--weights");
            }
            List<double[]> rows = input.readRows(columns);
            if (rows.isEmpty()) {
                throw new DataException(input.name() + ": no data rows");
            }
            int p = chosen.size();
            double[][] x = rows.stream().map(row -> Arrays.copyOf(row, p)).toArray(double[][]::new);
            double[] y = rows.stream().mapToDouble(row -> row[p]).toArray();
            double[] w = weights == null ? null : rows.stream().mapToDouble(row -> row[p + 1]).toArray();
            return new Data(input.name(), names, x, y, w);
        }
    }

    private static List<String> otherColumns(DelimitedInput input, int responseColumn) {
        if (input.headerNames().isEmpty()) {
            throw new UsageException(input.name() + " has no header row: give --predictors by position");
        }
        List<String> others = new ArrayList<>();
        for (int j = 0; j < input.headerNames().size(); j++) {
            if (j != responseColumn) {
                others.add(input.headerNames().get(j));
            }
        }
        return others;
    }

    private LinearRegression linearModel() {
        return LinearRegression.of().withIntercept(!noIntercept);
    }

    private List<String> withIntercept(List<String> names) {
        List<String> all = new ArrayList<>();
        if (!noIntercept) {
            all.add("intercept");
        }
        all.addAll(names);
        return all;
    }

    private Report gaussian(Data data) {
        LinearFit fit = linearModel().fit(data.x, data.y, data.weights);
        return linearReport(fit, withIntercept(data.names), data);
    }

    private Report polynomial(Data data) {
        if (data.names.size() != 1) {
            throw new UsageException("--polynomial needs exactly one predictor, got " + data.names.size());
        }
        if (noIntercept) {
            throw new UsageException("--polynomial always includes the constant term; drop --no-intercept");
        }
        double[] x = Arrays.stream(data.x).mapToDouble(row -> row[0]).toArray();
        LinearFit fit = linearModel().polynomial(x, data.y, degree, data.weights);
        List<String> names = new ArrayList<>(List.of("intercept"));
        for (int k = 1; k <= degree; k++) {
            names.add(data.names.get(0) + "^" + k);
        }
        return linearReport(fit, names, data);
    }

    private static Report linearReport(LinearFit fit, List<String> names, Data data) {
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("residualStandardDeviation", fit.residualStandardDeviation());
        statistics.put("sigmaMle", fit.sigmaMle());
        statistics.put("rSquared", fit.rSquared());
        statistics.put("logLikelihood", fit.logLikelihood());
        statistics.put("aic", fit.aic());
        statistics.put("bic", fit.bic());
        statistics.put("n", (double) fit.n());
        double[] fitted = Arrays.stream(data.x).mapToDouble(fit::mean).toArray();
        double[] band = new double[fitted.length];
        Arrays.fill(band, fit.sigmaMle());
        return new Report(names, fit.coefficients(), fit.standardErrors(), statistics, fitted, band);
    }

    private Report heteroscedastic(Data data) {
        if (data.weights != null) {
            throw new UsageException("--weights is not supported with --model heteroscedastic");
        }
        HeteroscedasticFit fit = HeteroscedasticRegression.of().withMeanIntercept(!noIntercept)
                .fit(data.x, data.x, data.y);
        List<String> names = new ArrayList<>();
        withIntercept(data.names).forEach(name -> names.add("mean: " + name));
        names.add("log sd: intercept");
        data.names.forEach(name -> names.add("log sd: " + name));
        double[] estimates = fit.coefficients();
        double[] errors = fit.standardErrors();
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("logLikelihood", fit.logLikelihood());
        statistics.put("aic", fit.aic());
        statistics.put("bic", fit.bic());
        statistics.put("n", (double) fit.n());
        statistics.put("iterations", (double) fit.iterations());
        double[] fitted = new double[data.y.length];
        double[] band = new double[data.y.length];
        for (int i = 0; i < fitted.length; i++) {
            fitted[i] = fit.predict(data.x[i], data.x[i]).mean();
            band[i] = fit.sigma(data.x[i]);
        }
        return new Report(names, estimates, errors, statistics, fitted, band);
    }

    private Report logistic(Data data) {
        LogisticRegression regression = LogisticRegression.of().withIntercept(!noIntercept);
        LogisticFit fit = regression.fit(data.x, data.y, data.weights);
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("logLikelihood", fit.logLikelihood());
        statistics.put("meanCrossEntropy", fit.meanCrossEntropy());
        statistics.put("meanKl", fit.meanKl());
        statistics.put("deviance", fit.deviance());
        statistics.put("aic", fit.aic());
        statistics.put("bic", fit.bic());
        statistics.put("n", (double) fit.n());
        statistics.put("iterations", (double) fit.iterations());
        double[] fitted = fit.probabilities(data.x);
        return new Report(withIntercept(data.names), fit.coefficients(), fit.standardErrors(), statistics,
                fitted, null);
    }

    private Report softmax(Data data) {
        int classes = 0;
        int[] labels = new int[data.y.length];
        for (int i = 0; i < labels.length; i++) {
            double label = data.y[i];
            if (label != Math.rint(label) || label < 0 || label > 10_000) {
                throw new DataException(data.source + " row " + (i + 1) + ", column '" + response
                        + "': softmax classes must be integers 0, 1, ..., K-1, got " + label);
            }
            labels[i] = (int) label;
            classes = Math.max(classes, labels[i] + 1);
        }
        SoftmaxRegression regression = SoftmaxRegression.of().withIntercept(!noIntercept);
        SoftmaxFit fit = regression.fit(data.x, labels, classes, data.weights);
        List<String> names = new ArrayList<>();
        List<String> perClass = withIntercept(data.names);
        for (int k = 1; k < fit.classes(); k++) {
            for (String name : perClass) {
                names.add("class " + k + ": " + name);
            }
        }
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("logLikelihood", fit.logLikelihood());
        statistics.put("meanCrossEntropy", fit.meanCrossEntropy());
        statistics.put("meanKl", fit.meanKl());
        statistics.put("aic", fit.aic());
        statistics.put("bic", fit.bic());
        statistics.put("n", (double) fit.n());
        statistics.put("iterations", (double) fit.iterations());
        double[] fitted = Arrays.stream(data.x).mapToDouble(row -> argmax(fit.probabilities(row))).toArray();
        return new Report(names, flatten(fit.coefficients()), flatten(fit.standardErrors()), statistics,
                fitted, null);
    }

    private static double argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }

    private static double[] flatten(double[][] rows) {
        return Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray();
    }
}
