package org.uditrust.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.uditrust.Services;
import org.uditrust.app.task.TaskContext;
import org.uditrust.registry.Actor;
import org.uditrust.registry.demo.DemoData;

/**
 * {@code uditrust --demo}: the app on a demo database built from {@code samples/} (the sample GUDID release and
 * labels, through the shared {@link DemoData} builder the CLI's {@code demo create} uses), rebuilt at each start in
 * the temporary directory, so the user's real database is never touched.
 */
final class DemoDatabase {

    /** Generated devices besides the sample labels: enough to scroll, sort and filter. */
    static final int GENERATED = 500;

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

    /** The samples folder: beside the working directory, or beside the installed jar's folder. */
    static Path samples() {
        Path here = Path.of("samples");
        return Files.isDirectory(here) ? here : Path.of(System.getProperty("user.dir")).resolve("samples");
    }

    /** Deletes the previous demo database and builds a fresh one; runs on a background thread. */
    static void build(Services demo, TaskContext context) {
        Path file = demo.databaseFile();
        try {
            Files.createDirectories(file.getParent());
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot prepare the demo database " + file + ": "
                    + e.getMessage(), e);
        }
        // DemoData imports the sample GUDID release first, then registers the sample labels and generated devices.
        Actor actor = Actor.operatingSystemUser();
        Path samples = samples();
        new DemoData(demo.registry(), actor).build(samples, GENERATED, context::updateMessage);
    }
}
