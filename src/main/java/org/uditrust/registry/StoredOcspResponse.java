package org.uditrust.registry;

import java.time.Instant;
import java.util.Objects;

/** A saved OCSP response (DER OCSPResponse), used offline in path validation. */
public record StoredOcspResponse(long id, String fingerprint, Instant producedAt, byte[] der, Instant importedAt,
                                 String importedBy) {
    public StoredOcspResponse {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(producedAt, "producedAt");
        Objects.requireNonNull(der, "der");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
    }
}
