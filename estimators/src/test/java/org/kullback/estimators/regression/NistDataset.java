package org.kullback.estimators.regression;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One NIST StRD linear-regression dataset (itl.nist.gov/div898/strd), read from the original
 * {@code .dat} file in {@code src/test/resources/nist/}: the certified values from its header,
 * the model (intercept or not, polynomial degree) from its model line, and the data after the
 * last line that starts with {@code Data:}.
 */
record NistDataset(String name, double[] certifiedCoefficients, double[] certifiedStandardErrors,
        double certifiedResidualSd, double certifiedRSquared, boolean intercept,
        int polynomialDegree, double[] y, double[][] x) {

    static final List<String> NAMES = List.of("Norris", "Pontius", "NoInt1", "NoInt2", "Filip",
            "Longley", "Wampler1", "Wampler2", "Wampler3", "Wampler4", "Wampler5");

    private static final Pattern COEFFICIENT =
            Pattern.compile("^B(\\d+)\\s+(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern RESIDUAL_SD =
            Pattern.compile("^Standard Deviation\\s+(\\S+)\\s*$");
    private static final Pattern R_SQUARED = Pattern.compile("^R-Squared\\s+(\\S+)\\s*$");
    private static final Pattern POWER = Pattern.compile("x\\*\\*(\\d+)");

    /** Is the model a polynomial in one x (then {@code x} holds that x and the design is its powers)? */
    boolean isPolynomial() {
        return polynomialDegree > 1;
    }

    /** The single predictor column (for polynomial and one-variable models). */
    double[] xColumn() {
        double[] column = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            column[i] = x[i][0];
        }
        return column;
    }

    /** The design as the caller of a design-matrix entry point sees it: powers 1..d of x rounded to double, without the intercept column. */
    double[][] design() {
        if (!isPolynomial()) {
            return x;
        }
        double[][] d = new double[x.length][polynomialDegree];
        for (int i = 0; i < x.length; i++) {
            for (int k = 1; k <= polynomialDegree; k++) {
                d[i][k - 1] = Math.pow(x[i][0], k);
            }
        }
        return d;
    }

    static NistDataset load(String name) {
        List<String> lines = readLines(name);
        List<Double> estimates = new ArrayList<>();
        List<Double> sds = new ArrayList<>();
        double residualSd = Double.NaN;
        double rSquared = Double.NaN;
        boolean intercept = false;
        int degree = 1;
        int dataLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            Matcher m = COEFFICIENT.matcher(line);
            if (m.matches()) {
                estimates.add(Double.parseDouble(m.group(2)));
                sds.add(Double.parseDouble(m.group(3)));
                if (m.group(1).equals("0")) {
                    intercept = true;
                }
            }
            m = RESIDUAL_SD.matcher(line);
            if (m.matches()) {
                residualSd = Double.parseDouble(m.group(1));
            }
            m = R_SQUARED.matcher(line);
            if (m.matches()) {
                rSquared = Double.parseDouble(m.group(1));
            }
            if (line.startsWith("y =")) {
                Matcher power = POWER.matcher(line);
                while (power.find()) {
                    degree = Math.max(degree, Integer.parseInt(power.group(1)));
                }
            }
            if (line.startsWith("Data:")) {
                dataLine = i;
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = dataLine + 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.isEmpty()) {
                String[] fields = line.split("\\s+");
                double[] values = new double[fields.length];
                for (int j = 0; j < fields.length; j++) {
                    values[j] = Double.parseDouble(fields[j]);
                }
                rows.add(values);
            }
        }
        double[] y = new double[rows.size()];
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < y.length; i++) {
            double[] row = rows.get(i);
            y[i] = row[0];
            x[i] = java.util.Arrays.copyOfRange(row, 1, row.length);
        }
        return new NistDataset(name, unbox(estimates), unbox(sds), residualSd, rSquared,
                intercept, degree, y, x);
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<String> readLines(String name) {
        try (InputStream in = NistDataset.class.getResourceAsStream("/nist/" + name + ".dat")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource nist/" + name + ".dat");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * NIST's log relative error \( -\log_{10}(|e - c|/|c|) \), capped at 15; for a certified
     * zero the absolute \( -\log_{10}|e| \).
     */
    static double lre(double estimate, double certified) {
        double error = certified == 0 ? Math.abs(estimate)
                : Math.abs(estimate - certified) / Math.abs(certified);
        if (Double.isNaN(error)) {
            return 0;
        }
        return error == 0 ? 15 : Math.min(15, -Math.log10(error));
    }

    /** Minimum LRE over coefficients, their standard errors, the residual SD and R². */
    double minimumLre(double[] coefficients, double[] standardErrors, double residualSd,
            double rSquared) {
        double min = Math.min(lre(residualSd, certifiedResidualSd), lre(rSquared, certifiedRSquared));
        for (int j = 0; j < coefficients.length; j++) {
            min = Math.min(min, lre(coefficients[j], certifiedCoefficients[j]));
            min = Math.min(min, lre(standardErrors[j], certifiedStandardErrors[j]));
        }
        return min;
    }

    /** Minimum LRE over the coefficients alone (the figure usually quoted for other libraries). */
    double coefficientLre(double[] coefficients) {
        double min = 15;
        for (int j = 0; j < coefficients.length; j++) {
            min = Math.min(min, lre(coefficients[j], certifiedCoefficients[j]));
        }
        return min;
    }
}
