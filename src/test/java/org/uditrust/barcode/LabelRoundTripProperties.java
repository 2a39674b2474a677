package org.uditrust.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.uditrust.udi.CarrierText;
import org.uditrust.udi.Udi;

/**
 * Round trips over random valid data: any GS1 lot and serial from CSET 82 (GS1 General Specifications figure
 * 7.11-1, which includes the awkward {@code % & ( ) < > " '}) and any HIBCC primary with a lot, in every
 * symbology, decode back to exactly the scanner text.
 */
class LabelRoundTripProperties {

    /** GS1 CSET 82 (GS1 General Specifications, figure 7.11-1). */
    static final String CSET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** The part of CSET 82 that QR's alphanumeric mode can carry (no space: CSET 82 has none). */
    static final String CSET_82_QR_ALNUM = ALNUM + "%*+-./:";

    private final LabelEncoder encoder = new LabelEncoder(4);
    private final LabelDecoder decoder = new LabelDecoder();

    @Property(tries = 150)
    void gs1RoundTrip(@ForAll("gs1Udis") Udi udi, @ForAll Symbology symbology) {
        String aim = switch (symbology) {
            case DATAMATRIX -> "]d2";
            case GS1_128 -> "]C1";
            case QR -> "]Q3";
        };
        assertThat(decodeOne(udi, symbology)).isEqualTo(aim + CarrierText.of(udi));
    }

    @Property(tries = 40)
    void hibccRoundTrip(@ForAll("hibccUdis") Udi udi, @ForAll Symbology symbology) {
        String aim = switch (symbology) {
            case DATAMATRIX -> "]d1";
            case GS1_128 -> "]C0";
            case QR -> "]Q1";
        };
        assertThat(decodeOne(udi, symbology)).isEqualTo(aim + CarrierText.of(udi));
    }

    private String decodeOne(Udi udi, Symbology symbology) {
        DecodeResult result = decoder.decode(encoder.image(udi, symbology));
        assertThat(result).as(udi.humanReadable() + " " + symbology).isInstanceOf(DecodeResult.Found.class);
        return ((DecodeResult.Found) result).barcodes().get(0).text();
    }

    @Provide
    Arbitrary<Udi> gs1Udis() {
        Arbitrary<String> gtin = Arbitraries.strings().withChars("0123456789").ofLength(13).map(d -> d + gtinCheck(d));
        // Subsets matter: upper-case data drive ZXing into C40/EDIFACT (Data Matrix) and alphanumeric mode (QR).
        Arbitrary<String> chars = Arbitraries.of(CSET_82, CSET_82_QR_ALNUM, ALNUM, "0123456789");
        Arbitrary<String> lot = chars.flatMap(set -> Arbitraries.strings().withChars(set).ofMinLength(1)
                .ofMaxLength(20));
        Arbitrary<String> serial = chars.flatMap(set -> Arbitraries.strings().withChars(set).ofMinLength(1)
                .ofMaxLength(20));
        Arbitrary<String> expiry = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 28))
                .as((y, m, d) -> String.format("%02d%02d%02d", y, m, d));
        return Combinators.combine(gtin, lot, serial, expiry, Arbitraries.of(true, false))
                .as((g, l, s, e, lotFirst) -> lotFirst
                        ? TestUdis.gs1("01", g, "10", l, "17", e, "21", s)
                        : TestUdis.gs1("01", g, "17", e, "21", s, "10", l));
    }

    @Provide
    Arbitrary<Udi> hibccUdis() {
        Arbitrary<String> lic = Combinators.combine(Arbitraries.chars().range('A', 'Z'),
                Arbitraries.strings().withChars(ALNUM).ofLength(3)).as((c, s) -> c + s);
        Arbitrary<String> pcn = Arbitraries.strings().withChars(ALNUM).ofMinLength(1).ofMaxLength(13);
        Arbitrary<String> lot = Arbitraries.strings().withChars(ALNUM + "-. ").ofMinLength(1).ofMaxLength(13);
        return Combinators.combine(lic, pcn, Arbitraries.integers().between(0, 9), lot)
                .as((l, p, u, lt) -> TestUdis.hibcc("+" + l + p + u + "/$" + lt));
    }

    /** GS1 mod-10 check digit (GS1 General Specifications 7.9.1). */
    static char gtinCheck(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * d : d;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
