package org.uditrust.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain: each entry's SHA-256 covers its own fields and the previous entry's hash, so changing, removing or
 * inserting any entry breaks every link after it.
 *
 * <p>The hashed text is a sequence of length-prefixed fields ({@code 5:hello;}), so no value can be crafted to look
 * like a field boundary, and null (-1) differs from empty (0).
 */
public final class AuditChain {

    /** The "previous hash" of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry that follows {@code previous} (null for the first entry of the trail). */
    public static AuditEntry link(AuditEntry previous, Instant at, String actor, AuditChange change) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        Instant stamp = at.truncatedTo(ChronoUnit.MILLIS);
        return new AuditEntry(sequence, stamp, actor, change, previousHash,
                hash(sequence, stamp, actor, change, previousHash));
    }

    /** Hex SHA-256 of an entry's fields. */
    public static String hash(long sequence, Instant at, String actor, AuditChange change, String previousHash) {
        StringBuilder text = new StringBuilder(256);
        field(text, Long.toString(sequence));
        field(text, at.truncatedTo(ChronoUnit.MILLIS).toString());
        field(text, actor);
        field(text, change.action());
        field(text, change.entityType());
        field(text, change.entityId());
        field(text, change.before());
        field(text, change.after());
        field(text, previousHash);
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Recomputes an entry's hash from its fields. */
    public static String recompute(AuditEntry entry) {
        return hash(entry.sequence(), entry.at(), entry.actor(), entry.change(), entry.previousHash());
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
