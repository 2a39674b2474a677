package org.uditrust.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.uditrust.registry.DeviceModel;

/**
 * The columns of a GUDID model row, shared by the live table {@code device_model} and the staging table
 * {@code gudid_stage_model} (same column names), and the child-table statements.
 */
final class ModelRows {

    private ModelRows() {
    }

    /** Model columns, without the surrogate id, in bind order. */
    static final List<String> COLUMNS = List.of("primary_di", "issuing_agency", "brand_name",
            "version_model_number", "catalog_number", "company_name", "duns_number", "device_description",
            "commercial_distribution_status", "commercial_distribution_end_date", "mri_safety_status", "sterile",
            "sterilization_prior_to_use", "single_use", "pi_lot", "pi_serial", "pi_manufacturing_date",
            "pi_expiration_date", "pi_donation_id", "public_version_number", "public_version_date", "search_text");

    static final String COLUMN_LIST = String.join(", ", COLUMNS);

    /**
     * {@code INSERT ... ON CONFLICT (primary_di) DO UPDATE}: the last row for a DI wins. Standard enough to run on
     * SQLite (3.24+) and PostgreSQL alike.
     */
    static String upsert(String table) {
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        StringJoiner updates = new StringJoiner(", ");
        for (String c : COLUMNS) {
            marks.add("?");
            if (!c.equals("primary_di")) {
                updates.add(c + " = excluded." + c);
            }
        }
        return "INSERT INTO " + table + " (" + COLUMN_LIST + ") VALUES " + marks
                + " ON CONFLICT (primary_di) DO UPDATE SET " + updates;
    }

    static void bind(PreparedStatement ps, DeviceModel m) throws SQLException {
        int i = 1;
        ps.setString(i++, m.primaryDi());
        Jdbc.setString(ps, i++, m.issuingAgency());
        Jdbc.setString(ps, i++, m.brandName());
        Jdbc.setString(ps, i++, m.versionModelNumber());
        Jdbc.setString(ps, i++, m.catalogNumber());
        Jdbc.setString(ps, i++, m.companyName());
        Jdbc.setString(ps, i++, m.dunsNumber());
        Jdbc.setString(ps, i++, m.deviceDescription());
        Jdbc.setString(ps, i++, m.commercialDistributionStatus());
        Jdbc.setDate(ps, i++, m.commercialDistributionEndDate());
        Jdbc.setString(ps, i++, m.mriSafetyStatus());
        Jdbc.setBoolean(ps, i++, m.sterile());
        Jdbc.setBoolean(ps, i++, m.sterilizationPriorToUse());
        Jdbc.setBoolean(ps, i++, m.singleUse());
        DeviceModel.PiFlags pi = m.labelPi();
        ps.setBoolean(i++, pi.lot());
        ps.setBoolean(i++, pi.serial());
        ps.setBoolean(i++, pi.manufacturingDate());
        ps.setBoolean(i++, pi.expirationDate());
        ps.setBoolean(i++, pi.donationId());
        Jdbc.setInt(ps, i++, m.publicVersionNumber());
        Jdbc.setDate(ps, i++, m.publicVersionDate());
        ps.setString(i, searchText(m));
    }

    static String searchText(DeviceModel m) {
        StringJoiner text = new StringJoiner("|");
        for (String part : new String[] {m.brandName(), m.versionModelNumber(), m.companyName(), m.catalogNumber(),
            m.primaryDi()}) {
            text.add(part == null ? "" : part);
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** A model row with empty child lists (the caller adds them). */
    static DeviceModel read(ResultSet rs, List<DeviceModel.Identifier> identifiers,
                            List<DeviceModel.ProductCode> productCodes, List<DeviceModel.GmdnTerm> gmdnTerms,
                            List<DeviceModel.PremarketSubmission> submissions, List<String> methods,
                            List<DeviceModel.Contact> contacts, List<DeviceModel.DeviceSize> sizes,
                            List<DeviceModel.StorageCondition> storage)
            throws SQLException {
        return new DeviceModel(
                rs.getString("primary_di"),
                rs.getString("issuing_agency"),
                rs.getString("brand_name"),
                rs.getString("version_model_number"),
                rs.getString("catalog_number"),
                rs.getString("company_name"),
                rs.getString("duns_number"),
                rs.getString("device_description"),
                rs.getString("commercial_distribution_status"),
                Jdbc.getDate(rs, "commercial_distribution_end_date"),
                rs.getString("mri_safety_status"),
                Jdbc.getBoolean(rs, "sterile"),
                Jdbc.getBoolean(rs, "sterilization_prior_to_use"),
                Jdbc.getBoolean(rs, "single_use"),
                new DeviceModel.PiFlags(rs.getBoolean("pi_lot"), rs.getBoolean("pi_serial"),
                        rs.getBoolean("pi_manufacturing_date"), rs.getBoolean("pi_expiration_date"),
                        rs.getBoolean("pi_donation_id")),
                identifiers, productCodes, gmdnTerms, submissions, methods,
                Jdbc.getInt(rs, "public_version_number"),
                Jdbc.getDate(rs, "public_version_date"),
                contacts, sizes, storage);
    }

    // Child rows: the same columns in live ("model_x") and staging ("gudid_stage_x") tables.

    static String insertIdentifier(String table) {
        return "INSERT INTO " + table + " (primary_di, device_id, id_type, issuing_agency, package_quantity,"
                + " package_type) VALUES (?, ?, ?, ?, ?, ?)";
    }

    static void bindIdentifier(PreparedStatement ps, String primaryDi, DeviceModel.Identifier id)
            throws SQLException {
        ps.setString(1, primaryDi);
        ps.setString(2, id.deviceId());
        ps.setString(3, id.type());
        Jdbc.setString(ps, 4, id.issuingAgency());
        Jdbc.setInt(ps, 5, id.packageQuantity());
        Jdbc.setString(ps, 6, id.packageType());
    }

    static String insertProductCode(String table) {
        return "INSERT INTO " + table + " (primary_di, code, name) VALUES (?, ?, ?)";
    }

    static void bindProductCode(PreparedStatement ps, String primaryDi, DeviceModel.ProductCode pc)
            throws SQLException {
        ps.setString(1, primaryDi);
        ps.setString(2, pc.code());
        Jdbc.setString(ps, 3, pc.name());
    }

    static String insertGmdnTerm(String table) {
        return "INSERT INTO " + table + " (primary_di, code, name, definition, implantable) VALUES (?, ?, ?, ?, ?)";
    }

    static void bindGmdnTerm(PreparedStatement ps, String primaryDi, DeviceModel.GmdnTerm t) throws SQLException {
        ps.setString(1, primaryDi);
        Jdbc.setString(ps, 2, t.code());
        ps.setString(3, t.name());
        Jdbc.setString(ps, 4, t.definition());
        Jdbc.setBoolean(ps, 5, t.implantable());
    }

    static String insertSubmission(String table) {
        return "INSERT INTO " + table + " (primary_di, number, supplement) VALUES (?, ?, ?)";
    }

    static void bindSubmission(PreparedStatement ps, String primaryDi, DeviceModel.PremarketSubmission s)
            throws SQLException {
        ps.setString(1, primaryDi);
        ps.setString(2, s.number());
        Jdbc.setString(ps, 3, s.supplement());
    }

    static String insertMethod(String table) {
        return "INSERT INTO " + table + " (primary_di, method) VALUES (?, ?)";
    }

    static void bindMethod(PreparedStatement ps, String primaryDi, String method) throws SQLException {
        ps.setString(1, primaryDi);
        ps.setString(2, method);
    }

    static String insertContact(String table) {
        return "INSERT INTO " + table + " (primary_di, phone, phone_extension, email) VALUES (?, ?, ?, ?)";
    }

    static void bindContact(PreparedStatement ps, String primaryDi, DeviceModel.Contact c) throws SQLException {
        ps.setString(1, primaryDi);
        Jdbc.setString(ps, 2, c.phone());
        Jdbc.setString(ps, 3, c.phoneExtension());
        Jdbc.setString(ps, 4, c.email());
    }

    static String insertDeviceSize(String table) {
        return "INSERT INTO " + table + " (primary_di, size_type, size_unit, size_value, size_text)"
                + " VALUES (?, ?, ?, ?, ?)";
    }

    static void bindDeviceSize(PreparedStatement ps, String primaryDi, DeviceModel.DeviceSize s)
            throws SQLException {
        ps.setString(1, primaryDi);
        ps.setString(2, s.type());
        Jdbc.setString(ps, 3, s.unit());
        Jdbc.setString(ps, 4, s.value());
        Jdbc.setString(ps, 5, s.text());
    }

    static String insertStorageCondition(String table) {
        return "INSERT INTO " + table + " (primary_di, condition_type, high_unit, high_value, low_unit, low_value,"
                + " special_condition_text) VALUES (?, ?, ?, ?, ?, ?, ?)";
    }

    static void bindStorageCondition(PreparedStatement ps, String primaryDi, DeviceModel.StorageCondition s)
            throws SQLException {
        ps.setString(1, primaryDi);
        ps.setString(2, s.type());
        Jdbc.setString(ps, 3, s.highUnit());
        Jdbc.setString(ps, 4, s.highValue());
        Jdbc.setString(ps, 5, s.lowUnit());
        Jdbc.setString(ps, 6, s.lowValue());
        Jdbc.setString(ps, 7, s.specialConditionText());
    }

    /** The live child tables, children before parents for deletes. */
    static final List<String> LIVE_CHILD_TABLES = List.of("model_identifier", "model_product_code",
            "model_gmdn_term", "model_premarket_submission", "model_sterilization_method", "model_contact",
            "model_device_size", "model_storage_condition");

    /**
     * Columns copied from a staging child table into its live twin by a delta merge (without the id, which the
     * live table gives in the order of the staged ids). Identifiers are copied on their own (the issuing agency
     * is taken from them in between).
     */
    static final List<ChildCopy> MERGED_CHILD_TABLES = List.of(
            new ChildCopy("gudid_stage_product_code", "model_product_code", "primary_di, code, name"),
            new ChildCopy("gudid_stage_gmdn_term", "model_gmdn_term",
                    "primary_di, code, name, definition, implantable"),
            new ChildCopy("gudid_stage_premarket_submission", "model_premarket_submission",
                    "primary_di, number, supplement"),
            new ChildCopy("gudid_stage_sterilization_method", "model_sterilization_method", "primary_di, method"),
            new ChildCopy("gudid_stage_contact", "model_contact", "primary_di, phone, phone_extension, email"),
            new ChildCopy("gudid_stage_device_size", "model_device_size",
                    "primary_di, size_type, size_unit, size_value, size_text"),
            new ChildCopy("gudid_stage_storage_condition", "model_storage_condition", "primary_di, condition_type,"
                    + " high_unit, high_value, low_unit, low_value, special_condition_text"));

    /** A staging child table, its live twin and the columns a delta merge copies (fixed names, never input). */
    record ChildCopy(String stagingTable, String liveTable, String columns) {

        /** Copies every staged row, in the order the release gave them. */
        String insertSelect() {
            return "INSERT INTO " + liveTable + " (" + columns + ") SELECT " + columns + " FROM " + stagingTable
                    + " ORDER BY id";
        }
    }
}
