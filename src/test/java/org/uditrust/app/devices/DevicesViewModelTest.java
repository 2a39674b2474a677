package org.uditrust.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.uditrust.app.TestInventory;
import org.uditrust.app.paging.Debouncer;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.audit.AuditEntry;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceStatus;

class DevicesViewModelTest {

    private static final int DEVICES = 3000;
    private final TestInventory inventory = new TestInventory().withDevices(DEVICES);
    private final DevicesViewModel model = new DevicesViewModel(() -> inventory.services, TaskRunner.synchronous(),
            TestInventory.ACTOR, TestInventory.bundle(), new DeviceTexts(TestInventory.bundle(), ZoneOffset.UTC),
            Debouncer.immediate());

    @Test
    void listsEveryDeviceWithoutLoadingThemAll() {
        model.reload();

        ObservableList<Device> rows = model.rowsProperty().get();
        assertThat(rows).hasSize(DEVICES);
        assertThat(model.countTextProperty().get()).isEqualTo("3,000 devices");
        // Newest first by default (same clock instant, so the higher id is newer).
        assertThat(rows.get(0).serial()).isEqualTo("S02999");
        assertThat(rows.get(DEVICES - 1).serial()).isEqualTo("S00000");
        assertThat(model.brand(rows.get(0))).isEqualTo("Infusa");
    }

    @Test
    void searchMatchesAnyUdiPartAndLocation() {
        model.reload();
        model.searchProperty().set("S00042");
        assertThat(model.rowsProperty().get()).extracting(Device::serial).containsExactly("S00042");

        model.searchProperty().set("riverside");
        assertThat(model.rowsProperty().get()).hasSize(DEVICES / 10);

        model.searchProperty().set("  ");
        assertThat(model.rowsProperty().get()).hasSize(DEVICES);
    }

    @Test
    void sortsByTheClickedColumn() {
        model.reload();
        model.sortBy(DeviceQuery.Sort.SERIAL, true);

        assertThat(model.query().sort()).isEqualTo(DeviceQuery.Sort.SERIAL);
        assertThat(model.rowsProperty().get().get(0).serial()).isEqualTo("S00000");
        assertThat(model.rowsProperty().get().get(1).serial()).isEqualTo("S00001");
    }

    @Test
    void statusChangeIsSavedAuditedAndFilterable() {
        model.reload();
        Device first = model.rowsProperty().get().get(5);
        model.select(first);
        assertThat(model.details()).extracting(FieldRow::value).contains(first.serial(), "Infusa",
                "The label carries a serial number, but GUDID says this model's label has none.");

        model.editStatusProperty().set(DeviceStatus.QUARANTINED);
        model.applyStatus();

        assertThat(model.messageProperty().get()).isEqualTo("Status changed.");
        assertThat(model.selectedProperty().get().status()).isEqualTo(DeviceStatus.QUARANTINED);
        assertThat(model.rowsProperty().get().get(5).status()).isEqualTo(DeviceStatus.QUARANTINED);
        List<AuditEntry> audit = inventory.store.auditEntries();
        assertThat(audit.get(audit.size() - 1).change().action()).isEqualTo("device.status");
        assertThat(audit.get(audit.size() - 1).actor()).isEqualTo("tester@bench-1");

        model.statusFilterProperty().set(DeviceStatus.QUARANTINED);
        assertThat(model.rowsProperty().get()).extracting(Device::id).containsExactly(first.id());
    }

    @Test
    void aChangeMadeElsewhereMeanwhileIsReportedAndTheDeviceReloaded() {
        model.reload();
        Device shown = model.rowsProperty().get().get(0);
        model.select(shown);
        model.editOwnerProperty().set("Theatres");
        // Someone else (another workstation, the CLI) changes it after this window read it.
        inventory.services.devices().edit(shown.id(), shown.version(), "ICU", null, TestInventory.ACTOR);

        model.applyOwnerAndNotes();

        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("Someone else changed this device");
        assertThat(model.selectedProperty().get().version()).isEqualTo(shown.version() + 1);
        assertThat(model.editOwnerProperty().get()).isEqualTo("ICU");
    }

    @Test
    void aDatabaseThatCannotOpenGivesAMessageNotACrash() {
        DevicesViewModel broken = new DevicesViewModel(() -> {
            throw new IllegalStateException("/x/uditrust.db was written by a newer UDI Trust (schema 9).");
        }, TaskRunner.synchronous(), TestInventory.ACTOR, TestInventory.bundle(),
                new DeviceTexts(TestInventory.bundle(), ZoneOffset.UTC), Debouncer.immediate());

        broken.reload();

        assertThat(broken.rowsProperty().get()).isEmpty();
        assertThat(broken.messageProperty().get())
                .isEqualTo("Database error: /x/uditrust.db was written by a newer UDI Trust (schema 9).");
    }

    @Test
    void openDeviceClearsTheFiltersAndShowsIt() {
        model.searchProperty().set("S00001");
        Device target = inventory.services.inventory().page(DeviceQuery.text("S02000"), 0, 1).get(0);

        model.openDevice(target.id());

        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.rowsProperty().get()).hasSize(DEVICES);
        assertThat(model.selectedProperty().get().id()).isEqualTo(target.id());
        assertThat(model.selectedModelProperty().get().brandName()).isEqualTo("Infusa");
    }
}
