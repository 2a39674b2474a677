package org.uditrust.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiParser;

/**
 * Encode → decode → parse is the identity: for random valid UDIs in every symbology the label we print scans back
 * to the same UDI. The inputs are built here from the standards' rules (GS1 mod-10 check digit, CSET 82, HIBC
 * mod-43), independently of the parsers under test.
 */
class UdiLabelRoundTripPropertyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    /** GS1 CSET 82 (GS1 General Specifications figure 7.11-1). */
    private static final String CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String CODE39 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

    private final UdiParser parser = new UdiParser(ParseOptions.defaults(CLOCK));
    private final LabelEncoder encoder = new LabelEncoder();
    private final LabelDecoder decoder = new LabelDecoder();

    @Property(tries = 40)
    void gs1UdiSurvivesEveryLabelSymbology(@ForAll("gs1ScannerText") String scan,
                                           @ForAll Symbology symbology) throws IOException {
        Udi original = valid(parser.parse(scan));

        Udi scanned = valid(parser.parse(roundTrip(original, symbology, ".png")));

        assertThat(scanned.di()).isEqualTo(original.di());
        assertThat(scanned.lot()).isEqualTo(original.lot());
        assertThat(scanned.serial()).isEqualTo(original.serial());
        assertThat(scanned.expiry()).isEqualTo(original.expiry());
        assertThat(scanned.elements()).extracting(e -> e.key() + "=" + e.value())
                .isEqualTo(original.elements().stream().map(e -> e.key() + "=" + e.value()).toList());
    }

    @Property(tries = 20)
    void hibccUdiSurvivesEveryLabelSymbology(@ForAll("hibccPrimary") String hibcc,
                                             @ForAll Symbology symbology) throws IOException {
        Udi original = valid(parser.parse(hibcc));

        Udi scanned = valid(parser.parse(roundTrip(original, symbology, ".png")));

        assertThat(scanned.di()).isEqualTo(original.di());
        assertThat(scanned.humanReadable()).isEqualTo(original.humanReadable());
    }

    private String roundTrip(Udi udi, Symbology symbology, String extension) throws IOException {
        Path file = Files.createTempFile("udi-label", extension);
        try {
            encoder.write(udi, symbology, file);
            DecodeResult decoded = decoder.decode(file);
            assertThat(decoded).isInstanceOf(DecodeResult.Found.class);
            DecodeResult.Found found = (DecodeResult.Found) decoded;
            assertThat(found.barcodes()).hasSize(1);
            return found.barcodes().get(0).text();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Udi valid(ParseResult result) {
        assertThat(result.problems()).as(result.input()).noneMatch(p -> p.isError());
        return ((ParseResult.Valid) result).udi();
    }

    @Provide
    Arbitrary<String> gs1ScannerText() {
        Arbitrary<String> gtin = Arbitraries.strings().numeric().ofLength(13).map(s -> s + gs1CheckDigit(s));
        Arbitrary<String> expiry = Arbitraries.integers().between(0, 365 * 20)
                .map(days -> LocalDate.of(2020, 1, 1).plusDays(days))
                .map(d -> String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth()));
        Arbitrary<String> lot = Arbitraries.strings().withChars(CSET82.toCharArray()).ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> serial = Arbitraries.strings().withChars(CSET82.toCharArray()).ofMinLength(1)
                .ofMaxLength(20);
        return Combinators.combine(gtin, expiry, lot, serial)
                .as((g, e, l, s) -> "]d2" + "01" + g + "17" + e + "10" + l + "\u001d" + "21" + s);
    }

    @Provide
    Arbitrary<String> hibccPrimary() {
        Arbitrary<String> lic = Combinators.combine(Arbitraries.chars().range('A', 'Z'),
                Arbitraries.strings().withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofLength(3))
                .as((first, rest) -> first + rest);
        Arbitrary<String> product = Arbitraries.strings().withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                .ofMinLength(1).ofMaxLength(18);
        Arbitrary<Integer> unit = Arbitraries.integers().between(0, 9);
        return Combinators.combine(lic, product, unit).as((l, p, u) -> {
            String data = "+" + l + p + u;
            return data + hibcCheck(data);
        });
    }

    /** GS1 mod-10: weights 3,1,3,… from the right of the data digits. */
    static char gs1CheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += (i % 2 == 0) ? 3 * d : d;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** HIBC mod-43 over the Code 39 values of every character from the leading '+'. */
    static char hibcCheck(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += CODE39.indexOf(data.charAt(i));
        }
        return CODE39.charAt(sum % 43);
    }
}
