package org.uditrust.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.uditrust.audit.CanonicalJson;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.SerialSource;
import org.uditrust.registry.AnchorPin;
import org.uditrust.registry.StoredCrl;
import org.uditrust.registry.StoredOcspResponse;
import org.uditrust.registry.TrustAnchor;
import org.uditrust.registry.TrustRepository;

/** {@link TrustRepository} over the V3 trust tables, bound to one connection. */
final class JdbcTrustRepository implements TrustRepository {

    private static final String ANCHOR_COLUMNS = "a.id, a.manufacturer, a.fingerprint_sha256, a.subject, a.issuer,"
            + " a.not_before, a.not_after, a.certificate, a.imported_at, a.imported_by";
    private static final String CRL_COLUMNS = "id, issuer, crl_number, this_update, next_update,"
            + " fingerprint_sha256, der, imported_at, imported_by";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private final StatementCache statements;

    JdbcTrustRepository(StatementCache statements) {
        this.statements = statements;
    }

    @Override
    public TrustAnchor insertAnchor(TrustAnchor a) {
        return Jdbc.run("store trust anchor", () -> {
            try (PreparedStatement ps = statements.prepare("INSERT INTO trust_anchor (manufacturer,"
                    + " fingerprint_sha256, subject, issuer, not_before, not_after, certificate, imported_at,"
                    + " imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, a.manufacturer());
                ps.setString(2, a.fingerprint());
                ps.setString(3, a.subject());
                ps.setString(4, a.issuer());
                ps.setLong(5, a.notBefore().toEpochMilli());
                ps.setLong(6, a.notAfter().toEpochMilli());
                ps.setBytes(7, a.der());
                ps.setLong(8, a.importedAt().toEpochMilli());
                ps.setString(9, a.importedBy());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new TrustAnchor(rs.getLong(1), a.manufacturer(), a.fingerprint(), a.subject(),
                            a.issuer(), a.notBefore(), a.notAfter(), a.der(), a.importedAt(), a.importedBy());
                }
            }
        });
    }

    @Override
    public Optional<TrustAnchor> anchorByFingerprint(String fingerprint) {
        List<TrustAnchor> found = queryAnchors("SELECT " + ANCHOR_COLUMNS
                + " FROM trust_anchor a WHERE a.fingerprint_sha256 = ?", fingerprint);
        return found.stream().findFirst();
    }

    @Override
    public Optional<TrustAnchor> anchorById(long id) {
        return Jdbc.run("read trust anchor", () -> {
            try (PreparedStatement ps = statements.prepare("SELECT " + ANCHOR_COLUMNS
                    + " FROM trust_anchor a WHERE a.id = ?")) {
                ps.setLong(1, id);
                List<TrustAnchor> out = readAnchors(ps);
                return out.stream().findFirst();
            }
        });
    }

    @Override
    public List<TrustAnchor> anchors(String manufacturer) {
        if (manufacturer == null) {
            return queryAnchors("SELECT " + ANCHOR_COLUMNS + " FROM trust_anchor a ORDER BY a.manufacturer, a.subject,"
                    + " a.id");
        }
        return queryAnchors("SELECT " + ANCHOR_COLUMNS + " FROM trust_anchor a WHERE a.manufacturer = ?"
                + " ORDER BY a.subject, a.id", manufacturer);
    }

    @Override
    public List<TrustAnchor> anchorsPinnedTo(String di) {
        return queryAnchors("SELECT " + ANCHOR_COLUMNS + " FROM trust_anchor a JOIN anchor_pin p ON p.anchor_id = a.id"
                + " WHERE p.di = ? ORDER BY a.id", di);
    }

    private List<TrustAnchor> queryAnchors(String sql, String... params) {
        return Jdbc.run("read trust anchors", () -> {
            try (PreparedStatement ps = statements.prepare(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                return readAnchors(ps);
            }
        });
    }

    private static List<TrustAnchor> readAnchors(PreparedStatement ps) throws SQLException {
        List<TrustAnchor> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TrustAnchor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), Instant.ofEpochMilli(rs.getLong(7)),
                        rs.getBytes(8), Instant.ofEpochMilli(rs.getLong(9)), rs.getString(10)));
            }
        }
        return out;
    }

    @Override
    public boolean pin(AnchorPin pin) {
        return Jdbc.run("pin trust anchor", () -> {
            try (PreparedStatement ps = statements.prepare("INSERT INTO anchor_pin (anchor_id, di, pinned_at,"
                    + " pinned_by) VALUES (?, ?, ?, ?) ON CONFLICT (anchor_id, di) DO NOTHING")) {
                ps.setLong(1, pin.anchorId());
                ps.setString(2, pin.di());
                ps.setLong(3, pin.pinnedAt().toEpochMilli());
                ps.setString(4, pin.pinnedBy());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean unpin(long anchorId, String di) {
        return Jdbc.run("unpin trust anchor", () -> {
            try (PreparedStatement ps = statements.prepare("DELETE FROM anchor_pin WHERE anchor_id = ? AND di = ?")) {
                ps.setLong(1, anchorId);
                ps.setString(2, di);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<AnchorPin> pinsOf(long anchorId) {
        return Jdbc.run("read anchor pins", () -> {
            List<AnchorPin> out = new ArrayList<>();
            try (PreparedStatement ps = statements.prepare("SELECT anchor_id, di, pinned_at, pinned_by"
                    + " FROM anchor_pin WHERE anchor_id = ? ORDER BY di")) {
                ps.setLong(1, anchorId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AnchorPin(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                                rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public boolean insertIntermediate(String fingerprint, String subject, String issuer, byte[] der,
                                      Instant importedAt) {
        return Jdbc.run("store intermediate certificate", () -> {
            try (PreparedStatement ps = statements.prepare("INSERT INTO intermediate_certificate"
                    + " (fingerprint_sha256, subject, issuer, certificate, imported_at) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (fingerprint_sha256) DO NOTHING")) {
                ps.setString(1, fingerprint);
                ps.setString(2, subject);
                ps.setString(3, issuer);
                ps.setBytes(4, der);
                ps.setLong(5, importedAt.toEpochMilli());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<byte[]> intermediates() {
        return Jdbc.run("read intermediate certificates", () -> {
            List<byte[]> out = new ArrayList<>();
            try (PreparedStatement ps = statements.prepare("SELECT certificate FROM intermediate_certificate"
                    + " ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getBytes(1));
                }
            }
            return out;
        });
    }

    @Override
    public void saveRule(BindingRule rule, Instant at, String by) {
        Jdbc.run("store binding rule", () -> {
            try (PreparedStatement ps = statements.prepare("INSERT INTO binding_rule (manufacturer, serial_source,"
                    + " model_source, hw_type_map_json, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (manufacturer) DO UPDATE SET serial_source = excluded.serial_source,"
                    + " model_source = excluded.model_source, hw_type_map_json = excluded.hw_type_map_json,"
                    + " updated_at = excluded.updated_at, updated_by = excluded.updated_by")) {
                ps.setString(1, rule.manufacturer());
                ps.setString(2, rule.serialSource().name());
                ps.setString(3, rule.modelSource().name());
                ps.setString(4, CanonicalJson.write(new TreeMap<>(rule.hwTypeToDi())));
                ps.setLong(5, at.toEpochMilli());
                ps.setString(6, by);
                ps.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public Optional<BindingRule> rule(String manufacturer) {
        return readRules("SELECT manufacturer, serial_source, model_source, hw_type_map_json FROM binding_rule"
                + " WHERE manufacturer = ?", manufacturer).stream().findFirst();
    }

    @Override
    public List<BindingRule> rules() {
        return readRules("SELECT manufacturer, serial_source, model_source, hw_type_map_json FROM binding_rule"
                + " ORDER BY manufacturer", null);
    }

    private List<BindingRule> readRules(String sql, String manufacturer) {
        return Jdbc.run("read binding rules", () -> {
            List<BindingRule> out = new ArrayList<>();
            try (PreparedStatement ps = statements.prepare(sql)) {
                if (manufacturer != null) {
                    ps.setString(1, manufacturer);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new BindingRule(rs.getString(1), SerialSource.valueOf(rs.getString(2)),
                                ModelSource.valueOf(rs.getString(3)), hwTypeMap(rs.getString(4))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<StoredCrl> crlOf(String issuer) {
        return Jdbc.run("read CRL", () -> {
            try (PreparedStatement ps = statements.prepare("SELECT " + CRL_COLUMNS + " FROM crl WHERE issuer = ?")) {
                ps.setString(1, issuer);
                return readCrls(ps).stream().findFirst();
            }
        });
    }

    @Override
    public StoredCrl saveCrl(StoredCrl c) {
        return Jdbc.run("store CRL", () -> {
            try (PreparedStatement ps = statements.prepare("INSERT INTO crl (issuer, crl_number, this_update,"
                    + " next_update, fingerprint_sha256, der, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (issuer) DO UPDATE SET crl_number = excluded.crl_number,"
                    + " this_update = excluded.this_update, next_update = excluded.next_update,"
                    + " fingerprint_sha256 = excluded.fingerprint_sha256, der = excluded.der,"
                    + " imported_at = excluded.imported_at, imported_by = excluded.imported_by RETURNING id")) {
                ps.setString(1, c.issuer());
                Jdbc.setString(ps, 2, c.crlNumberHex());
                ps.setLong(3, c.thisUpdate().toEpochMilli());
                Jdbc.setInstant(ps, 4, c.nextUpdate());
                ps.setString(5, c.fingerprint());
                ps.setBytes(6, c.der());
                ps.setLong(7, c.importedAt().toEpochMilli());
                ps.setString(8, c.importedBy());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new StoredCrl(rs.getLong(1), c.issuer(), c.crlNumberHex(), c.thisUpdate(), c.nextUpdate(),
                            c.fingerprint(), c.der(), c.importedAt(), c.importedBy());
                }
            }
        });
    }

    @Override
    public List<StoredCrl> crls() {
        return Jdbc.run("read CRLs", () -> {
            try (PreparedStatement ps = statements.prepare("SELECT " + CRL_COLUMNS + " FROM crl ORDER BY issuer")) {
                return readCrls(ps);
            }
        });
    }

    private static List<StoredCrl> readCrls(PreparedStatement ps) throws SQLException {
        List<StoredCrl> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredCrl(rs.getLong("id"), rs.getString("issuer"), rs.getString("crl_number"),
                        Jdbc.getInstant(rs, "this_update"), Jdbc.getInstant(rs, "next_update"),
                        rs.getString("fingerprint_sha256"), rs.getBytes("der"), Jdbc.getInstant(rs, "imported_at"),
                        rs.getString("imported_by")));
            }
        }
        return out;
    }

    @Override
    public boolean insertOcspResponse(StoredOcspResponse r) {
        return Jdbc.run("store OCSP response", () -> {
            try (PreparedStatement ps = statements.prepare("INSERT INTO ocsp_response (fingerprint_sha256,"
                    + " produced_at, der, imported_at, imported_by) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (fingerprint_sha256) DO NOTHING")) {
                ps.setString(1, r.fingerprint());
                ps.setLong(2, r.producedAt().toEpochMilli());
                ps.setBytes(3, r.der());
                ps.setLong(4, r.importedAt().toEpochMilli());
                ps.setString(5, r.importedBy());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<StoredOcspResponse> ocspResponses() {
        return Jdbc.run("read OCSP responses", () -> {
            List<StoredOcspResponse> out = new ArrayList<>();
            try (PreparedStatement ps = statements.prepare("SELECT id, fingerprint_sha256, produced_at, der,"
                    + " imported_at, imported_by FROM ocsp_response ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredOcspResponse(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                            rs.getBytes(4), Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6)));
                }
            }
            return out;
        });
    }

    private static Map<String, String> hwTypeMap(String json) {
        try {
            return JSON.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new StoreException("A binding rule's stored hwType map is not valid JSON: " + json, e);
        }
    }
}
