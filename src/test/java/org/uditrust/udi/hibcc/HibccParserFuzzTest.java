package org.uditrust.udi.hibcc;

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
import org.uditrust.udi.Udi;

/** No input makes the HIBCC parser throw, and every result is internally consistent. */
class HibccParserFuzzTest {

    private static final HibccParser PARSER = new HibccParser(
            ParseOptions.defaults(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)));
    /** Mostly HIBC-shaped characters so the fuzzer gets deep into the structures quickly. */
    private static final String ALPHABET = "+/$0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. %SDQ\r\n]d1*a\u00e9";

    @FuzzTest(maxDuration = "20s")
    void neverThrowsAndStaysConsistent(FuzzedDataProvider data) {
        String raw;
        if (data.consumeBoolean()) {
            raw = data.consumeString(300);
        } else {
            StringBuilder sb = new StringBuilder("+");
            int length = data.consumeInt(0, 120);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(data.consumeInt(0, ALPHABET.length() - 1)));
            }
            raw = sb.toString();
        }
        check(raw, PARSER.parse(ScanInput.of(raw)));
        int cut = raw.isEmpty() ? 0 : data.consumeInt(0, raw.length());
        ParseResult combined = HibccParser.combine(raw.substring(0, cut), raw.substring(cut));
        assertThat(combined.problems()).isNotNull();
    }

    private static void check(String raw, ParseResult result) {
        assertThat(result.input()).isEqualTo(raw);
        for (Problem p : result.problems()) {
            assertThat(p.code()).startsWith("hibcc.");
            assertThat(p.position()).isBetween(-1, raw.length());
            assertThat(p.message()).isNotBlank();
        }
        for (DataElement e : result.elements()) {
            assertThat(e.position()).isBetween(0, raw.length() - 1);
            // the value is the raw text at its position, never trimmed or rewritten
            assertThat(raw.startsWith(e.value(), e.position())).isTrue();
        }
        if (result instanceof ParseResult.Valid valid) {
            Udi udi = valid.udi();
            assertThat(result.problems()).noneMatch(Problem::isError);
            assertThat(udi.di()).hasSizeBetween(6, 4 + HibccReader.MAX_PCN + 1);
            assertThat(udi.raw()).isEqualTo(raw);
            assertThat(udi.humanReadable()).startsWith("*+").endsWith("*");
            // a valid single-symbol read has passed the modulo-43 check: recomputing over the body must agree
            String body = ScanInput.of(raw).body();
            assertThat(body).startsWith("+");
            if (!udi.humanReadable().contains("* *")) {
                assertThat(HibccCheckCharacter.compute(body, 0, body.length() - 1))
                        .isEqualTo(body.charAt(body.length() - 1));
            }
            if (udi.lot() != null) {
                assertThat(udi.lot()).hasSizeBetween(1, HibccReader.MAX_LOT);
            }
        } else {
            assertThat(result.problems()).anyMatch(Problem::isError);
        }
    }
}
