package org.uditrust.registry;

import java.util.function.Function;

/**
 * Runs work in a database transaction. SQLite allows one writer: {@link #write} serialises writers (the UI and a
 * background import can both call it) while {@link #read} runs beside them on its own connection.
 */
public interface Transactions {

    /** Runs {@code work} in one write transaction: commits if it returns, rolls back if it throws. */
    <T> T write(Function<Repositories, T> work);

    /** Runs {@code work} with a consistent read-only view. */
    <T> T read(Function<Repositories, T> work);
}
