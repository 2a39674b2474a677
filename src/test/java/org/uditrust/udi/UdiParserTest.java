package org.uditrust.udi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The facade: which issuer an input goes to, and bad input of every kind answered with a specific problem. */
class UdiParserTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private final UdiParser parser = new UdiParser(ParseOptions.defaults(CLOCK));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // GS1 human-readable, GS1 General Specifications style example
        "(01)09506000134352(17)201225(10)ABC123 | GS1",
        // GS1 Digital Link, GS1 Digital Link standard example form
        "https://id.gs1.org/01/09506000134352/10/ABC123 | GS1",
        // HIBCC primary, ANSI/HIBC 2.6 example (primer)
        "+A123BJC5D6E71G | HIBCC",
        // ISBT 128 worked example, ICCBBA ST-017 section 5
        "=/A9999XYZ100T0476=,000025=A99971712345600=>019032=}017032&,1000000000000XYZ123 | ICCBBA",
    })
    void eachIssuerIsRecognisedAndParsed(String input, Issuer issuer) {
        ParseResult result = parser.parse(input);
        assertThat(result.problems()).noneMatch(Problem::isError);
        assertThat(((ParseResult.Valid) result).udi().issuer()).isEqualTo(issuer);
    }

    @Test
    void emptyInputSaysSo() {
        assertThat(single(parser.parse("")).code()).isEqualTo("udi.empty");
        assertThat(single(parser.parse("\r\n")).code()).isEqualTo("udi.empty");
        assertThat(single(parser.parse("]d2")).code()).isEqualTo("udi.empty");
    }

    @Test
    void aMegabyteIsRejectedBeforeAnyParsing() {
        ParseResult result = parser.parse("01" + "9".repeat(1_000_000));
        assertThat(single(result).code()).isEqualTo("udi.too-long");
        assertThat(single(result).message()).contains("1000002");
    }

    @Test
    void textThatIsNoUdiIsUnrecognisedNotMisread() {
        Problem problem = single(parser.parse("Hello, world"));
        assertThat(problem.code()).isEqualTo("udi.unrecognized");
        assertThat(problem.position()).isZero();
    }

    @Test
    void binaryGarbageNeverThrowsAndIsNeverValid() {
        Random random = new Random(20261125);
        for (int i = 0; i < 5_000; i++) {
            char[] chars = new char[random.nextInt(200)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) random.nextInt(0x3000);
            }
            String input = new String(chars);
            ParseResult result = parser.parse(input);
            assertThat(result.input()).isEqualTo(input);
            if (!result.isValid()) {
                assertThat(result.problems()).anyMatch(Problem::isError);
            }
            for (Problem p : result.problems()) {
                assertThat(p.position()).isBetween(-1, Math.max(0, input.length()));
                assertThat(p.message()).isNotBlank();
            }
        }
    }

    @Test
    void truncatedGtinIsSpecific() {
        ParseResult result = parser.parse("(01)0950600013435");
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).anyMatch(p -> p.isError() && p.message().contains("01"));
    }

    @Test
    void impossibleDateIsSpecific() {
        ParseResult result = parser.parse("(01)09506000134352(17)251341");
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).anyMatch(p -> p.isError() && p.message().contains("17"));
    }

    @Test
    void unknownAiIsNamed() {
        ParseResult result = parser.parse("(01)09506000134352(89)ABC");
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).anyMatch(p -> p.isError() && p.message().contains("89"));
    }

    private static Problem single(ParseResult result) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }
}
