package org.uditrust.audit;

import java.time.Instant;

/**
 * A filter over the audit trail for the Audit view and {@code uditrust audit list}; null fields do not filter.
 *
 * @param entityType only this entity type
 * @param entityId   only this entity
 * @param actor      only this actor
 * @param from       at or after
 * @param to         before
 * @param text       free text in action, ids or values
 */
public record AuditQuery(String entityType, String entityId, String actor, Instant from, Instant to, String text) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
