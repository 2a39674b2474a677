package org.uditrust.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Appends to the audit trail. Implementations (the store) write the entry in the caller's transaction, so a change
 * and its audit entry are committed together or not at all.
 */
public interface AuditLog {

    /** Links {@code change} to the current head of the chain and stores it; returns the stored entry. */
    AuditEntry append(String actor, AuditChange change);

    /**
     * Appends {@code changes} in order, each its own entry linked to the one before, exactly as that many
     * {@link #append} calls would; a store may write them together (bulk imports). Returns the stored entries.
     */
    default List<AuditEntry> appendAll(String actor, List<AuditChange> changes) {
        List<AuditEntry> entries = new ArrayList<>(changes.size());
        for (AuditChange change : changes) {
            entries.add(append(actor, change));
        }
        return entries;
    }
}
