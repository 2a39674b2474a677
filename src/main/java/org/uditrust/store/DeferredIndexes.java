package org.uditrust.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.uditrust.registry.DeviceRepository;

/**
 * The explicitly created indexes of one table, dropped inside the caller's write transaction and created again from
 * their own recorded definitions before it commits. Building an index once over sorted keys is far cheaper than
 * inserting a million keys into it one at a time at random places. SQLite's DDL is transactional, so a rollback
 * or a crash in between brings the indexes back with the rows. Only indexes with a {@code CREATE INDEX} statement
 * are dropped: the ones SQLite made for UNIQUE and PRIMARY KEY constraints (no SQL in {@code sqlite_master})
 * cannot be, and stay enforced on every insert.
 */
final class DeferredIndexes implements DeviceRepository.IndexDeferral {

    private final Connection connection;
    private final String table;
    private final List<String> definitions;
    private boolean restored;

    private DeferredIndexes(Connection connection, String table, List<String> definitions) {
        this.connection = connection;
        this.table = table;
        this.definitions = definitions;
    }

    /** Drops the explicit indexes of {@code table} (a fixed name of ours, never user input). */
    static DeferredIndexes drop(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, sql FROM sqlite_master"
                + " WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        try (Statement st = connection.createStatement()) {
            for (String name : names) {
                st.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        return new DeferredIndexes(connection, table, definitions);
    }

    @Override
    public void restore() {
        if (restored) {
            return;
        }
        Jdbc.run("rebuild the indexes of " + table, () -> {
            try (Statement st = connection.createStatement()) {
                for (String sql : definitions) {
                    st.execute(sql);
                }
            }
            return null;
        });
        restored = true;
    }

    List<String> definitions() {
        return List.copyOf(definitions);
    }
}
