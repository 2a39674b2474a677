package org.uditrust.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a limit in memory: a 1 GB line from a broken pipe must not take the
 * process down. A line over the limit is returned cut to {@code limit + 1} characters, so the parser reports it as
 * too long instead of quietly reading a prefix as a UDI.
 */
final class BoundedLineReader {

    private final Reader in;
    private final int limit;
    private int pushedBack = -2;

    BoundedLineReader(Reader in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its line ending, or null at the end of input. */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c = next();
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n' && c != '\r') {
            if (line.length() <= limit) {
                line.append((char) c);
            }
            c = next();
        }
        if (c == '\r') {
            int following = next();
            if (following != '\n') {
                pushedBack = following;
            }
        }
        return line.toString();
    }

    private int next() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
