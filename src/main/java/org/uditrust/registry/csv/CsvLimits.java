package org.uditrust.registry.csv;

/**
 * Bounds that keep a hostile or broken file from exhausting memory: a record longer than {@code maxRecordChars}
 * (a quote that is never closed swallows the rest of the file into one cell) or wider than {@code maxColumns} is
 * refused with a clear message instead of being buffered.
 *
 * @param maxRecordChars longest record, in characters, line breaks inside quoted cells included
 * @param maxColumns     most cells in one record
 */
public record CsvLimits(int maxRecordChars, int maxColumns) {

    /** 64 K characters per record and 256 columns: far beyond any inventory spreadsheet. */
    public static final CsvLimits DEFAULT = new CsvLimits(64 * 1024, 256);

    public CsvLimits {
        if (maxRecordChars < 16 || maxColumns < 1) {
            throw new IllegalArgumentException("limits too small: " + maxRecordChars + " chars, " + maxColumns
                    + " columns");
        }
    }
}
