package org.uditrust.registry.csv;

import java.util.Objects;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.Location;
import org.uditrust.udi.Udi;

/** One data row of a device file, read and checked on its own (duplicates are checked by the import). */
sealed interface ImportRow permits ImportRow.Accepted, ImportRow.Rejected, ImportRow.Blank {

    /**
     * A row that names a valid UDI and known values; {@code udiKey} is {@link org.uditrust.registry.UdiKeys#of} of
     * the UDI, made where the row is read (on the reader thread of a bulk import, off the importing thread).
     */
    record Accepted(long line, Udi udi, String udiKey, DeviceStatus status, Location location, String owner,
                    String notes) implements ImportRow {
        public Accepted {
            Objects.requireNonNull(udi, "udi");
            Objects.requireNonNull(udiKey, "udiKey");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(location, "location");
        }
    }

    record Rejected(RejectedRow row) implements ImportRow {
    }

    /** Every cell empty: spreadsheets export such rows below the data; skipped, not rejected. */
    record Blank() implements ImportRow {
    }
}
