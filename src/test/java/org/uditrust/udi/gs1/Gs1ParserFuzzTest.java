package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.UdiParser;

/**
 * Feeds the GS1 parser arbitrary text and text built from GS1-shaped pieces (AIs, GS, substitutes, brackets): it
 * must never throw, and its results must be consistent.
 */
class Gs1ParserFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    private static final String[] PIECES = {
        "01", "09506000134352", "12345678901231", "10", "ABC123", "17", "201225", "250200", "21", "7003",
        "2502281230", "8012", "8014", "11", "15", "240", "422", "276", "(", ")", "\\(", "\u001d", "|", "<GS>",
        "]d2", "]C1", "]Q3", "]d1", "00", "99", "3103", "8006", "3925", "235", "A", " ", "%", "0", "9", "\n"};

    @FuzzTest(maxDuration = "20s")
    void neverThrowsAndStaysConsistent(FuzzedDataProvider data) {
        String substitute = data.pickValue(new String[] {null, "|", "<GS>", "#"});
        ParseOptions options = new ParseOptions(CLOCK, substitute);
        String raw;
        if (data.consumeBoolean()) {
            StringBuilder b = new StringBuilder();
            int n = data.consumeInt(0, 30);
            for (int i = 0; i < n; i++) {
                b.append(data.pickValue(PIECES));
            }
            raw = b.toString();
        } else {
            raw = data.consumeRemainingAsString();
        }
        ScanInput scan = ScanInput.of(raw);
        check(raw, new Gs1ElementStringParser(options).parse(scan));
        check(raw, new UdiParser(options).parse(raw));
    }

    private static void check(String raw, ParseResult r) {
        assertThat(r.input()).isEqualTo(raw);
        for (Problem p : r.problems()) {
            // raw.length() is "at the end of the input": where a truncated field is missing (Problem Javadoc).
            assertThat(p.position()).isBetween(-1, raw.length());
            assertThat(p.message()).isNotBlank();
        }
        for (DataElement e : r.elements()) {
            assertThat(e.position()).isBetween(-1, raw.length());
        }
        if (r instanceof ParseResult.Valid v) {
            assertThat(v.problems()).noneMatch(Problem::isError);
            if (v.udi().issuer() == org.uditrust.udi.Issuer.GS1) {
                assertThat(v.udi().di()).hasSize(14).containsOnlyDigits();
                assertThat(Gs1Linter.CSUM.check(v.udi().di(), 0, 14, 2026)).isNull();
            }
        } else {
            assertThat(r.problems()).anyMatch(Problem::isError);
        }
    }
}
