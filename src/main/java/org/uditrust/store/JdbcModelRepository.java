package org.uditrust.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.ModelRepository;

/** {@link ModelRepository} over {@code device_model} and its child tables, bound to one connection. */
final class JdbcModelRepository implements ModelRepository {

    private static final String SELECT = "SELECT " + ModelRows.COLUMN_LIST + " FROM device_model";

    private final StatementCache statements;

    JdbcModelRepository(StatementCache statements) {
        this.statements = statements;
    }

    @Override
    public Optional<DeviceModel> byDi(String di) {
        return Jdbc.run("read GUDID model " + di, () -> {
            Optional<DeviceModel> primary = byPrimaryDi(di);
            if (primary.isPresent()) {
                return primary;
            }
            try (PreparedStatement ps = statements.prepare(
                    "SELECT primary_di FROM model_identifier WHERE device_id = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, di);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? byPrimaryDi(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private Optional<DeviceModel> byPrimaryDi(String primaryDi) throws SQLException {
        try (PreparedStatement ps = statements.prepare(SELECT + " WHERE primary_di = ?")) {
            ps.setString(1, primaryDi);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(withChildren(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public void upsert(DeviceModel model) {
        Jdbc.run("store GUDID model " + model.primaryDi(), () -> {
            String di = model.primaryDi();
            for (String table : ModelRows.LIVE_CHILD_TABLES) {
                try (PreparedStatement ps = statements.prepare("DELETE FROM " + table
                        + " WHERE primary_di = ?")) {
                    ps.setString(1, di);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = statements.prepare(ModelRows.upsert("device_model"))) {
                ModelRows.bind(ps, model);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = statements.prepare(ModelRows.insertIdentifier("model_identifier"))) {
                for (DeviceModel.Identifier id : model.identifiers()) {
                    ModelRows.bindIdentifier(ps, di, id);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = statements.prepare(
                    ModelRows.insertProductCode("model_product_code"))) {
                for (DeviceModel.ProductCode pc : model.productCodes()) {
                    ModelRows.bindProductCode(ps, di, pc);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = statements.prepare(ModelRows.insertGmdnTerm("model_gmdn_term"))) {
                for (DeviceModel.GmdnTerm t : model.gmdnTerms()) {
                    ModelRows.bindGmdnTerm(ps, di, t);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = statements.prepare(
                    ModelRows.insertSubmission("model_premarket_submission"))) {
                for (DeviceModel.PremarketSubmission s : model.premarketSubmissions()) {
                    ModelRows.bindSubmission(ps, di, s);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = statements.prepare(
                    ModelRows.insertMethod("model_sterilization_method"))) {
                for (String m : model.sterilizationMethods()) {
                    ModelRows.bindMethod(ps, di, m);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = statements.prepare(ModelRows.insertContact("model_contact"))) {
                for (DeviceModel.Contact c : model.contacts()) {
                    ModelRows.bindContact(ps, di, c);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = statements.prepare(ModelRows.insertDeviceSize("model_device_size"))) {
                for (DeviceModel.DeviceSize s : model.deviceSizes()) {
                    ModelRows.bindDeviceSize(ps, di, s);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = statements.prepare(
                    ModelRows.insertStorageCondition("model_storage_condition"))) {
                for (DeviceModel.StorageCondition s : model.storageConditions()) {
                    ModelRows.bindStorageCondition(ps, di, s);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public List<DeviceModel> find(String text, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        boolean filtered = text != null && !text.isBlank();
        String sql = SELECT + (filtered ? " WHERE search_text LIKE ? ESCAPE '\\' OR primary_di IN"
                + " (SELECT primary_di FROM model_identifier WHERE device_id LIKE ? ESCAPE '\\')" : "")
                + " ORDER BY primary_di LIMIT ? OFFSET ?";
        return Jdbc.run("list GUDID models", () -> {
            List<DeviceModel> page = new ArrayList<>();
            try (PreparedStatement ps = statements.prepare(sql)) {
                int i = 1;
                if (filtered) {
                    String pattern = Jdbc.containsPattern(text.strip().toLowerCase(Locale.ROOT));
                    ps.setString(i++, pattern);
                    ps.setString(i++, Jdbc.containsPattern(text.strip()));
                }
                ps.setInt(i++, limit);
                ps.setInt(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(withChildren(rs));
                    }
                }
            }
            return page;
        });
    }

    @Override
    public long count() {
        return Jdbc.run("count GUDID models", () -> Jdbc.count(statements.connection(), "SELECT COUNT(*) FROM device_model"));
    }

    private DeviceModel withChildren(ResultSet rs) throws SQLException {
        String di = rs.getString("primary_di");
        List<DeviceModel.Identifier> identifiers = new ArrayList<>();
        children("SELECT device_id, id_type, issuing_agency, package_quantity, package_type FROM model_identifier",
                di, r -> identifiers.add(new DeviceModel.Identifier(r.getString(1), r.getString(2), r.getString(3),
                        Jdbc.getInt(r, "package_quantity"), r.getString(5))));
        List<DeviceModel.ProductCode> codes = new ArrayList<>();
        children("SELECT code, name FROM model_product_code", di,
                r -> codes.add(new DeviceModel.ProductCode(r.getString(1), r.getString(2))));
        List<DeviceModel.GmdnTerm> terms = new ArrayList<>();
        children("SELECT code, name, definition, implantable FROM model_gmdn_term", di,
                r -> terms.add(new DeviceModel.GmdnTerm(r.getString(1), r.getString(2), r.getString(3),
                        Jdbc.getBoolean(r, "implantable"))));
        List<DeviceModel.PremarketSubmission> submissions = new ArrayList<>();
        children("SELECT number, supplement FROM model_premarket_submission", di,
                r -> submissions.add(new DeviceModel.PremarketSubmission(r.getString(1), r.getString(2))));
        List<String> methods = new ArrayList<>();
        children("SELECT method FROM model_sterilization_method", di, r -> methods.add(r.getString(1)));
        List<DeviceModel.Contact> contacts = new ArrayList<>();
        children("SELECT phone, phone_extension, email FROM model_contact", di,
                r -> contacts.add(new DeviceModel.Contact(r.getString(1), r.getString(2), r.getString(3))));
        List<DeviceModel.DeviceSize> sizes = new ArrayList<>();
        children("SELECT size_type, size_unit, size_value, size_text FROM model_device_size", di,
                r -> sizes.add(new DeviceModel.DeviceSize(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4))));
        List<DeviceModel.StorageCondition> storage = new ArrayList<>();
        children("SELECT condition_type, high_unit, high_value, low_unit, low_value, special_condition_text"
                + " FROM model_storage_condition", di,
                r -> storage.add(new DeviceModel.StorageCondition(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6))));
        return ModelRows.read(rs, identifiers, codes, terms, submissions, methods, contacts, sizes, storage);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void children(String select, String primaryDi, RowReader reader) throws SQLException {
        try (PreparedStatement ps = statements.prepare(select + " WHERE primary_di = ? ORDER BY id")) {
            ps.setString(1, primaryDi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
