package org.uditrust.udi.isbt128;

/**
 * The character sets ISBT 128 data content is drawn from, one letter each so a structure's rule reads as a short
 * pattern ({@code "FAANN"} for the five characters of a DIN's facility identification number).
 *
 * <p>The letter O is left out wherever ICCBBA assigns identifiers (FIN) so it is never confused with zero.
 */
enum CharClass {
    /** {@code N}: a digit. */
    DIGIT('N', "a digit 0-9"),
    /** {@code X}: a digit or an upper-case letter (ST-017: only upper case within a UDI). */
    UPPER_ALNUM('X', "a digit 0-9 or an upper-case letter A-Z"),
    /** {@code A}: as {@link #UPPER_ALNUM} without the letter O (FIN characters). */
    ALNUM_NO_O('A', "a digit 0-9 or an upper-case letter other than O"),
    /** {@code F}: the first FIN character of a DIN, which doubles as the second data identifier character. */
    FIN_FIRST('F', "an upper-case letter other than O, or a digit 1-9"),
    /** {@code G}: a DIN flag character, 0-9 and A-H, J-N, P, R-Y (ST-017 §3.1: no I, O, Q, Z). */
    FLAG('G', "a digit 0-9 or one of the letters A-H, J-N, P, R-Y"),
    /** {@code P}: printable ASCII, for structures this parser recognises but does not interpret. */
    PRINTABLE('P', "a printable ASCII character");

    private final char letter;
    private final String description;

    CharClass(char letter, String description) {
        this.letter = letter;
        this.description = description;
    }

    static CharClass of(char letter) {
        for (CharClass c : values()) {
            if (c.letter == letter) {
                return c;
            }
        }
        throw new IllegalArgumentException("no character class " + letter);
    }

    String description() {
        return description;
    }

    boolean allows(char c) {
        return switch (this) {
            case DIGIT -> c >= '0' && c <= '9';
            case UPPER_ALNUM -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
            case ALNUM_NO_O -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'O');
            case FIN_FIRST -> (c >= '1' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'O');
            case FLAG -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Y' && c != 'I' && c != 'O' && c != 'Q');
            case PRINTABLE -> c > ' ' && c < 0x7f;
        };
    }
}
