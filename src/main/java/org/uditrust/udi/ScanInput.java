package org.uditrust.udi;

import java.util.Objects;

/**
 * Scanner input split into what the scanner added and what the label carries.
 *
 * @param raw    the input exactly as received
 * @param aim    the leading AIM symbology identifier, or null
 * @param body   the carrier data: {@code raw} without the AIM identifier and without the line ending a
 *               keyboard-wedge scanner appends (CR, LF or CRLF)
 * @param offset index in {@code raw} where {@code body} starts, so positions in the body map back to the input
 */
public record ScanInput(String raw, AimIdentifier aim, String body, int offset) {

    public ScanInput {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(body, "body");
    }

    public static ScanInput of(String raw) {
        Objects.requireNonNull(raw, "raw");
        AimIdentifier aim = AimIdentifier.leadingOrNull(raw);
        int start = aim == null ? 0 : 3;
        int end = raw.length();
        // A wedge scanner ends each read with Enter; it is never part of a label.
        while (end > start && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
            end--;
        }
        // substring(0, length) returns raw itself: no copy for the common scan without prefix or line ending.
        return new ScanInput(raw, aim, raw.substring(start, end), start);
    }

    /** Position in {@link #raw} of a position in {@link #body}. */
    public int rawPosition(int bodyPosition) {
        return bodyPosition < 0 ? -1 : offset + bodyPosition;
    }
}
