package org.kullback.cli;

import java.io.PrintWriter;

/**
 * A one-line progress display on standard error for long inputs, redrawn at most every 200 ms.
 * Shown only when the process has a terminal (Java 17 cannot ask about standard error alone, so
 * {@link System#console()} decides) and only once reading has taken longer than a second, so short
 * runs and pipelines stay silent.
 */
final class Progress implements AutoCloseable {

    private static final long START_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final DelimitedInput data;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long rows;
    private boolean drawn;

    private Progress(PrintWriter err, DelimitedInput data, boolean enabled) {
        this.err = err;
        this.data = data;
        this.enabled = enabled;
    }

    static Progress on(PrintWriter err, DelimitedInput data) {
        return new Progress(err, data, System.console() != null);
    }

    void tick() {
        rows++;
        if (!enabled || (rows & 0xFFFF) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - started < START_AFTER_NANOS || now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        String share = data.size() > 0
                ? String.format(" %3.0f%%", 100.0 * data.bytesRead() / data.size()) : "";
        err.print(String.format("\rreading %s:%s %,d rows", data.name(), share, rows));
        err.flush();
    }

    @Override
    public void close() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
