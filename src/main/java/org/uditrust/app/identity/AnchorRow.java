package org.uditrust.app.identity;

/** A trust anchor as the Manufacturers tab lists it. */
public record AnchorRow(String manufacturer, String subject, String validUntil, String pinnedTo, String fingerprint) {
}
