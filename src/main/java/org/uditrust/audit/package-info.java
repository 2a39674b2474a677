/**
 * The hash-chained audit trail (21 CFR Part 11 style): every insert, update and delete of a device, model,
 * identity, attestation or recall is written as an {@link org.uditrust.audit.AuditEntry} in the same transaction as
 * the change, with who, when, the values before and after, and the SHA-256 of the previous entry.
 *
 * <p>{@link org.uditrust.audit.AuditChain} defines the hashed text (length-prefixed fields, so no value can mimic
 * a field boundary); {@link org.uditrust.audit.AuditVerifier} recomputes the chain in one pass and names the first
 * entry that was altered, removed or inserted. A chain alone cannot reveal that its newest entries were cut off:
 * the verifier returns the head hash so that reports and backups can record it and later checks can compare.
 *
 * <p>JDK only (Bouncy Castle allowed later for signed checkpoints); values are serialised with
 * {@link org.uditrust.audit.CanonicalJson} so the same values always hash the same.
 */
package org.uditrust.audit;
