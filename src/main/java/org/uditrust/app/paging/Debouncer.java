package org.uditrust.app.paging;

/**
 * Runs the last of a burst of requests once the burst is over, so typing "infusion" runs one query, not eight. The
 * app uses a JavaFX pause; tests run each request at once.
 */
@FunctionalInterface
public interface Debouncer {

    /** Schedules {@code action}, replacing any action scheduled earlier and not yet run. */
    void schedule(Runnable action);

    /** Runs every request immediately. */
    static Debouncer immediate() {
        return Runnable::run;
    }

    /** Waits {@code millis} of quiet on the FX thread, then runs the last request. */
    static Debouncer fx(long millis) {
        javafx.animation.PauseTransition pause =
                new javafx.animation.PauseTransition(javafx.util.Duration.millis(millis));
        return action -> {
            pause.setOnFinished(e -> action.run());
            pause.playFromStart();
        };
    }
}
