package org.uditrust.registry.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditVerification;
import org.uditrust.audit.AuditVerifier;
import org.uditrust.registry.Actor;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.InventoryQueries;
import org.uditrust.registry.Location;
import org.uditrust.registry.RegistrationService;
import org.uditrust.report.ExportFormat;
import org.uditrust.report.InventoryExports;
import org.uditrust.store.Database;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.UdiParser;

/** The import against the real SQLite store: what is committed can be queried, and a rollback leaves no trace. */
class DeviceImportSqliteTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final Actor ACTOR = new Actor("biomed", "ws-7");
    private static final UdiParser PARSER = new UdiParser(ParseOptions.defaults(CLOCK));
    // GS1's example GTIN; HIBCC example of the UDI primer; ISBT 128 example of the parser tests
    private static final String GS1 = "(01)09506000134352(17)271231(10)LOT1";
    private static final String HIBCC = "+A123BJC5D6E71G";
    private static final String ISBT = "=/A9999XYZ100T0476=,000025=A99971712345600=>019032=}017032&,1000000000000XYZ123";

    @TempDir
    Path dir;
    private Database db;
    private DeviceImportService importer;
    private InventoryQueries inventory;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("inventory.db"), CLOCK);
        importer = new DeviceImportService(PARSER, db.transactions(), CLOCK);
        inventory = new InventoryQueries(db.transactions());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void importedDevicesCanBeQueriedAndEachHasAnIntactAuditEntry() {
        String csv = "UDI,Site,Building,Department,Room,Owner,Notes,Status\n"
                + GS1 + ",St Mary,B,ICU,12,Biomed,\"pump, left\",in service\n"
                + HIBCC + ",St Mary,B,OR,3,,,quarantined\n"
                + "\"" + ISBT + "\",Annex,,Lab,,,,\n";

        ImportOutcome outcome = run(csv, ImportMode.ALL_OR_NOTHING);

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(inventory.count(DeviceQuery.all())).isEqualTo(3);
        List<Device> icu = inventory.page(DeviceQuery.text("ICU"), 0, 10);
        assertThat(icu).singleElement().satisfies(d -> {
            assertThat(d.carrier()).isEqualTo(GS1);
            assertThat(d.notes()).isEqualTo("pump, left");
            assertThat(d.location()).isEqualTo(new Location("St Mary", "B", "ICU", "12"));
        });
        assertThat(inventory.count(new DeviceQuery(null, null, DeviceStatus.QUARANTINED, null, null, true)))
                .isEqualTo(1);
        long auditEntries = db.transactions().read(r -> r.auditTrail().count(AuditQuery.all()));
        assertThat(auditEntries).isEqualTo(3);
        AuditVerification verification = db.transactions().read(r -> AuditVerifier.verify(r.auditTrail()));
        assertThat(verification).isInstanceOf(AuditVerification.Intact.class);
    }

    @Test
    void aFileWithOneBadRowLeavesTheInventoryUnchanged() {
        new RegistrationService(PARSER, db.transactions(), CLOCK).register(HIBCC, Location.parse("Main"), null, null,
                ACTOR);
        long devicesBefore = inventory.count(DeviceQuery.all());
        long auditBefore = db.transactions().read(r -> r.auditTrail().count(AuditQuery.all()));

        String csv = "udi\n" + GS1 + "\n\"" + ISBT + "\"\n(01)09506000134353\n";
        ImportOutcome outcome = run(csv, ImportMode.ALL_OR_NOTHING);

        assertThat(outcome).isInstanceOf(ImportOutcome.RolledBack.class);
        assertThat(outcome.report().rejected()).extracting(RejectedRow::line).containsExactly(4L);
        assertThat(inventory.count(DeviceQuery.all())).isEqualTo(devicesBefore).isEqualTo(1);
        long auditAfter = db.transactions().read(r -> r.auditTrail().count(AuditQuery.all()));
        assertThat(auditAfter).isEqualTo(auditBefore);
        AuditVerification verification = db.transactions().read(r -> AuditVerifier.verify(r.auditTrail()));
        assertThat(verification).isInstanceOf(AuditVerification.Intact.class);

        // the same file without the bad row then imports, and the earlier device is refused as a duplicate
        ImportOutcome second = run("udi\n" + GS1 + "\n" + HIBCC + "\n", ImportMode.ACCEPTED_ROWS);
        assertThat(second.report().imported()).isEqualTo(1);
        assertThat(second.report().rejected()).singleElement()
                .satisfies(r -> assertThat(r.code()).isEqualTo("import.already-registered"));
        assertThat(inventory.count(DeviceQuery.all())).isEqualTo(2);
    }

    @Test
    void aFatalFaultStoresNothingInAcceptedRowsMode() {
        byte[] latin1 = ("udi,notes\n" + GS1 + ",ok\n" + HIBCC + ",Geb\u00e4ude\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        ImportOutcome outcome = importer.importCsv(new ByteArrayInputStream(latin1),
                ImportOptions.defaults().withMode(ImportMode.ACCEPTED_ROWS), ACTOR);

        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Failed.class, f -> {
            assertThat(f.code()).isEqualTo("csv.not-utf8");
            assertThat(f.line()).isEqualTo(3);
        });
        assertThat(inventory.count(DeviceQuery.all())).isZero();
    }

    @Test
    void exportThenImportIntoAnotherDatabaseGivesTheSameInventory() {
        run("udi,location,owner,notes,status\n" + GS1 + ",A/B/C/D,Biomed,\"multi\nline\",retired\n" + HIBCC
                + ",A,,,\n\"" + ISBT + "\",,,=not a formula,recalled\n", ImportMode.ALL_OR_NOTHING);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new InventoryExports(db.transactions(), CLOCK).export(DeviceQuery.all(), ExportFormat.CSV, csv);

        try (Database other = Database.open(dir.resolve("other.db"), CLOCK)) {
            ImportOutcome outcome = new DeviceImportService(PARSER, other.transactions(), CLOCK)
                    .importCsv(new ByteArrayInputStream(csv.toByteArray()), ImportOptions.defaults(), ACTOR);
            assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
            InventoryQueries copy = new InventoryQueries(other.transactions());
            List<Device> a = inventory.page(DeviceQuery.all(), 0, 10);
            List<Device> b = copy.page(DeviceQuery.all(), 0, 10);
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                Device x = a.get(i);
                Device y = b.stream().filter(d -> d.udiKey().equals(x.udiKey())).findFirst().orElseThrow();
                assertThat(List.of(y.carrier(), y.location(), y.status(), String.valueOf(y.owner()),
                        String.valueOf(y.notes()))).isEqualTo(List.of(x.carrier(), x.location(), x.status(),
                        String.valueOf(x.owner()), String.valueOf(x.notes())));
            }
        }
    }

    private ImportOutcome run(String csv, ImportMode mode) {
        return importer.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults().withMode(mode), ACTOR);
    }
}
