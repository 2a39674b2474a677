package org.uditrust.udi;

import java.time.Clock;
import java.util.Objects;

/**
 * How to read scanner input.
 *
 * @param clock                    today's date for the GS1 century rule (GenSpecs 7.12); injected, never
 *                                 {@code Clock.systemDefaultZone()} deep inside a parser
 * @param groupSeparatorSubstitute what a keyboard-wedge scanner types instead of ASCII 29 (GS), for example
 *                                 {@code "|"} or {@code "<GS>"}; null when the scanner sends GS itself. It must not
 *                                 be a character a GS1 value may contain (CSET 82) unless the site accepts that
 *                                 such values can no longer be told apart.
 */
public record ParseOptions(Clock clock, String groupSeparatorSubstitute) {

    /** Longest input accepted, in characters. A QR code holds at most 7,089 digits; anything longer is not a label. */
    public static final int MAX_INPUT_LENGTH = 8_192;

    public ParseOptions {
        Objects.requireNonNull(clock, "clock");
        if (groupSeparatorSubstitute != null && groupSeparatorSubstitute.isEmpty()) {
            groupSeparatorSubstitute = null;
        }
    }

    public static ParseOptions defaults(Clock clock) {
        return new ParseOptions(clock, null);
    }

    public ParseOptions withGroupSeparatorSubstitute(String substitute) {
        return new ParseOptions(clock, substitute);
    }
}
