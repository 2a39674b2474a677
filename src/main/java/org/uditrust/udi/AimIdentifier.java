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

    /** Reads a leading {@code ]cm} from the input, if any. */
    public static Optional<AimIdentifier> leading(String input) {
        if (input != null && input.length() >= 3 && isWellFormed(input.substring(0, 3))) {
            return Optional.of(new AimIdentifier(input.substring(0, 3)));
        }
        return Optional.empty();
    }

    private static boolean isWellFormed(String s) {
        return s.length() == 3 && s.charAt(0) == ']'
                && Character.isLetter(s.charAt(1)) && s.charAt(1) < 128
                && Character.isLetterOrDigit(s.charAt(2)) && s.charAt(2) < 128;
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
