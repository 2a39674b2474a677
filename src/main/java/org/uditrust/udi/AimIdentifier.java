package org.uditrust.udi;

import java.util.Objects;
import java.util.Optional;

/**
 * The AIM symbology identifier a scanner may prefix to its data ({@code ]d2}, {@code ]C1}, …): the only way a
 * scanner tells that the data is GS1 (ISO/IEC 15424).
 *
 * @param text the three characters as sent, e.g. {@code "]d2"}
 */
public record AimIdentifier(String text) {

    public AimIdentifier {
        Objects.requireNonNull(text, "text");
        if (!isWellFormed(text)) {
            throw new IllegalArgumentException("not an AIM symbology identifier: " + text);
        }
    }

    /** The identifiers UDI carriers use, shared so that reading a scan allocates none of them. */
    private static final AimIdentifier[] COMMON = {
        new AimIdentifier("]d2"), new AimIdentifier("]d1"), new AimIdentifier("]C1"), new AimIdentifier("]C0"),
        new AimIdentifier("]Q3"), new AimIdentifier("]Q1"), new AimIdentifier("]e0"), new AimIdentifier("]A0"),
        new AimIdentifier("]J1"), new AimIdentifier("]E0"), new AimIdentifier("]E4")};

    /** Reads a leading {@code ]cm} from the input, if any. */
    public static Optional<AimIdentifier> leading(String input) {
        return Optional.ofNullable(leadingOrNull(input));
    }

    /** As {@link #leading}, or null: the allocation-free form the scanner path uses. */
    static AimIdentifier leadingOrNull(String input) {
        if (input == null || input.length() < 3 || !isWellFormed(input, 0)) {
            return null;
        }
        for (AimIdentifier common : COMMON) {
            if (input.startsWith(common.text)) {
                return common;
            }
        }
        return new AimIdentifier(input.substring(0, 3));
    }

    private static boolean isWellFormed(String s) {
        return s.length() == 3 && isWellFormed(s, 0);
    }

    private static boolean isWellFormed(String s, int at) {
        char code = s.charAt(at + 1);
        char modifier = s.charAt(at + 2);
        return s.charAt(at) == ']'
                && code < 128 && Character.isLetter(code)
                && modifier < 128 && Character.isLetterOrDigit(modifier);
    }

    /** Code character: {@code d} DataMatrix, {@code C} Code 128, {@code Q} QR, {@code e} DataBar, {@code J} DotCode. */
    public char symbology() {
        return text.charAt(1);
    }

    public char modifier() {
        return text.charAt(2);
    }

    /** True for the identifiers that announce GS1 element strings (FNC1 in first position). */
    public boolean announcesGs1() {
        return switch (text) {
            case "]d2", "]C1", "]Q3", "]e0", "]J1", "]d5" -> true;
            default -> false;
        };
    }

    /** Human name of the symbology, for display. */
    public String symbologyName() {
        return switch (symbology()) {
            case 'd' -> "Data Matrix";
            case 'C' -> "Code 128";
            case 'Q' -> "QR Code";
            case 'e' -> "GS1 DataBar";
            case 'J' -> "DotCode";
            case 'A' -> "Code 39";
            case 'E' -> "EAN/UPC";
            case 'I' -> "Interleaved 2 of 5";
            default -> "symbology " + symbology();
        };
    }
}
