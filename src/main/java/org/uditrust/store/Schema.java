package org.uditrust.store;

import org.flywaydb.core.api.MigrationVersion;

/** The schema this version of UDI Trust knows: the highest migration in {@code db/migration}. */
final class Schema {

    private Schema() {
    }

    /** Keep equal to the highest {@code V<n>__*.sql} (a test checks it). */
    static final MigrationVersion LATEST = MigrationVersion.fromVersion("5");

    static final String MIGRATIONS = "classpath:db/migration";
}
