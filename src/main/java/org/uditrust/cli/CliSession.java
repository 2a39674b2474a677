package org.uditrust.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.uditrust.Services;
import org.uditrust.registry.RegistryServices;
import org.uditrust.udi.ParseOptions;

/**
 * The services one command line runs with: the launcher's, or the same on the database named by the global
 * {@code --db}. Picocli sets {@code --db} while parsing, before any command runs, so commands ask for services only
 * when they execute. {@link #close()} closes whatever database was opened, so the file is never left locked.
 */
final class CliSession implements AutoCloseable {

    private final Services base;
    private Path database;
    private String gsSubstitute;
    private Services onDatabase;

    CliSession(Services base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The global {@code --db}: later calls win, as with any repeated option. */
    void useDatabase(Path file) {
        this.database = file;
    }

    /**
     * What a keyboard-wedge scanner types instead of GS; must be set before the first {@link #services()} call
     * (commands set it first thing).
     */
    void useGsSubstitute(String substitute) {
        this.gsSubstitute = substitute;
    }

    synchronized Services services() {
        if (database == null && gsSubstitute == null) {
            return base;
        }
        if (onDatabase == null) {
            Services derived = gsSubstitute == null ? base
                    : base.withOptions(new ParseOptions(base.clock(), gsSubstitute));
            onDatabase = database == null ? derived : derived.withDatabase(database);
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
