package org.uditrust.audit;

import java.util.Objects;

/**
 * One state change to record: what happened to which entity, with its values before and after.
 *
 * @param action     dotted verb, e.g. {@code device.insert}, {@code device.update}, {@code model.import}
 * @param entityType {@code device}, {@code model}, {@code identity}, {@code attestation}, {@code recall}, …
 * @param entityId   the entity's key as text (a device id, a DI, …)
 * @param before     canonical JSON of the values before the change ({@link CanonicalJson}), or null for an insert
 * @param after      canonical JSON of the values after the change, or null for a delete
 */
public record AuditChange(String action, String entityType, String entityId, String before, String after) {
    public AuditChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a before or an after value");
        }
    }
}
