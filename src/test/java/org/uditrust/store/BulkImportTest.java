package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditVerification;
import org.uditrust.audit.AuditVerifier;
import org.uditrust.registry.Actor;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceRecords;
import org.uditrust.registry.Location;
import org.uditrust.registry.RegistrationService;
import org.uditrust.registry.csv.DeviceImportService;
import org.uditrust.registry.csv.ImportMode;
import org.uditrust.registry.csv.ImportOptions;
import org.uditrust.registry.csv.ImportOutcome;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.UdiParser;

/**
 * A CSV import big enough to take the bulk path (device query indexes set aside and rebuilt, devices and audit
 * entries written many rows per statement) must end in exactly the state the row-by-row path gives: the same
 * indexes, one intact audit entry per device, and duplicates refused row by row.
 */
class BulkImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final Actor ACTOR = new Actor("biomed", "ws-7");
    private static final UdiParser PARSER = new UdiParser(ParseOptions.defaults(CLOCK));
    private static final int ROWS = 12_345;

    @TempDir
    Path dir;

    @Test
    void aLargeImportKeepsTheIndexesAndAnAuditEntryPerDeviceAndRefusesLateDuplicates() {
        try (Database db = Database.open(dir.resolve("bulk.db"), CLOCK)) {
            List<String> indexesBefore = indexes(db);
            // one device registered by a scan first: the import must not take its UDI again
            new RegistrationService(PARSER, db.transactions(), CLOCK).register(udi(5), Location.parse("Main"), null,
                    null, ACTOR);
            StringBuilder csv = new StringBuilder("udi,site,room\n");
            for (int i = 0; i < ROWS; i++) {
                csv.append(udi(i)).append(",St Mary,R").append(i % 300).append('\n');
            }
            csv.append(udi(17)).append(",St Mary,again\n");

            ImportOutcome outcome = importCsv(db, csv, ImportMode.ACCEPTED_ROWS);

            assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
            assertThat(outcome.report().imported()).isEqualTo(ROWS - 1);
            assertThat(outcome.report().rejected()).extracting(r -> r.line() + " " + r.code()).containsExactly(
                    "7 import.already-registered", (ROWS + 2) + " import.duplicate-in-file");
            assertThat(indexes(db)).isEqualTo(indexesBefore);
            long devices = db.transactions().read(r -> r.devices().count(DeviceQuery.all()));
            assertThat(devices).isEqualTo(ROWS);
            List<AuditEntry> newest = db.transactions().read(r -> r.auditTrail().find(AuditQuery.all(), 0, 1));
            assertThat(newest.get(0).sequence()).isEqualTo(ROWS);
            // the last audit entry records exactly the last device as stored
            Device last = db.transactions().read(r -> r.devices().byId(ROWS)).orElseThrow();
            assertThat(newest.get(0).change().entityId()).isEqualTo(Long.toString(last.id()));
            assertThat(newest.get(0).change().after()).isEqualTo(DeviceRecords.auditJson(last));
            AuditVerification verification = db.transactions().read(r -> AuditVerifier.verify(r.auditTrail()));
            assertThat(verification).isInstanceOf(AuditVerification.Intact.class);
            // the commit left its checkpoint to a background thread and switched automatic checkpoints back on
            long autoCheckpoint = db.transactionsForTests().inWriteTransaction(c -> Jdbc.count(c,
                    "PRAGMA wal_autocheckpoint"));
            assertThat(autoCheckpoint).isEqualTo(SqlDialect.SQLITE_WAL_AUTOCHECKPOINT_PAGES);
        }
        // closing waits for that checkpoint; the file alone then holds every device and an intact trail
        assertThat(dir.resolve("bulk.db-wal")).doesNotExist();
        try (Database again = Database.open(dir.resolve("bulk.db"), CLOCK)) {
            long devices = again.transactions().read(r -> r.devices().count(DeviceQuery.all()));
            assertThat(devices).isEqualTo(ROWS);
            AuditVerification verification = again.transactions().read(r -> AuditVerifier.verify(r.auditTrail()));
            assertThat(verification).isInstanceOf(AuditVerification.Intact.class);
        }
    }

    /**
     * The multi-row inserts run as INSERT OR FAIL (no statement journal): rows of the failing statement before the
     * clash stay in the transaction until it rolls back. The rollback must leave nothing of them, and the store
     * must be usable at once.
     */
    @Test
    void aBulkInsertThatClashesWithAStoredUdiFailsClearlyAndLeavesNothingOfItsTransaction() {
        Instant at = CLOCK.instant();
        try (Database db = Database.open(dir.resolve("clash.db"), CLOCK)) {
            Device stored = db.transactions().write(r -> r.devices().insert(
                    StoreFixtures.device("09506000134352", "L1", "S20", Location.parse("Main"), at)));
            List<Device> batch = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                batch.add(StoreFixtures.device("09506000134352", "L1", "S" + i, Location.parse("Ward 3"), at));
            }
            batch.removeIf(d -> d.udiKey().equals(stored.udiKey()));
            batch.add(19, StoreFixtures.device("09506000134352", "L1", "S20", Location.parse("Ward 3"), at));

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.transactions().write(
                    r -> r.devices().insertAll(batch)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(stored.udiKey()).hasMessageContaining("never registered twice");

            long afterFailure = db.transactions().read(r -> r.devices().count(DeviceQuery.all()));
            assertThat(afterFailure).isEqualTo(1);
            List<Device> fresh = List.of(
                    StoreFixtures.device("09506000134352", "L2", "S1", Location.parse("Ward 3"), at),
                    StoreFixtures.device("09506000134352", "L2", "S2", Location.parse("Ward 3"), at));
            List<Device> written = db.transactions().write(r -> r.devices().insertAll(fresh));
            assertThat(written).extracting(Device::id).containsExactly(stored.id() + 1, stored.id() + 2);
            long afterNextWrite = db.transactions().read(r -> r.devices().count(DeviceQuery.all()));
            assertThat(afterNextWrite).isEqualTo(3);
        }
    }

    @Test
    void aLargeImportRolledBackAfterTheIndexesWereSetAsideLeavesThemAsTheyWere() {
        try (Database db = Database.open(dir.resolve("rollback.db"), CLOCK)) {
            List<String> indexesBefore = indexes(db);
            StringBuilder csv = new StringBuilder("udi\n");
            for (int i = 0; i < ROWS; i++) {
                csv.append(udi(i)).append('\n');
            }
            csv.append("(01)09506000134353\n");

            ImportOutcome outcome = importCsv(db, csv, ImportMode.ALL_OR_NOTHING);

            assertThat(outcome).isInstanceOf(ImportOutcome.RolledBack.class);
            assertThat(indexes(db)).isEqualTo(indexesBefore).hasSize(6);
            long devices = db.transactions().read(r -> r.devices().count(DeviceQuery.all()));
            long entries = db.transactions().read(r -> r.auditTrail().count(AuditQuery.all()));
            assertThat(devices).isZero();
            assertThat(entries).isZero();
        }
    }

    private static String udi(int i) {
        return "(01)09506000134352(10)L" + (i / 1000) + "(21)S" + i;
    }

    private static ImportOutcome importCsv(Database db, CharSequence csv, ImportMode mode) {
        return new DeviceImportService(PARSER, db.transactions(), CLOCK).importCsv(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults().withMode(mode), ACTOR);
    }

    private static List<String> indexes(Database db) {
        return db.transactionsForTests().inReadTransaction(c -> {
            List<String> sql = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'index'"
                    + " AND tbl_name = 'device' AND sql IS NOT NULL ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sql.add(rs.getString(1));
                }
            }
            return sql;
        });
    }
}
