package org.uditrust.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The task runner without the toolkit: executors are plain queues the test drains by hand. */
class TaskRunnerTest {

    /** An executor that only runs what the test tells it to, so every interleaving is explicit. */
    private static final class ManualExecutor implements Executor {
        final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.remove().run();
            }
        }
    }

    private static BackgroundTask<String> task(String title, TaskBody body) {
        return new BackgroundTask<>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public String call(TaskContext context) throws Exception {
                return body.run(context);
            }
        };
    }

    private interface TaskBody {
        String run(TaskContext context) throws Exception;
    }

    @Test
    void synchronousRunnerCompletesInsideSubmitAndReportsSuccess() {
        TaskRunner runner = TaskRunner.synchronous();
        List<String> results = new ArrayList<>();

        TaskHandle handle = runner.submit(task("Work", c -> "done"),
                new TaskCallbacks<>(results::add, null, null));

        assertThat(results).containsExactly("done");
        assertThat(handle.isDone()).isTrue();
        assertThat(runner.runningProperty().get()).isFalse();
        assertThat(runner.titleProperty().get()).isEmpty();
    }

    @Test
    void statusShowsTitleMessageAndProgressWhileRunning() {
        ManualExecutor background = new ManualExecutor();
        ManualExecutor ui = new ManualExecutor();
        TaskRunner runner = new TaskRunner(background, ui);
        List<Double> progressSeen = new ArrayList<>();
        List<String> messagesSeen = new ArrayList<>();
        runner.progressProperty().addListener((o, a, b) -> progressSeen.add(b.doubleValue()));
        runner.messageProperty().addListener((o, a, b) -> messagesSeen.add(b));

        runner.submit(task("Decoding", c -> {
            c.updateMessage("Image 1 of 2");
            c.updateProgress(1, 2);
            return "x";
        }), new TaskCallbacks<>(null, null, null));

        assertThat(runner.runningProperty().get()).isTrue();
        assertThat(runner.titleProperty().get()).isEqualTo("Decoding");
        assertThat(runner.progressProperty().get()).as("unknown until the task says").isEqualTo(-1.0);
        background.runAll();
        assertThat(runner.runningProperty().get()).as("callbacks not yet delivered").isTrue();
        ui.runAll();
        assertThat(messagesSeen).contains("Image 1 of 2");
        assertThat(progressSeen).contains(0.5);
        assertThat(runner.runningProperty().get()).isFalse();
    }

    @Test
    void failureGoesToTheFailureCallback() {
        TaskRunner runner = TaskRunner.synchronous();
        List<Exception> failures = new ArrayList<>();

        runner.submit(task("Broken", c -> {
            throw new java.io.IOException("disk gone");
        }), new TaskCallbacks<String>(r -> { throw new AssertionError("no success expected"); }, failures::add,
                null));

        assertThat(failures).singleElement().extracting(Exception::getMessage).isEqualTo("disk gone");
    }

    @Test
    void cancelEndsTheTaskAtOnceAndDropsItsLateResult() {
        ManualExecutor background = new ManualExecutor();
        ManualExecutor ui = new ManualExecutor();
        TaskRunner runner = new TaskRunner(background, ui);
        List<String> events = new ArrayList<>();

        TaskHandle handle = runner.submit(task("Slow", c -> "late"),
                new TaskCallbacks<>(r -> events.add("success " + r), e -> events.add("failure"),
                        () -> events.add("cancelled")));
        runner.cancel();
        ui.runAll();

        assertThat(events).containsExactly("cancelled");
        assertThat(handle.isCancelled()).isTrue();
        assertThat(runner.runningProperty().get()).isFalse();

        background.runAll();
        ui.runAll();
        assertThat(events).as("a cancelled task's result is discarded").containsExactly("cancelled");
    }

    @Test
    void cancelledFlagIsVisibleToTheRunningTask() {
        ManualExecutor background = new ManualExecutor();
        ManualExecutor ui = new ManualExecutor();
        TaskRunner runner = new TaskRunner(background, ui);
        List<Boolean> seen = new ArrayList<>();

        TaskHandle handle = runner.submit(task("Loop", c -> {
            seen.add(c.isCancelled());
            return "x";
        }), new TaskCallbacks<>(null, null, null));
        handle.cancel();
        background.runAll();

        assertThat(seen).as("a task cancelled before it starts is not started").isEmpty();
    }

    @Test
    void secondTaskTakesOverTheStatusBar() {
        ManualExecutor background = new ManualExecutor();
        ManualExecutor ui = new ManualExecutor();
        TaskRunner runner = new TaskRunner(background, ui);

        runner.submit(task("First", c -> "1"), new TaskCallbacks<>(null, null, null));
        runner.submit(task("Second", c -> "2"), new TaskCallbacks<>(null, null, null));

        assertThat(runner.titleProperty().get()).isEqualTo("Second");
        background.queue.remove().run(); // first finishes
        ui.runAll();
        assertThat(runner.runningProperty().get()).as("the second still runs").isTrue();
        assertThat(runner.titleProperty().get()).isEqualTo("Second");
        background.runAll();
        ui.runAll();
        assertThat(runner.runningProperty().get()).isFalse();
    }
}
