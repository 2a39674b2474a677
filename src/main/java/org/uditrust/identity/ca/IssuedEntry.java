package org.uditrust.identity.ca;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of the CA's issued index (the CA directory's {@code index.jsonl}, like {@code openssl ca}'s index.txt):
 * what was issued to which UDI, and whether it is revoked. Holds no key material.
 *
 * @param serial       the certificate serial number
 * @param udiRaw       the UDI's carrier text, exactly as parsed (to rebuild the {@code Udi} value)
 * @param udi          the UDI's human-readable form, for people reading the file
 * @param subject      the certificate subject (RFC 4514)
 * @param sha256       SHA-256 fingerprint of the certificate, lower-case hex
 * @param keySha256    SHA-256 of the certified public key (its SubjectPublicKeyInfo), lower-case hex
 * @param issuedAt     notBefore
 * @param notAfter     notAfter
 * @param revokedAt    when it was revoked, or null
 * @param reason       why it was revoked, or null
 * @param renewedFrom  the serial of the certificate this one renews, or null
 */
public record IssuedEntry(BigInteger serial, String udiRaw, String udi, String subject, String sha256,
                          String keySha256,
                          Instant issuedAt, Instant notAfter, Instant revokedAt, RevocationReason reason,
                          BigInteger renewedFrom) {

    public IssuedEntry {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(udiRaw, "udiRaw");
        Objects.requireNonNull(udi, "udi");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(keySha256, "keySha256");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(notAfter, "notAfter");
        if ((revokedAt == null) != (reason == null)) {
            throw new IllegalArgumentException("a revocation has both a time and a reason");
        }
    }

    /** Valid or revoked (expiry is the reader's business: it depends on when one asks). */
    public boolean revoked() {
        return revokedAt != null;
    }

    /** The serial in upper-case hex, as {@code openssl x509 -serial} prints it (an even number of digits). */
    public String serialHex() {
        return hex(serial);
    }

    /** This entry revoked at {@code at} for {@code why}. */
    public IssuedEntry revoke(Instant at, RevocationReason why) {
        return new IssuedEntry(serial, udiRaw, udi, subject, sha256, keySha256, issuedAt, notAfter, at, why,
                renewedFrom);
    }

    static String hex(BigInteger serial) {
        String hex = serial.toString(16).toUpperCase(Locale.ROOT);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }
}
