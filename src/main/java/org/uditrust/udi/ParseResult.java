package org.uditrust.udi;

import java.util.List;
import java.util.Objects;

/**
 * What a parser made of one input: a {@link Valid} UDI (possibly with warnings) or an {@link Invalid} input with the
 * problems that make it so and whatever fields could still be read.
 */
public sealed interface ParseResult permits ParseResult.Valid, ParseResult.Invalid {

    /** The input exactly as given. */
    String input();

    /** Every problem found, errors and warnings, in input order. */
    List<Problem> problems();

    /** The fields read, in carrier order (for an invalid input, those read before and around the faults). */
    List<DataElement> elements();

    default boolean isValid() {
        return this instanceof Valid;
    }

    record Valid(String input, Udi udi, List<Problem> warnings) implements ParseResult {
        public Valid {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(udi, "udi");
            // Most scans have no warning: List.of() is shared, where copying an empty list still allocates.
            warnings = warnings.isEmpty() ? List.of() : List.copyOf(warnings);
            // A loop, not a stream: this runs on every parse and parsing is measured in millions per second.
            for (Problem warning : warnings) {
                if (warning.isError()) {
                    throw new IllegalArgumentException("a valid result cannot carry errors");
                }
            }
        }

        @Override
        public List<Problem> problems() {
            return warnings;
        }

        @Override
        public List<DataElement> elements() {
            return udi.elements();
        }
    }

    /**
     * @param issuer the issuer the input looked like, or null when it could not be told
     */
    record Invalid(String input, Issuer issuer, List<DataElement> elements, List<Problem> problems)
            implements ParseResult {
        public Invalid {
            Objects.requireNonNull(input, "input");
            elements = List.copyOf(elements);
            problems = List.copyOf(problems);
            boolean anyError = false;
            for (Problem problem : problems) {
                anyError |= problem.isError();
            }
            if (!anyError) {
                throw new IllegalArgumentException("an invalid result needs at least one error");
            }
        }
    }
}
