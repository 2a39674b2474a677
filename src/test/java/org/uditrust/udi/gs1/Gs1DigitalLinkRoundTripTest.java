package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.Udi;

/**
 * Render then parse gives the same elements, for random valid UDIs whose lots and serials use all of CSET 82 (so
 * {@code / % ? & = +} and friends, which must be escaped, appear often).
 */
class Gs1DigitalLinkRoundTripTest {

    private static final ParseOptions OPTIONS =
            ParseOptions.defaults(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    /** GS1 General Specifications figure 7.11-1, CSET 82, written out independently of Gs1CharSets. */
    private static final String CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
            + "abcdefghijklmnopqrstuvwxyz";

    /** One generated label: AI -> value, (01) first, the rest in the generated carrier order. */
    record Label(Map<String, String> values) {
    }

    @Property(tries = 400)
    void renderThenParseGivesTheSameElements(@ForAll("labels") Label label, @ForAll("bases") String base) {
        List<DataElement> elements = new ArrayList<>();
        for (Map.Entry<String, String> e : label.values().entrySet()) {
            elements.add(new DataElement(e.getKey(), "", e.getValue(), -1));
        }
        String hri = Gs1ElementStrings.toHumanReadable(elements);
        ParseResult built = new Gs1MessageValidator(OPTIONS).toResult(ScanInput.of(hri), elements, List.of());
        assertThat(built.isValid()).as(hri + " " + built.problems()).isTrue();
        Udi udi = ((ParseResult.Valid) built).udi();

        Gs1DigitalLinkWriter.Rendering rendering = new Gs1DigitalLinkWriter(base).render(udi);
        assertThat(rendering).as(hri).isInstanceOf(Gs1DigitalLinkWriter.Rendered.class);
        String uri = ((Gs1DigitalLinkWriter.Rendered) rendering).uri();
        assertThat(uri).startsWith(base.endsWith("/") ? base : base + "/");
        // Values never leak a delimiter: after the base only unreserved characters, "%XX", and the DL delimiters.
        assertThat(uri.substring(base.length())).matches("(/|[A-Za-z0-9._~-]|%[0-9A-F]{2}|[?&=])*");

        ParseResult back = new Gs1DigitalLinkParser(OPTIONS).parse(ScanInput.of(uri));
        assertThat(back.isValid()).as(uri + " " + back.problems()).isTrue();
        assertThat(back.problems()).isEmpty();
        Map<String, String> read = new LinkedHashMap<>();
        for (DataElement e : back.elements()) {
            read.put(e.key(), e.value());
        }
        assertThat(read).containsExactlyInAnyOrderEntriesOf(label.values());
        Udi again = ((ParseResult.Valid) back).udi();
        assertThat(again.di()).isEqualTo(udi.di());
        assertThat(again.lot()).isEqualTo(udi.lot());
        assertThat(again.serial()).isEqualTo(udi.serial());
        assertThat(again.expiry()).isEqualTo(udi.expiry());
        assertThat(again.manufactured()).isEqualTo(udi.manufactured());
        assertThat(again.softwareVersion()).isEqualTo(udi.softwareVersion());
        for (DataElement e : back.elements()) {
            assertThat(e.position()).isBetween(base.length(), uri.length() - 1);
        }
    }

    @Provide
    Arbitrary<String> bases() {
        return Arbitraries.of("https://id.gs1.org", "https://example.com/", "http://a.example:8080/x/y",
                "HTTPS://brand.example.com/01/faux");
    }

    @Provide
    Arbitrary<Label> labels() {
        Arbitrary<String> gtin = Arbitraries.strings().numeric().ofLength(13).map(d -> d + checkDigit(d));
        Arbitrary<String> text = Arbitraries.strings().withChars(CSET82.toCharArray()).ofMinLength(1).ofMaxLength(20);
        Arbitrary<Optional<String>> lot = text.optional(0.8);
        Arbitrary<Optional<String>> serial = text.optional(0.6);
        Arbitrary<Optional<String>> version = text.optional(0.2);
        Arbitrary<Optional<String>> expiry = yymmdd().optional(0.7);
        Arbitrary<Optional<String>> made = yymmdd().optional(0.3);
        Arbitrary<Optional<String>> cpv = text.optional(0.15);
        return Combinators.combine(gtin, lot, serial, version, expiry, made, cpv, Arbitraries.randoms())
                .as((g, l, s, v, x, m, c, random) -> {
                    List<Map.Entry<String, String>> rest = new ArrayList<>();
                    l.ifPresent(value -> rest.add(Map.entry("10", value)));
                    s.ifPresent(value -> rest.add(Map.entry("21", value)));
                    v.ifPresent(value -> rest.add(Map.entry("8012", value)));
                    x.ifPresent(value -> rest.add(Map.entry("17", value)));
                    m.ifPresent(value -> rest.add(Map.entry("11", value)));
                    c.ifPresent(value -> rest.add(Map.entry("22", value)));
                    java.util.Collections.shuffle(rest, random);
                    Map<String, String> values = new LinkedHashMap<>();
                    values.put("01", g);
                    for (Map.Entry<String, String> e : rest) {
                        values.put(e.getKey(), e.getValue());
                    }
                    return new Label(values);
                });
    }

    /** Real dates 2000–2049, and now and then day 00 (the whole month), which (11) and (17) allow. */
    private static Arbitrary<String> yymmdd() {
        Arbitrary<String> days = Arbitraries.longs().between(0, 18262)
                .map(n -> LocalDate.of(2000, 1, 1).plusDays(n))
                .map(d -> String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth()));
        Arbitrary<String> months = Combinators.combine(Arbitraries.integers().between(0, 49),
                Arbitraries.integers().between(1, 12)).as((y, m) -> String.format("%02d%02d00", y, m));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, days), net.jqwik.api.Tuple.of(1, months));
    }

    /** GS1 mod-10 check digit (General Specifications 7.9.1): weights 3, 1, 3, … from the right. */
    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += (i % 2 == 0) ? 3 * d : d;
        }
        return (10 - sum % 10) % 10;
    }
}
