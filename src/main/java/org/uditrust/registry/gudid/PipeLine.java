package org.uditrust.registry.gudid;

import java.util.Arrays;

/**
 * Splits one line of an AccessGUDID file into fields.
 *
 * <p>AccessGUDID files are pipe-delimited with no quoting and no escapes: every parser of the full release we found
 * (FDA/NLM downstream projects streaming the ~5.6 GB release) splits each line on {@code |} and nothing else, and the
 * data holds quotes as text (inch marks in descriptions such as {@code 5" catheter}). So a {@code "} is an ordinary
 * character here: it never joins fields or lines, which is what keeps a stray quote from swallowing the rest of a
 * file. Surrounding spaces are trimmed; an empty field is an absent value.
 */
final class PipeLine {

    static final char DELIMITER = '|';

    private PipeLine() {
    }

    /**
     * The fields of {@code line}, or null when it has more than {@code maxFields} (counting stops there, so a line of
     * pipes costs no more than {@code maxFields} allocations).
     */
    static String[] split(String line, int maxFields) {
        String[] fields = new String[Math.min(maxFields, 64)];
        int count = 0;
        int start = 0;
        while (true) {
            int bar = line.indexOf(DELIMITER, start);
            int end = bar < 0 ? line.length() : bar;
            if (count == maxFields) {
                return null;
            }
            if (count == fields.length) {
                fields = Arrays.copyOf(fields, Math.min(maxFields, fields.length * 2));
            }
            fields[count++] = line.substring(start, end).strip();
            if (bar < 0) {
                break;
            }
            start = bar + 1;
        }
        return count == fields.length ? fields : Arrays.copyOf(fields, count);
    }
}
