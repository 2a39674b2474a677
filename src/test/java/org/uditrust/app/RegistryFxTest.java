package org.uditrust.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uditrust.app.FxTestSupport.waitUntil;

import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uditrust.Services;
import org.uditrust.audit.AuditEntry;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceStatus;

/** The registry workflows end to end in the window, on a real SQLite file in a temporary folder. */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class RegistryFxTest {

    private ExecutorService background;
    private Services services;

    @Start
    void start(Stage stage) {
        background = FxTestSupport.backgroundThread();
        services = FxTestSupport.services(FxTestSupport.freshDatabase());
        new TestInventory(services.registry()).withDevices(30);
        FxTestSupport.show(stage, background, Settings.inMemory(), services);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        services.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    /** Rows of the table {@code id}, or -1 while it is not on screen. */
    private static int rows(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((TableView<?>) n).getItems().size()).orElse(-1);
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void scanRegisterThenOpenTheDeviceInTheDevicesView(FxRobot robot) {
        robot.clickOn("#input");
        robot.write(TestScans.GS1_SCAN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#registerButton").query().isDisabled());
        assertThat(robot.lookup(".finding").queryAs(Label.class).getText()).contains("serial number");
        robot.clickOn("#site").write("St. Luke's");
        robot.clickOn("#room").write("OR 2");
        robot.clickOn("#registerButton");

        waitUntil(() -> shown(robot, "#existingBox"));
        assertThat(robot.lookup("#existingText").queryAs(Label.class).getText()).contains("St. Luke's / OR 2");
        robot.clickOn("#openDeviceButton");

        waitUntil(() -> rows(robot, "#table") == 31);
        waitUntil(() -> shown(robot, "#detailBox"));
        TableView<?> details = table(robot, "#details");
        assertThat(details.getItems().toString()).contains("XYZ").contains("Infusa");
        // Newest first: the device just registered heads the table.
        waitUntil(() -> table(robot, "#table").getItems().get(0) != null);
        assertThat(((Device) table(robot, "#table").getItems().get(0)).serial()).isEqualTo("XYZ");
    }

    @Test
    void searchFiltersTheTable(FxRobot robot) {
        robot.clickOn("#nav-devices");
        waitUntil(() -> table(robot, "#table").getItems().size() == 30);

        robot.clickOn("#search").write("S00007");

        waitUntil(() -> table(robot, "#table").getItems().size() == 1);
        waitUntil(() -> table(robot, "#table").getItems().get(0) != null);
        assertThat(((Device) table(robot, "#table").getItems().get(0)).serial()).isEqualTo("S00007");
        assertThat(robot.lookup("#count").queryAs(Label.class).getText()).isEqualTo("1 device");
    }

    @Test
    void aStatusChangeShowsInTheAuditViewAndTheChainVerifies(FxRobot robot) {
        robot.clickOn("#nav-devices");
        waitUntil(() -> table(robot, "#table").getItems().size() == 30
                && table(robot, "#table").getItems().get(0) != null);
        robot.interact(() -> table(robot, "#table").getSelectionModel().select(0));
        waitUntil(() -> shown(robot, "#detailBox"));
        robot.interact(() -> robot.lookup("#editStatus").<ComboBox<DeviceStatus>>query()
                .setValue(DeviceStatus.QUARANTINED));
        robot.clickOn("#applyStatusButton");
        waitUntil(() -> "Status changed.".equals(robot.lookup("#message").queryAs(Label.class).getText()));

        robot.clickOn("#nav-audit");
        waitUntil(() -> table(robot, "#table").getItems().size() == 31
                && table(robot, "#table").getItems().get(0) != null);
        AuditEntry newest = (AuditEntry) table(robot, "#table").getItems().get(0);
        assertThat(newest.change().action()).isEqualTo("device.status");
        robot.interact(() -> table(robot, "#table").getSelectionModel().select(0));
        assertThat(robot.lookup("#after").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("\"status\": \"QUARANTINED\"");

        robot.clickOn("#verifyButton");
        waitUntil(() -> robot.lookup("#verdict").queryAs(Label.class).getText().startsWith("Intact"));
        assertThat(robot.lookup("#verdict").queryAs(Label.class).getText())
                .startsWith("Intact: 31 entries verified. Head hash " + newest.hash());
    }
}
