package org.uditrust.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uditrust.app.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uditrust.Services;
import org.uditrust.app.FxTestSupport;
import org.uditrust.app.RequiresDisplay;
import org.uditrust.app.Settings;

/**
 * The Identity view in the window, on a real SQLite file holding openssl-made chains: a device's chain drawn root to
 * leaf with a status per link, and the life-cycle list of clones. ({@link IdentityImportFxTest} drives the changes
 * and writes the screenshots.)
 */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class IdentityFxTest {

    private ExecutorService background;
    private Services services;

    @Start
    void start(Stage stage) throws IOException {
        background = FxTestSupport.backgroundThread();
        Path dir = Files.createTempDirectory("uditrust-identity-fx");
        services = IdentityFixture.services(dir.resolve("inventory.db"));
        IdentityFixture.populate(services, Files.createDirectories(dir.resolve("pki")));
        FxTestSupport.show(stage, background, Settings.inMemory(), services);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        services.close();
    }

    private static List<String> badges(FxRobot robot) {
        return robot.lookup(".link-badge").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static void validate(FxRobot robot, String ref) {
        robot.interact(() -> robot.lookup("#deviceRef").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#deviceRef").write(ref);
        robot.clickOn("#validateButton");
    }

    @Test
    void aDevicesChainIsDrawnRootToLeafWithAStatusPerLink(FxRobot robot) {
        robot.clickOn("#nav-identity");
        validate(robot, "(01)" + IdentityFixture.DI + "(21)SN123");

        waitUntil(() -> badges(robot).size() == 3);
        assertThat(badges(robot)).containsExactly("VALID", "VALID", "VALID");
        List<String> subjects = robot.lookup(".link-subject").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        assertThat(subjects).containsExactly("CN=Acme Root CA", "CN=Acme Issuing CA",
                "serialNumber=SN123,CN=Infusion pump");
        assertThat(robot.lookup("#bindingState").queryAs(Label.class).getText()).isEqualTo("Bound to this device");

        validate(robot, "3");
        waitUntil(() -> badges(robot).equals(List.of("VALID", "VALID", "FAILED")));
        assertThat(robot.lookup(".link-status").queryAllAs(Label.class).stream().map(Label::getText).toList()
                .get(2)).contains("path.revoked");
    }

    @Test
    void theLifeCycleTabListsTheClone(FxRobot robot) {
        robot.clickOn("#nav-identity");
        robot.clickOn(robot.lookup(".tab").match((Node n) -> n.toString().contains("tab")).nth(2)
                .<Node>query());
        waitUntil(() -> !robot.lookup("#clones").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#clones").queryListView().getItems().get(0).toString()).contains("One public key");
    }
}
