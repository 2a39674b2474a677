package org.uditrust.identity.ca;

import java.util.Objects;
import org.uditrust.identity.IdentityProblem;

/**
 * The outcome of a CA action that can fail for a user's reason (wrong password, unknown serial, a CSR that does not
 * verify): the value, or the problem that says what, where and why.
 *
 * @param <T> the value of a success
 */
public sealed interface CaResult<T> permits CaResult.Ok, CaResult.Failed {

    static <T> CaResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> CaResult<T> failed(String code, String where, String message) {
        return new Failed<>(new IdentityProblem(code, where, message));
    }

    /** @param value what the action produced */
    record Ok<T>(T value) implements CaResult<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param problem why the action did not happen (nothing was changed) */
    record Failed<T>(IdentityProblem problem) implements CaResult<T> {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }

        /** The same problem as a failure of another type. */
        public <U> Failed<U> cast() {
            return new Failed<>(problem);
        }
    }
}
