package org.uditrust.registry.gudid;

import java.util.Objects;

/**
 * One fault in one row of a release file.
 *
 * @param file       the release file, e.g. {@code device.txt}
 * @param line       1-based line number in that file (the header is line 1)
 * @param column     the column concerned, or null for the whole line
 * @param code       stable code, e.g. {@code gudid.bad-date}
 * @param message    one sentence saying what is wrong and what was done about it
 * @param rowSkipped true when the row was left out; false when only the field was ignored
 */
public record RowProblem(String file, long line, String column, String code, String message, boolean rowSkipped) {

    public RowProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : " [" + column + "]") + " " + code + ": " + message;
    }
}
