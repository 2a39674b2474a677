package org.uditrust.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.uditrust.audit.AuditChange;
import org.uditrust.audit.CanonicalJson;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.GudidStaging;
import org.uditrust.registry.GudidStore;

/**
 * GUDID releases imported through the {@code gudid_stage_*} tables. Rows are buffered and written in batches of
 * {@link #BATCH_ROWS} with prepared statements, one short write transaction per batch, so the UI can still write
 * between batches and memory stays flat. {@link Staging#commit} swaps them into the live model tables in one
 * transaction with its audit entry; until then the live tables are untouched, so killing the process at any
 * moment leaves the previous release in place (the staging rows left behind are discarded by the next import).
 *
 * <p>The staging tables are twins of the live ones (V4 migration: same columns and constraints, foreign keys to
 * {@code gudid_stage_model}). A full release is swapped in by dropping the live tables and renaming the staging
 * tables in their place, so no row is copied; a delta release is merged by copying. Child rows are staged only
 * when their model is, which keeps the foreign keys valid without checking them row by row while staging.
 */
final class SqliteGudidStore implements GudidStore {

    /** Rows per staging transaction: large enough to amortise the commit, small enough to keep memory flat. */
    static final int BATCH_ROWS = 5_000;

    private static final List<String> STAGE_TABLES = List.of("gudid_stage_identifier", "gudid_stage_product_code",
            "gudid_stage_gmdn_term", "gudid_stage_premarket_submission", "gudid_stage_sterilization_method",
            "gudid_stage_contact", "gudid_stage_device_size", "gudid_stage_storage_condition", "gudid_stage_model");

    // Staging statements, built once: the SQL text is looked up per row.
    private static final String STAGE_UPSERT_MODEL = ModelRows.upsert("gudid_stage_model");
    private static final String STAGE_INSERT_IDENTIFIER = ModelRows.insertIdentifier("gudid_stage_identifier");
    private static final String STAGE_INSERT_PRODUCT_CODE = ModelRows.insertProductCode("gudid_stage_product_code");
    private static final String STAGE_INSERT_GMDN_TERM = ModelRows.insertGmdnTerm("gudid_stage_gmdn_term");
    private static final String STAGE_INSERT_SUBMISSION =
            ModelRows.insertSubmission("gudid_stage_premarket_submission");
    private static final String STAGE_INSERT_METHOD = ModelRows.insertMethod("gudid_stage_sterilization_method");
    private static final String STAGE_INSERT_CONTACT = ModelRows.insertContact("gudid_stage_contact");
    private static final String STAGE_INSERT_SIZE = ModelRows.insertDeviceSize("gudid_stage_device_size");
    private static final String STAGE_INSERT_STORAGE =
            ModelRows.insertStorageCondition("gudid_stage_storage_condition");

    /** Each staging table and the live table it becomes in a full swap; the model table first. */
    private static final Map<String, String> STAGE_TO_LIVE = stageToLive();

    /**
     * device.txt has no issuing-agency column: the release gives it on the model's Primary row of identifiers.txt,
     * so a model takes it from there when its device row left it empty.
     */
    private static final String TAKE_ISSUING_AGENCY_FROM_IDENTIFIERS = "UPDATE device_model SET issuing_agency ="
            + " (SELECT i.issuing_agency FROM model_identifier i WHERE i.primary_di = device_model.primary_di"
            + " AND LOWER(i.id_type) = 'primary' AND i.issuing_agency IS NOT NULL LIMIT 1)"
            + " WHERE issuing_agency IS NULL";

    private final SqliteTransactions transactions;
    private final AtomicBoolean importing = new AtomicBoolean();

    SqliteGudidStore(SqliteTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public GudidStaging beginImport(ReleaseKind kind) {
        if (!importing.compareAndSet(false, true)) {
            throw new IllegalStateException("A GUDID import is already running; wait for it to finish or cancel it.");
        }
        // Not a secret, only an identity for this import among concurrent ones (other windows, the CLI).
        String token = UUID.randomUUID().toString();
        try {
            transactions.inWriteTransaction(c -> {
                clearStaging(c);
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("DELETE FROM gudid_stage_owner");
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO gudid_stage_owner (id, token, kind, started_at) VALUES (1, ?, ?, ?)")) {
                    ps.setString(1, token);
                    ps.setString(2, kind.name());
                    ps.setLong(3, transactions.clock().millis());
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (RuntimeException e) {
            importing.set(false);
            throw e;
        }
        return new Staging(kind, token);
    }

    private static Map<String, String> stageToLive() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("gudid_stage_model", "device_model");
        m.put("gudid_stage_identifier", "model_identifier");
        m.put("gudid_stage_product_code", "model_product_code");
        m.put("gudid_stage_gmdn_term", "model_gmdn_term");
        m.put("gudid_stage_premarket_submission", "model_premarket_submission");
        m.put("gudid_stage_sterilization_method", "model_sterilization_method");
        m.put("gudid_stage_contact", "model_contact");
        m.put("gudid_stage_device_size", "model_device_size");
        m.put("gudid_stage_storage_condition", "model_storage_condition");
        return m;
    }

    /** The CREATE statements SQLite keeps for a table or for its explicit indexes (not those of constraints). */
    private static List<String> schemaSql(Connection c, String type, String table) throws SQLException {
        List<String> sql = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = ?"
                + " AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")) {
            ps.setString(1, type);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sql.add(rs.getString(1));
                }
            }
        }
        return sql;
    }

    /**
     * A child-row {@code INSERT ... VALUES (?, ?)} turned into {@code INSERT ... SELECT ?, ? WHERE} its model is
     * staged, and the number of the parameter that takes the model's primary DI (the last one).
     */
    private record ChildInsert(String sql, int modelParameter) {

        static ChildInsert of(String insertValues) {
            if (!insertValues.contains(" VALUES (") || !insertValues.endsWith(")")) {
                throw new IllegalArgumentException("not a one-row INSERT ... VALUES (...): " + insertValues);
            }
            int parameters = (int) insertValues.chars().filter(ch -> ch == '?').count();
            return new ChildInsert(insertValues.substring(0, insertValues.length() - 1).replace(" VALUES (",
                    " SELECT ") + " WHERE EXISTS (SELECT 1 FROM gudid_stage_model WHERE primary_di = ?)",
                    parameters + 1);
        }
    }

    /** Whether the staging tables still belong to the import {@code token}. */
    private static boolean owns(Connection c, String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT token FROM gudid_stage_owner WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && token.equals(rs.getString(1));
        }
    }

    private static void checkOwner(Connection c, String token) throws SQLException {
        if (!owns(c, token)) {
            throw new IllegalStateException("Another GUDID import was started (in another window or process) and"
                    + " discarded this import's staged rows; nothing was changed. Run the import again.");
        }
    }

    private static void clearStaging(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : STAGE_TABLES) {
                st.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    /** Rows of one staging table waiting for the next batch. */
    private record Pending(String sql, List<Row> rows) {
    }

    @FunctionalInterface
    private interface Row {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private final class Staging implements GudidStaging {

        private final ReleaseKind kind;
        private final String token;
        private final Map<String, Pending> pending = new LinkedHashMap<>();
        private final Map<String, Long> staged = new LinkedHashMap<>();
        private final Map<String, ChildInsert> childInserts = new HashMap<>();
        private int buffered;
        private long devices;
        private boolean done;

        Staging(ReleaseKind kind, String token) {
            this.kind = kind;
            this.token = token;
            // Flush order: models first (no foreign keys in staging, but it keeps the batches readable).
            for (String key : List.of("models", "identifiers", "productCodes", "gmdnTerms", "premarketSubmissions",
                    "sterilizationMethods", "contacts", "deviceSizes", "storageConditions")) {
                staged.put(key, 0L);
            }
        }

        @Override
        public void device(DeviceModel model) {
            devices++;
            add("models", STAGE_UPSERT_MODEL, ps -> ModelRows.bind(ps, model));
        }

        @Override
        public void identifier(String primaryDi, DeviceModel.Identifier identifier) {
            addChild("identifiers", STAGE_INSERT_IDENTIFIER, primaryDi,
                    ps -> ModelRows.bindIdentifier(ps, primaryDi, identifier));
        }

        @Override
        public void productCode(String primaryDi, DeviceModel.ProductCode productCode) {
            addChild("productCodes", STAGE_INSERT_PRODUCT_CODE, primaryDi,
                    ps -> ModelRows.bindProductCode(ps, primaryDi, productCode));
        }

        @Override
        public void gmdnTerm(String primaryDi, DeviceModel.GmdnTerm term) {
            addChild("gmdnTerms", STAGE_INSERT_GMDN_TERM, primaryDi,
                    ps -> ModelRows.bindGmdnTerm(ps, primaryDi, term));
        }

        @Override
        public void premarketSubmission(String primaryDi, DeviceModel.PremarketSubmission submission) {
            addChild("premarketSubmissions", STAGE_INSERT_SUBMISSION, primaryDi,
                    ps -> ModelRows.bindSubmission(ps, primaryDi, submission));
        }

        @Override
        public void sterilizationMethod(String primaryDi, String method) {
            addChild("sterilizationMethods", STAGE_INSERT_METHOD, primaryDi,
                    ps -> ModelRows.bindMethod(ps, primaryDi, method));
        }

        @Override
        public void contact(String primaryDi, DeviceModel.Contact contact) {
            addChild("contacts", STAGE_INSERT_CONTACT, primaryDi, ps -> ModelRows.bindContact(ps, primaryDi, contact));
        }

        @Override
        public void deviceSize(String primaryDi, DeviceModel.DeviceSize size) {
            addChild("deviceSizes", STAGE_INSERT_SIZE, primaryDi, ps -> ModelRows.bindDeviceSize(ps, primaryDi, size));
        }

        @Override
        public void storageCondition(String primaryDi, DeviceModel.StorageCondition condition) {
            addChild("storageConditions", STAGE_INSERT_STORAGE, primaryDi,
                    ps -> ModelRows.bindStorageCondition(ps, primaryDi, condition));
        }

        @Override
        public long devicesStaged() {
            return devices;
        }

        /**
         * A child row is staged only when its model is: the staging tables carry the live foreign keys (not
         * checked row by row while staging, see {@link #flush}), and rows of models the release does not contain
         * are dropped here, as the live tables could not hold them.
         */
        private void addChild(String key, String insertSql, String primaryDi, Row row) {
            ChildInsert insert = childInserts.computeIfAbsent(insertSql, ChildInsert::of);
            add(key, insert.sql(), ps -> {
                row.bind(ps);
                ps.setString(insert.modelParameter(), primaryDi);
            });
        }

        private void add(String key, String sql, Row row) {
            if (done) {
                throw new IllegalStateException("This GUDID import is already committed or closed.");
            }
            pending.computeIfAbsent(key, k -> new Pending(sql, new ArrayList<>())).rows().add(row);
            staged.merge(key, 1L, Long::sum);
            if (++buffered >= BATCH_ROWS) {
                flush();
            }
        }

        private void flush() {
            if (buffered == 0) {
                return;
            }
            // Without a parent lookup per child row: the child inserts only take rows whose model is staged.
            transactions.inWriteTransactionWithoutForeignKeys(c -> {
                checkOwner(c, token);
                for (Pending p : pending.values()) {
                    if (p.rows().isEmpty()) {
                        continue;
                    }
                    try (PreparedStatement ps = c.prepareStatement(p.sql())) {
                        for (Row row : p.rows()) {
                            row.bind(ps);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                return null;
            });
            pending.values().forEach(p -> p.rows().clear());
            buffered = 0;
        }

        @Override
        public long commit(String actor, String releaseName) {
            if (done) {
                throw new IllegalStateException("This GUDID import is already committed or closed.");
            }
            if (kind == ReleaseKind.FULL && devices == 0) {
                throw new IllegalStateException("The full GUDID release " + releaseName + " has no device rows;"
                        + " importing it would delete every model, so nothing was changed.");
            }
            flush();
            long live = transactions.inWriteTransaction(c -> swapIn(c, actor, releaseName));
            done = true;
            importing.set(false);
            return live;
        }

        private long swapIn(Connection c, String actor, String releaseName) throws SQLException {
            checkOwner(c, token);
            long before = Jdbc.count(c, "SELECT COUNT(*) FROM device_model");
            long models = Jdbc.count(c, "SELECT COUNT(*) FROM gudid_stage_model");
            long replaced;
            if (kind == ReleaseKind.FULL) {
                swapByRename(c);
                replaced = before;
            } else {
                replaced = mergeDelta(c);
            }
            long live = Jdbc.count(c, "SELECT COUNT(*) FROM device_model");
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("release", releaseName);
            summary.put("kind", kind.name());
            summary.put("rowsStaged", new LinkedHashMap<>(staged));
            summary.put("modelsImported", models);
            summary.put("modelsReplaced", replaced);
            summary.put("modelsBefore", before);
            summary.put("modelsAfter", live);
            new JdbcAuditTrail(transactions.statements(c), transactions.clock()).append(actor, new AuditChange("model.import",
                    "gudid-release", releaseName, null, CanonicalJson.write(summary)));
            clearStaging(c);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM gudid_stage_owner");
            }
            return live;
        }

        /**
         * A full release: the live tables are dropped and the staging tables, which have their exact shape
         * (V4 migration), are renamed in their place, so no row is copied; the live tables' indexes are then built
         * once over the new rows, and empty staging tables are created again from their own definitions. All in
         * the caller's transaction: SQLite's DDL is transactional, so a crash or an error leaves the previous
         * release as it was.
         */
        private void swapByRename(Connection c) throws SQLException {
            List<String> liveIndexes = new ArrayList<>();
            List<String> stagingTables = new ArrayList<>();
            for (Map.Entry<String, String> table : STAGE_TO_LIVE.entrySet()) {
                liveIndexes.addAll(schemaSql(c, "index", table.getValue()));
                stagingTables.addAll(schemaSql(c, "table", table.getKey()));
            }
            try (Statement st = c.createStatement()) {
                // Children first: a model table referred to by a child table cannot be dropped.
                for (String table : ModelRows.LIVE_CHILD_TABLES) {
                    st.executeUpdate("DROP TABLE " + table);
                }
                st.executeUpdate("DROP TABLE device_model");
                // The model table first: renaming it rewrites the children's REFERENCES to device_model.
                for (Map.Entry<String, String> table : STAGE_TO_LIVE.entrySet()) {
                    st.executeUpdate("ALTER TABLE " + table.getKey() + " RENAME TO " + table.getValue());
                }
                for (String sql : liveIndexes) {
                    st.executeUpdate(sql);
                }
                for (String sql : stagingTables) {
                    st.executeUpdate(sql);
                }
                st.executeUpdate(TAKE_ISSUING_AGENCY_FROM_IDENTIFIERS);
            }
        }

        /** A delta release: staged models replace the live ones with the same primary DI, with all their rows. */
        private long mergeDelta(Connection c) throws SQLException {
            long replaced;
            try (Statement st = c.createStatement()) {
                String staged = " WHERE primary_di IN (SELECT primary_di FROM gudid_stage_model)";
                for (String table : ModelRows.LIVE_CHILD_TABLES) {
                    st.executeUpdate("DELETE FROM " + table + staged);
                }
                replaced = st.executeUpdate("DELETE FROM device_model" + staged);
                st.executeUpdate("INSERT INTO device_model (" + ModelRows.COLUMN_LIST + ") SELECT "
                        + ModelRows.COLUMN_LIST + " FROM gudid_stage_model");
                // Child rows were staged only for staged models; the order of ids is the order of the release.
                String inOrder = " ORDER BY s.id";
                st.executeUpdate("INSERT INTO model_identifier (primary_di, device_id, id_type, issuing_agency,"
                        + " package_quantity, package_type) SELECT s.primary_di, s.device_id, s.id_type,"
                        + " s.issuing_agency, s.package_quantity, s.package_type FROM gudid_stage_identifier s"
                        + inOrder);
                st.executeUpdate(TAKE_ISSUING_AGENCY_FROM_IDENTIFIERS
                        + " AND primary_di IN (SELECT primary_di FROM gudid_stage_model)");
                for (ModelRows.ChildCopy table : ModelRows.MERGED_CHILD_TABLES) {
                    st.executeUpdate(table.insertSelect());
                }
            }
            return replaced;
        }

        @Override
        public void close() {
            if (done) {
                return;
            }
            done = true;
            pending.clear();
            try {
                transactions.inWriteTransaction(c -> {
                    // Only our own rows: a newer import (another process) may own the staging by now.
                    if (owns(c, token)) {
                        clearStaging(c);
                        try (Statement st = c.createStatement()) {
                            st.executeUpdate("DELETE FROM gudid_stage_owner");
                        }
                    }
                    return null;
                });
            } finally {
                importing.set(false);
            }
        }
    }
}
