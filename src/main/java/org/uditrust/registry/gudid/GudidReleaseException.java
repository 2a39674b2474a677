package org.uditrust.registry.gudid;

/**
 * A release that cannot be read at all: not a zip or folder, a damaged or truncated zip, no {@code device.txt}, a
 * file missing a required column, a file that is not pipe-delimited. The message is one or two sentences for the
 * user; row-level faults are {@link RowProblem}s instead.
 */
public final class GudidReleaseException extends RuntimeException {

    public GudidReleaseException(String message) {
        super(message);
    }

    public GudidReleaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
