package org.uditrust.audit;

/**
 * Appends to the audit trail. Implementations (the store) write the entry in the caller's transaction, so a change
 * and its audit entry are committed together or not at all.
 */
public interface AuditLog {

    /** Links {@code change} to the current head of the chain and stores it; returns the stored entry. */
    AuditEntry append(String actor, AuditChange change);
}
