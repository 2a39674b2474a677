package org.uditrust.registry;

/**
 * What re-validating every stored identity found.
 *
 * @param checked   identities validated
 * @param valid     of them valid
 * @param invalid   invalid for another reason than revocation
 * @param revoked   revoked
 * @param changed   whose stored state changed (each change audited)
 * @param cancelled true when stopped before the end
 */
public record RevalidationSummary(long checked, long valid, long invalid, long revoked, long changed,
                                  boolean cancelled) {
}
