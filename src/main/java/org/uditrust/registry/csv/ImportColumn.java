package org.uditrust.registry.csv;

import java.util.List;
import java.util.Locale;

/**
 * The columns a device file may have, each with the header names that mean it. Header names are compared with case,
 * spaces, underscores, hyphens and dots ignored, so {@code "UDI Carrier"}, {@code "udi_carrier"} and
 * {@code "UdiCarrier"} are one name.
 */
public enum ImportColumn {
    UDI("udi", "carrier", "barcode", "udicarrier", "udistring"),
    SITE("site"),
    BUILDING("building"),
    DEPARTMENT("department", "dept"),
    ROOM("room"),
    /** {@code Site/Building/Department/Room} in one cell; not together with the four columns above. */
    LOCATION("location", "locationpath"),
    OWNER("owner"),
    NOTES("notes", "note", "comment", "comments"),
    STATUS("status");

    /**
     * Columns the CSV export writes for people to read, which an import ignores without a warning: the UDI parts,
     * model and registration facts are read again from the carrier and GUDID, never trusted from a cell.
     */
    static final List<String> EXPORT_ONLY = List.of("id", "issuer", "di", "lot", "serial", "expiry", "manufactured",
            "softwareversion", "donationid", "humanreadable", "brand", "model", "company", "registeredat",
            "registeredby", "findings");

    private final List<String> names;

    ImportColumn(String... names) {
        this.names = List.of(names);
    }

    /** The header names (normalised) that mean this column. */
    public List<String> names() {
        return names;
    }

    /** The column {@code header} names, or null. */
    static ImportColumn forHeader(String header) {
        String key = normalise(header);
        for (ImportColumn column : values()) {
            if (column.names.contains(key)) {
                return column;
            }
        }
        return null;
    }

    static String normalise(String header) {
        StringBuilder sb = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '.' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
