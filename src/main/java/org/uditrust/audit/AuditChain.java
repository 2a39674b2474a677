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

    private static final HexFormat HEX = HexFormat.of();

    /** One digest per thread: looking SHA-256 up in the providers for every entry costs more than hashing it. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(AuditChain::sha256);

    /** The last instant {@link #stamp} formatted (a record, so threads see both fields together or neither). */
    private static volatile Stamp lastStamp;

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
        StringBuilder text = new StringBuilder(160 + length(change.before()) + length(change.after()));
        field(text, Long.toString(sequence));
        field(text, stamp(at));
        field(text, actor);
        field(text, change.action());
        field(text, change.entityType());
        field(text, change.entityId());
        field(text, change.before());
        field(text, change.after());
        field(text, previousHash);
        return HEX.formatHex(DIGEST.get().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The ISO-8601 text of {@code at} to the millisecond. Entries written together share their millisecond, so the
     * last one is kept: formatting an instant cost a noticeable part of a million-entry import.
     */
    private static String stamp(Instant at) {
        Stamp last = lastStamp;
        long millis = at.toEpochMilli();
        if (last != null && last.millis == millis) {
            return last.text;
        }
        String text = Instant.ofEpochMilli(millis).toString();
        lastStamp = new Stamp(millis, text);
        return text;
    }

    private record Stamp(long millis, String text) {
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
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
