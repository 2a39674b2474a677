package org.uditrust.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uditrust.app.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uditrust.Services;
import org.uditrust.app.task.TaskRunner;

/** A database file that is not ours gives a clear dialog at start, and the window stays usable for scanning. */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class DatabaseOpenerFxTest {

    private ExecutorService background;
    private Services services;
    private Path foreign;

    @Start
    void start(Stage stage) throws IOException {
        background = FxTestSupport.backgroundThread();
        foreign = FxTestSupport.freshDatabase();
        Files.writeString(foreign, "name,serial\nPump,123\n", StandardCharsets.UTF_8); // a CSV saved as .db
        services = FxTestSupport.services(foreign);
        TaskRunner tasks = FxTestSupport.show(stage, background, Settings.inMemory(), services);
        DatabaseOpener.open(stage, services, tasks, ResourceBundle.getBundle(DesktopViews.BUNDLE), false);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        services.close();
    }

    @Test
    void aForeignFileIsReportedInADialogAndLeftAlone(FxRobot robot) throws IOException {
        waitUntil(() -> robot.lookup("#databaseError").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#databaseError").queryAs(DialogPane.class);

        assertThat(dialog.getHeaderText()).isEqualTo("The inventory database cannot be opened");
        assertThat(dialog.getContentText()).contains("it is not a UDI Trust database").contains(foreign.toString());
        assertThat(Files.readString(foreign)).isEqualTo("name,serial\nPump,123\n");

        robot.clickOn("OK");
        robot.clickOn("#input").write("(01)09506000134352(17)281231(10)L1");
        waitUntil(() -> robot.lookup("#verdict").queryAs(javafx.scene.control.Label.class).getText()
                .equals("Valid"));
    }
}
