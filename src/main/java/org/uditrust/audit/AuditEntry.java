package org.uditrust.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One link of the hash-chained audit trail (21 CFR Part 11 style): who did what, when, with the values before and
 * after, chained to the entry before it.
 *
 * @param sequence     1, 2, 3, … without gaps
 * @param at           when the change was committed (from the injected clock), millisecond precision
 * @param actor        who made it (the operating-system user until user accounts exist)
 * @param change       what changed
 * @param previousHash hex SHA-256 of the previous entry ({@link AuditChain#GENESIS} for the first)
 * @param hash         hex SHA-256 over every field above ({@link AuditChain#hash})
 */
public record AuditEntry(long sequence, Instant at, String actor, AuditChange change, String previousHash,
                         String hash) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }
}
