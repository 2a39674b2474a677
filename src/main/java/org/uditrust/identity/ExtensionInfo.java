package org.uditrust.identity;

import java.util.Objects;

/**
 * One X.509 extension as shown to a user.
 *
 * @param oid      dotted object identifier
 * @param name     its usual name ("basicConstraints", "hardwareModuleName" …) or the OID when unknown
 * @param critical the critical flag
 * @param value    a short readable rendering of the value (for display only; never parsed back)
 */
public record ExtensionInfo(String oid, String name, boolean critical, String value) {
    public ExtensionInfo {
        Objects.requireNonNull(oid, "oid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
