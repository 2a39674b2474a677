package org.uditrust.registry.csv;

import java.util.List;
import java.util.Objects;

/** One record read by {@link CsvReader}: its cells, or why it could not be read. */
public sealed interface CsvRow permits CsvRow.Record, CsvRow.Malformed {

    /** The 1-based physical line the record starts on (a quoted cell may span several lines). */
    long line();

    /**
     * A well-formed record.
     *
     * @param line   first physical line of the record
     * @param fields its cells, unquoted, exactly as written (never trimmed)
     */
    record Record(long line, List<String> fields) implements CsvRow {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A record that breaks the CSV rules.
     *
     * @param line    the line where the fault was seen
     * @param code    {@code csv.…}, e.g. {@code csv.unterminated-quote}
     * @param message one sentence for the person who made the file
     * @param fatal   true when record boundaries after this point can no longer be trusted (unterminated quote,
     *                oversized record, text that is not UTF-8): the reader returns nothing more, and an importer
     *                must not commit anything read from the file
     */
    record Malformed(long line, String code, String message, boolean fatal) implements CsvRow {
        public Malformed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
