package org.uditrust.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uditrust.registry.Repositories;
import org.uditrust.registry.Transactions;

/**
 * Transactions over one SQLite file. SQLite has one writer at a time, so every write goes through the single write
 * connection while holding {@link #writeLock} (fair, so a background import that commits batch after batch cannot
 * starve the UI); {@code BEGIN IMMEDIATE} takes SQLite's write lock at the start, so another process writing the
 * same file makes us wait (busy timeout) instead of failing half-way. Reads use a small pool of read connections:
 * in WAL mode they see the last committed state and never block, nor are blocked by, the writer.
 *
 * <p>A write or read started inside a write on the same thread joins it (same connection, same transaction), so
 * services can call each other. {@link #lifecycle} lets maintenance (restore, close) wait for running transactions
 * and swap the connections.
 */
final class SqliteTransactions implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteTransactions.class);

    /** Read connections kept open; more concurrent readers wait for one. */
    private static final int MAX_READERS = 4;

    private final Path file;
    private final Clock clock;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock(true);
    private final ThreadLocal<Connection> currentWrite = new ThreadLocal<>();
    private final ThreadLocal<Connection> currentRead = new ThreadLocal<>();

    private final ReentrantLock poolLock = new ReentrantLock();
    private final Condition readerReturned = poolLock.newCondition();
    private final Deque<Connection> idleReaders = new ArrayDeque<>();
    private final List<Connection> allReaders = new ArrayList<>();

    private final Map<Connection, StatementCache> caches = new ConcurrentHashMap<>();

    private Connection writer;
    private boolean closed;

    /**
     * Set (under the write lock) by a bulk write in the running transaction: its commit leaves the WAL checkpoint
     * to a background thread. Reset at the end of every write transaction.
     */
    private boolean checkpointInBackground;

    SqliteTransactions(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Opens the write connection; the database has been checked and migrated. */
    void open() throws SQLException {
        writer = SqliteFiles.connect(file, false, true);
        closed = false;
    }

    /** Work on a raw connection inside a transaction (the GUDID staging and maintenance need SQL of their own). */
    @FunctionalInterface
    interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public <T> T write(Function<Repositories, T> work) {
        return inWriteTransaction(c -> work.apply(repositories(c)));
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        return inReadTransaction(c -> work.apply(repositories(c)));
    }

    /** The repositories bound to {@code c}'s transaction. */
    Repositories repositories(Connection c) {
        StatementCache statements = statements(c);
        JdbcAuditTrail audit = new JdbcAuditTrail(statements, clock);
        Runnable bulkWrite = () -> {
            if (c == writer) {
                checkpointInBackground = true;
            }
        };
        return new Repositories(new JdbcDeviceRepository(statements, bulkWrite), new JdbcModelRepository(statements),
                new JdbcScanEventRepository(statements), audit, audit, new JdbcTrustRepository(statements),
                new JdbcIdentityRepository(statements));
    }

    /** The prepared-statement cache of one of our connections. */
    StatementCache statements(Connection c) {
        return caches.computeIfAbsent(c, StatementCache::new);
    }

    <T> T inWriteTransaction(ConnectionWork<T> work) {
        Connection joined = currentWrite.get();
        if (joined != null) {
            return Jdbc.run("write", () -> work.run(joined));
        }
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            writeLock.lock();
            try {
                return runInTransaction(writer, "BEGIN IMMEDIATE", work, true);
            } finally {
                writeLock.unlock();
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * A write transaction with foreign-key enforcement switched off on the write connection for its duration
     * (SQLite only switches it between transactions; the write lock keeps every other transaction off this
     * connection meanwhile). For bulk staging whose rows keep the references valid by construction: checking each
     * one costs a parent lookup per row. Never joins a running transaction.
     */
    <T> T inWriteTransactionWithoutForeignKeys(ConnectionWork<T> work) {
        if (currentWrite.get() != null) {
            throw new IllegalStateException("foreign keys cannot be switched inside a running transaction");
        }
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            writeLock.lock();
            try {
                foreignKeys(false);
                try {
                    return runInTransaction(writer, "BEGIN IMMEDIATE", work, true);
                } finally {
                    foreignKeys(true);
                }
            } finally {
                writeLock.unlock();
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void foreignKeys(boolean on) {
        Jdbc.run("switch foreign keys " + (on ? "on" : "off") + " on " + file, () -> {
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
            }
            return null;
        });
    }

    <T> T inReadTransaction(ConnectionWork<T> work) {
        Connection joined = currentWrite.get() != null ? currentWrite.get() : currentRead.get();
        if (joined != null) {
            // Inside a write: see its changes. Inside a read: same snapshot, and no second pooled connection.
            return Jdbc.run("read", () -> work.run(joined));
        }
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            Connection reader = borrowReader();
            try {
                // A deferred transaction: the snapshot is taken at the first read and held to the end.
                return runInTransaction(reader, "BEGIN", work, false);
            } finally {
                returnReader(reader);
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private <T> T runInTransaction(Connection c, String begin, ConnectionWork<T> work, boolean isWrite) {
        try (Statement st = c.createStatement()) {
            st.execute(begin);
        } catch (SQLException e) {
            throw Jdbc.failure(isWrite ? "start a write transaction on " + file : "start reading " + file, e);
        }
        (isWrite ? currentWrite : currentRead).set(c);
        boolean committed = false;
        boolean background = false;
        try {
            T result = work.run(c);
            background = isWrite && checkpointInBackground;
            try (Statement st = c.createStatement()) {
                if (background) {
                    st.execute("PRAGMA wal_autocheckpoint = 0");
                }
                st.execute(isWrite ? "COMMIT" : "ROLLBACK");
            }
            committed = true;
            return result;
        } catch (SQLException e) {
            throw Jdbc.failure(isWrite ? "write to " + file : "read " + file, e);
        } finally {
            (isWrite ? currentWrite : currentRead).remove();
            if (isWrite) {
                checkpointInBackground = false;
            }
            if (!committed) {
                rollbackQuietly(c);
            }
            if (background) {
                restoreAutoCheckpoint(c);
                if (committed) {
                    checkpointInBackground();
                }
            }
        }
    }

    /**
     * After a bulk commit (a million-row import writes about a gigabyte to the WAL), copying the WAL into the
     * database file takes seconds; SQLite would do it inside COMMIT, making the importing user wait. The commit is
     * complete and as durable as every other commit (synchronous=NORMAL, see SqlDialect) without it, so a
     * background thread runs a PASSIVE checkpoint, which blocks neither readers nor the writer. Closing or
     * restoring waits for it (it holds the lifecycle read lock); if it cannot run, the next automatic or closing
     * checkpoint does the same work.
     */
    private void checkpointInBackground() {
        Thread thread = new Thread(() -> {
            lifecycle.readLock().lock();
            try {
                if (closed) {
                    return;
                }
                try (Connection c = SqliteFiles.connect(file, false); Statement st = c.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(PASSIVE)");
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Background checkpoint of {} failed; the next checkpoint will do it: {}", file,
                        e.getMessage());
            } finally {
                lifecycle.readLock().unlock();
            }
        }, "uditrust-wal-checkpoint");
        thread.setDaemon(true);
        thread.start();
    }

    private void restoreAutoCheckpoint(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = " + SqlDialect.SQLITE_WAL_AUTOCHECKPOINT_PAGES);
        } catch (SQLException e) {
            LOG.warn("Could not switch automatic checkpoints back on for {}: {}", file, e.getMessage());
        }
    }

    private static void rollbackQuietly(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction left to roll back (SQLite ends some on its own after an error).
        }
    }

    private Connection borrowReader() {
        poolLock.lock();
        try {
            while (true) {
                Connection idle = idleReaders.pollFirst();
                if (idle != null) {
                    return idle;
                }
                if (allReaders.size() < MAX_READERS) {
                    Connection c = Jdbc.run("open " + file + " for reading", () -> {
                        Connection r = SqliteFiles.connect(file, false);
                        try (Statement st = r.createStatement()) {
                            // A read connection never writes, even by mistake.
                            st.execute("PRAGMA query_only = ON");
                        }
                        return r;
                    });
                    allReaders.add(c);
                    return c;
                }
                try {
                    readerReturned.await(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("Interrupted while waiting to read " + file + ".", e);
                }
            }
        } finally {
            poolLock.unlock();
        }
    }

    private void returnReader(Connection c) {
        poolLock.lock();
        try {
            idleReaders.addFirst(c);
            readerReturned.signal();
        } finally {
            poolLock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed || writer == null) {
            throw new StoreException("The database " + file + " is closed.");
        }
    }

    /**
     * Runs {@code action} with no transaction running and no connection open (restore swaps the file), then opens
     * the connections again. Waits for running transactions to finish; new ones wait until this is done.
     */
    void whileClosed(Runnable action) {
        lifecycle.writeLock().lock();
        try {
            closeConnections();
            try {
                action.run();
            } finally {
                Jdbc.run("reopen " + file, () -> {
                    open();
                    return null;
                });
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    /** Closes every connection; the last one to close checkpoints the WAL into the database file. */
    void closeConnections() {
        caches.values().forEach(StatementCache::closeAll);
        caches.clear();
        poolLock.lock();
        try {
            for (Connection c : allReaders) {
                closeQuietly(c);
            }
            allReaders.clear();
            idleReaders.clear();
        } finally {
            poolLock.unlock();
        }
        if (writer != null) {
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException ignored) {
                // Closing checkpoints as well; a failure here only leaves a WAL file SQLite will replay.
            }
            closeQuietly(writer);
            writer = null;
        }
        closed = true;
    }

    void close() {
        lifecycle.writeLock().lock();
        try {
            closeConnections();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing left to do with a connection that will not close.
        }
    }

    Path file() {
        return file;
    }

    Clock clock() {
        return clock;
    }
}
