package org.uditrust.registry;

import java.util.Objects;
import java.util.Set;

/**
 * The devices a recall names: one DI and either a set of lots, a set of serials, or a serial range (inclusive,
 * compared as text of equal length or as numbers when both ends are digits). An empty criterion means "every unit
 * of the DI".
 */
public record RecallQuery(String di, Set<String> lots, Set<String> serials, String serialFrom, String serialTo) {
    public RecallQuery {
        Objects.requireNonNull(di, "di");
        lots = lots == null ? Set.of() : Set.copyOf(lots);
        serials = serials == null ? Set.of() : Set.copyOf(serials);
        if ((serialFrom == null) != (serialTo == null)) {
            throw new IllegalArgumentException("a serial range needs both ends");
        }
    }
}
