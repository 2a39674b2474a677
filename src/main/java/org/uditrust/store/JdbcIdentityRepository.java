package org.uditrust.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.uditrust.registry.BindingState;
import org.uditrust.registry.ConcurrentChangeException;
import org.uditrust.registry.DeviceIdentity;
import org.uditrust.registry.IdentityKind;
import org.uditrust.registry.IdentityRepository;
import org.uditrust.registry.ProvisioningRecord;
import org.uditrust.registry.ValidationState;

/** {@link IdentityRepository} over {@code identity} and {@code provisioning_record}, bound to one connection. */
final class JdbcIdentityRepository implements IdentityRepository {

    private static final String COLUMNS = "id, device_id, kind, binding, binding_detail, subject, issuer, serial_hex,"
            + " fingerprint_sha256, public_key_sha256, key_algorithm, key_bits, not_before, not_after, claimed_di,"
            + " claimed_serial, certificate, validation, validation_rule, validation_message, validated_at,"
            + " imported_at, imported_by, version";

    private final StatementCache statements;

    JdbcIdentityRepository(StatementCache statements) {
        this.statements = statements;
    }

    @Override
    public DeviceIdentity insert(DeviceIdentity i) {
        return Jdbc.run("store identity", () -> {
            try (PreparedStatement ps = statements.prepare("INSERT INTO identity (device_id, kind, binding,"
                    + " binding_detail, subject, issuer, serial_hex, fingerprint_sha256, public_key_sha256,"
                    + " key_algorithm, key_bits, not_before, not_after, claimed_di, claimed_serial, certificate,"
                    + " validation, validation_rule, validation_message, validated_at, imported_at, imported_by,"
                    + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                    + " RETURNING id")) {
                int n = bind(ps, i);
                ps.setString(n++, i.importedBy());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return i.withId(rs.getLong(1)).withVersion(1);
                }
            }
        });
    }

    /** Binds the columns shared by insert and update, up to imported_at; returns the next index. */
    private static int bind(PreparedStatement ps, DeviceIdentity i) throws SQLException {
        int n = 1;
        Jdbc.setLong(ps, n++, i.deviceId());
        ps.setString(n++, i.kind().name());
        ps.setString(n++, i.binding().name());
        Jdbc.setString(ps, n++, i.bindingDetail());
        ps.setString(n++, i.subject());
        ps.setString(n++, i.issuer());
        ps.setString(n++, i.serialHex());
        ps.setString(n++, i.fingerprint());
        ps.setString(n++, i.publicKeySha256());
        ps.setString(n++, i.keyAlgorithm());
        ps.setInt(n++, i.keyBits());
        Jdbc.setInstant(ps, n++, i.notBefore());
        Jdbc.setInstant(ps, n++, i.notAfter());
        Jdbc.setString(ps, n++, i.claimedDi());
        Jdbc.setString(ps, n++, i.claimedSerial());
        ps.setBytes(n++, i.der());
        ps.setString(n++, i.validation().name());
        Jdbc.setString(ps, n++, i.validationRule());
        Jdbc.setString(ps, n++, i.validationMessage());
        Jdbc.setInstant(ps, n++, i.validatedAt());
        ps.setLong(n++, i.importedAt().toEpochMilli());
        return n;
    }

    @Override
    public DeviceIdentity update(DeviceIdentity i) {
        return Jdbc.run("update identity", () -> {
            try (PreparedStatement ps = statements.prepare("UPDATE identity SET device_id = ?, kind = ?, binding = ?,"
                    + " binding_detail = ?, subject = ?, issuer = ?, serial_hex = ?, fingerprint_sha256 = ?,"
                    + " public_key_sha256 = ?, key_algorithm = ?, key_bits = ?, not_before = ?, not_after = ?,"
                    + " claimed_di = ?, claimed_serial = ?, certificate = ?, validation = ?, validation_rule = ?,"
                    + " validation_message = ?, validated_at = ?, imported_at = ?, imported_by = ?, version = ?"
                    + " WHERE id = ? AND version = ?")) {
                int n = bind(ps, i);
                ps.setString(n++, i.importedBy());
                ps.setLong(n++, i.version() + 1);
                ps.setLong(n++, i.id());
                ps.setLong(n, i.version());
                if (ps.executeUpdate() != 1) {
                    throw new ConcurrentChangeException("Identity " + i.id() + " was changed by someone else;"
                            + " reload it and try again.");
                }
                return i.withVersion(i.version() + 1);
            }
        });
    }

    @Override
    public boolean updateValidation(long id, long expectedVersion, ValidationState state, String rule,
                                    String message, Instant at) {
        return Jdbc.run("update identity validation", () -> {
            try (PreparedStatement ps = statements.prepare("UPDATE identity SET validation = ?, validation_rule = ?,"
                    + " validation_message = ?, validated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                ps.setString(1, state.name());
                Jdbc.setString(ps, 2, rule);
                Jdbc.setString(ps, 3, message);
                ps.setLong(4, at.toEpochMilli());
                ps.setLong(5, id);
                ps.setLong(6, expectedVersion);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<DeviceIdentity> byId(long id) {
        return query("SELECT " + COLUMNS + " FROM identity WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public Optional<DeviceIdentity> byFingerprint(String fingerprint) {
        return query("SELECT " + COLUMNS + " FROM identity WHERE fingerprint_sha256 = ?", fingerprint).stream()
                .findFirst();
    }

    @Override
    public List<DeviceIdentity> byFingerprintPrefix(String prefix, int limit) {
        return query("SELECT " + COLUMNS + " FROM identity WHERE fingerprint_sha256 LIKE ? ESCAPE '\\'"
                + " ORDER BY fingerprint_sha256 LIMIT ?", escapePrefix(prefix), limit);
    }

    private static String escapePrefix(String prefix) {
        String contains = Jdbc.containsPattern(prefix);
        return contains.substring(1);
    }

    @Override
    public List<DeviceIdentity> ofDevice(long deviceId) {
        return query("SELECT " + COLUMNS + " FROM identity WHERE device_id = ? ORDER BY id", deviceId);
    }

    @Override
    public List<DeviceIdentity> page(long afterId, int limit) {
        return query("SELECT " + COLUMNS + " FROM identity WHERE id > ? ORDER BY id LIMIT ?", afterId, limit);
    }

    @Override
    public long count() {
        return Jdbc.run("count identities", () -> Jdbc.count(statements.connection(), "SELECT COUNT(*) FROM identity"));
    }

    @Override
    public List<DeviceIdentity> expiringBetween(Instant from, Instant to, int limit) {
        return query("SELECT " + COLUMNS + " FROM identity WHERE not_after >= ? AND not_after < ?"
                + " ORDER BY not_after, id LIMIT ?", from.toEpochMilli(), to.toEpochMilli(), limit);
    }

    @Override
    public List<DeviceIdentity> withValidation(ValidationState state, int limit) {
        return query("SELECT " + COLUMNS + " FROM identity WHERE validation = ? ORDER BY id LIMIT ?", state.name(),
                limit);
    }

    @Override
    public List<Long> devicesWithoutIdentity(int limit) {
        return Jdbc.run("find devices without identity", () -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = statements.prepare("SELECT d.id FROM device d WHERE NOT EXISTS"
                    + " (SELECT 1 FROM identity i WHERE i.device_id = d.id AND i.binding = 'BOUND') ORDER BY d.id LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public ProvisioningRecord insertProvisioning(ProvisioningRecord r) {
        return Jdbc.run("store provisioning record", () -> {
            try (PreparedStatement ps = statements.prepare("INSERT INTO provisioning_record (device_id, identity_id,"
                    + " ca_subject, batch, provisioned_at, provisioned_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, r.deviceId());
                ps.setLong(2, r.identityId());
                ps.setString(3, r.caSubject());
                Jdbc.setString(ps, 4, r.batch());
                ps.setLong(5, r.provisionedAt().toEpochMilli());
                ps.setString(6, r.provisionedBy());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new ProvisioningRecord(rs.getLong(1), r.deviceId(), r.identityId(), r.caSubject(),
                            r.batch(), r.provisionedAt(), r.provisionedBy());
                }
            }
        });
    }

    @Override
    public List<ProvisioningRecord> provisioningOf(long deviceId) {
        return Jdbc.run("read provisioning records", () -> {
            List<ProvisioningRecord> out = new ArrayList<>();
            try (PreparedStatement ps = statements.prepare("SELECT id, device_id, identity_id, ca_subject, batch,"
                    + " provisioned_at, provisioned_by FROM provisioning_record WHERE device_id = ? ORDER BY id")) {
                ps.setLong(1, deviceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ProvisioningRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    private List<DeviceIdentity> query(String sql, Object... params) {
        return Jdbc.run("read identities", () -> {
            List<DeviceIdentity> out = new ArrayList<>();
            try (PreparedStatement ps = statements.prepare(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    private static DeviceIdentity read(ResultSet rs) throws SQLException {
        return new DeviceIdentity(rs.getLong("id"), Jdbc.getLong(rs, "device_id"),
                IdentityKind.valueOf(rs.getString("kind")), BindingState.valueOf(rs.getString("binding")),
                rs.getString("binding_detail"), rs.getString("subject"), rs.getString("issuer"),
                rs.getString("serial_hex"), rs.getString("fingerprint_sha256"), rs.getString("public_key_sha256"),
                rs.getString("key_algorithm"), rs.getInt("key_bits"), Jdbc.getInstant(rs, "not_before"),
                Jdbc.getInstant(rs, "not_after"), rs.getString("claimed_di"), rs.getString("claimed_serial"),
                rs.getBytes("certificate"), ValidationState.valueOf(rs.getString("validation")),
                rs.getString("validation_rule"), rs.getString("validation_message"),
                Jdbc.getInstant(rs, "validated_at"), Jdbc.getInstant(rs, "imported_at"), rs.getString("imported_by"),
                rs.getLong("version"));
    }
}
