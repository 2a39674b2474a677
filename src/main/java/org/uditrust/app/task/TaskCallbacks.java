package org.uditrust.app.task;

import java.util.function.Consumer;

/**
 * What to do when a task ends; every callback runs on the UI thread (the FX thread in the app, the test thread with
 * a synchronous executor).
 *
 * @param onSuccess   receives the task's result
 * @param onFailure   receives what the task threw
 * @param onCancelled runs when the user cancelled the task
 * @param <T>         the task's result type
 */
public record TaskCallbacks<T>(Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure,
                               Runnable onCancelled) {

    public TaskCallbacks {
        onSuccess = onSuccess == null ? ignored -> { } : onSuccess;
        onFailure = onFailure == null ? ignored -> { } : onFailure;
        onCancelled = onCancelled == null ? () -> { } : onCancelled;
    }
}
