package org.uditrust.udi.isbt128;

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

/**
 * Any text, and text built from real ISBT 128 pieces, must come back as a result, never an exception, and the
 * result must agree with itself: a Valid result has no errors and a 16-character DI; positions point into the input
 * and every element's value is the input text at its position.
 */
class Isbt128ParserFuzzTest {

    private static final Isbt128Parser PARSER = new Isbt128Parser(
            ParseOptions.defaults(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC)));

    /** Pieces of real structures, so the fuzzer reaches deep paths instead of failing on the first character. */
    private static final String[] PIECES = {
        "=/A9999XYZ100T0476", "=,000025", "=A99971712345600", "=G12349865432177", "=>019032", "=}017032",
        "&>0190321430", "&}0170320800", "&,1000000000000XYZ123", "=+06000", "=+02035", "=%5100", "=<E0001000",
        "&,2ABC", "&xLOCAL", "=", "&", "=/", "&,", "]d1", "\r\n", "020366", "019366",
    };

    @FuzzTest(maxDuration = "20s")
    void parsingNeverThrowsAndIsConsistent(FuzzedDataProvider data) {
        String input;
        if (data.consumeBoolean()) {
            StringBuilder b = new StringBuilder();
            int parts = data.consumeInt(0, 12);
            for (int i = 0; i < parts; i++) {
                b.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(6));
            }
            input = b.toString();
        } else {
            input = data.consumeRemainingAsString();
        }
        ParseResult result = PARSER.parse(ScanInput.of(input));

        assertThat(result.input()).isEqualTo(input);
        for (Problem p : result.problems()) {
            assertThat(p.position()).isBetween(-1, Math.max(0, input.length() - 1));
            assertThat(p.message()).isNotBlank();
            assertThat(p.code()).startsWith("isbt128.");
        }
        for (DataElement e : result.elements()) {
            assertThat(e.position()).isBetween(0, input.length());
            assertThat(input.startsWith(e.value(), e.position())).as("element %s in %s", e, input).isTrue();
        }
        if (result instanceof ParseResult.Valid valid) {
            Udi udi = valid.udi();
            assertThat(result.problems()).noneMatch(Problem::isError);
            assertThat(udi.di()).hasSize(16);
            assertThat(udi.raw()).isEqualTo(input);
            assertThat(ScanInput.of(input).body()).endsWith(udi.humanReadable());
            if (udi.donationId() != null) {
                assertThat(udi.donationId()).hasSize(DinCheckCharacter.DIN_LENGTH);
            }
        } else {
            assertThat(result.problems()).anyMatch(Problem::isError);
        }
    }
}
