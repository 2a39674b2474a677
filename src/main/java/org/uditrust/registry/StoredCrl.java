package org.uditrust.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * The newest CRL of one issuer.
 *
 * @param crlNumberHex cRLNumber in lower-case hex, or null when the CRL has none
 * @param nextUpdate   null when the CRL gives none
 */
public record StoredCrl(long id, String issuer, String crlNumberHex, Instant thisUpdate, Instant nextUpdate,
                        String fingerprint, byte[] der, Instant importedAt, String importedBy) {
    public StoredCrl {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(thisUpdate, "thisUpdate");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(der, "der");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
    }
}
