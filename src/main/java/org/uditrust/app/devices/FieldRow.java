package org.uditrust.app.devices;

/** One line of a detail pane: a field name and its value as shown. */
public record FieldRow(String name, String value) {
}
