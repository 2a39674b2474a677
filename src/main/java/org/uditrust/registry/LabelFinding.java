package org.uditrust.registry;

import java.util.Objects;

/**
 * Something about a label that contradicts its GUDID record, kept with the device instead of silently accepted:
 * e.g. {@code gudid.serial-unexpected} (a serial on a model GUDID says carries none) or {@code gudid.expiry-missing}.
 */
public record LabelFinding(String code, String message) {
    public LabelFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
