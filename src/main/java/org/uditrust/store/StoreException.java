package org.uditrust.store;

/** The database cannot be used: not ours, too new, corrupt, locked, or unreachable. The message says which. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
