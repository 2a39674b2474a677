package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditVerification;
import org.uditrust.audit.AuditVerifier;
import org.uditrust.registry.Actor;
import org.uditrust.registry.ConcurrentChangeException;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceService;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.LabelFinding;
import org.uditrust.registry.Location;
import org.uditrust.registry.RegistrationOutcome;
import org.uditrust.registry.RegistrationService;
import org.uditrust.registry.ScanEvent;
import org.uditrust.registry.Transactions;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.UdiParser;

/** The registry services over the real store: what one scan or one edit writes, and that it is all or nothing. */
class RegistryOverStoreTest {

    // GTIN of the AccessGUDID parse_udi documentation example (gudid.md 2.3).
    static final String DI = "00643169007222";
    static final String SCAN = "(01)" + DI + "(17)291231(10)LOT42(21)SN9";

    @TempDir
    Path dir;

    TestClock clock = new TestClock();
    Path file;
    Database db;
    Transactions tx;
    RegistrationService registration;
    DeviceService devices;
    Actor alice = new Actor("alice", "ws-7");

    @BeforeEach
    void open() {
        file = dir.resolve("registry.db");
        db = Database.open(file, clock);
        tx = db.transactions();
        registration = new RegistrationService(new UdiParser(ParseOptions.defaults(clock)), tx, clock);
        devices = new DeviceService(tx, clock);
        // GUDID says the label carries a lot and an expiry, but no serial.
        DeviceModel model = new DeviceModel(DI, "GS1", "Sprint Fidelis", "6949", null, "Medtronic", null, null,
                "In Commercial Distribution", null, null, null, null, null,
                new DeviceModel.PiFlags(true, false, false, true, false), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null);
        tx.write(r -> {
            r.models().upsert(model);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<ScanEvent> scans() {
        return tx.read(r -> r.scans().recent(100));
    }

    private List<AuditEntry> audit() {
        return tx.read(r -> r.auditTrail().find(AuditQuery.all(), 0, 100));
    }

    private long deviceCount() {
        return db.maintenance().info().devices();
    }

    @Test
    void scanToRegisterWritesDeviceAuditAndScanEventWithFindings() {
        RegistrationOutcome outcome = registration.register(SCAN, Location.parse("Main/B/ICU/12"), "Biomed", null,
                alice);

        assertThat(outcome).isInstanceOf(RegistrationOutcome.Registered.class);
        RegistrationOutcome.Registered registered = (RegistrationOutcome.Registered) outcome;
        assertThat(registered.findings()).extracting(LabelFinding::code)
                .containsExactly("gudid.serial-unexpected");
        Device stored = tx.read(r -> r.devices().byId(registered.device().id())).orElseThrow();
        assertThat(stored).isEqualTo(registered.device());
        assertThat(stored.findings()).isEqualTo(registered.findings());
        assertThat(stored.location()).isEqualTo(new Location("Main", "B", "ICU", "12"));
        assertThat(stored.registeredBy()).isEqualTo("alice@ws-7");

        List<AuditEntry> audit = audit();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).change().action()).isEqualTo("device.insert");
        assertThat(audit.get(0).change().entityId()).isEqualTo(Long.toString(stored.id()));
        assertThat(audit.get(0).change().after()).contains("\"serial\":\"SN9\"", "gudid.serial-unexpected");

        assertThat(scans()).singleElement().satisfies(s -> {
            assertThat(s.outcome()).isEqualTo("registered");
            assertThat(s.deviceId()).isEqualTo(stored.id());
            assertThat(s.rawInput()).isEqualTo(SCAN);
            assertThat(s.valid()).isTrue();
        });
    }

    @Test
    void aSecondScanOfTheSameUdiShowsTheDeviceInsteadOfRegisteringItAgain() {
        Device first = ((RegistrationOutcome.Registered) registration.register(SCAN, null, null, null, alice))
                .device();
        clock.advance(Duration.ofMinutes(1));
        // The same UDI with its elements in another order.
        RegistrationOutcome again = registration.register("(01)" + DI + "(21)SN9(10)LOT42(17)291231", null, null,
                null, alice);
        assertThat(again).isEqualTo(new RegistrationOutcome.AlreadyRegistered(first));
        assertThat(deviceCount()).isEqualTo(1);
        assertThat(audit()).hasSize(1);
        assertThat(scans()).extracting(ScanEvent::outcome).containsExactly("already-registered", "registered");
    }

    @Test
    void anInvalidScanOnlyRecordsTheScan() {
        RegistrationOutcome outcome = registration.register("(01)00643169007223", null, null, null, alice);
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Rejected.class);
        assertThat(deviceCount()).isZero();
        assertThat(audit()).isEmpty();
        assertThat(scans()).singleElement().satisfies(s -> {
            assertThat(s.valid()).isFalse();
            assertThat(s.outcome()).isEqualTo("rejected");
        });
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenNothingIsRegistered() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER audit_full BEFORE INSERT ON audit_entry"
                    + " BEGIN SELECT RAISE(ABORT, 'audit storage failed'); END");
        }
        assertThatThrownBy(() -> registration.register(SCAN, null, null, null, alice))
                .isInstanceOf(StoreException.class).hasMessageContaining("audit storage failed");
        assertThat(deviceCount()).isZero();
        assertThat(scans()).isEmpty();
    }

    @Test
    void deviceChangesAreAuditedWithBeforeAndAfterAndGuardedByVersion() {
        Device d = ((RegistrationOutcome.Registered) registration.register(SCAN, null, null, null, alice)).device();
        clock.advance(Duration.ofHours(1));
        Device quarantined = devices.setStatus(d.id(), 1, DeviceStatus.QUARANTINED, alice);
        Device moved = devices.move(d.id(), 2, Location.parse("Annex/1/OR"), new Actor("bob", "ws-2"));
        Device edited = devices.edit(d.id(), 3, "Anaesthesia", "Loaner", alice);
        assertThat(edited.version()).isEqualTo(4);
        assertThat(tx.read(r -> r.devices().byId(d.id())).orElseThrow()).isEqualTo(edited);
        assertThat(quarantined.status()).isEqualTo(DeviceStatus.QUARANTINED);
        assertThat(moved.location().site()).isEqualTo("Annex");

        assertThatThrownBy(() -> devices.setStatus(d.id(), 2, DeviceStatus.RETIRED, alice))
                .isInstanceOf(ConcurrentChangeException.class);

        List<AuditEntry> audit = audit();
        assertThat(audit).extracting(e -> e.change().action())
                .containsExactly("device.edit", "device.move", "device.status", "device.insert");
        AuditEntry move = audit.get(1);
        assertThat(move.actor()).isEqualTo("bob@ws-2");
        assertThat(move.change().before()).contains("\"status\":\"QUARANTINED\"", "\"version\":2");
        assertThat(move.change().after()).contains("\"site\":\"Annex\"", "\"version\":3");
        assertThat(tx.<AuditVerification>read(r -> AuditVerifier.verify(r.auditTrail())))
                .isInstanceOf(AuditVerification.Intact.class);
    }

    @Test
    void previewWritesNothing() {
        assertThat(registration.preview(SCAN).findings()).extracting(LabelFinding::code)
                .containsExactly("gudid.serial-unexpected");
        assertThat(registration.preview(SCAN).model().brandName()).isEqualTo("Sprint Fidelis");
        assertThat(deviceCount()).isZero();
        assertThat(scans()).isEmpty();
    }
}
