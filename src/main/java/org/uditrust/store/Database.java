package org.uditrust.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.uditrust.registry.DatabaseMaintenance;
import org.uditrust.registry.GudidStore;
import org.uditrust.registry.Transactions;

/**
 * An open UDI Trust database: a SQLite file migrated to the current schema, with its transactions, GUDID import
 * target and maintenance. Thread-safe; close it once when the application ends.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final SqliteTransactions transactions;
    private final SqliteGudidStore gudid;
    private final SqliteMaintenance maintenance;

    private Database(Path file, Clock clock) {
        this.file = file;
        this.transactions = new SqliteTransactions(file, clock);
        this.gudid = new SqliteGudidStore(transactions);
        this.maintenance = new SqliteMaintenance(transactions);
    }

    /**
     * Opens (creating if absent) and migrates the database at {@code file}.
     *
     * @throws StoreException with a clear message when the file is not a UDI Trust database or was written by a
     *                        newer version of the application; such a file is left unchanged
     */
    public static Database open(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        Path absolute = file.toAbsolutePath().normalize();
        prepare(absolute);
        Database db = new Database(absolute, clock);
        Jdbc.run("open " + absolute, () -> {
            db.transactions.open();
            return null;
        });
        return db;
    }

    /**
     * Makes {@code file} a current UDI Trust database: checks it is ours (or new) and not too new, without writing;
     * then marks a new file as ours, switches it to WAL and applies pending migrations (each in a transaction).
     */
    static void prepare(Path file) {
        SqliteFiles.Header header = SqliteFiles.inspect(file);
        try {
            if (header == SqliteFiles.Header.ABSENT_OR_EMPTY && file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        SqliteFiles.State state;
        try (Connection c = SqliteFiles.connect(file, false)) {
            state = SqliteFiles.checkUsable(file, c);
            try (Statement st = c.createStatement()) {
                if (state == SqliteFiles.State.BLANK) {
                    // Before anything is written (and before WAL, which fixes it): a new file's page size.
                    st.execute("PRAGMA page_size = " + SqlDialect.SQLITE_PAGE_SIZE);
                    st.execute("PRAGMA application_id = " + SqlDialect.SQLITE_APPLICATION_ID);
                }
                st.execute("PRAGMA journal_mode = WAL");
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot open " + file + ": " + e.getMessage(), e);
        }
        // Flyway takes most of a second to start; a database already at the current schema does not need it.
        if (state != SqliteFiles.State.CURRENT) {
            migrate(file);
        }
    }

    private static void migrate(Path file) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(SqliteFiles.url(file), null, null)
                    .locations(Schema.MIGRATIONS)
                    .placeholders(SqlDialect.SQLITE.flywayPlaceholders())
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("Cannot bring " + file + " to the current schema: " + e.getMessage(), e);
        }
    }

    public Transactions transactions() {
        return transactions;
    }

    public GudidStore gudid() {
        return gudid;
    }

    public DatabaseMaintenance maintenance() {
        return maintenance;
    }

    /** The transactions with their raw-connection access, for tests of this package. */
    SqliteTransactions transactionsForTests() {
        return transactions;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        transactions.close();
    }
}
