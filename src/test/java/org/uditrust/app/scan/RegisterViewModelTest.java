package org.uditrust.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uditrust.app.FxTestSupport;
import org.uditrust.app.TestInventory;
import org.uditrust.app.TestScans;
import org.uditrust.app.devices.DeviceTexts;
import org.uditrust.app.devices.FieldRow;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.barcode.LabelDecoder;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.UdiParser;

class RegisterViewModelTest {

    private final TestInventory inventory = new TestInventory();
    private final TaskRunner tasks = TaskRunner.synchronous();
    private final ScanViewModel scan = new ScanViewModel(UdiParser::new, ParseOptions.defaults(FxTestSupport.CLOCK),
            new LabelDecoder(), tasks, FxTestSupport.CLOCK, TestInventory.bundle());
    private final List<Long> opened = new ArrayList<>();
    private final RegisterViewModel model = new RegisterViewModel(scan, () -> inventory.services, tasks,
            TestInventory.ACTOR, TestInventory.bundle(), new DeviceTexts(TestInventory.bundle(), ZoneOffset.UTC),
            opened::add);

    @Test
    void aValidScanShowsItsGudidModelAndFindings() {
        scan.useText(TestScans.GS1_SCAN);

        assertThat(model.stateProperty().get()).isEqualTo(RegisterViewModel.State.NEW);
        assertThat(model.model()).contains(new FieldRow("Brand", "Infusa"), new FieldRow("Version / model", "IP-300"),
                new FieldRow("Company", "Example Medical Inc."), new FieldRow("MRI safety", "MR Unsafe"),
                new FieldRow("Sterile", "No"), new FieldRow("Distribution", "In Commercial Distribution"));
        // The model's GUDID record says its label has no serial; the scan carries (21) XYZ.
        assertThat(model.findings())
                .containsExactly("The label carries a serial number, but GUDID says this model's label has none.");
        assertThat(model.canRegisterProperty().get()).isTrue();
    }

    @Test
    void aScannerThatSendsASubstituteForGsRegistersTheSameDevice() {
        scan.groupSeparatorSubstituteProperty().set("|");
        scan.useText(TestScans.GS1_SCAN.replace('\u001d', '|'));
        model.register();

        Device stored = inventory.services.inventory().page(DeviceQuery.all(), 0, 10).get(0);
        assertThat(stored.lot()).isEqualTo("ABC123");
        assertThat(stored.serial()).isEqualTo("XYZ");
    }

    @Test
    void anInvalidScanOffersNothingToRegister() {
        scan.useText("(01)00208851107345(17)150331");

        assertThat(model.stateProperty().get()).isEqualTo(RegisterViewModel.State.EMPTY);
        assertThat(model.canRegisterProperty().get()).isFalse();
    }

    @Test
    void registerStoresTheDeviceWithTheFormAndThenShowsItAsRegistered() {
        scan.useText(TestScans.GS1_SCAN);
        model.siteProperty().set("St. Luke's");
        model.roomProperty().set("OR 2");
        model.ownerProperty().set("Theatres");

        model.register();

        Device stored = inventory.services.inventory().page(DeviceQuery.all(), 0, 10).get(0);
        assertThat(stored.serial()).isEqualTo("XYZ");
        assertThat(stored.location().display()).isEqualTo("St. Luke's / OR 2");
        assertThat(stored.owner()).isEqualTo("Theatres");
        assertThat(stored.findings()).extracting(f -> f.code()).containsExactly("gudid.serial-unexpected");
        assertThat(model.stateProperty().get()).isEqualTo(RegisterViewModel.State.ALREADY_REGISTERED);
        assertThat(model.messageProperty().get()).isEqualTo("Registered as device " + stored.id() + ".");

        // The next scan of the same label shows the registered device, keeping the location for the next one.
        scan.clear();
        scan.useText(TestScans.GS1_SCAN);
        assertThat(model.stateProperty().get()).isEqualTo(RegisterViewModel.State.ALREADY_REGISTERED);
        assertThat(model.existingTextProperty().get()).startsWith("Device " + stored.id() + ": In service, "
                + "St. Luke's / OR 2");
        assertThat(model.siteProperty().get()).isEqualTo("St. Luke's");
        model.openExisting();
        assertThat(opened).containsExactly(stored.id());
    }

    @Test
    void aDatabaseThatCannotOpenIsReported() {
        RegisterViewModel broken = new RegisterViewModel(scan, () -> {
            throw new IllegalStateException("not a UDI Trust database");
        }, tasks, TestInventory.ACTOR, TestInventory.bundle(), new DeviceTexts(TestInventory.bundle(),
                ZoneOffset.UTC), id -> { });

        scan.useText(TestScans.GS1_SCAN);

        assertThat(broken.stateProperty().get()).isEqualTo(RegisterViewModel.State.FAILED);
        assertThat(broken.messageProperty().get()).isEqualTo("Could not look up or register: not a UDI Trust database");
    }
}
