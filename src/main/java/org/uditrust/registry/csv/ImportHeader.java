package org.uditrust.registry.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which cell of a row holds which {@link ImportColumn}, read from the header line. */
final class ImportHeader {

    private final Map<ImportColumn, Integer> index;
    private final int width;
    private final List<String> ignored;

    private ImportHeader(Map<ImportColumn, Integer> index, int width, List<String> ignored) {
        this.index = index;
        this.width = width;
        this.ignored = ignored;
    }

    /** Either the header, or why the file cannot be read (as a fault on line 1). */
    record Read(ImportHeader header, RejectedRow refusal) {
    }

    /** The header of {@code cells}, or why the file cannot be read. */
    static Read read(List<String> cells) {
        Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            ImportColumn column = ImportColumn.forHeader(name);
            if (column == null) {
                if (!name.isBlank() && !ImportColumn.EXPORT_ONLY.contains(ImportColumn.normalise(name))) {
                    ignored.add(name.strip());
                }
                continue;
            }
            Integer previous = index.putIfAbsent(column, i);
            if (previous != null) {
                return refuse(new RejectedRow(1, "import.duplicate-column", "Columns " + (previous + 1) + " (\""
                        + cells.get(previous).strip() + "\") and " + (i + 1) + " (\"" + name.strip()
                        + "\") both name the " + column.name().toLowerCase(java.util.Locale.ROOT)
                        + " column; keep one."));
            }
        }
        if (!index.containsKey(ImportColumn.UDI)) {
            return refuse(new RejectedRow(1, "import.no-udi-column", "The header line has no UDI column: name one column "
                    + "\"udi\", \"carrier\" or \"barcode\" (the header read was: " + String.join(" | ", cells)
                    + ")."));
        }
        if (index.containsKey(ImportColumn.LOCATION) && (index.containsKey(ImportColumn.SITE)
                || index.containsKey(ImportColumn.BUILDING) || index.containsKey(ImportColumn.DEPARTMENT)
                || index.containsKey(ImportColumn.ROOM))) {
            return refuse(new RejectedRow(1, "import.ambiguous-location", "The header has both a \"location\" column and "
                    + "site/building/department/room columns; use one form or the other."));
        }
        return new Read(new ImportHeader(index, cells.size(), Collections.unmodifiableList(ignored)), null);
    }

    private static Read refuse(RejectedRow refusal) {
        return new Read(null, refusal);
    }

    /** The cell of {@code column} in {@code cells}; "" when the column is absent or the row is short. */
    String cell(List<String> cells, ImportColumn column) {
        Integer i = index.get(column);
        return i == null || i >= cells.size() ? "" : cells.get(i);
    }

    boolean has(ImportColumn column) {
        return index.containsKey(column);
    }

    int width() {
        return width;
    }

    List<String> ignored() {
        return ignored;
    }
}
