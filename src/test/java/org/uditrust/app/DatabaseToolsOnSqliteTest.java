package org.uditrust.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.Services;
import org.uditrust.app.devices.DatabaseToolsViewModel;
import org.uditrust.app.task.TaskContext;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.registry.DeviceQuery;

/** GUDID import, backup and restore from the Devices view's Database menu, on a real SQLite file. */
class DatabaseToolsOnSqliteTest {

    private static final Path SAMPLE_RELEASE =
            Path.of("samples/gudid/AccessGUDID_Delimited_Sample_Release_20251101.zip");

    @TempDir
    Path dir;
    private Services services;
    private final List<String> refreshed = new ArrayList<>();
    private DatabaseToolsViewModel tools;

    @BeforeEach
    void open() {
        services = FxTestSupport.services(dir.resolve("inventory.db"));
        tools = new DatabaseToolsViewModel(services::registry, TaskRunner.synchronous(), TestInventory.bundle(),
                GudidImport.importer(TestInventory.ACTOR, TestInventory.bundle()), () -> refreshed.add("reload"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void importsTheSampleGudidReleaseSoAScanFindsItsModel() {
        tools.importGudid(SAMPLE_RELEASE);

        assertThat(tools.messageIsErrorProperty().get()).as(tools.messageProperty().get()).isFalse();
        assertThat(tools.messageProperty().get()).startsWith("GUDID import finished: ")
                .contains("41 models now in the database");
        assertThat(services.registry().inventory().model("09506000134352")).get()
                .extracting(m -> m.deviceDescription()).asString().containsIgnoringCase("infusion");
        assertThat(refreshed).hasSize(1);
    }

    @Test
    void aBrokenReleaseIsReportedAndChangesNothing() throws Exception {
        Path truncated = dir.resolve("AccessGUDID_truncated.zip");
        byte[] zip = Files.readAllBytes(SAMPLE_RELEASE);
        Files.write(truncated, java.util.Arrays.copyOf(zip, zip.length / 3));

        tools.importGudid(truncated);

        assertThat(tools.messageIsErrorProperty().get()).isTrue();
        assertThat(tools.messageProperty().get()).startsWith("Database error: ");
        assertThat(services.registry().maintenance().info().models()).isZero();
    }

    @Test
    void progressAndCancelReachTheImport() {
        List<String> messages = new ArrayList<>();
        TaskContext context = new TaskContext() {
            @Override
            public void updateMessage(String message) {
                messages.add(message);
            }

            @Override
            public void updateProgress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true; // cancelled before the first row
            }
        };
        DatabaseToolsViewModel.GudidImporter importer = GudidImport.importer(TestInventory.ACTOR,
                TestInventory.bundle());

        String outcome = callQuietly(() -> importer.importRelease(services.registry(), SAMPLE_RELEASE, context));

        assertThat(outcome).isEqualTo("GUDID import cancelled; the previous GUDID data is unchanged.");
        assertThat(services.registry().maintenance().info().models()).isZero();
    }

    @Test
    void backupThenRestoreBringsBackTheBackedUpInventory() {
        new TestInventory(services.registry()).withDevices(20);
        Path backup = dir.resolve("backup.db");
        tools.backup(backup);
        assertThat(tools.messageProperty().get()).isEqualTo("Backup written to " + backup + ".");
        new TestInventory(services.registry()).withDevicesFrom(20, 5);
        assertThat(services.registry().inventory().count(DeviceQuery.all())).isEqualTo(25);

        tools.restore(backup);

        assertThat(tools.messageProperty().get()).as(tools.messageProperty().get())
                .isEqualTo("Database restored from " + backup + ".");
        assertThat(services.registry().inventory().count(DeviceQuery.all())).isEqualTo(20);
    }

    private static String callQuietly(java.util.concurrent.Callable<String> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
