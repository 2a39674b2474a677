package org.uditrust.identity;

/**
 * RFC 5280 §6 path building and validation, offline. Thread-safe; one instance serves the whole application.
 */
public final class PathValidator {

    public PathValidation validate(ValidationRequest request) {
        throw new UnsupportedOperationException("to be written (identity core)");
    }
}
