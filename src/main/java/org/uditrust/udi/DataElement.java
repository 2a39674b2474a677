package org.uditrust.udi;

import java.util.Objects;

/**
 * One field read from a carrier, in the order it appeared.
 *
 * @param key      the issuer's own name for the field: a GS1 AI ({@code "01"}, {@code "7003"}), an ISBT 128 data
 *                 identifier ({@code "=/"}), or a HIBCC field name ({@code "LIC"}, {@code "PCN"}, {@code "UOM"},
 *                 {@code "LOT"}, {@code "SERIAL"}, {@code "EXPIRY"}, {@code "MANUFACTURED"}, {@code "QUANTITY"})
 * @param title    human name of the field, e.g. {@code "BATCH/LOT"} or {@code "Expiration date"}
 * @param value    the field's value exactly as carried (no trimming)
 * @param position zero-based index in the original input where the value starts, or -1 if not known
 */
public record DataElement(String key, String title, String value, int position) {
    public DataElement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(value, "value");
    }
}
