package org.uditrust.registry;

import java.time.Instant;
import java.util.Objects;

/** An anchor may vouch for devices of model {@code di} (GTIN-14 for GS1). */
public record AnchorPin(long anchorId, String di, Instant pinnedAt, String pinnedBy) {
    public AnchorPin {
        Objects.requireNonNull(di, "di");
        Objects.requireNonNull(pinnedAt, "pinnedAt");
        Objects.requireNonNull(pinnedBy, "pinnedBy");
    }
}
