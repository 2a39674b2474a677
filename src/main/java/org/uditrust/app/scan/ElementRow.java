package org.uditrust.app.scan;

/**
 * One row of the elements table.
 *
 * @param key      the issuer's field name (GS1 AI, ISBT 128 data identifier, HIBCC field)
 * @param title    its human name
 * @param value    the value as carried, separators made visible
 * @param position where the value starts in the input, or -1
 */
public record ElementRow(String key, String title, String value, int position) {
}
