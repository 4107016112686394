package org.kullback.cli;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One numeric column (and optionally a weight column) of a {@link DelimitedInput}, delivered value
 * by value. A library error on a value (say, a negative value for Gamma) is reported with the file,
 * line and column. A uniform reservoir of at most {@value #RESERVOIR} values is kept on the way, so
 * a plot of a huge file needs constant memory.
 */
final class ColumnStream {

    static final int RESERVOIR = 100_000;

    /** Receives one row's value and weight. */
    interface RowConsumer {
        void accept(CsvRecord record, double x, double weight);
    }

    private final DelimitedInput data;
    private final int valueColumn;
    private final int weightColumn;
    private final Progress progress;
    private final SplittableRandom sampler = new SplittableRandom(1);
    private double[] reservoir = new double[1024];
    private long seen;

    ColumnStream(DelimitedInput data, int valueColumn, int weightColumn, Progress progress) {
        this.data = data;
        this.valueColumn = valueColumn;
        this.weightColumn = weightColumn;
        this.progress = progress;
    }

    String source() {
        return data.name();
    }

    void forEach(RowConsumer consumer) {
        for (CsvRecord record = data.next(); record != null; record = data.next()) {
            double x = data.number(record, valueColumn);
            double weight = weightColumn < 0 ? 1 : data.number(record, weightColumn);
            if (weight < 0) {
                throw new DataException(data.where(record, weightColumn)
                        + ": a weight must be non-negative, got " + weight);
            }
            try {
                consumer.accept(record, x, weight);
            } catch (IllegalArgumentException e) {
                // Weights are checked above, so what the family rejects is the value.
                throw new DataException(data.where(record, valueColumn) + ": " + e.getMessage(), e);
            }
            keep(x);
            progress.tick();
        }
    }

    /** Every value, and every weight (null without a weight column). */
    double[][] readAll() {
        double[][] all = {new double[1024], weightColumn < 0 ? null : new double[1024]};
        int[] n = {0};
        forEach((record, x, weight) -> {
            if (n[0] == all[0].length) {
                all[0] = Arrays.copyOf(all[0], 2 * n[0]);
                if (all[1] != null) {
                    all[1] = Arrays.copyOf(all[1], 2 * n[0]);
                }
            }
            all[0][n[0]] = x;
            if (all[1] != null) {
                all[1][n[0]] = weight;
            }
            n[0]++;
        });
        if (n[0] == 0) {
            throw new DataException(data.name() + ": no data rows");
        }
        all[0] = Arrays.copyOf(all[0], n[0]);
        if (all[1] != null) {
            all[1] = Arrays.copyOf(all[1], n[0]);
        }
        return all;
    }

    /** The values kept for plotting: all of them up to {@value #RESERVOIR}, else a uniform sample. */
    double[] reservoir() {
        return Arrays.copyOf(reservoir, (int) Math.min(seen, RESERVOIR));
    }

    /** Vitter's algorithm R: the i-th value replaces a random slot with probability RESERVOIR/i. */
    private void keep(double x) {
        seen++;
        if (seen <= RESERVOIR) {
            if (seen > reservoir.length) {
                reservoir = Arrays.copyOf(reservoir, Math.min(RESERVOIR, 2 * reservoir.length));
            }
            reservoir[(int) seen - 1] = x;
        } else {
            long slot = sampler.nextLong(seen);
            if (slot < RESERVOIR) {
                reservoir[(int) slot] = x;
            }
        }
    }
}
