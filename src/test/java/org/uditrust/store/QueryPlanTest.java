package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index design, checked with SQLite's own planner: the query shapes the repositories run on a million devices
 * must be index searches, and the sorted pages of the Devices view must walk an index instead of sorting the table.
 * (Timings on a million rows are in the benchmark; this keeps a later schema change from silently losing an index.)
 */
class QueryPlanTest {

    @TempDir
    Path dir;

    private List<String> plan(Database db, String sql) {
        return db.transactionsForTests().inReadTransaction(c -> {
            List<String> steps = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getString("detail"));
                }
            }
            return steps;
        });
    }

    @Test
    void recallAndLookupQueriesSearchAnIndex() {
        try (Database db = Database.open(dir.resolve("plan.db"), new TestClock())) {
            assertThat(plan(db, "SELECT id FROM device d WHERE d.di = ? AND d.lot IN (?, ?, ?)"))
                    .anyMatch(s -> s.contains("INDEX device_di_lot (di=? AND lot=?)"));
            assertThat(plan(db, "SELECT id FROM device d WHERE d.di = ? AND d.serial IN (?, ?)"))
                    .anyMatch(s -> s.contains("INDEX device_di_serial (di=? AND serial=?)"));
            assertThat(plan(db, "SELECT id FROM device d WHERE d.di = ? AND d.serial >= ? AND d.serial <= ?"
                    + " AND LENGTH(d.serial) = ?"))
                    .anyMatch(s -> s.contains("INDEX device_di_serial (di=? AND serial>? AND serial<?)"));
            assertThat(plan(db, "SELECT id FROM device d WHERE d.udi_key = ?"))
                    .anyMatch(s -> s.contains("INDEX sqlite_autoindex_device_1 (udi_key=?)"));
            assertThat(plan(db, "SELECT primary_di FROM model_identifier WHERE device_id = ?"))
                    .anyMatch(s -> s.contains("INDEX model_identifier_di (device_id=?)"));
            assertThat(plan(db, "SELECT sequence FROM audit_entry ORDER BY sequence DESC LIMIT 1"))
                    .noneMatch(s -> s.contains("TEMP B-TREE"));
        }
    }

    @Test
    void sortedPagesWalkAnIndex() {
        try (Database db = Database.open(dir.resolve("plan.db"), new TestClock())) {
            for (String order : List.of("d.registered_at DESC, d.id DESC", "d.expiry_date ASC, d.id ASC",
                    "d.status ASC, d.id ASC", "d.site ASC, d.building ASC, d.department ASC, d.room ASC, d.id ASC",
                    "d.di DESC, d.lot DESC, d.id DESC")) {
                assertThat(plan(db, "SELECT id FROM device d ORDER BY " + order + " LIMIT 50 OFFSET 0"))
                        .as(order).noneMatch(s -> s.contains("TEMP B-TREE"));
            }
            assertThat(plan(db, "SELECT id FROM device d WHERE d.site = ? ORDER BY d.site, d.building,"
                    + " d.department, d.room, d.id LIMIT 50")).noneMatch(s -> s.contains("TEMP B-TREE"));
        }
    }
}
