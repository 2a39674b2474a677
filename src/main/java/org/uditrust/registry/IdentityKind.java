package org.uditrust.registry;

import java.util.Locale;
import java.util.Optional;

/** What a device identity is. */
public enum IdentityKind {
    /** IEEE 802.1AR initial device identity (the manufacturer's certificate). */
    IDEVID,
    /** IEEE 802.1AR locally significant device identity (issued by the operator). */
    LDEVID,
    /** TPM endorsement-key certificate. */
    EK,
    /** TPM attestation-key certificate. */
    AK,
    /** Another certificate. */
    OTHER,
    /** A symmetric or shared key recorded as the device's "identity": no certificate, always reported as weak. */
    SYMMETRIC;

    /** The kind named {@code text} in any case ("idevid", "EK" …). */
    public static Optional<IdentityKind> parse(String text) {
        for (IdentityKind k : values()) {
            if (k.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
