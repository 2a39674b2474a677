package org.uditrust.app.scan;

/**
 * Shows the invisible GS (ASCII 29) as a visible symbol and back.
 *
 * <p>JavaFX text fields silently drop control characters, so a GS typed by a scanner or pasted from another program
 * would vanish and the parser would see two fields run together. The field therefore holds U+241D (SYMBOL FOR GROUP
 * SEPARATOR) in its place, one character for one, so positions in the field and in the parsed text are the same.
 */
public final class GroupSeparator {

    /** ASCII 29, what FNC1 becomes in scanner data. */
    public static final char GS = '\u001d';
    /** U+241D, the visible stand-in. */
    public static final char SYMBOL = '\u241d';

    private GroupSeparator() {
    }

    /** Text for display: every GS as the visible symbol. */
    public static String toDisplay(String text) {
        return text == null ? "" : text.replace(GS, SYMBOL);
    }

    /** Text for the parser: every visible symbol back to GS. */
    public static String toData(String display) {
        return display == null ? "" : display.replace(SYMBOL, GS);
    }
}
