package org.uditrust.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements kept open per connection, so a hot statement (insert a device, append an audit entry, look a
 * UDI up) is compiled once per connection instead of once per call: preparing a 28-column insert costs as much as
 * running it. The statements handed out ignore {@code close()}, so callers keep their try-with-resources; they are
 * really closed when evicted (least recently used) or when the connection closes. One connection is used by one
 * thread at a time (the write lock, the read pool), and so is its cache.
 */
final class StatementCache {

    private static final int CAPACITY = 64;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > CAPACITY) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** A prepared statement for {@code sql}, reused across calls; closing it is a no-op. */
    PreparedStatement prepare(String sql) throws SQLException {
        return keepOpen(cached(sql));
    }

    /**
     * The cached statement itself, for the bulk-insert loops that bind ~40 values a row: the close-ignoring proxy
     * of {@link #prepare} costs a reflective call per value (~0.5 s of a million-device import). The caller must
     * not close it.
     */
    PreparedStatement prepareUnwrapped(String sql) throws SQLException {
        return cached(sql);
    }

    private PreparedStatement cached(String sql) throws SQLException {
        PreparedStatement real = statements.get(sql);
        if (real == null) {
            real = connection.prepareStatement(sql);
            statements.put(sql, real);
        }
        return real;
    }

    private static PreparedStatement keepOpen(PreparedStatement real) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                return null;
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    void closeAll() {
        statements.values().forEach(StatementCache::closeQuietly);
        statements.clear();
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // Closing a statement of a connection that is going away.
        }
    }
}
