package org.uditrust.registry;

import java.util.StringJoiner;

/**
 * Where a device is: site / building / department / room. Any part may be null (unknown).
 */
public record Location(String site, String building, String department, String room) {

    public static final Location UNKNOWN = new Location(null, null, null, null);

    public Location {
        site = blankToNull(site);
        building = blankToNull(building);
        department = blankToNull(department);
        room = blankToNull(room);
    }

    /**
     * Reads {@code "Site/Building/Department/Room"} (fewer parts allowed, from the left), as the CLI's
     * {@code --location} takes it.
     */
    public static Location parse(String path) {
        if (path == null || path.isBlank()) {
            return UNKNOWN;
        }
        String[] parts = path.split("/", -1);
        return new Location(part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3));
    }

    /** {@code "Site / Building / Department / Room"} with unknown parts left out, or "unknown". */
    public String display() {
        StringJoiner joiner = new StringJoiner(" / ");
        for (String part : new String[] {site, building, department, room}) {
            if (part != null) {
                joiner.add(part);
            }
        }
        return joiner.length() == 0 ? "unknown" : joiner.toString();
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i].strip() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
