package org.uditrust.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.Services;
import org.uditrust.app.task.TaskContext;
import org.uditrust.registry.DatabaseMaintenance;

class DemoDatabaseTest {

    private static final TaskContext QUIET = new TaskContext() {
        @Override
        public void updateMessage(String message) {
        }

        @Override
        public void updateProgress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @TempDir
    Path dir;

    @Test
    void theDemoIsRebuiltFromTheSamplesInItsOwnFileEachTime() throws Exception {
        Path file = dir.resolve("demo.db");
        Files.writeString(file, "left over from an older demo");

        long first;
        try (Services demo = FxTestSupport.services(file)) {
            DemoDatabase.build(demo, QUIET);
            first = demo.registry().maintenance().info().devices();
        }
        try (Services demo = FxTestSupport.services(file)) {
            DemoDatabase.build(demo, QUIET);
            DatabaseMaintenance.DatabaseInfo info = demo.registry().maintenance().info();
            // Rebuilt, not added to: the same count both times, and more than the generated devices alone.
            assertThat(info.devices()).isEqualTo(first).isGreaterThan(DemoDatabase.GENERATED);
            assertThat(info.auditEntries()).isGreaterThanOrEqualTo(info.devices());
            assertThat(info.models()).as("models from samples/gudid").isEqualTo(41);
        }
    }

    @Test
    void theDemoDatabaseIsNeverTheUsersDatabase() {
        assertThat(DemoDatabase.file()).isNotEqualTo(org.uditrust.Services.create().databaseFile());
        assertThat(DemoDatabase.file().startsWith(Path.of(System.getProperty("java.io.tmpdir")))).isTrue();
        assertThat(DemoDatabase.file().getFileName().toString()).isEqualTo("demo.db");
    }
}
