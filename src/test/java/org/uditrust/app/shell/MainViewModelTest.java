package org.uditrust.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uditrust.app.task.BackgroundTask;
import org.uditrust.app.task.TaskCallbacks;
import org.uditrust.app.task.TaskContext;
import org.uditrust.app.task.TaskRunner;

/** The main window's view model without the toolkit. */
class MainViewModelTest {

    private final List<Runnable> background = new ArrayList<>();
    private final TaskRunner tasks = new TaskRunner(background::add, Runnable::run);
    private final MainViewModel model = new MainViewModel(tasks);

    @Test
    void offersEverySectionAndStartsOnScan() {
        assertThat(model.sections()).containsExactly(Section.values());
        assertThat(model.selectedProperty().get()).isEqualTo(Section.SCAN);
        assertThat(Section.SCAN.isPlaceholder()).isFalse();
        assertThat(Section.DEVICES.isPlaceholder()).isFalse();
        assertThat(Section.AUDIT.isPlaceholder()).isFalse();
        assertThat(Section.IDENTITY.isPlaceholder()).isFalse();
        assertThat(Section.RECALL.isPlaceholder()).isTrue();
    }

    @Test
    void aNullSelectionKeepsTheCurrentSection() {
        model.select(Section.RECALL);
        model.select(null);

        assertThat(model.selectedProperty().get()).isEqualTo(Section.RECALL);
    }

    @Test
    void taskTextJoinsTitleAndMessageAndCancelStopsTheTask() {
        List<String> events = new ArrayList<>();
        tasks.submit(new BackgroundTask<String>() {
            @Override
            public String title() {
                return "Decoding label.png";
            }

            @Override
            public String call(TaskContext context) {
                return "x";
            }
        }, new TaskCallbacks<>(events::add, null, () -> events.add("cancelled")));

        assertThat(model.taskRunningProperty().get()).isTrue();
        assertThat(model.taskTextProperty().get()).isEqualTo("Decoding label.png");

        model.cancelTask();
        background.forEach(Runnable::run);

        assertThat(model.taskRunningProperty().get()).isFalse();
        assertThat(events).containsExactly("cancelled");
    }
}
