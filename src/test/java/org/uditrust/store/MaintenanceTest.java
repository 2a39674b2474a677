package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.audit.AuditChange;
import org.uditrust.registry.DatabaseMaintenance;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.Location;

class MaintenanceTest {

    static final String DI = "00643169007222";

    @TempDir
    Path dir;

    TestClock clock = new TestClock();

    private static void addDevice(Database db, String serial, TestClock clock) {
        db.transactions().write(r -> {
            Device d = r.devices().insert(StoreFixtures.device(DI, null, serial, Location.UNKNOWN, clock.instant()));
            r.audit().append("tester@ws", new AuditChange("device.insert", "device", Long.toString(d.id()), null,
                    "{\"serial\":\"" + serial + "\"}"));
            return d;
        });
    }

    private static List<String> serials(Database db) {
        return db.transactions().read(r -> r.devices().find(DeviceQuery.all(), 0, 100)).stream()
                .map(Device::serial).sorted().toList();
    }

    @Test
    void backupAndRestoreRoundTripKeepingTheReplacedFile() throws Exception {
        Path live = dir.resolve("live.db");
        Path backup = dir.resolve("backups/2025-06-01.db");
        try (Database db = Database.open(live, clock)) {
            addDevice(db, "S1", clock);
            addDevice(db, "S2", clock);
            db.maintenance().backupTo(backup);
            addDevice(db, "S3", clock);
            assertThat(serials(db)).containsExactly("S1", "S2", "S3");

            db.maintenance().restoreFrom(backup);

            // The same Database object works on the restored data.
            assertThat(serials(db)).containsExactly("S1", "S2");
            DatabaseMaintenance.DatabaseInfo info = db.maintenance().info();
            assertThat(info.devices()).isEqualTo(2);
            assertThat(info.auditEntries()).isEqualTo(2);
            assertThat(info.schemaVersion()).isEqualTo("1");
            assertThat(info.location()).isEqualTo(live.toAbsolutePath().toString());
            addDevice(db, "S4", clock);
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("live.db.before-restore-"))
                    .filter(p -> !p.toString().endsWith("-wal") && !p.toString().endsWith("-shm"))
                    .findFirst().orElseThrow();
            assertThat(kept.getFileName().toString()).isEqualTo("live.db.before-restore-20250601T083000Z");
            try (Database old = Database.open(kept, clock)) {
                assertThat(serials(old)).containsExactly("S1", "S2", "S3");
            }
        }
        try (Database db = Database.open(live, clock)) {
            assertThat(serials(db)).containsExactly("S1", "S2", "S4");
        }
    }

    @Test
    void backupRefusesToOverwrite() throws Exception {
        Path existing = dir.resolve("existing.db");
        Files.writeString(existing, "precious");
        try (Database db = Database.open(dir.resolve("live.db"), clock)) {
            assertThatThrownBy(() -> db.maintenance().backupTo(existing))
                    .isInstanceOf(StoreException.class).hasMessageContaining("exists");
        }
        assertThat(Files.readString(existing)).isEqualTo("precious");
    }

    @Test
    void restoreRefusesABackupWhoseAuditTrailWasTamperedWith() throws Exception {
        Path backup = dir.resolve("backup.db");
        try (Database db = Database.open(dir.resolve("source.db"), clock)) {
            addDevice(db, "S1", clock);
            addDevice(db, "S2", clock);
            db.maintenance().backupTo(backup);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement st = c.createStatement()) {
            st.execute("UPDATE audit_entry SET actor = 'nobody@nowhere' WHERE sequence = 1");
        }
        try (Database db = Database.open(dir.resolve("live.db"), clock)) {
            addDevice(db, "LIVE", clock);
            assertThatThrownBy(() -> db.maintenance().restoreFrom(backup))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("audit trail does not verify")
                    .hasMessageContaining("Audit entry 1");
            assertThat(serials(db)).containsExactly("LIVE");
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotOurs() throws Exception {
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        Path text = dir.resolve("text.db");
        Files.writeString(text, "hello, this is text and not a database at all, really not one. ".repeat(3));
        byte[] before = Files.readAllBytes(foreign);
        try (Database db = Database.open(dir.resolve("live.db"), clock)) {
            addDevice(db, "LIVE", clock);
            assertThatThrownBy(() -> db.maintenance().restoreFrom(foreign))
                    .isInstanceOf(StoreException.class).hasMessageContaining("not a UDI Trust database");
            assertThatThrownBy(() -> db.maintenance().restoreFrom(text))
                    .isInstanceOf(StoreException.class).hasMessageContaining("not a SQLite database");
            assertThatThrownBy(() -> db.maintenance().restoreFrom(dir.resolve("missing.db")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no such file");
            assertThat(serials(db)).containsExactly("LIVE");
        }
        assertThat(Files.readAllBytes(foreign)).isEqualTo(before);
    }
}
