package org.uditrust.registry.gudid;

/**
 * How far an import has come, as a progress bar or a text line shows it.
 *
 * @param step  what is happening, e.g. {@code "Reading device.txt"} or {@code "Committing"}
 * @param done  bytes read so far
 * @param total bytes in all; {@code <= 0} means unknown (an indeterminate bar), as during the commit
 * @param rows  data rows read so far
 */
public record ImportStatus(String step, long done, long total, long rows) {

    /** Fraction done in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        if (total <= 0) {
            return -1;
        }
        return Math.min(1.0, Math.max(0.0, (double) done / total));
    }

    /** A line for a terminal, e.g. {@code "Reading device.txt  42%  (1,234,567 rows)"}. */
    public String line() {
        double f = fraction();
        String percent = f < 0 ? "" : String.format(java.util.Locale.ROOT, "  %3d%%", (int) Math.floor(f * 100));
        return step + percent + String.format(java.util.Locale.ROOT, "  (%,d rows)", rows);
    }
}
