package org.uditrust.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.Services;
import org.uditrust.app.FxTestSupport;
import org.uditrust.app.TestInventory;
import org.uditrust.app.audit.AuditViewModel;
import org.uditrust.app.paging.Debouncer;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.udi.ParseOptions;

/** The Devices and Audit view models on a real SQLite file with a few thousand devices registered by scan. */
class DevicesOnSqliteTest {

    private static final int DEVICES = 2500;

    /** Registered once (a few seconds), then copied for each test so tests do not see each other's changes. */
    @TempDir
    static Path template;
    @TempDir
    Path dir;
    private Services services;
    private DevicesViewModel devices;
    private AuditViewModel audit;

    @BeforeAll
    static void registerDevices() {
        try (Services building = open(template.resolve("inventory.db"))) {
            new TestInventory(building.registry()).withDevices(DEVICES);
        }
    }

    private static Services open(Path file) {
        return Services.create(FxTestSupport.CLOCK, ParseOptions.defaults(FxTestSupport.CLOCK), file);
    }

    @BeforeEach
    void openDatabase() throws java.io.IOException {
        java.nio.file.Files.copy(template.resolve("inventory.db"), dir.resolve("inventory.db"));
        services = open(dir.resolve("inventory.db"));
        devices = new DevicesViewModel(services::registry, TaskRunner.synchronous(), TestInventory.ACTOR,
                TestInventory.bundle(), new DeviceTexts(TestInventory.bundle(), ZoneOffset.UTC),
                Debouncer.immediate());
        audit = new AuditViewModel(services::registry, TaskRunner.synchronous(), TestInventory.bundle(),
                Debouncer.immediate());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void pagesSearchesAndSortsInTheDatabase() {
        devices.reload();
        assertThat(devices.rowsProperty().get()).hasSize(DEVICES);
        assertThat(devices.rowsProperty().get().get(DEVICES - 1)).isNotNull();

        devices.searchProperty().set("S01234");
        assertThat(devices.rowsProperty().get()).extracting(Device::serial).containsExactly("S01234");
        devices.searchProperty().set("infusa"); // the GUDID brand of the model
        assertThat(devices.rowsProperty().get()).hasSize(DEVICES);
        devices.searchProperty().set("riverside");
        assertThat(devices.rowsProperty().get()).hasSize(DEVICES / 10);

        devices.searchProperty().set("");
        devices.sortBy(DeviceQuery.Sort.SERIAL, false);
        assertThat(devices.rowsProperty().get().get(0).serial()).isEqualTo("S02499");
    }

    @Test
    void aStatusChangeIsAuditedAndTheChainStaysIntact() {
        devices.reload();
        Device chosen = devices.rowsProperty().get().get(3);
        devices.select(chosen);
        devices.editStatusProperty().set(DeviceStatus.QUARANTINED);
        devices.applyStatus();
        assertThat(devices.selectedProperty().get().status()).isEqualTo(DeviceStatus.QUARANTINED);

        audit.reload();
        assertThat(audit.rowsProperty().get()).hasSize(DEVICES + 1);
        assertThat(audit.rowsProperty().get().get(0).change().action()).isEqualTo("device.status");
        audit.verify();
        assertThat(audit.chainProperty().get()).isEqualTo(AuditViewModel.ChainState.INTACT);
        assertThat(audit.verdictProperty().get()).startsWith("Intact: 2,501 entries verified.");
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessage() {
        devices.reload();
        Device chosen = devices.rowsProperty().get().get(0);
        devices.select(chosen);
        services.registry().devices().move(chosen.id(), chosen.version(),
                new org.uditrust.registry.Location("Elsewhere", null, null, null), TestInventory.ACTOR);

        devices.editStatusProperty().set(DeviceStatus.RETIRED);
        devices.applyStatus();

        assertThat(devices.messageProperty().get()).startsWith("Someone else changed this device");
        assertThat(devices.selectedProperty().get().location().site()).isEqualTo("Elsewhere");
        assertThat(devices.selectedProperty().get().status()).isEqualTo(DeviceStatus.IN_SERVICE);
    }
}
