package org.uditrust.registry.csv;

import java.util.List;
import java.util.Objects;

/**
 * What an import found and did.
 *
 * @param mode           the mode it ran in
 * @param delimiter      the delimiter told from the header line
 * @param rowsRead       data rows read (header and blank rows not counted)
 * @param accepted       rows that passed every check
 * @param imported       devices stored: {@code accepted} when committed, else 0
 * @param flagged        stored devices whose label contradicts their GUDID record (kept with the device)
 * @param rejectedCount  rows refused
 * @param rejected       the first refused rows with their reasons, in file order (at most the configured number;
 *                       {@code rejectedCount} says how many there were in all)
 * @param ignoredColumns header cells that name no column the import reads
 */
public record ImportReport(ImportMode mode, char delimiter, long rowsRead, long accepted, long imported,
                           long flagged, long rejectedCount, List<RejectedRow> rejected,
                           List<String> ignoredColumns) {
    public ImportReport {
        Objects.requireNonNull(mode, "mode");
        rejected = List.copyOf(rejected);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** True when more rows were rejected than {@link #rejected} lists. */
    public boolean rejectionsTruncated() {
        return rejectedCount > rejected.size();
    }
}
