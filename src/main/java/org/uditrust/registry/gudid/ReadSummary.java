package org.uditrust.registry.gudid;

import java.util.Map;
import java.util.Set;

/**
 * What {@link AccessGudidRelease#read} did.
 *
 * @param rowsRead  data rows handed to the visitor, per file present in the release
 * @param absent    known files the release does not contain
 * @param problems  row problems (skipped rows and ignored fields)
 * @param cancelled true when the read stopped early because it was cancelled
 */
public record ReadSummary(Map<GudidFile, Long> rowsRead, Set<GudidFile> absent, RowProblemReport problems,
                          boolean cancelled) {

    public ReadSummary {
        rowsRead = Map.copyOf(rowsRead);
        absent = Set.copyOf(absent);
    }

    public long rows(GudidFile file) {
        return rowsRead.getOrDefault(file, 0L);
    }
}
