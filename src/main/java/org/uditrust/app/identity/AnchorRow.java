package org.uditrust.app.identity;

import java.util.List;

/**
 * A trust anchor as the Manufacturers tab lists it.
 *
 * @param pinnedTo the models it is pinned to, for the table ("(no model …)" when none)
 * @param pins     the same models, one UDI-DI each, for Unpin
 */
public record AnchorRow(String manufacturer, String subject, String validUntil, String pinnedTo, String fingerprint,
                        List<String> pins) {
    public AnchorRow {
        pins = List.copyOf(pins);
    }
}
