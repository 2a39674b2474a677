package org.uditrust.cli;

/** The store's audit table and columns, for tests that tamper with the database file directly. */
final class AuditTable {

    static final String NAME = "audit_entry";
    static final String SEQUENCE = "sequence";
    static final String AFTER = "after_json";

    private AuditTable() {
    }
}
