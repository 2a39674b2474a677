package org.uditrust.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.uditrust.Services;
import org.uditrust.registry.RegistryServices;

/**
 * The services one command line runs with: the launcher's, or the same on the database named by the global
 * {@code --db}. Picocli sets {@code --db} while parsing, before any command runs, so commands ask for services only
 * when they execute. {@link #close()} closes whatever database was opened, so the file is never left locked.
 */
final class CliSession implements AutoCloseable {

    private final Services base;
    private Path database;
    private Services onDatabase;

    CliSession(Services base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The global {@code --db}: later calls win, as with any repeated option. */
    void useDatabase(Path file) {
        this.database = file;
    }

    synchronized Services services() {
        if (database == null) {
            return base;
        }
        if (onDatabase == null) {
            onDatabase = base.withDatabase(database);
        }
        return onDatabase;
    }

    /** The registry services, opening the database on first use. */
    RegistryServices registry() {
        return services().registry();
    }

    /** The database file the commands use. */
    Path databaseFile() {
        return services().databaseFile();
    }

    @Override
    public synchronized void close() {
        try {
            if (onDatabase != null) {
                onDatabase.close();
            }
        } finally {
            base.close();
        }
    }
}
