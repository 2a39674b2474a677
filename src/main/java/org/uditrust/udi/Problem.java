package org.uditrust.udi;

import java.util.Objects;

/**
 * One thing wrong (or doubtful) with a UDI input.
 *
 * @param code     stable machine code, dotted and lower-case, e.g. {@code gs1.check-digit}; tools key on it
 * @param position zero-based character index in the original input where the problem starts; the input's length
 *                 when something is missing at its end (a truncated field); -1 when the problem concerns the
 *                 input as a whole
 * @param message  one sentence a biomedical engineer understands: what, where, why
 * @param severity {@link Severity#ERROR} makes the input invalid; a {@link Severity#WARNING} does not
 */
public record Problem(String code, int position, String message, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (position < -1) {
            throw new IllegalArgumentException("position must be >= -1: " + position);
        }
    }

    public static Problem error(String code, int position, String message) {
        return new Problem(code, position, message, Severity.ERROR);
    }

    public static Problem warning(String code, int position, String message) {
        return new Problem(code, position, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
