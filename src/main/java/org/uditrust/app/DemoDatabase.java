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

    /**
     * The samples folder: in the working directory, else next to the jar or one folder up (the {@code uditrust}
     * launcher runs {@code target/uditrust.jar} from any directory).
     */
    static Path samples() {
        Path here = Path.of("samples");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(DemoDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.getParent();
            for (int up = 0; up < 2 && dir != null; up++, dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("samples"))) {
                    return dir.resolve("samples");
                }
            }
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            // No code source (unusual class loader): fall through to the working directory's answer.
        }
        return here;
    }

    /** Deletes the previous demo database and builds a fresh one; runs on a background thread. */
    static void build(Services demo, TaskContext context) {
        reset(demo.databaseFile());
        fill(demo, context);
    }

    /**
     * Deletes the previous demo database (and its WAL files); quick, so the app does it before any view can open
     * the file.
     */
    static void reset(Path file) {
        try {
            Files.createDirectories(file.getParent());
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot prepare the demo database " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** Fills the (new, empty) demo database; runs on a background thread. */
    static void fill(Services demo, TaskContext context) {
        // DemoData imports the sample GUDID release first, then registers the sample labels and generated devices.
        Actor actor = Actor.operatingSystemUser();
        Path samples = samples();
        new DemoData(demo.registry(), actor).build(samples, GENERATED, context::updateMessage);
    }
}
