package org.uditrust.identity.ca;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which PKCS#11 token holds the CA keys: the module (library) and either the token's label or a slot ID. Holds no
 * PIN; the PIN is given separately as a {@code char[]} when the token is opened.
 *
 * @param library    the PKCS#11 module, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
 * @param tokenLabel the token's label (as set at initialization), or null when {@code slot} is given
 * @param slot       the slot ID, or null when {@code tokenLabel} is given
 */
public record Pkcs11Token(Path library, String tokenLabel, Long slot) {
    public Pkcs11Token {
        Objects.requireNonNull(library, "library");
        if ((tokenLabel == null) == (slot == null)) {
            throw new IllegalArgumentException("name the token by exactly one of label or slot");
        }
        if (tokenLabel != null && (tokenLabel.isBlank() || tokenLabel.length() > 32)) {
            throw new IllegalArgumentException("a PKCS#11 token label has 1 to 32 characters");
        }
    }

    /** For messages and the CA directory: "token 'factory-ca' (libsofthsm2.so)". */
    public String describe() {
        return (tokenLabel != null ? "PKCS#11 token '" + tokenLabel + "'" : "PKCS#11 slot " + slot)
                + " (" + library.getFileName() + ")";
    }
}
