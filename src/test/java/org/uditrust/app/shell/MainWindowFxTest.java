package org.uditrust.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uditrust.app.FxTestSupport.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uditrust.app.FxTestSupport;
import org.uditrust.app.RequiresDisplay;
import org.uditrust.app.task.BackgroundTask;
import org.uditrust.app.task.TaskCallbacks;
import org.uditrust.app.task.TaskContext;
import org.uditrust.app.task.TaskRunner;

/** The main window: title, navigation to every section, and the status bar's task area with Cancel. */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class MainWindowFxTest {

    private ExecutorService background;
    private Stage stage;
    private TaskRunner tasks;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = FxTestSupport.backgroundThread();
        tasks = FxTestSupport.show(stage, background);
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void opensOnTheScanViewWithTheAppTitle(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("UDI Trust");
        assertThat(robot.lookup("#input").tryQuery()).isPresent();
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText()).isEqualTo("Ready");
    }

    @Test
    void everyOtherSectionShowsWhatItWillDo(FxRobot robot) {
        for (Section section : List.of(Section.ATTEST, Section.RECALL, Section.REPORTS)) {
            robot.clickOn("#nav-" + section.key());
            Label heading = robot.lookup(".view-heading").queryAs(Label.class);
            assertThat(heading.getText()).isEqualToIgnoringCase(section.key());
            assertThat(robot.lookup(".placeholder-badge").queryAs(Label.class).getText())
                    .isEqualTo("Not available yet");
        }
        robot.clickOn("#nav-scan");
        assertThat(robot.lookup("#input").tryQuery()).isPresent();
    }

    @Test
    void devicesAndAuditAreRealViews(FxRobot robot) {
        robot.clickOn("#nav-devices");
        assertThat(robot.lookup(".view-heading").queryAs(Label.class).getText()).isEqualTo("Devices");
        assertThat(robot.lookup(".placeholder-badge").tryQuery()).isEmpty();
        robot.clickOn("#nav-audit");
        assertThat(robot.lookup(".view-heading").queryAs(Label.class).getText()).isEqualTo("Audit trail");
        assertThat(robot.lookup(".placeholder-badge").tryQuery()).isEmpty();
        robot.clickOn("#nav-identity");
        assertThat(robot.lookup(".view-heading").queryAs(Label.class).getText()).isEqualTo("Device identities");
        assertThat(robot.lookup(".placeholder-badge").tryQuery()).isEmpty();
    }

    @Test
    void runningTaskShowsInTheStatusBarAndCancelStopsIt(FxRobot robot) {
        CountDownLatch release = new CountDownLatch(1);
        List<String> events = new ArrayList<>();
        HBox taskArea = robot.lookup("#taskArea").queryAs(HBox.class);
        assertThat(taskArea.isVisible()).as("no task yet").isFalse();

        robot.interact(() -> tasks.submit(new BackgroundTask<String>() {
            @Override
            public String title() {
                return "Waiting for the test";
            }

            @Override
            public String call(TaskContext context) throws Exception {
                context.updateMessage("step 1 of 2");
                context.updateProgress(1, 2);
                release.await(10, TimeUnit.SECONDS);
                return "finished";
            }
        }, new TaskCallbacks<>(events::add, e -> events.add("failed"), () -> events.add("cancelled"))));

        waitUntil(() -> "step 1 of 2".equals(robot.lookup("#taskMessage").queryAs(Label.class).getText()));
        assertThat(taskArea.isVisible()).isTrue();
        assertThat(robot.lookup("#taskTitle").queryAs(Label.class).getText()).isEqualTo("Waiting for the test");
        assertThat(robot.lookup("#taskProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.5);

        robot.clickOn("#cancelButton");

        waitUntil(() -> !taskArea.isVisible());
        release.countDown();
        assertThat(events).containsExactly("cancelled");
        assertThat(robot.lookup("#statusText").queryAs(Label.class).isVisible()).isTrue();
    }
}
