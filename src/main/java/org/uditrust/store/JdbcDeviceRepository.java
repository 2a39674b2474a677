package org.uditrust.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.uditrust.registry.ConcurrentChangeException;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceRepository;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.LabelFinding;
import org.uditrust.registry.Location;
import org.uditrust.registry.RecallQuery;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.UdiDate;

/** {@link DeviceRepository} over the {@code device} table, bound to one connection (one transaction). */
final class JdbcDeviceRepository implements DeviceRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, String>>> FINDINGS = new TypeReference<>() {
    };

    /** Parameters per IN list: well under every driver's limit, and each chunk is one index probe series. */
    private static final int IN_CHUNK = 500;

    private static final String COLUMNS = "d.id, d.udi_key, d.issuer, d.di, d.lot, d.serial, d.expiry_date,"
            + " d.expiry_time, d.expiry_precision, d.manufactured_date, d.manufactured_time,"
            + " d.manufactured_precision, d.software_version, d.donation_id, d.carrier, d.human_readable, d.status,"
            + " d.site, d.building, d.department, d.room, d.owner, d.notes, d.findings_json, d.registered_at,"
            + " d.registered_by, d.updated_at, d.version";

    private static final String INSERT_COLUMNS = "udi_key, issuer, di, lot, serial, expiry_date, expiry_time,"
            + " expiry_precision, manufactured_date, manufactured_time, manufactured_precision, software_version,"
            + " donation_id, carrier, human_readable, status, site, building, department, room, owner, notes,"
            + " findings_json, registered_at, registered_by, updated_at, version, search_text";

    /** Values bound by {@link #bindRow}. */
    private static final int INSERT_PARAMETERS = 28;

    static final String INSERT = SqlDialect.SQLITE.insertInto() + " device (" + INSERT_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            // RETURNING: SQLite 3.35+ and PostgreSQL both give the generated key back with the insert itself.
            + " RETURNING id";

    /**
     * Rows per statement of {@link #insertAll}: one statement of 32 rows (29 x 32 = 928 parameters, well under
     * every driver's limit) costs little more than one of a single row.
     */
    static final int ROWS_PER_INSERT = 32;

    private static final String UPDATE = "UPDATE device SET udi_key = ?, issuer = ?, di = ?, lot = ?, serial = ?,"
            + " expiry_date = ?, expiry_time = ?, expiry_precision = ?, manufactured_date = ?, manufactured_time = ?,"
            + " manufactured_precision = ?, software_version = ?, donation_id = ?, carrier = ?, human_readable = ?,"
            + " status = ?, site = ?, building = ?, department = ?, room = ?, owner = ?, notes = ?,"
            + " findings_json = ?, registered_at = ?, registered_by = ?, updated_at = ?, version = ?,"
            + " search_text = ? WHERE id = ? AND version = ?";

    private final StatementCache statements;
    private final Runnable bulkWrite;

    /** @param bulkWrite told when this transaction becomes a bulk write (its commit may checkpoint later) */
    JdbcDeviceRepository(StatementCache statements, Runnable bulkWrite) {
        this.statements = statements;
        this.bulkWrite = bulkWrite;
    }

    @Override
    public Device insert(Device device) {
        Device stored = normalized(device, 0, 1);
        return Jdbc.run("store device " + device.udiKey(), () -> {
            PreparedStatement ps = statements.prepare(INSERT);
            bindRow(ps, stored);
            long id;
            try (ResultSet keys = ps.executeQuery()) {
                keys.next();
                id = keys.getLong(1);
            } catch (SQLException e) {
                if (byUdiKey(stored.udiKey()).isPresent()) {
                    throw new StoreException("A device with UDI key " + stored.udiKey()
                            + " is already registered; the same UDI is never registered twice.", e);
                }
                throw e;
            }
            return stored.withId(id);
        });
    }

    /**
     * Many rows per statement, with ids given here: the next ids after the largest, which is the id SQLite would
     * pick for each row itself ({@code INTEGER PRIMARY KEY} without AUTOINCREMENT), so no key has to be read back.
     * This runs on the write connection inside its transaction, so nothing else can insert in between.
     */
    @Override
    public List<Device> insertAll(List<Device> devices) {
        if (devices.isEmpty()) {
            return List.of();
        }
        return Jdbc.run("store " + devices.size() + " devices", () -> {
            long id = maxId();
            List<Device> stored = new ArrayList<>(devices.size());
            for (Device d : devices) {
                stored.add(normalized(d, ++id, 1));
            }
            for (int start = 0; start < stored.size(); start += ROWS_PER_INSERT) {
                List<Device> chunk = stored.subList(start, Math.min(stored.size(), start + ROWS_PER_INSERT));
                PreparedStatement ps = statements.prepareUnwrapped(multiRowInsert(chunk.size()));
                int i = 1;
                for (Device d : chunk) {
                    ps.setLong(i++, d.id());
                    i = bindRow(ps, i, d);
                }
                try {
                    ps.executeUpdate();
                } catch (SQLException e) {
                    throw explainFailedInsert(chunk, e);
                }
            }
            return stored;
        });
    }

    private long maxId() throws SQLException {
        try (PreparedStatement ps = statements.prepare("SELECT COALESCE(MAX(id), 0) FROM device");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String multiRowInsert(int rows) {
        String one = "(?" + ", ?".repeat(INSERT_PARAMETERS) + ")";
        StringJoiner values = new StringJoiner(", ");
        for (int r = 0; r < rows; r++) {
            values.add(one);
        }
        return SqlDialect.SQLITE.insertInto() + " device (id, " + INSERT_COLUMNS + ") VALUES " + values;
    }

    /**
     * The clear message for the one failure a caller can cause: a UDI key that is already stored. INSERT OR FAIL
     * keeps the chunk's rows before the clash in the transaction (until the caller rolls back), so a key found
     * under the very id this chunk gave it is one of ours, not the clash.
     */
    private SQLException explainFailedInsert(List<Device> chunk, SQLException e) {
        Set<String> keys = new HashSet<>();
        for (Device d : chunk) {
            if (!keys.add(d.udiKey()) || byUdiKey(d.udiKey()).filter(stored -> stored.id() != d.id()).isPresent()) {
                throw new StoreException("A device with UDI key " + d.udiKey()
                        + " is already registered; the same UDI is never registered twice.", e);
            }
        }
        return e;
    }

    @Override
    public IndexDeferral deferQueryIndexes() {
        bulkWrite.run();
        return Jdbc.run("set the device indexes aside for a bulk insert",
                () -> DeferredIndexes.drop(statements.connection(), "device"));
    }

    @Override
    public Device update(Device device) {
        Device stored = normalized(device, device.id(), device.version() + 1);
        return Jdbc.run("update device " + device.id(), () -> {
            try (PreparedStatement ps = statements.prepare(UPDATE)) {
                int i = bindRow(ps, stored);
                ps.setLong(i++, device.id());
                ps.setLong(i, device.version());
                if (ps.executeUpdate() == 1) {
                    return stored;
                }
            }
            Optional<Device> current = byId(device.id());
            if (current.isEmpty()) {
                throw new ConcurrentChangeException("Device " + device.id()
                        + " was deleted by someone else; reload the list.");
            }
            throw new ConcurrentChangeException("Device " + device.id() + " was changed by someone else (version "
                    + current.get().version() + ", you had " + device.version() + "); reload it and try again.");
        });
    }

    @Override
    public Optional<Device> byId(long id) {
        return Jdbc.run("read device " + id, () -> one("SELECT " + COLUMNS + " FROM device d WHERE d.id = ?",
                ps -> ps.setLong(1, id)));
    }

    @Override
    public Optional<Device> byUdiKey(String udiKey) {
        return Jdbc.run("read device " + udiKey, () -> one("SELECT " + COLUMNS + " FROM device d WHERE d.udi_key = ?",
                ps -> ps.setString(1, udiKey)));
    }

    @Override
    public List<Device> find(DeviceQuery query, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        Filter filter = Filter.of(query);
        String sql = "SELECT " + COLUMNS + " FROM device d" + filter.where() + orderBy(query) + " LIMIT ? OFFSET ?";
        return Jdbc.run("list devices", () -> {
            try (PreparedStatement ps = statements.prepare(sql)) {
                int i = filter.bind(ps, 1);
                ps.setInt(i++, limit);
                ps.setInt(i, offset);
                List<Device> page = new ArrayList<>(Math.min(limit, 1000));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(read(rs));
                    }
                }
                return page;
            }
        });
    }

    @Override
    public long count(DeviceQuery query) {
        Filter filter = Filter.of(query);
        return Jdbc.run("count devices", () -> {
            try (PreparedStatement ps = statements.prepare("SELECT COUNT(*) FROM device d"
                    + filter.where())) {
                filter.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public void forEach(DeviceQuery query, Consumer<Device> sink) {
        Filter filter = Filter.of(query);
        String sql = "SELECT " + COLUMNS + " FROM device d" + filter.where() + orderBy(query);
        Jdbc.run("read devices", () -> {
            try (PreparedStatement ps = statements.prepare(sql)) {
                // The driver steps the cursor row by row; the fetch size is the hint other drivers need.
                ps.setFetchSize(500);
                filter.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(read(rs));
                    }
                }
            }
            return null;
        });
    }

    /**
     * One indexed query per criterion ({@code (di, lot)} or {@code (di, serial)} range scans), merged by id: an OR of
     * them in one statement would make SQLite fall back to scanning every unit of the DI.
     */
    @Override
    public List<Device> recallMatches(RecallQuery query) {
        Map<Long, Device> found = new TreeMap<>();
        String base = "SELECT " + COLUMNS + " FROM device d WHERE d.di = ?";
        Jdbc.run("find recalled devices", () -> {
            boolean any = false;
            if (!query.lots().isEmpty()) {
                any = true;
                inChunks(base + " AND d.lot IN ", query.di(), new ArrayList<>(query.lots()), found);
            }
            if (!query.serials().isEmpty()) {
                any = true;
                inChunks(base + " AND d.serial IN ", query.di(), new ArrayList<>(query.serials()), found);
            }
            if (query.serialFrom() != null) {
                any = true;
                serialRange(base, query, found);
            }
            if (!any) {
                collect(base, ps -> ps.setString(1, query.di()), found, d -> true);
            }
            return null;
        });
        return new ArrayList<>(found.values());
    }

    private void inChunks(String sqlPrefix, String di, List<String> values, Map<Long, Device> found)
            throws SQLException {
        for (int start = 0; start < values.size(); start += IN_CHUNK) {
            List<String> chunk = values.subList(start, Math.min(values.size(), start + IN_CHUNK));
            StringJoiner marks = new StringJoiner(", ", "(", ")");
            chunk.forEach(v -> marks.add("?"));
            collect(sqlPrefix + marks, ps -> {
                ps.setString(1, di);
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 2, chunk.get(i));
                }
            }, found, d -> true);
        }
    }

    /**
     * A serial range: text of equal length compares as text ({@code 000100..000200}, {@code A100..A200}); two
     * digit-only ends of different length compare as numbers, asked as one text range per serial length (each an
     * index range scan) and checked exactly afterwards.
     */
    private void serialRange(String base, RecallQuery query, Map<Long, Device> found) throws SQLException {
        String from = query.serialFrom();
        String to = query.serialTo();
        boolean numeric = isDigits(from) && isDigits(to);
        String sql = base + " AND d.serial >= ? AND d.serial <= ? AND LENGTH(d.serial) = ?";
        if (!numeric || from.length() == to.length()) {
            String lo = from.compareTo(to) <= 0 ? from : to;
            String hi = from.compareTo(to) <= 0 ? to : from;
            if (from.length() != to.length()) {
                // Text ends of different lengths: plain text order, as the criterion literally says.
                collect(base + " AND d.serial >= ? AND d.serial <= ?", ps -> {
                    ps.setString(1, query.di());
                    ps.setString(2, lo);
                    ps.setString(3, hi);
                }, found, d -> true);
                return;
            }
            collect(sql, ps -> {
                ps.setString(1, query.di());
                ps.setString(2, lo);
                ps.setString(3, hi);
                ps.setInt(4, lo.length());
            }, found, d -> !numeric || isDigits(d.serial()));
            return;
        }
        BigInteger a = new BigInteger(from);
        BigInteger b = new BigInteger(to);
        BigInteger lo = a.min(b);
        BigInteger hi = a.max(b);
        String loText = lo.toString();
        String hiText = hi.toString();
        for (int length = loText.length(); length <= hiText.length(); length++) {
            String rangeLo = length == loText.length() ? loText : "1" + "0".repeat(length - 1);
            String rangeHi = length == hiText.length() ? hiText : "9".repeat(length);
            int len = length;
            collect(sql, ps -> {
                ps.setString(1, query.di());
                ps.setString(2, rangeLo);
                ps.setString(3, rangeHi);
                ps.setInt(4, len);
            }, found, d -> isDigits(d.serial()) && new BigInteger(d.serial()).compareTo(lo) >= 0
                    && new BigInteger(d.serial()).compareTo(hi) <= 0);
        }
    }

    private static boolean isDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void collect(String sql, Binder binder, Map<Long, Device> found,
                         java.util.function.Predicate<Device> keep) throws SQLException {
        // IN lists of varying length are prepared afresh: caching each length would crowd out the hot statements.
        try (PreparedStatement ps = sql.contains(" IN (") ? statements.connection().prepareStatement(sql)
                : statements.prepare(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Device d = read(rs);
                    if (keep.test(d)) {
                        found.put(d.id(), d);
                    }
                }
            }
        }
    }

    private Optional<Device> one(String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = statements.prepare(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static String orderBy(DeviceQuery query) {
        String dir = query.ascending() ? " ASC" : " DESC";
        List<String> columns = switch (query.sort()) {
            case REGISTERED -> List.of("d.registered_at");
            case DI -> List.of("d.di", "d.lot");
            case LOT -> List.of("d.lot");
            case SERIAL -> List.of("d.serial");
            case EXPIRY -> List.of("d.expiry_date");
            case STATUS -> List.of("d.status");
            case LOCATION -> List.of("d.site", "d.building", "d.department", "d.room");
        };
        StringJoiner order = new StringJoiner(", ", " ORDER BY ", "");
        columns.forEach(c -> order.add(c + dir));
        // The id breaks ties, so pages never overlap or skip rows.
        order.add("d.id" + dir);
        return order.toString();
    }

    /** The WHERE clause of a {@link DeviceQuery} with its parameters (package-private for the query-plan test). */
    record Filter(String where, List<Object> params) {

        static Filter of(DeviceQuery q) {
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (q.text() != null && !q.text().isBlank()) {
                String pattern = Jdbc.containsPattern(q.text().strip().toLowerCase(Locale.ROOT));
                // The device's own text, or its model (found by primary DI, or by any other DI of the model such
                // as a package DI) whose brand, model or company matches. Correlated EXISTS: one index probe per
                // device, so the cost follows the inventory, not the size of the GUDID release (millions of DIs).
                conditions.add("(d.search_text LIKE ? ESCAPE '\\'"
                        + " OR EXISTS (SELECT 1 FROM device_model m WHERE m.primary_di = d.di"
                        + " AND m.search_text LIKE ? ESCAPE '\\')"
                        + " OR EXISTS (SELECT 1 FROM model_identifier mi JOIN device_model m"
                        + " ON m.primary_di = mi.primary_di WHERE mi.device_id = d.di"
                        + " AND m.search_text LIKE ? ESCAPE '\\'))");
                params.add(pattern);
                params.add(pattern);
                params.add(pattern);
            }
            if (q.di() != null) {
                conditions.add("d.di = ?");
                params.add(q.di());
            }
            if (q.status() != null) {
                conditions.add("d.status = ?");
                params.add(q.status().name());
            }
            if (q.site() != null) {
                conditions.add("d.site = ?");
                params.add(q.site());
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }

        int bind(PreparedStatement ps, int first) throws SQLException {
            int i = first;
            for (Object p : params) {
                ps.setString(i++, (String) p);
            }
            return i;
        }
    }

    /** The device as it will be stored: times at millisecond precision (the column's), the given id and version. */
    private static Device normalized(Device d, long id, long version) {
        return new Device(id, d.udiKey(), d.issuer(), d.di(), d.lot(), d.serial(), d.expiry(), d.manufactured(),
                d.softwareVersion(), d.donationId(), d.carrier(), d.humanReadable(), d.status(), d.location(),
                d.owner(), d.notes(), d.findings(), d.registeredAt().truncatedTo(ChronoUnit.MILLIS),
                d.registeredBy(), d.updatedAt().truncatedTo(ChronoUnit.MILLIS), version);
    }

    /** Binds every column of {@link #INSERT} (the same order starts {@link #UPDATE}); returns the next index. */
    static int bindRow(PreparedStatement ps, Device d) throws SQLException {
        return bindRow(ps, 1, d);
    }

    /** Binds every column of {@link #INSERT} from parameter {@code first} on; returns the next index. */
    static int bindRow(PreparedStatement ps, int first, Device d) throws SQLException {
        int i = first;
        ps.setString(i++, d.udiKey());
        ps.setString(i++, d.issuer().name());
        ps.setString(i++, d.di());
        Jdbc.setString(ps, i++, d.lot());
        Jdbc.setString(ps, i++, d.serial());
        i = bindDate(ps, i, d.expiry());
        i = bindDate(ps, i, d.manufactured());
        Jdbc.setString(ps, i++, d.softwareVersion());
        Jdbc.setString(ps, i++, d.donationId());
        ps.setString(i++, d.carrier());
        ps.setString(i++, d.humanReadable());
        ps.setString(i++, d.status().name());
        Location l = d.location();
        Jdbc.setString(ps, i++, l.site());
        Jdbc.setString(ps, i++, l.building());
        Jdbc.setString(ps, i++, l.department());
        Jdbc.setString(ps, i++, l.room());
        Jdbc.setString(ps, i++, d.owner());
        Jdbc.setString(ps, i++, d.notes());
        ps.setString(i++, findingsJson(d.findings()));
        ps.setLong(i++, d.registeredAt().toEpochMilli());
        ps.setString(i++, d.registeredBy());
        ps.setLong(i++, d.updatedAt().toEpochMilli());
        ps.setLong(i++, d.version());
        ps.setString(i++, searchText(d));
        return i;
    }

    private static int bindDate(PreparedStatement ps, int i, UdiDate date) throws SQLException {
        Jdbc.setString(ps, i, date == null ? null : date.date().toString());
        Jdbc.setString(ps, i + 1, date == null || date.time() == null ? null : date.time().toString());
        Jdbc.setString(ps, i + 2, date == null ? null : date.precision().name());
        return i + 3;
    }

    static String searchText(Device d) {
        StringJoiner text = new StringJoiner("|");
        Location l = d.location();
        for (String part : new String[] {d.di(), d.lot(), d.serial(), d.humanReadable(), l.site(), l.building(),
            l.department(), l.room()}) {
            text.add(part == null ? "" : part);
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    static String findingsJson(List<LabelFinding> findings) {
        if (findings.isEmpty()) {
            return "[]";
        }
        List<Map<String, String>> list = new ArrayList<>(findings.size());
        for (LabelFinding f : findings) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("message", f.message());
            list.add(m);
        }
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    private static List<LabelFinding> findings(String json) {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        try {
            List<LabelFinding> out = new ArrayList<>();
            for (Map<String, String> m : JSON.readValue(json, FINDINGS)) {
                out.add(new LabelFinding(m.get("code"), m.get("message")));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new StoreException("A device's stored label findings are not valid JSON: " + json, e);
        }
    }

    static Device read(ResultSet rs) throws SQLException {
        return new Device(
                rs.getLong("id"),
                rs.getString("udi_key"),
                Issuer.valueOf(rs.getString("issuer")),
                rs.getString("di"),
                rs.getString("lot"),
                rs.getString("serial"),
                date(rs, "expiry"),
                date(rs, "manufactured"),
                rs.getString("software_version"),
                rs.getString("donation_id"),
                rs.getString("carrier"),
                rs.getString("human_readable"),
                DeviceStatus.valueOf(rs.getString("status")),
                new Location(rs.getString("site"), rs.getString("building"), rs.getString("department"),
                        rs.getString("room")),
                rs.getString("owner"),
                rs.getString("notes"),
                findings(rs.getString("findings_json")),
                Instant.ofEpochMilli(rs.getLong("registered_at")),
                rs.getString("registered_by"),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getLong("version"));
    }

    private static UdiDate date(ResultSet rs, String prefix) throws SQLException {
        String date = rs.getString(prefix + "_date");
        if (date == null) {
            return null;
        }
        String time = rs.getString(prefix + "_time");
        return new UdiDate(LocalDate.parse(date), time == null ? null : LocalTime.parse(time),
                UdiDate.Precision.valueOf(rs.getString(prefix + "_precision")));
    }
}
