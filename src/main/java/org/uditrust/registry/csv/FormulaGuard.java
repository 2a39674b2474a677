package org.uditrust.registry.csv;

/**
 * The apostrophe that keeps a spreadsheet from treating a cell as a formula (OWASP "CSV injection"): added by
 * {@link CsvWriter} before a cell beginning with {@code = + - @}, tab or CR, removed again on import. No UDI begins
 * with an apostrophe, so removing it never changes a carrier. A cell that itself begins with an apostrophe gets a
 * second one, so {@code strip(protect(x))} is {@code x} for every text.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** {@code value} with an apostrophe in front if a spreadsheet would read it as a formula. */
    public static String protect(String value) {
        return startsLikeFormula(value, 0) || value.startsWith("'") ? "'" + value : value;
    }

    /** Removes one apostrophe that {@link #protect} put in front of a formula-like cell or an apostrophe. */
    public static String strip(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && (startsLikeFormula(cell, 1) || cell.charAt(1) == '\'')
                ? cell.substring(1) : cell;
    }

    private static boolean startsLikeFormula(String s, int at) {
        if (s.length() <= at) {
            return false;
        }
        char c = s.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
