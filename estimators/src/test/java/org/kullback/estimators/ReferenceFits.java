package org.kullback.estimators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of {@code reference/fits.tsv} and their samples, written by
 * {@code src/test/python/reference_fits.py} (scipy fits and mpmath maxima at 40 digits).
 */
final class ReferenceFits {

    /**
     * One reference sample.
     *
     * @param id sample name (file {@code reference/fits/<id>.txt})
     * @param family Kullback family name
     * @param truth the parameters it was drawn from
     * @param scipy scipy's fit, in Kullback's parameterisation
     * @param scipyLogLikelihood log-likelihood of scipy's fit (mpmath)
     * @param mle the mpmath maximum-likelihood point, or null when none exists
     * @param mleLogLikelihood its log-likelihood (NaN when none)
     * @param note the script's remark
     */
    record Row(String id, String family, double[] truth, double[] scipy, double scipyLogLikelihood,
            double[] mle, double mleLogLikelihood, String note) {

        double[] sample() {
            return load("reference/fits/" + id + ".txt");
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private ReferenceFits() {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : text("reference/fits.tsv").split("\n")) {
            if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            boolean none = f[6].equals("none");
            rows.add(new Row(f[0], f[1], numbers(f[3]), numbers(f[4]), Double.parseDouble(f[5]),
                    none ? null : numbers(f[6]), none ? Double.NaN : Double.parseDouble(f[7]),
                    f[8]));
        }
        return rows;
    }

    private static double[] numbers(String csv) {
        return Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    static double[] load(String resource) {
        return Arrays.stream(text(resource).split("\n"))
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .mapToDouble(Double::parseDouble).toArray();
    }

    private static String text(String resource) {
        try (InputStream in = ReferenceFits.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
