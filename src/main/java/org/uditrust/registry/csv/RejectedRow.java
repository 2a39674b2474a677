package org.uditrust.registry.csv;

import java.util.Objects;

/**
 * A row the import refused.
 *
 * @param line    1-based line of the file where the row starts (the header is line 1)
 * @param code    {@code import.…} or {@code csv.…} or the UDI parser's problem code
 * @param message one sentence saying what is wrong and how to fix it
 */
public record RejectedRow(long line, String code, String message) {
    public RejectedRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
