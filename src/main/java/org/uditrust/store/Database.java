package org.uditrust.store;

import java.nio.file.Path;
import java.time.Clock;
import org.uditrust.registry.DatabaseMaintenance;
import org.uditrust.registry.GudidStore;
import org.uditrust.registry.Transactions;

/**
 * An open UDI Trust database: a SQLite file (default) migrated to the current schema. (Stub: being written.)
 */
public final class Database implements AutoCloseable {

    private Database() {
    }

    /**
     * Opens (creating if absent) and migrates the database at {@code file}.
     *
     * @throws StoreException with a clear message when the file is not a UDI Trust database or was written by a
     *                        newer version of the application
     */
    public static Database open(Path file, Clock clock) {
        throw new UnsupportedOperationException("the store is being written");
    }

    public Transactions transactions() {
        throw new UnsupportedOperationException("the store is being written");
    }

    public GudidStore gudid() {
        throw new UnsupportedOperationException("the store is being written");
    }

    public DatabaseMaintenance maintenance() {
        throw new UnsupportedOperationException("the store is being written");
    }

    @Override
    public void close() {
    }
}
