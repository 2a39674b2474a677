package org.uditrust.identity.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CA's issued index, {@code index.jsonl}: one JSON object per certificate issued, rewritten atomically after
 * each change; and the next CRL number, {@code crlnumber} (decimal), as {@code openssl ca} keeps it.
 */
final class CaIndex {

    static final String INDEX_FILE = "index.jsonl";
    static final String CRL_NUMBER_FILE = "crlnumber";
    /** Ten million devices at about 400 bytes a line; a larger file is not ours. */
    private static final long MAX_INDEX_BYTES = 4L << 30;

    private CaIndex() {
    }

    static List<IssuedEntry> read(Path dir) throws IOException {
        Path file = dir.resolve(INDEX_FILE);
        List<IssuedEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        if (Files.size(file) > MAX_INDEX_BYTES) {
            throw new IOException(file + " is larger than " + MAX_INDEX_BYTES + " bytes; it is not a CA index");
        }
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(fromFields(FlatJson.read(line)));
            } catch (RuntimeException e) {
                throw new IOException(file + " line " + lineNumber + " is damaged: " + e.getMessage(), e);
            }
        }
        return entries;
    }

    static void write(Path dir, List<IssuedEntry> entries) throws IOException {
        StringBuilder out = new StringBuilder();
        for (IssuedEntry e : entries) {
            out.append(FlatJson.write(toFields(e))).append('\n');
        }
        AtomicFiles.writeString(dir.resolve(INDEX_FILE), out.toString());
    }

    static BigInteger nextCrlNumber(Path dir) throws IOException {
        Path file = dir.resolve(CRL_NUMBER_FILE);
        if (!Files.exists(file)) {
            return BigInteger.ONE;
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (text.isEmpty() || text.length() > 40 || !text.chars().allMatch(Character::isDigit)) {
            throw new IOException(file + " does not hold a decimal CRL number");
        }
        return new BigInteger(text);
    }

    static void writeNextCrlNumber(Path dir, BigInteger next) throws IOException {
        AtomicFiles.writeString(dir.resolve(CRL_NUMBER_FILE), next + "\n");
    }

    private static Map<String, String> toFields(IssuedEntry e) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("serial", e.serialHex());
        f.put("status", e.revoked() ? "revoked" : "valid");
        f.put("udi", e.udi());
        f.put("udiRaw", e.udiRaw());
        f.put("subject", e.subject());
        f.put("sha256", e.sha256());
        f.put("keySha256", e.keySha256());
        f.put("issuedAt", e.issuedAt().toString());
        f.put("notAfter", e.notAfter().toString());
        f.put("revokedAt", e.revokedAt() == null ? null : e.revokedAt().toString());
        f.put("reason", e.reason() == null ? null : e.reason().cliName());
        f.put("renewedFrom", e.renewedFrom() == null ? null : IssuedEntry.hex(e.renewedFrom()));
        return f;
    }

    private static IssuedEntry fromFields(Map<String, String> f) {
        String reason = f.get("reason");
        return new IssuedEntry(
                new BigInteger(required(f, "serial"), 16),
                required(f, "udiRaw"),
                required(f, "udi"),
                required(f, "subject"),
                required(f, "sha256"),
                required(f, "keySha256"),
                Instant.parse(required(f, "issuedAt")),
                Instant.parse(required(f, "notAfter")),
                f.get("revokedAt") == null ? null : Instant.parse(f.get("revokedAt")),
                reason == null ? null : RevocationReason.byName(reason)
                        .orElseThrow(() -> new IllegalArgumentException("unknown reason " + reason)),
                f.get("renewedFrom") == null ? null : new BigInteger(f.get("renewedFrom"), 16));
    }

    private static String required(Map<String, String> f, String key) {
        String v = f.get(key);
        if (v == null) {
            throw new IllegalArgumentException("field \"" + key + "\" is missing");
        }
        return v;
    }
}
