package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.GudidStaging;
import org.uditrust.registry.GudidStore;

/**
 * A full GUDID release is swapped in by renaming the staging tables over the live ones (V4). That is only right
 * while the two are twins, and only if the live tables come out exactly as the migrations made them: the same
 * columns, foreign keys and indexes, import after import.
 */
class GudidSwapSchemaTest {

    private static final Map<String, String> LIVE_TO_STAGE = Map.of(
            "device_model", "gudid_stage_model",
            "model_identifier", "gudid_stage_identifier",
            "model_product_code", "gudid_stage_product_code",
            "model_gmdn_term", "gudid_stage_gmdn_term",
            "model_premarket_submission", "gudid_stage_premarket_submission",
            "model_sterilization_method", "gudid_stage_sterilization_method",
            "model_contact", "gudid_stage_contact",
            "model_device_size", "gudid_stage_device_size",
            "model_storage_condition", "gudid_stage_storage_condition");

    @TempDir
    Path dir;

    @Test
    void fullAndDeltaImportsLeaveTheLiveTablesAsTheMigrationsMadeThem() {
        try (Database db = Database.open(dir.resolve("swap.db"), new TestClock())) {
            Map<String, List<String>> before = shapes(db, LIVE_TO_STAGE.keySet(), true);

            importRelease(db, GudidStore.ReleaseKind.FULL, "04046964734413", "00643169007222");
            assertThat(shapes(db, LIVE_TO_STAGE.keySet(), true)).isEqualTo(before);
            importRelease(db, GudidStore.ReleaseKind.FULL, "09506000134352");
            importRelease(db, GudidStore.ReleaseKind.DELTA, "04046964734413");

            assertThat(shapes(db, LIVE_TO_STAGE.keySet(), true)).isEqualTo(before);
            long models = db.transactions().read(r -> r.models().count());
            Optional<DeviceModel> byPackageDi = db.transactions().read(r -> r.models().byDi("14046964734417"));
            Optional<DeviceModel> dropped = db.transactions().read(r -> r.models().byDi("00643169007222"));
            assertThat(models).isEqualTo(2);
            assertThat(byPackageDi).isPresent();
            assertThat(dropped).isEmpty();
            assertThat(indexNames(db)).contains("model_identifier_di", "model_identifier_model",
                    "model_product_code_code", "sqlite_autoindex_device_model_1", "model_contact_model",
                    "model_device_size_model", "model_storage_condition_model");
            // The swapped-in tables hold the release's rows: contacts, sizes and storage conditions too.
            Optional<DeviceModel> swapped = db.transactions().read(r -> r.models().byDi("09506000134352"));
            assertThat(swapped).get().satisfies(m -> {
                assertThat(m.contacts()).hasSize(2);
                assertThat(m.deviceSizes()).extracting(DeviceModel.DeviceSize::value).containsExactly("27.50", null);
                assertThat(m.storageConditions()).extracting(DeviceModel.StorageCondition::lowValue)
                        .containsExactly("-20", null);
            });
            assertThat(foreignKeysOk(db)).isTrue();
        }
    }

    @Test
    void theStagingTablesAreTwinsOfTheLiveTables() {
        try (Database db = Database.open(dir.resolve("twins.db"), new TestClock())) {
            Map<String, List<String>> live = shapes(db, LIVE_TO_STAGE.keySet(), false);
            Map<String, List<String>> staging = shapes(db, LIVE_TO_STAGE.values(), false);
            for (Map.Entry<String, String> pair : LIVE_TO_STAGE.entrySet()) {
                List<String> stagingShape = staging.get(pair.getValue()).stream()
                        .map(s -> s.replace("gudid_stage_model", "device_model")).toList();
                assertThat(stagingShape).as(pair.getValue() + " is shaped like " + pair.getKey())
                        .isEqualTo(live.get(pair.getKey()));
            }
        }
    }

    @Test
    void childRowsOfModelsTheReleaseDoesNotContainAreDropped() {
        try (Database db = Database.open(dir.resolve("orphans.db"), new TestClock())) {
            try (GudidStaging staging = db.gudid().beginImport(GudidStore.ReleaseKind.FULL)) {
                staging.device(StoreFixtures.model("04046964734413", "kept", false, false));
                staging.identifier("00643169007222", new DeviceModel.Identifier("00643169007222", "Primary", "GS1",
                        null, null));
                staging.identifier("04046964734413", new DeviceModel.Identifier("04046964734413", "Primary", "GS1",
                        null, null));
                staging.contact("00643169007222", new DeviceModel.Contact("+1(555)010-0000", null, null));
                staging.deviceSize("00643169007222", new DeviceModel.DeviceSize("Length", "Millimeter", "5", null));
                staging.storageCondition("00643169007222", new DeviceModel.StorageCondition(
                        "Storage Environment Temperature", "Degrees Celsius", "30", null, null, null));
                staging.contact("04046964734413", new DeviceModel.Contact(null, null, "kept@example.com"));
                assertThat(staging.commit("importer@ws", "with an orphan")).isEqualTo(1);
            }
            long identifiers = db.transactionsForTests().inReadTransaction(c -> Jdbc.count(c,
                    "SELECT COUNT(*) FROM model_identifier"));
            assertThat(identifiers).isEqualTo(1);
            long orphans = db.transactionsForTests().inReadTransaction(c -> Jdbc.count(c, "SELECT COUNT(*) FROM"
                    + " model_contact WHERE primary_di = '00643169007222'") + Jdbc.count(c, "SELECT COUNT(*) FROM"
                    + " model_device_size") + Jdbc.count(c, "SELECT COUNT(*) FROM model_storage_condition"));
            assertThat(orphans).isZero();
            Optional<DeviceModel> kept = db.transactions().read(r -> r.models().byDi("04046964734413"));
            assertThat(kept).get().extracting(DeviceModel::contacts).asList()
                    .containsExactly(new DeviceModel.Contact(null, null, "kept@example.com"));
            assertThat(foreignKeysOk(db)).isTrue();
        }
    }

    private static void importRelease(Database db, GudidStore.ReleaseKind kind, String... dis) {
        try (GudidStaging staging = db.gudid().beginImport(kind)) {
            for (String di : dis) {
                String body = "1" + di.substring(1, 13);
                DeviceModel m = StoreFixtures.fullModel(di, body + checkDigit(body));
                staging.device(new DeviceModel(m.primaryDi(), m.issuingAgency(), m.brandName(),
                        m.versionModelNumber(), m.catalogNumber(), m.companyName(), m.dunsNumber(),
                        m.deviceDescription(), m.commercialDistributionStatus(), m.commercialDistributionEndDate(),
                        m.mriSafetyStatus(), m.sterile(), m.sterilizationPriorToUse(), m.singleUse(), m.labelPi(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), m.publicVersionNumber(),
                        m.publicVersionDate()));
                m.identifiers().forEach(i -> staging.identifier(di, i));
                m.productCodes().forEach(p -> staging.productCode(di, p));
                m.gmdnTerms().forEach(t -> staging.gmdnTerm(di, t));
                m.premarketSubmissions().forEach(s -> staging.premarketSubmission(di, s));
                m.sterilizationMethods().forEach(s -> staging.sterilizationMethod(di, s));
                m.contacts().forEach(c -> staging.contact(di, c));
                m.deviceSizes().forEach(s -> staging.deviceSize(di, s));
                m.storageConditions().forEach(s -> staging.storageCondition(di, s));
            }
            staging.commit("importer@ws", kind + " release");
        }
    }

    /** GS1 mod-10 check digit over 13 digits. */
    private static int checkDigit(String thirteen) {
        int sum = 0;
        for (int i = 0; i < thirteen.length(); i++) {
            sum += (thirteen.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }

    /** Per table: its columns (name, type, not null, default, key), foreign keys and, if asked, its indexes. */
    private static Map<String, List<String>> shapes(Database db, Iterable<String> tables, boolean withIndexes) {
        return db.transactionsForTests().inReadTransaction(c -> {
            Map<String, List<String>> shapes = new TreeMap<>();
            for (String table : tables) {
                List<String> shape = new ArrayList<>();
                rows(c, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid",
                        table, shape);
                rows(c, "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id", table,
                        shape);
                if (withIndexes) {
                    rows(c, "SELECT l.name, l.\"unique\", l.origin, (SELECT group_concat(name, ',') FROM"
                            + " pragma_index_info(l.name)) FROM pragma_index_list(?) l ORDER BY l.name", table, shape);
                }
                shapes.put(table, shape);
            }
            return shapes;
        });
    }

    private static void rows(Connection c, String sql, String table, List<String> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    out.add(row.toString().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    private static List<String> indexNames(Database db) {
        return db.transactionsForTests().inReadTransaction(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'index'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    private static boolean foreignKeysOk(Database db) {
        return db.transactionsForTests().inReadTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("PRAGMA foreign_key_check");
                 ResultSet rs = ps.executeQuery()) {
                return !rs.next();
            }
        });
    }
}
