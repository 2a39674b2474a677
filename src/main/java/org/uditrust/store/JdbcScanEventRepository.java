package org.uditrust.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.uditrust.registry.ScanEvent;
import org.uditrust.registry.ScanEventRepository;

/** {@link ScanEventRepository} over {@code scan_event}, bound to one connection. */
final class JdbcScanEventRepository implements ScanEventRepository {

    private final Connection connection;

    JdbcScanEventRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public ScanEvent insert(ScanEvent e) {
        Instant at = e.at().truncatedTo(ChronoUnit.MILLIS);
        return Jdbc.run("store scan event", () -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO scan_event (at, actor, workstation,"
                    + " raw_input, valid, di, device_id, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, at.toEpochMilli());
                ps.setString(2, e.actor());
                Jdbc.setString(ps, 3, e.workstation());
                ps.setString(4, e.rawInput());
                ps.setBoolean(5, e.valid());
                Jdbc.setString(ps, 6, e.di());
                Jdbc.setLong(ps, 7, e.deviceId());
                ps.setString(8, e.outcome());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new ScanEvent(keys.getLong(1), at, e.actor(), e.workstation(), e.rawInput(), e.valid(),
                            e.di(), e.deviceId(), e.outcome());
                }
            }
        });
    }

    @Override
    public List<ScanEvent> recent(int limit) {
        return Jdbc.run("read scan events", () -> {
            List<ScanEvent> events = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, at, actor, workstation, raw_input,"
                    + " valid, di, device_id, outcome FROM scan_event ORDER BY at DESC, id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new ScanEvent(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("at")),
                                rs.getString("actor"), rs.getString("workstation"), rs.getString("raw_input"),
                                rs.getBoolean("valid"), rs.getString("di"), Jdbc.getLong(rs, "device_id"),
                                rs.getString("outcome")));
                    }
                }
            }
            return events;
        });
    }
}
