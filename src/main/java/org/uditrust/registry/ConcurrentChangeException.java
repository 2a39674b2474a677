package org.uditrust.registry;

/** Someone else changed the record since it was read; the user should reload and decide again. */
public final class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
