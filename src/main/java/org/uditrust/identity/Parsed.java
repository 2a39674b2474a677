package org.uditrust.identity;

import java.util.Objects;

/** A value read from user input, or the problem that stopped it. */
public sealed interface Parsed<T> {

    record Ok<T>(T value) implements Parsed<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Failed<T>(IdentityProblem problem) implements Parsed<T> {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
