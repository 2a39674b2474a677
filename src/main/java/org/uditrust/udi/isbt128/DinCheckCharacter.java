package org.uditrust.udi.isbt128;

/**
 * The ISO/IEC 7064 Mod 37-2 check of an ISBT 128 Donation Identification Number (ST-001 Appendix A).
 *
 * <p>The checksum (0-36) is computed over the 13 DIN characters {@code αppppyynnnnnn}, without the leading
 * {@code =} and without the flag characters. It appears twice in ISBT 128: as the eye-readable keyboard check
 * character K printed in a box next to the DIN (never in the bar code), and, when a label chooses type 3 flags, as
 * the two flag characters {@code 60 + checksum} (60-96).
 *
 * <p>Algorithm (ST-001 Appendix A, reproduced in the UK Red Book, Annex 2): each character's value (0-9, A-Z =
 * 10-35, * = 36) is weighted by 2^n, n its position counted from the right starting at 1; the checksum is
 * (38 - sum mod 37) mod 37.
 */
public final class DinCheckCharacter {

    /** Characters for checksum values 0-36. */
    private static final String CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

    /** Length of a DIN without its flag characters. */
    public static final int DIN_LENGTH = 13;

    private DinCheckCharacter() {
    }

    /**
     * The Mod 37-2 checksum of a 13-character DIN, or -1 when the text is not 13 characters of 0-9 and A-Z.
     */
    public static int checksum(CharSequence din) {
        if (din == null || din.length() != DIN_LENGTH) {
            return -1;
        }
        return iso7064Mod37x2(din);
    }

    /**
     * ISO/IEC 7064 Mod 37-2 over any run of 0-9 and A-Z (ST-017 Appendix 1 uses it over the 16 characters of a
     * Basic UDI-DI), or -1 when the text is empty, too long to be an ISBT 128 field, or has another character.
     */
    public static int iso7064Mod37x2(CharSequence s) {
        if (s == null || s.isEmpty() || s.length() > 100) {
            return -1;
        }
        int p = 0;
        // Horner form of sum(v_i * 2^n_i): the rightmost character ends up weighted by 2^1.
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            if (v < 0 || v > 35) {
                return -1;
            }
            p = ((p + v) * 2) % 37;
        }
        return (38 - p) % 37;
    }

    /** The eye-readable keyboard check character K printed beside the DIN, or '\0' for a malformed DIN. */
    public static char keyboardCharacter(CharSequence din) {
        int c = checksum(din);
        return c < 0 ? '\0' : CHARACTERS.charAt(c);
    }

    /** The type 3 flag characters ("60"-"96") that carry the checksum in the bar code, or null for a bad DIN. */
    public static String flagCharacters(CharSequence din) {
        int c = checksum(din);
        return c < 0 ? null : Integer.toString(60 + c);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '*' ? 36 : -1;
    }
}
