package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.UdiParser;

/**
 * Feeds the Digital Link parser arbitrary text and URIs built from Digital-Link-shaped pieces: it must never throw,
 * its results must be consistent, and every valid result must render and read back to the same elements.
 */
class Gs1DigitalLinkFuzzTest {

    private static final ParseOptions OPTIONS =
            ParseOptions.defaults(Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC));
    private static final String[] BASES = {"https://id.gs1.org", "http://a", "HTTPS://example.com/x", "https://",
        "https://[::1]", "https://a$b", "http:/"};
    private static final String[] PIECES = {
        "/", "/01/", "09506000134352", "9506000134352", "02345673", "/10/", "/21/", "/22/", "/235/", "/17/",
        "?", "&", "=", "#", "17=201225", "11=250300", "10=", "01=", "99=", "8012=", "%", "%2F", "%25", "%2", "%C3%A9",
        "%00", "+", "ABC", "gtin", "/ser/", "/00/", "006141411234567890", "/414/", "9520123456788", "/254/",
        "linkType=all", "//", " ", "\u0000", "é", "7003=2502281230", "3103=000195", "/8004/", "9506000ABC",
        "/7040/", "1A2B", "8004=", "01=09506000134352"};

    private final Gs1DigitalLinkParser parser = new Gs1DigitalLinkParser(OPTIONS);

    @FuzzTest(maxDuration = "20s")
    void neverThrowsAndStaysConsistent(FuzzedDataProvider data) {
        String raw;
        if (data.consumeBoolean()) {
            StringBuilder b = new StringBuilder(data.pickValue(BASES));
            int n = data.consumeInt(0, 25);
            for (int i = 0; i < n; i++) {
                b.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(4));
            }
            raw = b.toString();
        } else {
            raw = data.consumeRemainingAsString();
        }
        check(raw, parser.parse(ScanInput.of(raw)));
        check(raw, new UdiParser(OPTIONS).parse(raw));
    }

    private void check(String raw, ParseResult r) {
        assertThat(r.input()).isEqualTo(raw);
        for (Problem p : r.problems()) {
            // raw.length() is "at the end of the input": where a truncated field is missing (Problem Javadoc).
            assertThat(p.position()).isBetween(-1, raw.length());
            assertThat(p.message()).isNotBlank();
        }
        for (DataElement e : r.elements()) {
            assertThat(e.position()).isBetween(-1, raw.length());
        }
        if (!(r instanceof ParseResult.Valid v)) {
            assertThat(r.problems()).anyMatch(Problem::isError);
            return;
        }
        assertThat(v.problems()).noneMatch(Problem::isError);
        if (v.udi().issuer() != Issuer.GS1 || !ScanInput.of(raw).body().regionMatches(true, 0, "http", 0, 4)) {
            return;
        }
        assertThat(v.udi().di()).hasSize(14).containsOnlyDigits();
        assertThat(v.udi().humanReadable()).isEqualTo(Gs1ElementStrings.toHumanReadable(v.elements()));
        // Consistency with the writer: a valid Digital Link renders, and that URI reads back to the same elements.
        Gs1DigitalLinkWriter.Rendering rendering = new Gs1DigitalLinkWriter().render(v.udi());
        assertThat(rendering).isInstanceOf(Gs1DigitalLinkWriter.Rendered.class);
        String uri = ((Gs1DigitalLinkWriter.Rendered) rendering).uri();
        ParseResult back = parser.parse(ScanInput.of(uri));
        assertThat(back.isValid()).as(uri + " " + back.problems()).isTrue();
        assertThat(values(back)).isEqualTo(values(r));
    }

    private static Map<String, String> values(ParseResult r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (DataElement e : r.elements()) {
            out.putIfAbsent(e.key(), e.value());
        }
        return new java.util.TreeMap<>(out);
    }
}
