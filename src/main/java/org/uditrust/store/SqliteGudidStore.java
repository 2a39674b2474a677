package org.uditrust.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
final class SqliteGudidStore implements GudidStore {

    /** Rows per staging transaction: large enough to amortise the commit, small enough to keep memory flat. */
    static final int BATCH_ROWS = 5_000;

    private static final List<String> STAGE_TABLES = List.of("gudid_stage_identifier", "gudid_stage_product_code",
            "gudid_stage_gmdn_term", "gudid_stage_premarket_submission", "gudid_stage_sterilization_method",
            "gudid_stage_model");

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
        try {
            transactions.inWriteTransaction(c -> {
                clearStaging(c);
                return null;
            });
        } catch (RuntimeException e) {
            importing.set(false);
            throw e;
        }
        return new Staging(kind);
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
        private final Map<String, Pending> pending = new LinkedHashMap<>();
        private final Map<String, Long> staged = new LinkedHashMap<>();
        private int buffered;
        private long devices;
        private boolean done;

        Staging(ReleaseKind kind) {
            this.kind = kind;
            // Flush order: models first (no foreign keys in staging, but it keeps the batches readable).
            for (String key : List.of("models", "identifiers", "productCodes", "gmdnTerms", "premarketSubmissions",
                    "sterilizationMethods")) {
                staged.put(key, 0L);
            }
        }

        @Override
        public void device(DeviceModel model) {
            devices++;
            add("models", ModelRows.upsert("gudid_stage_model"), ps -> ModelRows.bind(ps, model));
        }

        @Override
        public void identifier(String primaryDi, DeviceModel.Identifier identifier) {
            add("identifiers", ModelRows.insertIdentifier("gudid_stage_identifier"),
                    ps -> ModelRows.bindIdentifier(ps, primaryDi, identifier));
        }

        @Override
        public void productCode(String primaryDi, DeviceModel.ProductCode productCode) {
            add("productCodes", ModelRows.insertProductCode("gudid_stage_product_code"),
                    ps -> ModelRows.bindProductCode(ps, primaryDi, productCode));
        }

        @Override
        public void gmdnTerm(String primaryDi, DeviceModel.GmdnTerm term) {
            add("gmdnTerms", ModelRows.insertGmdnTerm("gudid_stage_gmdn_term"),
                    ps -> ModelRows.bindGmdnTerm(ps, primaryDi, term));
        }

        @Override
        public void premarketSubmission(String primaryDi, DeviceModel.PremarketSubmission submission) {
            add("premarketSubmissions", ModelRows.insertSubmission("gudid_stage_premarket_submission"),
                    ps -> ModelRows.bindSubmission(ps, primaryDi, submission));
        }

        @Override
        public void sterilizationMethod(String primaryDi, String method) {
            add("sterilizationMethods", ModelRows.insertMethod("gudid_stage_sterilization_method"),
                    ps -> ModelRows.bindMethod(ps, primaryDi, method));
        }

        @Override
        public long devicesStaged() {
            return devices;
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
            transactions.inWriteTransaction(c -> {
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
            long before = Jdbc.count(c, "SELECT COUNT(*) FROM device_model");
            long replaced;
            try (Statement st = c.createStatement()) {
                if (kind == ReleaseKind.FULL) {
                    for (String table : ModelRows.LIVE_CHILD_TABLES) {
                        st.executeUpdate("DELETE FROM " + table);
                    }
                    replaced = st.executeUpdate("DELETE FROM device_model");
                } else {
                    String staged = " WHERE primary_di IN (SELECT primary_di FROM gudid_stage_model)";
                    for (String table : ModelRows.LIVE_CHILD_TABLES) {
                        st.executeUpdate("DELETE FROM " + table + staged);
                    }
                    replaced = st.executeUpdate("DELETE FROM device_model" + staged);
                }
                st.executeUpdate("INSERT INTO device_model (" + ModelRows.COLUMN_LIST + ") SELECT "
                        + ModelRows.COLUMN_LIST + " FROM gudid_stage_model");
                // Child rows of models the release does not contain are dropped (they would have no parent).
                String ofStagedModels = " WHERE EXISTS (SELECT 1 FROM gudid_stage_model m"
                        + " WHERE m.primary_di = s.primary_di) ORDER BY s.id";
                st.executeUpdate("INSERT INTO model_identifier (primary_di, device_id, id_type, issuing_agency,"
                        + " package_quantity, package_type) SELECT s.primary_di, s.device_id, s.id_type,"
                        + " s.issuing_agency, s.package_quantity, s.package_type FROM gudid_stage_identifier s"
                        + ofStagedModels);
                st.executeUpdate("INSERT INTO model_product_code (primary_di, code, name) SELECT s.primary_di,"
                        + " s.code, s.name FROM gudid_stage_product_code s" + ofStagedModels);
                st.executeUpdate("INSERT INTO model_gmdn_term (primary_di, code, name, definition, implantable)"
                        + " SELECT s.primary_di, s.code, s.name, s.definition, s.implantable"
                        + " FROM gudid_stage_gmdn_term s" + ofStagedModels);
                st.executeUpdate("INSERT INTO model_premarket_submission (primary_di, number, supplement)"
                        + " SELECT s.primary_di, s.number, s.supplement FROM gudid_stage_premarket_submission s"
                        + ofStagedModels);
                st.executeUpdate("INSERT INTO model_sterilization_method (primary_di, method) SELECT s.primary_di,"
                        + " s.method FROM gudid_stage_sterilization_method s" + ofStagedModels);
            }
            long models = Jdbc.count(c, "SELECT COUNT(*) FROM gudid_stage_model");
            long live = Jdbc.count(c, "SELECT COUNT(*) FROM device_model");
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("release", releaseName);
            summary.put("kind", kind.name());
            summary.put("rowsStaged", new LinkedHashMap<>(staged));
            summary.put("modelsImported", models);
            summary.put("modelsReplaced", replaced);
            summary.put("modelsBefore", before);
            summary.put("modelsAfter", live);
            new JdbcAuditTrail(c, transactions.clock()).append(actor, new AuditChange("model.import",
                    "gudid-release", releaseName, null, CanonicalJson.write(summary)));
            clearStaging(c);
            return live;
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
                    clearStaging(c);
                    return null;
                });
            } finally {
                importing.set(false);
            }
        }
    }
}
