package org.kullback.integration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kullback.distributions.DistributionSpec;
import org.kullback.distributions.UnivariateDistribution;

/**
 * The mpmath values of {@code src/test/python/divergence_references.py}, read from
 * {@code reference/divergences.csv}.
 */
record ReferenceData(String pSpec, String qSpec, double kl, double crossEntropy,
        double entropy) {

    /** The seven pairs the issue names, in the order of the file. */
    static final int REQUIRED_PAIRS = 7;

    UnivariateDistribution p() {
        return DistributionSpec.parseUnivariate(pSpec);
    }

    UnivariateDistribution q() {
        return DistributionSpec.parseUnivariate(qSpec);
    }

    @Override
    public String toString() {
        return pSpec + " ‖ " + qSpec;
    }

    static List<ReferenceData> load() {
        List<ReferenceData> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ReferenceData.class.getResourceAsStream("/reference/divergences.csv")),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(";");
                rows.add(new ReferenceData(cells[0], cells[1], Double.parseDouble(cells[2]),
                        Double.parseDouble(cells[3]), Double.parseDouble(cells[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
