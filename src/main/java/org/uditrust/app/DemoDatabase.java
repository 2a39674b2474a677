package org.uditrust.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.uditrust.Services;
import org.uditrust.app.task.TaskContext;

/**
 * {@code uditrust --demo}: the app on a demo database built from {@code samples/}, rebuilt at each start in the
 * user's temporary directory, so the user's real database is never touched.
 */
final class DemoDatabase {

    private DemoDatabase() {
    }

    /** Where the demo database lives: {@code <tmp>/uditrust-demo/demo.db}. */
    static Path file() {
        return Path.of(System.getProperty("java.io.tmpdir"), "uditrust-demo", "demo.db");
    }

    /** The same services on the demo database file. */
    static Services services(Services services) {
        return services.withDatabase(file());
    }

    /** Deletes the previous demo database and builds a fresh one; runs on a background thread. */
    static void build(Services demo, TaskContext context) {
        try {
            Path file = demo.databaseFile();
            Files.createDirectories(file.getParent());
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot prepare the demo database: " + e.getMessage(), e);
        }
        // TODO(cli4): fill it with org.uditrust.registry.demo.DemoData (samples/gudid models and sample devices)
        // once branch cli4 provides the shared builder; until then the demo opens on an empty database.
    }
}
