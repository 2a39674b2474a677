package org.uditrust.identity;

import java.util.Map;
import java.util.Objects;

/**
 * A manufacturer's statement of where its device certificates carry the UDI: which field holds the serial and
 * which the model. Used both ways: the provisioning CA writes certificates by it, the hospital binds by it.
 *
 * @param manufacturer  the manufacturer's name as the user knows it (e.g. the GUDID company name)
 * @param serialSource  field with the serial
 * @param modelSource   field with the model
 * @param hwTypeToDi    hwType OID → UDI-DI (GTIN-14 or HIBC LIC+product), used when {@code modelSource} is
 *                      {@link ModelSource#HARDWARE_MODULE_TYPE}
 */
public record BindingRule(String manufacturer, SerialSource serialSource, ModelSource modelSource,
                          Map<String, String> hwTypeToDi) {
    public BindingRule {
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(serialSource, "serialSource");
        Objects.requireNonNull(modelSource, "modelSource");
        hwTypeToDi = Map.copyOf(hwTypeToDi);
        if (manufacturer.isBlank()) {
            throw new IllegalArgumentException("manufacturer must not be blank");
        }
    }
}
