package org.uditrust.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteConfig;

/**
 * Recognising a SQLite file as a UDI Trust database, and opening connections to it. The checks read the file
 * header and query the schema without writing, so a file that is not ours (or is too new) is left exactly as it was.
 */
final class SqliteFiles {

    private SqliteFiles() {
    }

    /** What the file header says, read without SQLite. */
    enum Header { ABSENT_OR_EMPTY, OURS, BLANK_SQLITE }

    /**
     * Reads the 100-byte SQLite header: the magic string, and the application id at offset 68.
     *
     * @throws StoreException when the file is not a SQLite database, or is one with another application's id
     */
    static Header inspect(Path file) {
        if (!Files.exists(file)) {
            return Header.ABSENT_OR_EMPTY;
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("Cannot open " + file + " as a UDI Trust database: it is a directory.");
        }
        byte[] header = new byte[100];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            return Header.ABSENT_OR_EMPTY;
        }
        String magic = new String(header, 0, Math.min(read, 16), StandardCharsets.ISO_8859_1);
        if (read < 100 || !magic.equals(SqlDialect.SQLITE_MAGIC)) {
            throw new StoreException("Cannot open " + file + ": it is not a UDI Trust database (not a SQLite"
                    + " database file at all). The file was left unchanged.");
        }
        int applicationId = ((header[68] & 0xff) << 24) | ((header[69] & 0xff) << 16) | ((header[70] & 0xff) << 8)
                | (header[71] & 0xff);
        if (applicationId == SqlDialect.SQLITE_APPLICATION_ID) {
            return Header.OURS;
        }
        if (applicationId != 0) {
            throw notOurs(file, String.format("a SQLite database of another application, application id 0x%08x",
                    applicationId));
        }
        return Header.BLANK_SQLITE;
    }

    static StoreException notOurs(Path file, String why) {
        return new StoreException("Cannot open " + file + ": it is not a UDI Trust database (" + why
                + "). The file was left unchanged.");
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** A connection with the store's pragmas; {@code readOnly} opens the file read-only. */
    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(SqlDialect.SQLITE_BUSY_TIMEOUT_MS);
        Connection c = config.createConnection(url(file));
        try (var st = c.createStatement()) {
            for (String pragma : SqlDialect.sqliteConnectionPragmas()) {
                st.execute(pragma);
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** {@code PRAGMA application_id} as SQLite sees it (the header in the WAL counts too). */
    static int applicationId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("PRAGMA application_id"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static long schemaObjects(Connection c) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM sqlite_master");
    }

    /** Versions recorded in Flyway's history table, or none when the table does not exist (yet). */
    static List<MigrationVersion> appliedVersions(Connection c) throws SQLException {
        List<MigrationVersion> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return versions;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.add(MigrationVersion.fromVersion(rs.getString(1)));
            }
        }
        return versions;
    }

    /**
     * Checks, without writing, that an open SQLite file is a UDI Trust database this version can use: our application
     * id (or a blank file with no schema at all), and no schema version newer than {@link Schema#LATEST}.
     *
     * @return true when the file is blank (nothing in it yet)
     */
    static boolean checkUsable(Path file, Connection c) throws SQLException {
        int applicationId;
        long objects;
        try {
            applicationId = applicationId(c);
            objects = schemaObjects(c);
        } catch (SQLException e) {
            // SQLITE_NOTADB (26) or SQLITE_CORRUPT (11): the header looked right but the rest is not a database.
            throw notOurs(file, "SQLite cannot read it: " + e.getMessage());
        }
        if (applicationId != SqlDialect.SQLITE_APPLICATION_ID) {
            if (applicationId != 0) {
                throw notOurs(file, String.format("a SQLite database of another application, application id"
                        + " 0x%08x", applicationId));
            }
            if (objects > 0) {
                throw notOurs(file, "a SQLite database of another application: it has tables but no UDI Trust"
                        + " application id");
            }
            return true;
        }
        MigrationVersion newest = null;
        for (MigrationVersion v : appliedVersions(c)) {
            if (newest == null || v.compareTo(newest) > 0) {
                newest = v;
            }
        }
        if (newest != null && newest.compareTo(Schema.LATEST) > 0) {
            throw new StoreException("Cannot open " + file + ": it was written by a newer version of UDI Trust"
                    + " (schema " + newest + ", this version knows up to " + Schema.LATEST
                    + "). Update UDI Trust to open it; the file was left unchanged.");
        }
        return false;
    }
}
