package org.uditrust.udi.isbt128;

import java.util.List;
import java.util.StringJoiner;

/**
 * The ICCBBA-specified compound messages for MPHO devices that ST-017 publishes (Table 3, an excerpt of ST-001
 * table W2 [RT017]): the message type {@code bbb} of {@code =+aabbb} fixes which structures follow, in which order.
 * Other message types are in the licensed RT017 table only; for them the order is not checked.
 */
final class SpecifiedSequence {

    private static final Structure PPIC = Structure.PPIC;
    private static final Structure DIVISIONS = Structure.PRODUCT_DIVISIONS;
    private static final Structure DIN = Structure.DIN;

    private SpecifiedSequence() {
    }

    /** The structures message type {@code type} prescribes, or null when ST-017 does not list it. */
    static List<Structure> of(String type) {
        return switch (type) {
            case "034" -> List.of(PPIC, DIVISIONS, DIN);
            case "035" -> List.of(PPIC, DIVISIONS, DIN, Structure.EXPIRATION_DATE);
            case "036" -> List.of(PPIC, DIVISIONS, DIN, Structure.PRODUCTION_DATE);
            case "037" -> List.of(PPIC, DIVISIONS, DIN, Structure.EXPIRATION_DATE, Structure.PRODUCTION_DATE);
            default -> null;
        };
    }

    /** E.g. {@code [034] [032] [001]}; an unknown structure shows as {@code [?]}. */
    static String describe(List<Structure> structures) {
        StringJoiner j = new StringJoiner(" ");
        for (Structure s : structures) {
            j.add("[" + (s == null ? "?" : s.number()) + "]");
        }
        return j.toString();
    }
}
