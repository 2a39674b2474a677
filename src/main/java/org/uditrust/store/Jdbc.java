package org.uditrust.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/** Small JDBC helpers shared by the repositories: nullable parameters and columns, and error translation. */
final class Jdbc {

    private Jdbc() {
    }

    /** Work that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work}, turning an {@link SQLException} into a {@link StoreException} saying what failed. */
    static <T> T run(String what, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    static StoreException failure(String what, SQLException e) {
        return new StoreException("Could not " + what + ": " + e.getMessage(), e);
    }

    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql);
    }

    static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    static void setBoolean(PreparedStatement ps, int i, Boolean v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BOOLEAN);
        } else {
            ps.setBoolean(i, v);
        }
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static void setDate(PreparedStatement ps, int i, LocalDate v) throws SQLException {
        setString(ps, i, v == null ? null : v.toString());
    }

    static void setInstant(PreparedStatement ps, int i, Instant v) throws SQLException {
        setLong(ps, i, v == null ? null : v.toEpochMilli());
    }

    static Boolean getBoolean(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    static Integer getInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : LocalDate.parse(v);
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        Long v = getLong(rs, column);
        return v == null ? null : Instant.ofEpochMilli(v);
    }

    /** {@code text} as a LIKE pattern matching it anywhere, with {@code \} as the escape character. */
    static String containsPattern(String text) {
        StringBuilder p = new StringBuilder(text.length() + 2).append('%');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                p.append('\\');
            }
            p.append(c);
        }
        return p.append('%').toString();
    }

    static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
