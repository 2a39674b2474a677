package org.uditrust.registry;

import java.time.Instant;
import java.util.Objects;

/** A device certificate this installation's provisioning CA issued. */
public record ProvisioningRecord(long id, long deviceId, long identityId, String caSubject, String batch,
                                 Instant provisionedAt, String provisionedBy) {
    public ProvisioningRecord {
        Objects.requireNonNull(caSubject, "caSubject");
        Objects.requireNonNull(provisionedAt, "provisionedAt");
        Objects.requireNonNull(provisionedBy, "provisionedBy");
    }
}
