package org.uditrust.registry;

import java.nio.file.Path;

/** Looking after the database file itself: backup, restore, what it is. Implemented by the store. */
public interface DatabaseMaintenance {

    /**
     * Writes a consistent copy of the live database to {@code target} while others keep working (SQLite online
     * backup). Refuses to overwrite an existing file.
     */
    void backupTo(Path target);

    /**
     * Replaces the live database with the backup at {@code source} after checking that it is a UDI Trust database
     * this version can open and that its audit trail verifies; the replaced database is kept beside it.
     */
    void restoreFrom(Path source);

    /** Where the database is and what it holds. */
    DatabaseInfo info();

    /**
     * @param location    file path or connection URL (without credentials)
     * @param schemaVersion the schema version applied
     * @param devices     devices stored
     * @param models      GUDID models stored
     * @param auditEntries audit entries stored
     */
    record DatabaseInfo(String location, String schemaVersion, long devices, long models, long auditEntries) {
    }
}
