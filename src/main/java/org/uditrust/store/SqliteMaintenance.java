package org.uditrust.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.uditrust.audit.AuditVerification;
import org.uditrust.audit.AuditVerifier;
import org.uditrust.registry.DatabaseMaintenance;

/**
 * Backup and restore of the SQLite file. A backup is {@code VACUUM INTO}: a consistent, compact copy taken in a
 * read transaction, so writers keep working meanwhile. A restore checks a copy of the backup (ours, not newer,
 * audit chain intact) before it replaces anything, and keeps the replaced file as
 * {@code <name>.before-restore-<UTC timestamp>}.
 */
final class SqliteMaintenance implements DatabaseMaintenance {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final SqliteTransactions transactions;

    SqliteMaintenance(SqliteTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void backupTo(Path target) {
        Path to = target.toAbsolutePath().normalize();
        if (Files.exists(to)) {
            throw new StoreException("Not backing up to " + to + ": the file exists; choose a new file name.");
        }
        if (to.equals(transactions.file())) {
            throw new StoreException("Not backing up the database onto itself.");
        }
        try {
            if (to.getParent() != null) {
                Files.createDirectories(to.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for " + to + ": " + e.getMessage(), e);
        }
        // VACUUM cannot run inside a transaction: it gets a connection of its own.
        transactions.inReadTransaction(ignored -> {
            vacuumInto(transactions.file(), to);
            return null;
        });
    }

    /** A consistent copy of {@code source} (WAL content included) written to the new file {@code target}. */
    static void vacuumInto(Path source, Path target) {
        try (Connection c = SqliteFiles.connect(source, true);
             PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            deleteQuietly(target);
            throw new StoreException("Could not copy " + source + " to " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void restoreFrom(Path source) {
        Path from = source.toAbsolutePath().normalize();
        Path live = transactions.file();
        if (!Files.isRegularFile(from)) {
            throw new StoreException("Cannot restore from " + from + ": no such file.");
        }
        if (from.equals(live)) {
            throw new StoreException("Cannot restore the database from itself.");
        }
        // Check a private copy, so what was checked is exactly what gets installed.
        Path candidate = live.resolveSibling(live.getFileName() + ".restoring");
        deleteQuietly(candidate);
        try {
            SqliteFiles.Header header = SqliteFiles.inspect(from);
            if (header != SqliteFiles.Header.OURS) {
                throw SqliteFiles.notOurs(from, header == SqliteFiles.Header.ABSENT_OR_EMPTY ? "the file is empty"
                        : "a SQLite database without the UDI Trust application id");
            }
            vacuumInto(from, candidate);
            verify(from, candidate);
            Path kept = live.resolveSibling(live.getFileName() + ".before-restore-"
                    + STAMP.format(transactions.clock().instant()));
            transactions.whileClosed(() -> swap(live, candidate, kept));
        } finally {
            deleteQuietly(candidate);
        }
    }

    private static void verify(Path original, Path candidate) {
        try (Connection c = SqliteFiles.connect(candidate, true)) {
            SqliteFiles.checkUsable(original, c);
            if (Jdbc.count(c, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'audit_entry'") == 0) {
                throw SqliteFiles.notOurs(original, "it has no audit trail");
            }
            AuditVerification result = AuditVerifier.verify(new JdbcAuditTrail(c, null));
            if (result instanceof AuditVerification.Broken broken) {
                throw new StoreException("Not restoring from " + original + ": its audit trail does not verify. "
                        + broken.message());
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the backup " + original + ": " + e.getMessage(), e);
        }
    }

    private static void swap(Path live, Path candidate, Path kept) {
        try {
            Files.move(live, kept);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = live.resolveSibling(live.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, kept.resolveSibling(kept.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            throw new StoreException("Could not set the current database aside as " + kept + ": "
                    + e.getMessage(), e);
        }
        try {
            Files.move(candidate, live, StandardCopyOption.ATOMIC_MOVE);
            Database.prepare(live);
        } catch (IOException | RuntimeException e) {
            // Put the previous database back, so the application keeps working on what it had.
            try {
                Files.deleteIfExists(live);
                Files.move(kept, live);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw new StoreException("Could not restore the backup; the previous database is still in use: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public DatabaseInfo info() {
        return transactions.inReadTransaction(c -> new DatabaseInfo(
                transactions.file().toString(),
                schemaVersion(c),
                Jdbc.count(c, "SELECT COUNT(*) FROM device"),
                Jdbc.count(c, "SELECT COUNT(*) FROM device_model"),
                Jdbc.count(c, "SELECT COUNT(*) FROM audit_entry")));
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM flyway_schema_history"
                + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless; the next attempt deletes it.
        }
    }
}
