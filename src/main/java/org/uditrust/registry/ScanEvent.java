package org.uditrust.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * A scan as it happened: who scanned what, where and when, and what came of it. Kept even when the input was not a
 * valid UDI, so a misread label can be traced.
 *
 * @param id          store key; 0 before stored
 * @param at          when
 * @param actor       who
 * @param workstation which workstation (host name)
 * @param rawInput    the input exactly as received
 * @param valid       whether it parsed as a valid UDI
 * @param di          the DI read, or null
 * @param deviceId    the device it registered or found, or null
 * @param outcome     {@code registered}, {@code already-registered}, {@code rejected}, {@code looked-up}
 */
public record ScanEvent(long id, Instant at, String actor, String workstation, String rawInput, boolean valid,
                        String di, Long deviceId, String outcome) {
    public ScanEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(rawInput, "rawInput");
        Objects.requireNonNull(outcome, "outcome");
    }
}
