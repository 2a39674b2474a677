package org.uditrust.app.task;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one way the app runs background work: each {@link BackgroundTask} runs on the injected {@code background}
 * executor; progress, messages and the end callbacks are handed to the {@code ui} executor
 * ({@code Platform::runLater} in the app). Tests pass {@link #synchronous()} so a task completes inside the
 * call that submitted it, with no toolkit and no sleeping.
 *
 * <p>The status bar shows the most recently started task through the read-only properties here; {@link #cancel()}
 * cancels that task. Properties are only ever written through the {@code ui} executor, so the FX thread rule holds.
 */
public final class TaskRunner {

    private final Executor background;
    private final Executor ui;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);

    /** Only read and written on the ui executor. */
    private Run<?> current;

    public TaskRunner(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** A runner that does everything in the calling thread: for tests of view models. */
    public static TaskRunner synchronous() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    /** Starts {@code task}; call from the UI thread. */
    public <T> TaskHandle submit(BackgroundTask<T> task, TaskCallbacks<T> callbacks) {
        Run<T> run = new Run<>(task, callbacks);
        current = run;
        title.set(task.title());
        message.set("");
        progress.set(-1);
        running.set(true);
        background.execute(run::execute);
        return run;
    }

    /**
     * Starts {@code task} without showing it in the status bar: for short reads the user did not ask for by name
     * (a page of table rows, a preview of a scan), which must neither flash the status bar nor take its Cancel
     * button from a long task such as an import. Call from the UI thread.
     */
    public <T> TaskHandle submitQuietly(BackgroundTask<T> task, TaskCallbacks<T> callbacks) {
        Run<T> run = new Run<>(task, callbacks);
        background.execute(run::execute);
        return run;
    }

    /** Cancels the task the status bar shows, if any. */
    public void cancel() {
        Run<?> run = current;
        if (run != null) {
            run.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private final class Run<T> implements TaskHandle, TaskContext {
        private final BackgroundTask<T> task;
        private final TaskCallbacks<T> callbacks;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();

        Run(BackgroundTask<T> task, TaskCallbacks<T> callbacks) {
            this.task = task;
            this.callbacks = callbacks;
        }

        void execute() {
            if (cancelled.get()) {
                return;
            }
            try {
                T result = task.call(this);
                finish(() -> callbacks.onSuccess().accept(result));
            } catch (Exception e) { // NOPMD: the task's fault goes to its failure callback, whatever it is
                finish(() -> callbacks.onFailure().accept(e));
            }
        }

        /**
         * Ends the run exactly once, on the ui executor. A cancelled run ends at once, so the user is never kept
         * waiting for work (such as a decoder call) that cannot be interrupted; what it produces later is dropped.
         */
        private void finish(Runnable callback) {
            ui.execute(() -> {
                if (!done.compareAndSet(false, true)) {
                    return;
                }
                if (current == this) {
                    current = null;
                    running.set(false);
                    progress.set(0);
                    message.set("");
                    title.set("");
                }
                callback.run();
            });
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                finish(callbacks.onCancelled());
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public boolean isDone() {
            return done.get();
        }

        @Override
        public void updateMessage(String text) {
            ui.execute(() -> {
                if (current == this) {
                    message.set(text);
                }
            });
        }

        @Override
        public void updateProgress(long workDone, long total) {
            double value = total <= 0 ? -1 : Math.min(1.0, Math.max(0.0, (double) workDone / total));
            ui.execute(() -> {
                if (current == this) {
                    progress.set(value);
                }
            });
        }
    }
}
