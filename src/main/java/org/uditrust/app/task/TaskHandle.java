package org.uditrust.app.task;

/** A submitted task, for cancelling it. */
public interface TaskHandle {

    /** Asks the task to stop; its result, if it still produces one, is discarded. */
    void cancel();

    boolean isCancelled();

    /** True once the task finished in any way (success, failure or cancellation). */
    boolean isDone();
}
