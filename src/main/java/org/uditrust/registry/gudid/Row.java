package org.uditrust.registry.gudid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One data row of a release file, read by column name, with typed accessors that report a bad value as a
 * {@link RowProblem} (the field is then treated as absent) instead of failing the import.
 */
final class Row {

    private final Header header;
    private final String[] fields;
    private final long line;
    private final RowProblems problems;

    Row(Header header, String[] fields, long line, RowProblems problems) {
        this.header = header;
        this.fields = fields;
        this.line = line;
        this.problems = problems;
    }

    long line() {
        return line;
    }

    /** The column's text, or null when the column is absent from this file or the field is empty. */
    String text(String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            return null;
        }
        String value = fields[i];
        return value.isEmpty() ? null : value;
    }

    /** {@code true}/{@code false} in any letter case; anything else is a problem and reads as null. */
    Boolean bool(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        problem(column, "gudid.bad-boolean", column + " is \"" + shorten(value)
                + "\", not true or false; the value was ignored.", false);
        return null;
    }

    /** A PI flag: absent or unreadable counts as "not on the label", with a problem for the unreadable case. */
    boolean flag(String column) {
        Boolean b = bool(column);
        return b != null && b;
    }

    /** {@code YYYY-MM-DD}, or an ISO date-time whose date part is taken. */
    LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            String day = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            problem(column, "gudid.bad-date", column + " is \"" + shorten(value)
                    + "\", not a date written YYYY-MM-DD; the value was ignored.", false);
            return null;
        }
    }

    Integer integer(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problem(column, "gudid.bad-number", column + " is \"" + shorten(value)
                    + "\", not a whole number; the value was ignored.", false);
            return null;
        }
    }

    /** The column's text; when empty, a problem that skips the row, and null. */
    String required(String column) {
        String value = text(column);
        if (value == null) {
            problem(column, "gudid.missing-value", column + " is empty; the row was skipped.", true);
        }
        return value;
    }

    void problem(String column, String code, String message, boolean rowSkipped) {
        problems.add(new RowProblem(header.file(), line, column, code, message, rowSkipped));
    }

    static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
