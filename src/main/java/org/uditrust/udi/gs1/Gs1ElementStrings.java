package org.uditrust.udi.gs1;

import java.util.List;
import java.util.Set;
import org.uditrust.udi.DataElement;

/** Writes GS1 element strings, the form a GS1 barcode encodes, from parsed elements. */
public final class Gs1ElementStrings {

    /** Group separator (ASCII 29): how scanners transmit every FNC1 after the first. */
    public static final char GS = '\u001d';

    /**
     * AI prefixes whose element has a predefined length and so needs no separator (GS1 General Specifications,
     * figure 7.8.5-2). Every other AI, fixed-length or not, is followed by GS unless it ends the message.
     */
    private static final Set<String> PREDEFINED_LENGTH_PREFIXES = Set.of(
            "00", "01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
            "31", "32", "33", "34", "35", "36", "41");

    private Gs1ElementStrings() {
    }

    /**
     * True when the AI's value has a predefined length, so no GS follows it: the dictionary's {@code *} flag for a
     * known AI (via {@link Gs1AiTable}); for an AI the dictionary does not know, the GenSpecs prefix list.
     */
    public static boolean hasPredefinedLength(String ai) {
        Gs1Ai known = ai == null ? null : Gs1AiTable.get(ai, 0, ai.length());
        if (known != null) {
            return known.predefinedLength();
        }
        return ai != null && ai.length() >= 2 && PREDEFINED_LENGTH_PREFIXES.contains(ai.substring(0, 2));
    }

    /** The element string without symbology identifier or leading FNC1, GS only where the standard needs one. */
    public static String toElementString(List<DataElement> elements) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            DataElement e = elements.get(i);
            out.append(e.key()).append(e.value());
            if (i < elements.size() - 1 && !hasPredefinedLength(e.key())) {
                out.append(GS);
            }
        }
        return out.toString();
    }

    /** The bracketed human-readable interpretation, e.g. {@code (01)09506000134352(17)201225(10)ABC123}. */
    public static String toHumanReadable(List<DataElement> elements) {
        int length = 0;
        for (int i = 0; i < elements.size(); i++) {
            DataElement e = elements.get(i);
            length += e.key().length() + e.value().length() + 2;
        }
        StringBuilder out = new StringBuilder(length);
        for (DataElement e : elements) {
            out.append('(').append(e.key()).append(')').append(e.value());
        }
        return out.toString();
    }
}
