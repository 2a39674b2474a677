package org.uditrust.app.shell;

/**
 * The views the navigation offers, in order. A section without a view file shows a placeholder that says what it
 * will do; later work gives it an FXML file here.
 */
public enum Section {
    SCAN("scan", "/org/uditrust/app/scan/ScanView.fxml"),
    DEVICES("devices", "/org/uditrust/app/devices/DevicesView.fxml"),
    IDENTITY("identity", "/org/uditrust/app/identity/IdentityView.fxml"),
    ATTEST("attest", null),
    RECALL("recall", null),
    REPORTS("reports", null),
    AUDIT("audit", "/org/uditrust/app/audit/AuditView.fxml");

    private final String key;
    private final String fxml;

    Section(String key, String fxml) {
        this.key = key;
        this.fxml = fxml;
    }

    /** Bundle key of the navigation label ({@code nav.<key>}) and placeholder text ({@code placeholder.<key>}). */
    public String key() {
        return key;
    }

    /** Class-path resource of the view, or null while the section is a placeholder. */
    public String fxml() {
        return fxml;
    }

    public boolean isPlaceholder() {
        return fxml == null;
    }
}
