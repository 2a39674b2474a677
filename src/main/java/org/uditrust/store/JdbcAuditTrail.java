package org.uditrust.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.uditrust.audit.AuditChain;
import org.uditrust.audit.AuditChange;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditLog;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditReader;

/**
 * The audit trail in {@code audit_entry}, bound to one connection: appends join the caller's transaction, so a
 * change and its entry commit together. Appends only happen on the single write connection, under the write lock,
 * so reading the head and inserting the next sequence cannot race; the primary key on {@code sequence} would
 * reject a second writer (another process) that tried anyway.
 */
final class JdbcAuditTrail implements AuditLog, AuditReader {

    private static final String COLUMNS = "sequence, at, actor, action, entity_type, entity_id, before_json,"
            + " after_json, previous_hash, hash";

    /** Entries per statement of {@link #appendAll} (10 x 32 = 320 parameters). */
    private static final int ROWS_PER_INSERT = 32;

    private final StatementCache statements;
    private final Clock clock;

    JdbcAuditTrail(StatementCache statements, Clock clock) {
        this.statements = statements;
        this.clock = clock;
    }

    @Override
    public AuditEntry append(String actor, AuditChange change) {
        return Jdbc.run("write the audit entry for " + change.action(), () -> {
            AuditEntry head = head();
            AuditEntry entry = AuditChain.link(head, clock.instant(), actor, change);
            try (PreparedStatement ps = statements.prepare(multiRowInsert(1))) {
                bind(ps, 1, entry);
                ps.executeUpdate();
            }
            return entry;
        });
    }

    /**
     * The entries linked one after the other from the head read once, written {@link #ROWS_PER_INSERT} to a
     * statement: the same entries, hashes and sequence numbers as {@link #append} one by one.
     */
    @Override
    public List<AuditEntry> appendAll(String actor, List<AuditChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        return Jdbc.run("write " + changes.size() + " audit entries", () -> {
            List<AuditEntry> entries = new ArrayList<>(changes.size());
            AuditEntry previous = head();
            for (AuditChange change : changes) {
                previous = AuditChain.link(previous, clock.instant(), actor, change);
                entries.add(previous);
            }
            for (int start = 0; start < entries.size(); start += ROWS_PER_INSERT) {
                List<AuditEntry> chunk = entries.subList(start, Math.min(entries.size(), start + ROWS_PER_INSERT));
                PreparedStatement ps = statements.prepareUnwrapped(multiRowInsert(chunk.size()));
                int i = 1;
                for (AuditEntry entry : chunk) {
                    i = bind(ps, i, entry);
                }
                ps.executeUpdate();
            }
            return entries;
        });
    }

    private static String multiRowInsert(int rows) {
        StringBuilder sql = new StringBuilder(SqlDialect.SQLITE.insertInto() + " audit_entry (" + COLUMNS
                + ") VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    private static int bind(PreparedStatement ps, int first, AuditEntry entry) throws SQLException {
        int i = first;
        AuditChange change = entry.change();
        ps.setLong(i++, entry.sequence());
        ps.setLong(i++, entry.at().toEpochMilli());
        ps.setString(i++, entry.actor());
        ps.setString(i++, change.action());
        ps.setString(i++, change.entityType());
        ps.setString(i++, change.entityId());
        Jdbc.setString(ps, i++, change.before());
        Jdbc.setString(ps, i++, change.after());
        ps.setString(i++, entry.previousHash());
        ps.setString(i++, entry.hash());
        return i;
    }

    private AuditEntry head() throws SQLException {
        try (PreparedStatement ps = statements.prepare("SELECT " + COLUMNS
                + " FROM audit_entry ORDER BY sequence DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? read(rs) : null;
        }
    }

    @Override
    public void forEachInOrder(Consumer<AuditEntry> sink) {
        Jdbc.run("read the audit trail", () -> {
            try (PreparedStatement ps = statements.prepare("SELECT " + COLUMNS
                    + " FROM audit_entry ORDER BY sequence")) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(read(rs));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        Filter filter = Filter.of(query);
        return Jdbc.run("search the audit trail", () -> {
            List<AuditEntry> page = new ArrayList<>();
            try (PreparedStatement ps = statements.prepare("SELECT " + COLUMNS + " FROM audit_entry"
                    + filter.where + " ORDER BY sequence DESC LIMIT ? OFFSET ?")) {
                int i = filter.bind(ps);
                ps.setInt(i++, limit);
                ps.setInt(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(read(rs));
                    }
                }
            }
            return page;
        });
    }

    @Override
    public long count(AuditQuery query) {
        Filter filter = Filter.of(query);
        return Jdbc.run("count audit entries", () -> {
            try (PreparedStatement ps = statements.prepare("SELECT COUNT(*) FROM audit_entry"
                    + filter.where)) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private record Filter(String where, List<Object> params) {

        static Filter of(AuditQuery q) {
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (q.entityType() != null) {
                conditions.add("entity_type = ?");
                params.add(q.entityType());
            }
            if (q.entityId() != null) {
                conditions.add("entity_id = ?");
                params.add(q.entityId());
            }
            if (q.actor() != null) {
                conditions.add("actor = ?");
                params.add(q.actor());
            }
            if (q.from() != null) {
                conditions.add("at >= ?");
                params.add(q.from().toEpochMilli());
            }
            if (q.to() != null) {
                conditions.add("at < ?");
                params.add(q.to().toEpochMilli());
            }
            if (q.text() != null && !q.text().isBlank()) {
                // Case-insensitive on every dialect: LOWER on both sides (SQLite's LIKE alone is, PostgreSQL's not).
                conditions.add("(LOWER(action) LIKE ? ESCAPE '\\' OR LOWER(entity_id) LIKE ? ESCAPE '\\'"
                        + " OR LOWER(actor) LIKE ? ESCAPE '\\' OR LOWER(before_json) LIKE ? ESCAPE '\\'"
                        + " OR LOWER(after_json) LIKE ? ESCAPE '\\')");
                String pattern = Jdbc.containsPattern(q.text().strip().toLowerCase(Locale.ROOT));
                for (int i = 0; i < 5; i++) {
                    params.add(pattern);
                }
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }

        int bind(PreparedStatement ps) throws SQLException {
            int i = 1;
            for (Object p : params) {
                if (p instanceof Long l) {
                    ps.setLong(i++, l);
                } else {
                    ps.setString(i++, (String) p);
                }
            }
            return i;
        }
    }

    /**
     * An entry as stored. A row tampered into a shape no entry can have (both values null, a null column) is read
     * as best it can be, with text that cannot match its hash, so verification reports it as altered instead of
     * failing to read the trail.
     */
    static AuditEntry read(ResultSet rs) throws SQLException {
        String before = rs.getString("before_json");
        String after = rs.getString("after_json");
        if (before == null && after == null) {
            after = "";
        }
        return new AuditEntry(Math.max(1, rs.getLong("sequence")), Instant.ofEpochMilli(rs.getLong("at")),
                nonNull(rs.getString("actor")),
                new AuditChange(nonNull(rs.getString("action")), nonNull(rs.getString("entity_type")),
                        nonNull(rs.getString("entity_id")), before, after),
                nonNull(rs.getString("previous_hash")), nonNull(rs.getString("hash")));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
