package org.uditrust.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Writes the screenshots in {@code docs/screenshots}; runs only on request:
 * {@code xvfb-run -a ./mvnw -DskipFuzz -Dtest=ScreenshotsFxTest -Dscreenshots.dir=docs/screenshots test}.
 */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class ScreenshotsFxTest {

    private ExecutorService background;
    private Stage stage;
    private org.uditrust.Services services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = FxTestSupport.backgroundThread();
        services = FxTestSupport.services(FxTestSupport.freshDatabase());
        TestInventory inventory = new TestInventory(services.registry()).withDevices(120);
        // A few devices out of service, so the status column and the audit trail show more than registrations.
        java.util.List<org.uditrust.registry.Device> some = services.registry().inventory()
                .page(org.uditrust.registry.DeviceQuery.all(), 0, 6);
        org.uditrust.registry.DeviceStatus[] states = org.uditrust.registry.DeviceStatus.values();
        for (int i = 0; i < some.size(); i++) {
            org.uditrust.registry.Device d = some.get(i);
            services.registry().devices().setStatus(d.id(), d.version(), states[1 + i % 3], TestInventory.ACTOR);
        }
        FxTestSupport.show(stage, background, Settings.inMemory(), services);
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
        services.close();
    }

    @Test
    void devicesView(FxRobot robot) {
        robot.clickOn("#nav-devices");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 120 && table.getItems().get(0) != null);
        robot.interact(() -> table.getSelectionModel().select(2));
        FxTestSupport.waitUntil(() -> robot.lookup("#detailBox").query().isVisible());
        save(robot, "devices-view.png");
    }

    @Test
    void auditView(FxRobot robot) {
        robot.clickOn("#nav-audit");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 126 && table.getItems().get(0) != null);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#verifyButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#verdict").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("Intact"));
        save(robot, "audit-view.png");
    }

    @Test
    void scanView(FxRobot robot) {
        robot.clickOn("#input");
        robot.write(TestScans.GS1_SCAN);
        robot.type(KeyCode.ENTER);
        // Deselect so the picture shows the text, not a selection highlight.
        robot.interact(() -> robot.lookup("#input").queryAs(TextField.class).deselect());
        FxTestSupport.waitUntil(() -> robot.lookup("#registerButton").query().isVisible());
        save(robot, "scan-view.png");
    }

    @Test
    void scanViewWithProblems(FxRobot robot) {
        robot.clickOn("#input");
        // AccessGUDID's documented example with its wrong GTIN check digit (udi.md).
        robot.write("(01)00208851107345(17)150331");
        save(robot, "scan-view-invalid.png");
    }

    @Test
    void placeholder(FxRobot robot) {
        robot.clickOn("#nav-recall");
        save(robot, "placeholder-view.png");
    }

    private void save(FxRobot robot, String name) {
        robot.sleep(300);
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir"));
            Files.createDirectories(dir);
            ImageIO.write(image[0], "png", dir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
