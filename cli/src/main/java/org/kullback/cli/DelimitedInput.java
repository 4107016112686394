package org.kullback.cli;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads numeric columns from a file or standard input, one record at a time: a plain file with one
 * value per line, or CSV/TSV (separator detected from the first line: a tab makes it TSV, otherwise
 * comma). A header row is detected (the first row has a field that is not a number) or declared.
 * Columns are chosen by header name or by 1-based position, as {@code cut} numbers them. Lines
 * starting with {@code #} and empty lines are skipped. Every problem names the file, the line and
 * the column.
 */
final class DelimitedInput implements AutoCloseable {

    /** Decimal numbers only: no hex, no type suffixes such as {@code 1d}, no NaN or Infinity. */
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Whether the first row is a header: detected from its contents, or declared. */
    enum Header { DETECT, PRESENT, ABSENT }

    private final String name;
    private final CountingInputStream counted;
    private final long size;
    private final CsvReader<CsvRecord> reader;
    private final java.util.Iterator<CsvRecord> records;
    private final List<String> headerNames;
    private CsvRecord pending;

    private DelimitedInput(String file, Header header) throws IOException {
        boolean standardInput = file == null || file.equals("-");
        this.name = standardInput ? "standard input" : file;
        InputStream raw;
        if (standardInput) {
            raw = System.in;
            size = -1;
        } else {
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                throw new NoSuchFileException(file);
            }
            raw = Files.newInputStream(path);
            size = Files.size(path);
        }
        counted = new CountingInputStream(raw);
        BufferedReader text =
                new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16);
        text.mark(1 << 16);
        String first = text.readLine();
        text.reset();
        char separator = first != null && first.indexOf('\t') >= 0 ? '\t' : ',';
        reader = CsvReader.builder()
                .fieldSeparator(separator)
                .commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text);
        records = reader.iterator();
        pending = nextRecord();
        if (pending != null && isHeader(pending, header)) {
            headerNames = List.copyOf(pending.getFields().stream().map(String::strip).toList());
            pending = nextRecord();
        } else {
            headerNames = List.of();
        }
    }

    /** Opens FILE, or standard input for null or "-". */
    static DelimitedInput open(String file, Header header) {
        try {
            return new DelimitedInput(file, header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name as shown in messages. */
    String name() {
        return name;
    }

    /** Bytes read so far, and the file size (−1 for standard input): for the progress display. */
    long bytesRead() {
        return counted.count();
    }

    long size() {
        return size;
    }

    /** The header names, empty without a header row. */
    List<String> headerNames() {
        return headerNames;
    }

    /**
     * The 0-based index of a column given by header name or 1-based position.
     *
     * @throws UsageException if there is no such column
     */
    int column(String nameOrPosition, String option) {
        int byName = headerNames.indexOf(nameOrPosition);
        if (byName >= 0) {
            return byName;
        }
        if (nameOrPosition.matches("\\d+")) {
            int position = Integer.parseInt(nameOrPosition);
            if (position < 1) {
                throw new UsageException(option + " positions start at 1, got " + nameOrPosition);
            }
            return position - 1;
        }
        if (headerNames.isEmpty()) {
            throw new UsageException(option + " '" + nameOrPosition + "': " + name
                    + " has no header row; give the column's position (1, 2, ...)");
        }
        throw new UsageException(option + " '" + nameOrPosition + "' is not a column of " + name
                + " (columns: " + String.join(", ", headerNames) + ")");
    }

    /** The next data record, or null at the end. */
    CsvRecord next() {
        CsvRecord current = pending;
        if (current != null) {
            pending = nextRecord();
        }
        return current;
    }

    /**
     * The finite number in column {@code index} of a record.
     *
     * @throws DataException naming the file, line, column and text otherwise
     */
    double number(CsvRecord record, int index) {
        if (index >= record.getFieldCount()) {
            throw new DataException(name + " line " + record.getStartingLineNumber() + ": expected at least "
                    + (index + 1) + " columns, got " + record.getFieldCount());
        }
        String text = record.getField(index).strip();
        if (!NUMBER.matcher(text).matches()) {
            throw new DataException(where(record, index) + ": '" + text + "' is not a number");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new DataException(where(record, index) + ": '" + text + "' overflows a double");
        }
        return value;
    }

    /** "file line 7, column 'x'" or "file line 7, column 2". */
    String where(CsvRecord record, int index) {
        String column = index < headerNames.size() ? "'" + headerNames.get(index) + "'"
                : Integer.toString(index + 1);
        return name + " line " + record.getStartingLineNumber() + ", column " + column;
    }

    private CsvRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (CsvParseException e) {
            throw new DataException(name + ": malformed CSV: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new DataException(name + ": cannot read: " + e.getCause().getMessage(), e);
        }
    }

    private static boolean isHeader(CsvRecord first, Header header) {
        return switch (header) {
            case PRESENT -> true;
            case ABSENT -> false;
            case DETECT -> first.getFields().stream()
                    .anyMatch(field -> !NUMBER.matcher(field.strip()).matches()
                            && !field.strip().toLowerCase(Locale.ROOT).matches("[+-]?(nan|inf|infinity)"));
        };
    }

    /** Reads every record's listed columns into rows (for commands that need all the data). */
    List<double[]> readRows(int[] columns) {
        List<double[]> rows = new ArrayList<>();
        for (CsvRecord record = next(); record != null; record = next()) {
            double[] row = new double[columns.length];
            for (int j = 0; j < columns.length; j++) {
                row[j] = number(record, columns[j]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
