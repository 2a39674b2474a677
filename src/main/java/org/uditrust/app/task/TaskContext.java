package org.uditrust.app.task;

/** What a running {@link BackgroundTask} may report and ask. Safe to call from any thread. */
public interface TaskContext {

    /** One line saying what is happening now, e.g. "Reading image 2 of 3". */
    void updateMessage(String message);

    /**
     * How far the work has come.
     *
     * @param done  units done
     * @param total units in all; a value {@code <= 0} means "unknown" and shows an indeterminate bar
     */
    void updateProgress(long done, long total);

    /** True once the user pressed Cancel; the task should stop as soon as it can. */
    boolean isCancelled();
}
