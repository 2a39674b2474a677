package org.uditrust.barcode;

import java.util.ArrayList;
import java.util.List;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.Udi;
import org.uditrust.udi.gs1.Gs1ElementStrings;

/**
 * Builds {@link Udi} values directly (not through a parser) so the barcode tests do not depend on the parsers.
 * Only what {@code CarrierText} and the label need is filled in.
 */
final class TestUdis {

    /** HIBC / Code 39 character order; the check character is this table's entry at (sum of values) mod 43. */
    static final String HIBC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

    private TestUdis() {
    }

    /** A GS1 UDI from AI/value pairs, e.g. {@code gs1("01", "09506000134352", "17", "201225")}. */
    static Udi gs1(String... aiValues) {
        List<DataElement> elements = new ArrayList<>();
        for (int i = 0; i < aiValues.length; i += 2) {
            elements.add(new DataElement(aiValues[i], "AI " + aiValues[i], aiValues[i + 1], -1));
        }
        String di = elements.stream().filter(e -> e.key().equals("01")).map(DataElement::value).findFirst()
                .orElse("");
        return new Udi(Issuer.GS1, di, null, null, null, null, null, null, elements,
                Gs1ElementStrings.toElementString(elements), Gs1ElementStrings.toHumanReadable(elements));
    }

    /** A HIBCC UDI whose data is {@code body} plus its mod-43 check character. */
    static Udi hibcc(String body) {
        String data = body + hibcCheck(body);
        return new Udi(Issuer.HIBCC, body.substring(1, Math.min(body.length(), 14)), null, null, null, null, null,
                null, List.of(), data, "*" + data + "*");
    }

    static char hibcCheck(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int v = HIBC_CHARS.indexOf(body.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a HIBC character: " + body.charAt(i));
            }
            sum += v;
        }
        return HIBC_CHARS.charAt(sum % 43);
    }

    /** An ISBT 128 UDI carried as {@code data} (data identifiers included). */
    static Udi isbt(String data, String di) {
        return new Udi(Issuer.ICCBBA, di, null, null, null, null, null, null, List.of(), data, data);
    }

    /** The scanner text a GS1 symbol of this UDI must decode to. */
    static String gs1ScannerText(String aim, Udi udi) {
        return aim + org.uditrust.udi.CarrierText.of(udi);
    }
}
