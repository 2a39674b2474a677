package org.uditrust.registry.gudid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditQuery;
import org.uditrust.registry.Actor;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.GudidStore;
import org.uditrust.store.Database;

/** The sample release imported into a real SQLite database through the store's staging. */
class GudidImportIntoDatabaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final Actor ACTOR = new Actor("biomed1", "ws-7");

    @TempDir
    Path tmp;

    @Test
    void importsTheSampleReleaseAndResolvesModelsByAnyOfTheirDis() {
        try (Database db = Database.open(tmp.resolve("registry.db"), CLOCK)) {
            ImportResult result = new GudidImportService(db.gudid()).importRelease(SampleRelease.ZIP,
                    GudidStore.ReleaseKind.FULL, ACTOR, ImportProgress.NONE, Cancellation.NEVER);
            assertThat(result).isInstanceOf(ImportResult.Imported.class);
            assertThat(((ImportResult.Imported) result).modelsLive()).isEqualTo(41);

            db.transactions().read(repos -> {
                assertThat(repos.models().count()).isEqualTo(41);
                // A box of 20 administration sets: its package DI finds the model, with all its children.
                Optional<DeviceModel> set = repos.models().byDi("19506000135110");
                assertThat(set).get().satisfies(m -> {
                    assertThat(m.primaryDi()).isEqualTo("09506000135113");
                    assertThat(m.identifiers()).extracting(DeviceModel.Identifier::deviceId)
                            .containsExactlyInAnyOrder("09506000135113", "19506000135110", "29506000135117");
                    assertThat(m.productCodes()).extracting(DeviceModel.ProductCode::code).containsExactly("FPA");
                    assertThat(m.sterilizationMethods()).containsExactly("Ethylene Oxide");
                    assertThat(m.labelPi()).isEqualTo(new DeviceModel.PiFlags(true, false, false, true, false));
                });
                // The HIBCC case-level DI and the ICCBBA PPIC of the sample labels.
                assertThat(repos.models().byDi("A123BJC5D6E73")).get()
                        .extracting(DeviceModel::primaryDi).isEqualTo("A123BJC5D6E71");
                assertThat(repos.models().byDi("A9999XYZ100T0476")).get()
                        .extracting(DeviceModel::brandName).isEqualTo("Riverside OsteoFill");
                // device.txt has no agency column: it comes from the Primary row of identifiers.txt.
                assertThat(repos.models().byDi("A123BJC5D6E73")).get()
                        .extracting(DeviceModel::issuingAgency).isEqualTo("HIBCC");
                assertThat(repos.models().byDi("A9999XYZ100T0476")).get()
                        .extracting(DeviceModel::issuingAgency).isEqualTo("ICCBBA");
                assertThat(repos.models().byDi("09506000134352")).get()
                        .extracting(DeviceModel::issuingAgency).isEqualTo("GS1");
                assertThat(repos.models().byDi("09506000134352")).get()
                        .extracting(DeviceModel::versionModelNumber).isEqualTo("VIP-3000");
                List<AuditEntry> audit = repos.auditTrail().find(AuditQuery.all(), 0, 10);
                assertThat(audit).anySatisfy(e -> assertThat(e.toString())
                        .contains("biomed1@ws-7", SampleRelease.NAME));
                return null;
            });
        }
    }

    @Test
    void storesContactsSizesAndStorageConditionsOfTheSampleRelease() {
        try (Database db = Database.open(tmp.resolve("registry.db"), CLOCK)) {
            new GudidImportService(db.gudid()).importRelease(SampleRelease.ZIP, GudidStore.ReleaseKind.FULL, ACTOR,
                    ImportProgress.NONE, Cancellation.NEVER);

            db.transactions().read(repos -> {
                // Values of the sample's contacts.txt, deviceSizes.txt and environmentalConditions.txt.
                DeviceModel stent = repos.models().byDi("09506004200015").orElseThrow();
                assertThat(stent.contacts()).containsExactly(new DeviceModel.Contact("+1(555)010-5300", null,
                        "customer.care@bluefin-vascular.example"));
                assertThat(stent.deviceSizes()).containsExactly(
                        new DeviceModel.DeviceSize("Outer Diameter", "Millimeter", "3.0", null),
                        new DeviceModel.DeviceSize("Length", "Millimeter", "18", null));
                assertThat(stent.storageConditions()).isEmpty();
                // By its case DI: the HIBCC catheter's contact has an extension.
                assertThat(repos.models().byDi("A123BJC5D6E73").orElseThrow().contacts()).containsExactly(
                        new DeviceModel.Contact("+1(555)010-7500", "214", "orders@westbrook-surgical.example"));
                // A labeler without an e-mail.
                assertThat(repos.models().byDi("H456URO16F1").orElseThrow().contacts())
                        .containsExactly(new DeviceModel.Contact("+1(555)010-8600", null, null));
                DeviceModel pump = repos.models().byDi("09506000134352").orElseThrow();
                assertThat(pump.storageConditions()).containsExactly(
                        new DeviceModel.StorageCondition("Storage Environment Temperature", "Degrees Celsius", "30",
                                "Degrees Celsius", "15", null),
                        new DeviceModel.StorageCondition("Storage Environment Humidity",
                                "Percent (%) Relative Humidity", "85", "Percent (%) Relative Humidity", "10", null));
                return null;
            });
        }
    }

    @Test
    void aCancelledDeltaLeavesTheOldContactsAndConditions() throws Exception {
        try (Database db = Database.open(tmp.resolve("registry.db"), CLOCK)) {
            GudidImportService service = new GudidImportService(db.gudid());
            service.importRelease(SampleRelease.DIR, GudidStore.ReleaseKind.FULL, ACTOR, ImportProgress.NONE,
                    Cancellation.NEVER);
            DeviceModel before = db.transactions().read(r -> r.models().byDi("09506000134352")).orElseThrow();
            // A delta that would give the pump another contact and no storage conditions, cancelled while its
            // contacts are being read (after device.txt was staged).
            Path delta = SampleRelease.copy(tmp.resolve("delta"));
            java.util.List<String> contacts = SampleRelease.lines(delta.resolve("contacts.txt"));
            contacts.replaceAll(l -> l.startsWith("09506000134352|") ? "09506000134352|+1(555)010-2999||new@x.example"
                    : l);
            SampleRelease.write(delta.resolve("contacts.txt"), contacts);
            java.nio.file.Files.delete(delta.resolve("environmentalConditions.txt"));
            Cancellation.Flag cancel = new Cancellation.Flag();
            ImportResult cancelled = service.importRelease(delta, GudidStore.ReleaseKind.DELTA, ACTOR,
                    status -> {
                        if (status.step().contains("contacts.txt")) {
                            cancel.cancel();
                        }
                    }, cancel);

            assertThat(cancelled).isInstanceOf(ImportResult.Cancelled.class);
            DeviceModel after = db.transactions().read(r -> r.models().byDi("09506000134352")).orElseThrow();
            assertThat(after).isEqualTo(before);
            assertThat(after.contacts()).extracting(DeviceModel.Contact::phone).containsExactly("+1(555)010-2000");
            assertThat(after.storageConditions()).hasSize(2);

            // The same delta, not cancelled, replaces them.
            assertThat(service.importRelease(delta, GudidStore.ReleaseKind.DELTA, ACTOR, ImportProgress.NONE,
                    Cancellation.NEVER)).isInstanceOf(ImportResult.Imported.class);
            DeviceModel replaced = db.transactions().read(r -> r.models().byDi("09506000134352")).orElseThrow();
            assertThat(replaced.contacts()).containsExactly(
                    new DeviceModel.Contact("+1(555)010-2999", null, "new@x.example"));
            assertThat(replaced.storageConditions()).isEmpty();
        }
    }

    @Test
    void aFailedReleaseLeavesThePreviousOneLive() {
        try (Database db = Database.open(tmp.resolve("registry.db"), CLOCK)) {
            GudidImportService service = new GudidImportService(db.gudid());
            service.importRelease(SampleRelease.DIR, GudidStore.ReleaseKind.FULL, ACTOR, ImportProgress.NONE,
                    Cancellation.NEVER);
            Cancellation.Flag cancel = new Cancellation.Flag();
            ImportResult second = service.importRelease(SampleRelease.ZIP, GudidStore.ReleaseKind.FULL, ACTOR,
                    status -> cancel.cancel(), cancel);
            assertThat(second).isInstanceOf(ImportResult.Cancelled.class);
            long live = db.transactions().read(repos -> repos.models().count());
            assertThat(live).isEqualTo(41);
            // The store accepts a new import after the cancelled one released its staging.
            assertThat(service.importRelease(SampleRelease.ZIP, GudidStore.ReleaseKind.DELTA, ACTOR,
                    ImportProgress.NONE, Cancellation.NEVER)).isInstanceOf(ImportResult.Imported.class);
        }
    }
}
