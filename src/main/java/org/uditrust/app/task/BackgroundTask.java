package org.uditrust.app.task;

/**
 * A piece of slow work (decoding an image, importing a file) that must not run on the FX thread.
 *
 * <p>Implementations do the work in {@link #call(TaskContext)} and report through the context; they never touch
 * JavaFX nodes or properties, because {@code call} runs on a background thread.
 *
 * @param <T> what the work produces
 */
public interface BackgroundTask<T> {

    /** Short name shown in the status bar while the task runs, e.g. "Decoding label.png". */
    String title();

    /**
     * Does the work. Long loops should check {@link TaskContext#isCancelled()} and return early.
     *
     * @throws Exception for I/O faults and bugs; the runner reports it through the failure callback
     */
    T call(TaskContext context) throws Exception;
}
