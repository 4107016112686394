package org.kullback.estimators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kullback.distributions.Normal;

/**
 * The Normal fit on the nine NIST StRD univariate datasets: mean and sample standard deviation
 * \( \hat\sigma\sqrt{n/(n-1)} \) against NIST's certified values, as log relative errors (LRE).
 *
 * <p>Parsing the decimal data into doubles already limits what any double-precision algorithm can
 * reach against the certified values (NumAcc4's sd: LRE 8.25 for the exact sd of the parsed
 * doubles; Mavro 13.12, Michelso 13.84, NumAcc3 9.46): {@code nist_moments_of_doubles.py}
 * computes those exact moments in rational arithmetic. So the algorithm is tested twice: against
 * the exact moments of the doubles it is given, and against the certified values when the data
 * are read with their decimal offset (the integer part of the first value) removed exactly, which
 * makes every value representable to full relative precision; the sd is shift invariant and the
 * offset is added back to the mean.
 */
class NistUnivariateTest {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?");
    private static final List<String> REPORT = new ArrayList<>();

    private record Dataset(List<BigDecimal> values, double certifiedMean, double certifiedSd) {
    }

    private record Exact(double mean, double sd, double meanLimit, double sdLimit) {
    }

    private static String resource(String name) {
        try (InputStream in = NistUnivariateTest.class.getResourceAsStream("/nist/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dataset read(String name) {
        String[] lines = resource(name + ".dat").split("\r?\n");
        int start = 0;
        double mean = Double.NaN;
        double sd = Double.NaN;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("Data:")) {
                start = i;
            }
            if (lines[i].contains("ybar:")) {
                mean = Double.parseDouble(lines[i].split("ybar:")[1].trim().split("\\s+")[0]);
            }
            if (lines[i].contains("Standard Deviation") && lines[i].contains(" s:")) {
                sd = Double.parseDouble(lines[i].split(" s:")[1].trim().split("\\s+")[0]);
            }
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int i = start + 1; i < lines.length; i++) {
            for (String token : lines[i].trim().split("\\s+")) {
                if (NUMBER.matcher(token).matches()) {
                    values.add(new BigDecimal(token));
                }
            }
        }
        return new Dataset(values, mean, sd);
    }

    private static Map<String, Exact> exactMomentsOfDoubles() {
        Map<String, Exact> exact = new HashMap<>();
        for (String line : resource("moments-of-doubles.csv").split("\r?\n")) {
            if (line.startsWith("#") || line.startsWith("dataset")) {
                continue;
            }
            String[] f = line.split(",");
            exact.put(f[0], new Exact(Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5])));
        }
        return exact;
    }

    /** \( -\log_{10}|e - c|/|c| \), 16 for an exact match. */
    private static double lre(double estimate, double certified) {
        if (estimate == certified) {
            return 16;
        }
        return -Math.log10(Math.abs((estimate - certified) / certified));
    }

    private static double sampleSd(Fit<Normal> fit) {
        long n = fit.n();
        return fit.distribution().sd() * Math.sqrt((double) n / (n - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PiDigits", "Lottery", "Lew", "Mavro", "Michelso",
        "NumAcc1", "NumAcc2", "NumAcc3", "NumAcc4"})
    void normalFitReachesFourteenDigitsOnNistData(String name) {
        Dataset data = read(name);
        Exact exact = exactMomentsOfDoubles().get(name);
        double[] x = data.values().stream().mapToDouble(BigDecimal::doubleValue).toArray();

        // 1. Against the exact moments of the doubles: array path, streaming and weighted.
        Fit<Normal> array = NormalMaximumLikelihood.INSTANCE.fit(x);
        NormalStatistics streamed = new NormalStatistics();
        for (double v : x) {
            streamed.accept(v);
        }
        Fit<Normal> streaming = NormalMaximumLikelihood.INSTANCE.fit(streamed);
        double[] ones = new double[x.length];
        java.util.Arrays.fill(ones, 1);
        Fit<Normal> weighted = NormalMaximumLikelihood.INSTANCE.fit(x, ones);
        for (Fit<Normal> fit : List.of(array, streaming, weighted)) {
            assertThat(lre(fit.distribution().mean(), exact.mean())).as(name + " mean")
                    .isGreaterThanOrEqualTo(14);
            assertThat(lre(sampleSd(fit), exact.sd())).as(name + " sd").isGreaterThanOrEqualTo(14);
        }

        // 2. Against the certified values, with the decimal offset removed exactly.
        BigDecimal offset = data.values().get(0).setScale(0, RoundingMode.DOWN);
        double[] shifted = data.values().stream()
                .mapToDouble(v -> v.subtract(offset).doubleValue()).toArray();
        Fit<Normal> shiftedFit = NormalMaximumLikelihood.INSTANCE.fit(shifted);
        double shiftedMean = offset.doubleValue() + shiftedFit.distribution().mean();
        double lreMean = lre(shiftedMean, data.certifiedMean());
        double lreSd = lre(sampleSd(shiftedFit), data.certifiedSd());
        assertThat(lreMean).as(name + " certified mean").isGreaterThanOrEqualTo(14);
        assertThat(lreSd).as(name + " certified sd").isGreaterThanOrEqualTo(14);

        // 3. Against the certified values on the raw doubles: as close as their representation
        // allows (min(14, the exact moments' own LRE), less 0.3 for the last rounding).
        double rawLreMean = lre(array.distribution().mean(), data.certifiedMean());
        double rawLreSd = lre(sampleSd(array), data.certifiedSd());
        assertThat(rawLreMean).isGreaterThanOrEqualTo(Math.min(14, exact.meanLimit()) - 0.3);
        assertThat(rawLreSd).isGreaterThanOrEqualTo(Math.min(14, exact.sdLimit()) - 0.3);

        REPORT.add(String.format("%-9s n=%5d | vs exact-of-doubles: mean %5.2f sd %5.2f | "
                + "certified, offset removed: mean %5.2f sd %5.2f | certified, raw doubles: "
                + "mean %5.2f sd %5.2f (limit %5.2f)", name, x.length,
                lre(array.distribution().mean(), exact.mean()), lre(sampleSd(array), exact.sd()),
                lreMean, lreSd, rawLreMean, rawLreSd, Math.min(16, exact.sdLimit())));
    }

    @AfterAll
    static void printLogRelativeErrors() {
        REPORT.forEach(System.out::println);
    }
}
