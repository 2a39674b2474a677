package org.uditrust.identity.ca;

import java.util.Locale;
import java.util.Optional;

/** RFC 5280 CRLReason codes a CA may give when revoking (removeFromCRL, 8, is for delta CRLs and not offered). */
public enum RevocationReason {
    UNSPECIFIED(0),
    KEY_COMPROMISE(1),
    CA_COMPROMISE(2),
    AFFILIATION_CHANGED(3),
    SUPERSEDED(4),
    CESSATION_OF_OPERATION(5),
    CERTIFICATE_HOLD(6),
    PRIVILEGE_WITHDRAWN(9),
    AA_COMPROMISE(10);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    /** The CRLReason code in the CRL entry. */
    public int code() {
        return code;
    }

    /** The name users type: {@code key-compromise}, {@code superseded}, … */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason named {@code name} ({@code key-compromise}, {@code keyCompromise} or the code), if any. */
    public static Optional<RevocationReason> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (RevocationReason r : values()) {
            if (r.name().toLowerCase(Locale.ROOT).replace("_", "").equals(n) || String.valueOf(r.code).equals(n)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
