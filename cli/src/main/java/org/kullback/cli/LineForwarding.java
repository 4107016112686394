package org.kullback.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A {@link PrintStream} that forwards each completed line to a {@link PrintWriter}, so code that
 * prints to a stream (the examples) writes through the command's own output, line by line.
 */
final class LineForwarding extends OutputStream {

    private final PrintWriter target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private LineForwarding(PrintWriter target) {
        this.target = target;
    }

    static PrintStream to(PrintWriter target) {
        return new PrintStream(new LineForwarding(target), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
        line.write(b);
        if (b == '\n') {
            flush();
        }
    }

    @Override
    public void flush() {
        target.write(line.toString(StandardCharsets.UTF_8));
        target.flush();
        line.reset();
    }
}
