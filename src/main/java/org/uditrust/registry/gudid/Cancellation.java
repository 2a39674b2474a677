package org.uditrust.registry.gudid;

/**
 * Asks a long import whether to stop. Plain Java so any face can bind it: the app passes its task's
 * {@code isCancelled}, the CLI a flag set by Ctrl-C, tests a {@link Flag}.
 */
@FunctionalInterface
public interface Cancellation {

    /** Never cancelled. */
    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** A cancellation someone sets once, from any thread. */
    final class Flag implements Cancellation {
        private volatile boolean cancelled;

        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
