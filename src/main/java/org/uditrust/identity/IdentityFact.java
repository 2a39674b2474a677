package org.uditrust.identity;

import java.util.Objects;

/**
 * The facts about one stored identity that clone detection needs, small enough to hold 100,000s of them.
 *
 * @param fingerprint     SHA-256 of the certificate, lower-case hex
 * @param publicKeySha256 SHA-256 of its SubjectPublicKeyInfo
 * @param issuer          RFC 4514 issuer
 * @param serialHex       certificate serial number
 * @param deviceId        the device it is held for, or null when it belongs to no device yet
 * @param di              the UDI-DI it claims or is bound to (normalized), or null
 * @param serial          the UDI serial it claims or is bound to, or null
 */
public record IdentityFact(String fingerprint, String publicKeySha256, String issuer, String serialHex,
                           Long deviceId, String di, String serial) {
    public IdentityFact {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(publicKeySha256, "publicKeySha256");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialHex, "serialHex");
    }
}
