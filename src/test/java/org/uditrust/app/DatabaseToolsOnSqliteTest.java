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
import org.uditrust.app.devices.DeviceTexts;
import org.uditrust.app.devices.FieldRow;
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
    void theModelDetailsShowTheImportedContactSizeAndStorageConditions() {
        tools.importGudid(SAMPLE_RELEASE);
        DeviceTexts texts = new DeviceTexts(TestInventory.bundle(), java.time.ZoneOffset.UTC);

        // Rows of the sample's contacts.txt, deviceSizes.txt and environmentalConditions.txt, one detail row each.
        List<FieldRow> hip = texts.modelFields(services.registry().inventory().model("09506000143217").orElseThrow());
        List<FieldRow> catheter = texts.modelFields(services.registry().inventory().model("A123BJC5D6E71")
                .orElseThrow());

        assertThat(hip).contains(
                new FieldRow("Customer contact", "+1(555)010-2000, udi@meridian-medical.example"),
                new FieldRow("Size", "Length: 140 Millimeter"),
                new FieldRow("Storage and handling", "Storage Environment Temperature: -10 to 40 Degrees Celsius"),
                new FieldRow("Storage and handling", "Keep dry. Keep away from sunlight."));
        assertThat(catheter).contains(
                new FieldRow("Customer contact", "+1(555)010-7500 ext. 214, orders@westbrook-surgical.example"))
                .noneMatch(r -> r.name().equals("Size") || r.name().equals("Storage and handling"));
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
