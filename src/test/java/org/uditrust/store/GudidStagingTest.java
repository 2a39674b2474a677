package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditVerification;
import org.uditrust.audit.AuditVerifier;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.GudidStaging;
import org.uditrust.registry.GudidStore;
import org.uditrust.registry.Transactions;

class GudidStagingTest {

    static final String A = "04046964734413";
    static final String A_PACKAGE = "14046964734410";
    static final String B = "00643169007222";
    static final String C = "09506000134352";

    @TempDir
    Path dir;

    Database db;
    Transactions tx;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("gudid.db"), new TestClock());
        tx = db.transactions();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<DeviceModel> model(String di) {
        return tx.read(r -> r.models().byDi(di));
    }

    private long models() {
        return tx.read(r -> r.models().count());
    }

    /** Stages a model the way the GUDID reader does: the device row, then each child file's rows. */
    private static void stage(GudidStaging staging, DeviceModel m) {
        staging.device(new DeviceModel(m.primaryDi(), m.issuingAgency(), m.brandName(), m.versionModelNumber(),
                m.catalogNumber(), m.companyName(), m.dunsNumber(), m.deviceDescription(),
                m.commercialDistributionStatus(), m.commercialDistributionEndDate(), m.mriSafetyStatus(), m.sterile(),
                m.sterilizationPriorToUse(), m.singleUse(), m.labelPi(), List.of(), List.of(), List.of(), List.of(),
                List.of(), m.publicVersionNumber(), m.publicVersionDate()));
        m.identifiers().forEach(i -> staging.identifier(m.primaryDi(), i));
        m.productCodes().forEach(p -> staging.productCode(m.primaryDi(), p));
        m.gmdnTerms().forEach(t -> staging.gmdnTerm(m.primaryDi(), t));
        m.premarketSubmissions().forEach(s -> staging.premarketSubmission(m.primaryDi(), s));
        m.sterilizationMethods().forEach(s -> staging.sterilizationMethod(m.primaryDi(), s));
        m.contacts().forEach(c -> staging.contact(m.primaryDi(), c));
        m.deviceSizes().forEach(s -> staging.deviceSize(m.primaryDi(), s));
        m.storageConditions().forEach(s -> staging.storageCondition(m.primaryDi(), s));
    }

    @Test
    void aFullReleaseReplacesEveryModelAndIsAudited() {
        tx.write(r -> {
            r.models().upsert(StoreFixtures.model(C, "Old model only in the live table", false, false));
            return null;
        });
        DeviceModel a = StoreFixtures.fullModel(A, A_PACKAGE);
        DeviceModel b = StoreFixtures.model(B, "Sprint Fidelis", true, true);
        long live;
        try (GudidStaging staging = db.gudid().beginImport(GudidStore.ReleaseKind.FULL)) {
            stage(staging, a);
            stage(staging, b);
            assertThat(staging.devicesStaged()).isEqualTo(2);
            // Nothing is live before the commit.
            assertThat(model(A)).isEmpty();
            live = staging.commit("importer@ws", "AccessGUDID_Delimited_Full_Release_20250601");
        }
        assertThat(live).isEqualTo(2);
        assertThat(model(A)).contains(a);
        assertThat(model(A_PACKAGE)).contains(a);
        assertThat(model(B)).contains(b);
        assertThat(model(C)).isEmpty();

        List<AuditEntry> entries = tx.read(r -> r.auditTrail().find(AuditQuery.all(), 0, 10));
        assertThat(entries).hasSize(1);
        AuditEntry entry = entries.get(0);
        assertThat(entry.change().action()).isEqualTo("model.import");
        assertThat(entry.change().entityType()).isEqualTo("gudid-release");
        assertThat(entry.change().entityId()).isEqualTo("AccessGUDID_Delimited_Full_Release_20250601");
        assertThat(entry.actor()).isEqualTo("importer@ws");
        assertThat(entry.change().after()).contains("\"kind\":\"FULL\"", "\"modelsAfter\":2", "\"modelsBefore\":1",
                "\"identifiers\":2", "\"productCodes\":2", "\"sterilizationMethods\":2", "\"contacts\":2",
                "\"deviceSizes\":2", "\"storageConditions\":2");
        assertThat(tx.<AuditVerification>read(r -> AuditVerifier.verify(r.auditTrail())))
                .isInstanceOf(AuditVerification.Intact.class);
        assertThat(stagingRows()).isZero();
    }

    @Test
    void aDeltaReleaseReplacesOnlyTheModelsItContains() {
        DeviceModel a = StoreFixtures.fullModel(A, A_PACKAGE);
        DeviceModel b = StoreFixtures.model(B, "Sprint Fidelis", true, true);
        tx.write(r -> {
            r.models().upsert(a);
            r.models().upsert(b);
            return null;
        });
        DeviceModel aUpdated = StoreFixtures.model(A, "Infusomat Space v2", true, false);
        DeviceModel c = StoreFixtures.fullModel(C, "19506000134359");
        try (GudidStaging staging = db.gudid().beginImport(GudidStore.ReleaseKind.DELTA)) {
            stage(staging, aUpdated);
            stage(staging, c);
            assertThat(staging.commit("importer@ws", "delta-20250608")).isEqualTo(3);
        }
        assertThat(model(A)).contains(aUpdated);
        assertThat(model(A_PACKAGE)).isEmpty();
        assertThat(model(B)).contains(b);
        assertThat(model(C)).contains(c);
    }

    @Test
    void manyRowsAreStagedInBatchesAndTheLastRowForADiWins() {
        try (GudidStaging staging = db.gudid().beginImport(GudidStore.ReleaseKind.FULL)) {
            for (int i = 0; i < 12_345; i++) {
                String di = String.format("%014d", i);
                staging.device(StoreFixtures.model(di, "Brand " + i, i % 2 == 0, false));
                staging.identifier(di, new DeviceModel.Identifier(di, "Primary", "GS1", null, null));
            }
            staging.device(StoreFixtures.model(String.format("%014d", 7), "Brand 7 corrected", true, true));
            assertThat(staging.commit("importer@ws", "big")).isEqualTo(12_345);
        }
        assertThat(model(String.format("%014d", 7)).orElseThrow().brandName()).isEqualTo("Brand 7 corrected");
        assertThat(model(String.format("%014d", 12_344)).orElseThrow().identifiers()).hasSize(1);
    }

    @Test
    void closingWithoutCommitLeavesLiveDataAndDropsTheStaging() {
        DeviceModel b = StoreFixtures.model(B, "Sprint Fidelis", true, true);
        tx.write(r -> {
            r.models().upsert(b);
            return null;
        });
        try (GudidStaging staging = db.gudid().beginImport(GudidStore.ReleaseKind.FULL)) {
            for (int i = 0; i < 6_000; i++) {
                staging.device(StoreFixtures.model(String.format("%014d", i), "X", false, false));
            }
            assertThat(stagingRows()).isPositive();
        }
        assertThat(stagingRows()).isZero();
        assertThat(models()).isEqualTo(1);
        assertThat(model(B)).contains(b);
    }

    @Test
    void beginningAnImportDiscardsStagingLeftByAnInterruptedOne() {
        // An import killed mid-way leaves staged rows behind (simulated: rows written, never committed or closed).
        tx.write(r -> {
            r.models().upsert(StoreFixtures.model(B, "live", true, true));
            return null;
        });
        insertLeftover("00000000000017");
        try (GudidStaging staging = db.gudid().beginImport(GudidStore.ReleaseKind.DELTA)) {
            stage(staging, StoreFixtures.model(C, "new", false, false));
            staging.commit("importer@ws", "delta");
        }
        assertThat(model("00000000000017")).isEmpty();
        assertThat(models()).isEqualTo(2);
    }

    @Test
    void aFullReleaseWithoutDevicesIsRefused() {
        tx.write(r -> {
            r.models().upsert(StoreFixtures.model(B, "live", true, true));
            return null;
        });
        try (GudidStaging staging = db.gudid().beginImport(GudidStore.ReleaseKind.FULL)) {
            assertThatThrownBy(() -> staging.commit("importer@ws", "empty"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no device rows");
        }
        assertThat(models()).isEqualTo(1);
    }

    @Test
    void onlyOneImportAtATime() {
        try (GudidStaging first = db.gudid().beginImport(GudidStore.ReleaseKind.FULL)) {
            assertThatThrownBy(() -> db.gudid().beginImport(GudidStore.ReleaseKind.DELTA))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already running");
        }
        db.gudid().beginImport(GudidStore.ReleaseKind.DELTA).close();
    }

    private void insertLeftover(String di) {
        db.transactionsForTests().inWriteTransaction(c -> {
            try (var ps = c.prepareStatement(ModelRows.upsert("gudid_stage_model"))) {
                ModelRows.bind(ps, StoreFixtures.model(di, "leftover", false, false));
                ps.executeUpdate();
            }
            return null;
        });
    }

    private long stagingRows() {
        return db.transactionsForTests().inReadTransaction(c -> Jdbc.count(c,
                "SELECT (SELECT COUNT(*) FROM gudid_stage_model) + (SELECT COUNT(*) FROM gudid_stage_identifier)"));
    }

    @Test
    void anImportWhoseStagingWasTakenOverByAnotherProcessFailsWithoutChangingAnything() {
        tx.write(r -> {
            r.models().upsert(StoreFixtures.model(B, "live", true, true));
            return null;
        });
        // A second Database on the same file stands for the CLI importing while the app imports.
        try (Database other = Database.open(dir.resolve("gudid.db"), new TestClock());
             GudidStaging first = db.gudid().beginImport(GudidStore.ReleaseKind.FULL)) {
            stage(first, StoreFixtures.model(A, "first", false, false));
            try (GudidStaging second = other.gudid().beginImport(GudidStore.ReleaseKind.FULL)) {
                stage(second, StoreFixtures.model(C, "second", false, false));
                assertThatThrownBy(() -> first.commit("app@ws", "first"))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("Another GUDID import was started");
                assertThat(models()).isEqualTo(1);
                first.close();
                // Closing the loser leaves the winner's staging alone.
                assertThat(second.commit("cli@ws", "second")).isEqualTo(1);
            }
        }
        assertThat(model(C)).isPresent();
        assertThat(model(B)).isEmpty();
    }
}
