package org.uditrust.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * A certificate a user trusts for one manufacturer. It vouches for a model only when pinned to its DI.
 *
 * @param id           store key, 0 before it is stored
 * @param manufacturer the manufacturer's name as the user knows it
 * @param fingerprint  SHA-256 of the DER certificate
 * @param subject      RFC 4514 subject
 * @param issuer       RFC 4514 issuer
 * @param der          the certificate
 */
public record TrustAnchor(long id, String manufacturer, String fingerprint, String subject, String issuer,
                          Instant notBefore, Instant notAfter, byte[] der, Instant importedAt, String importedBy) {
    public TrustAnchor {
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(der, "der");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
    }
}
