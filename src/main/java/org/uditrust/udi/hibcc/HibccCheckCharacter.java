package org.uditrust.udi.hibcc;

/**
 * The Code 39 character set and the modulo-43 check character that every HIBC data structure ends with
 * (ANSI/HIBC 2.6, which takes the table from ISO/IEC 16388 Code 39).
 *
 * <p>Values: {@code 0}–{@code 9} are 0–9, {@code A}–{@code Z} are 10–35, then {@code -} 36, {@code .} 37, space 38,
 * {@code $} 39, {@code /} 40, {@code +} 41, {@code %} 42. The check character is the character whose value is the sum
 * of the values of all characters from the leading {@code +} up to the last data character, modulo 43. A space is
 * therefore a legal check character, which is why HIBC input must never be trimmed.
 */
public final class HibccCheckCharacter {

    /** The 43 characters in value order. */
    public static final String CHARSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

    // A lookup table indexed by char beats String.indexOf in the hot path (one array read per character).
    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < CHARSET.length(); i++) {
            VALUES[CHARSET.charAt(i)] = (byte) i;
        }
    }

    private HibccCheckCharacter() {
    }

    /** The Code 39 value of {@code c} (0–42), or -1 when {@code c} is not in the Code 39 set (e.g. lower case). */
    public static int value(char c) {
        return c < 128 ? VALUES[c] : -1;
    }

    /**
     * The check character over {@code text[from, to)}, or {@code '\0'} when a character in that range is outside the
     * Code 39 set (no check character exists for such text).
     */
    public static char compute(CharSequence text, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            int v = value(text.charAt(i));
            if (v < 0) {
                return '\0';
            }
            sum += v;
        }
        return CHARSET.charAt(sum % 43);
    }

    /** The check character over all of {@code data} (from its leading {@code +}). */
    public static char compute(CharSequence data) {
        return compute(data, 0, data.length());
    }

    /** The character as printed in a human-readable caption: a space check character is shown as {@code _}. */
    static char printable(char c) {
        return c == ' ' ? '_' : c;
    }
}
