package org.uditrust.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uditrust.app.FxTestSupport;
import org.uditrust.app.RequiresDisplay;
import org.uditrust.app.Settings;

/** The GS substitute is a per-site scanner setting: it is remembered between runs. */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class ScanSettingsFxTest {

    private final Settings settings = Settings.inMemory();
    private ExecutorService background;

    @Start
    void start(Stage stage) {
        settings.put(Settings.GS_SUBSTITUTE, "<GS>");
        background = FxTestSupport.backgroundThread();
        FxTestSupport.show(stage, background, settings);
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void savedSubstituteIsShownAndAChangeIsSaved(FxRobot robot) {
        TextField field = robot.lookup("#gsSubstitute").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("<GS>");

        robot.doubleClickOn("#gsSubstitute");
        robot.interact(field::selectAll);
        robot.write("|");

        assertThat(settings.get(Settings.GS_SUBSTITUTE)).contains("|");

        robot.interact(field::clear);
        assertThat(settings.get(Settings.GS_SUBSTITUTE)).isEmpty();
    }
}
