package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;

/**
 * Message-level vectors from the GS1 Syntax Engine, gs1/gs1-syntax-engine {@code src/c-lib/ai.c},
 * {@code test_ai_validateAIs} (validateAIrepeats, validateAImutex, validateAIrequisites). Each case states whether
 * the engine accepts the message for that one rule; here the matching problem code must be absent or present.
 */
class Gs1SyntaxEngineValidationTest {

    private final Gs1ElementStringParser parser = new Gs1ElementStringParser(ParseOptions.defaults(
            Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC)));

    private List<String> codes(String hri) {
        ParseResult r = parser.parse(ScanInput.of(hri));
        return r.problems().stream().map(Problem::code).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "true,(400)ABC", "true,(400)ABC(400)ABC", "true,(400)ABC(99)DEF(400)ABC", "true,(99)ABC(400)XYZ(400)XYZ",
        "false,(400)ABC(400)AB", "false,(400)ABC(400)ABCD", "false,(400)ABC(400)ABC(400)XYZ",
        "false,(400)ABC(400)XYZ(400)ABC", "false,(400)ABC(400)XYZ(400)XYZ", "false,(400)ABC(99)DEF(400)XYZ",
        "false,(99)ABC(400)ABC(400)XYZ"})
    void repeats(boolean ok, String hri) {
        assertThat(codes(hri).contains("gs1.duplicate-ai")).isEqualTo(!ok);
    }

    @ParameterizedTest
    @CsvSource({
        "(01)12345678901231(02)12345678901231", "(99)ABC123(01)12345678901231(02)12345678901231",
        "(01)12345678901231(99)ABC123(02)12345678901231", "(01)12345678901231(02)12345678901231(99)ABC123",
        "(01)12345678901231(255)5412345000150", "(01)12345678901231(37)123", "(21)ABC123(235)XYZ",
        "(3940)1234(8111)9999", "(3940)1234(3941)9999", "(3955)123456(3929)123"})
    // The engine's (3333)+(3338) cases need "permit unknown AIs"; this parser rejects unknown AIs outright.
    void mutuallyExclusive(String hri) {
        assertThat(codes(hri)).containsOnlyOnce("gs1.excluded-pair");
    }

    @ParameterizedTest
    @CsvSource({
        "false,(02)12345678901231", "false,(02)12345678901231(37)123",
        "true,(02)12345678901231(37)123(00)123456789012345675",
        "true,(91)XXX(02)12345678901231(92)YYY(37)123(93)ZZZ(00)123456789012345675",
        "false,(21)ABC123", "true,(21)ABC123(01)12345678901231", "true,(21)ABC123(8006)123456789012310510",
        "false,(01)12345678901231(250)ABC123", "true,(01)12345678901231(21)XYZ999(250)ABC123",
        "false,(01)12345678901231(3925)12599", "true,(01)12345678901231(3925)12599(30)123",
        "true,(01)12345678901231(3925)12599(3100)654321", "true,(01)12345678901231(3925)12599(3695)654321",
        "false,(8030)DIGSIG", "true,(8030)DIGSIG(00)123456789012345675", "false,(8030)DIGSIG(01)12345678901231",
        "true,(8030)DIGSIG(01)12345678901231(21)ABC123", "true,(8030)DIGSIG(8010)1234567890(8011)123456789012"})
    void requisites(boolean ok, String hri) {
        assertThat(codes(hri).contains("gs1.requires")).isEqualTo(!ok);
    }
}
