package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.UdiDate;

class Gs1ElementStringParserTest {

    static final Clock CLOCK_2026 = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    static final String GS = "\u001d";

    private final Gs1ElementStringParser parser = new Gs1ElementStringParser(ParseOptions.defaults(CLOCK_2026));

    private ParseResult parse(String raw) {
        return parser.parse(ScanInput.of(raw));
    }

    private ParseResult parse(String raw, String substitute) {
        return new Gs1ElementStringParser(ParseOptions.defaults(CLOCK_2026).withGroupSeparatorSubstitute(substitute))
                .parse(ScanInput.of(raw));
    }

    private static List<String> codes(ParseResult r) {
        return r.problems().stream().map(Problem::code).toList();
    }

    private static List<String> keysAndValues(ParseResult r) {
        return r.elements().stream().map(e -> e.key() + "=" + e.value()).toList();
    }

    // --- Scanner data --------------------------------------------------------------------------------------

    @Test
    void typicalDataMatrixWithAimAndGs() {
        String raw = "]d2" + "0109506000134352" + "17201225" + "10ABC123" + GS + "21XYZ";
        ParseResult r = parse(raw);
        assertThat(r.isValid()).isTrue();
        ParseResult.Valid v = (ParseResult.Valid) r;
        assertThat(v.udi().di()).isEqualTo("09506000134352");
        assertThat(v.udi().expiry()).isEqualTo(UdiDate.ofDay(LocalDate.of(2020, 12, 25)));
        assertThat(v.udi().lot()).isEqualTo("ABC123");
        assertThat(v.udi().serial()).isEqualTo("XYZ");
        assertThat(v.udi().raw()).isEqualTo(raw);
        assertThat(v.udi().humanReadable()).isEqualTo("(01)09506000134352(17)201225(10)ABC123(21)XYZ");
        assertThat(v.warnings()).isEmpty();
        // positions index the raw input: the GTIN value starts after "]d2" and "01"
        assertThat(v.udi().elements().get(0).position()).isEqualTo(5);
        assertThat(v.udi().elements().get(3).position()).isEqualTo(raw.indexOf("XYZ"));
    }

    @Test
    void syntaxEngineScanDataVectors() {
        // gs1/gs1-syntax-engine src/c-lib/scandata.c test_testProcessScanData: "]d2011231231231233310ABC123\x1D99TESTING"
        ParseResult r = parse("]d2011231231231233310ABC123" + GS + "99TESTING");
        assertThat(keysAndValues(r)).containsExactly("01=12312312312333", "10=ABC123", "99=TESTING");
        assertThat(r.isValid()).isTrue();
        // "]e0011231231231233310ABC123\x1D1199122598TESTING\x1D97XYZ"
        r = parse("]e0011231231231233310ABC123" + GS + "1199122598TESTING" + GS + "97XYZ");
        assertThat(keysAndValues(r)).containsExactly("01=12312312312333", "10=ABC123", "11=991225",
                "98=TESTING", "97=XYZ");
        // "]C10112312312312333235XYZ\x1D10ABC": (235) needs GS, (01) does not
        r = parse("]C10112312312312333235XYZ" + GS + "10ABC");
        assertThat(keysAndValues(r)).containsExactly("01=12312312312333", "235=XYZ", "10=ABC");
        assertThat(codes(r)).doesNotContain("gs1.missing-separator", "gs1.unknown-ai");
    }

    @Test
    void syntaxEngineProcessAiDataVectors() {
        // gs1/gs1-syntax-engine src/c-lib/ai.c test_ai_processAIdata; "^" there is FNC1 (here GS).
        assertThat(parse(GS + "0112345678901231").isValid()).isTrue();
        assertThat(codes(parse(GS + "0112345678901234"))).contains("gs1.check-digit");
        assertThat(codes(parse(GS + "011234567890123"))).contains("gs1.length");
        // "No such AI (2). Can't be 'too long' since FNC1 not required"
        ParseResult r = parse(GS + "01123456789012312");
        assertThat(codes(r)).contains("gs1.unknown-ai");
        assertThat(parse(GS + "0112345678901231" + GS).isValid()).isTrue(); // tolerate superfluous FNC1
        assertThat(codes(parse(GS + "0112345678901231" + GS))).containsExactly("gs1.trailing-separator");
        assertThat(codes(parse(GS + "0112345678901231" + GS + "991234")))
                .containsExactly("gs1.unneeded-separator");
        assertThat(keysAndValues(parse(GS + "0112345678901231991234"))).containsExactly("01=12345678901231",
                "99=1234");
        // (7007) N6 [N6]: optional component
        assertThat(parse(GS + "01123456789012317007211225211231").isValid()).isTrue();
        assertThat(codes(parse(GS + "0112345678901231700721122521"))).contains("gs1.length");
        // (8003) N1 N13,csum [X..16]
        assertThat(codes(parse(GS + "800302112345678901ABC"))).contains("gs1.check-digit");
        // (235) X..28 over max, in a message with a separator elsewhere: over-long because a separator is missing
        ParseResult over = parse(GS + "0112345678901231" + "235ABCDEFGHIJKLMNOPQRSTUVWXYZ123" + GS + "10A");
        assertThat(codes(over)).contains("gs1.missing-separator");
        assertThat(keysAndValues(over)).endsWith("10=A");
        // "^891234": no such AI
        assertThat(parse(GS + "891234").problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("gs1.unknown-ai");
            assertThat(p.position()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("No GS1 Application Identifier starts with \"89\" (position 1).");
        });
    }

    @Test
    void fnc1RequiredFixedLengthAiWithoutSeparatorIsCaught() {
        // (7003) is fixed at 10 but needs GS (primer): without it the data after it belongs to it.
        ParseResult r = parse("0109506000134352" + "70032502281230" + "10ABC");
        assertThat(r.isValid()).isFalse();
        assertThat(codes(r)).contains("gs1.missing-separator");
        assertThat(r.problems().get(0).message()).contains("keyboard-wedge", "substitute");
        // the only valid reading is shown
        assertThat(keysAndValues(r)).containsExactly("01=09506000134352", "7003=2502281230", "10=ABC");
    }

    @Test
    void separatorFaults() {
        ParseResult r = parse("0109506000134352" + "10ABC" + GS + GS + "21XYZ");
        assertThat(codes(r)).containsExactly("gs1.double-separator");
        assertThat(r.problems().get(0).position()).isEqualTo(22);
        assertThat(codes(parse("0109506000134352" + "10" + GS + "21XYZ"))).containsExactly("gs1.empty-value");
        assertThat(codes(parse("010950600013435210"))).containsExactly("gs1.empty-value");
        assertThat(codes(parse(GS + GS + "0109506000134352"))).containsExactly("gs1.double-separator");
    }

    @Test
    void unknownAiNamesDigitsAndPosition() {
        // prefix 70 has four-digit AIs (7001...7041), but not 7099
        ParseResult r = parse("0109506000134352" + "7099ABC");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("gs1.unknown-ai");
            assertThat(p.position()).isEqualTo(16);
            assertThat(p.message()).isEqualTo("(7099) at position 16 is not a GS1 Application Identifier, "
                    + "or the value before it is too long.");
        });
        assertThat(codes(parse("01095060001343521O"))).contains("gs1.unknown-ai");
    }

    @Test
    void gtinOnlyAndMissingDi() {
        assertThat(parse("0109506000134352").isValid()).isTrue();
        ParseResult r = parse("10ABC" + GS + "17201225");
        assertThat(codes(r)).contains("gs1.missing-di");
    }

    // --- Keyboard wedge ----------------------------------------------------------------------------------

    @Test
    void substituteIsReadAsGs() {
        ParseResult r = parse("0109506000134352" + "10ABC123|21XYZ", "|");
        assertThat(r.isValid()).isTrue();
        assertThat(keysAndValues(r)).containsExactly("01=09506000134352", "10=ABC123", "21=XYZ");
        r = parse("<GS>0109506000134352" + "10ABC123<GS>21XYZ", "<GS>");
        assertThat(r.isValid()).isTrue();
        assertThat(((ParseResult.Valid) r).udi().serial()).isEqualTo("XYZ");
        // without the substitute setting, "|" is just a bad character in the lot
        assertThat(codes(parse("0109506000134352" + "10ABC123|21XYZ"))).contains("gs1.charset");
    }

    @Test
    void missingSeparatorInsideMaxLengthIsReadLiterallyWithAWarning() {
        // (10) ABC12317201225 is 14 characters, within X..20; but "17201225" also reads as expiry 2020-12-25.
        String raw = "0109506000134352" + "10ABC12317201225";
        ParseResult r = parse(raw);
        assertThat(r.isValid()).isTrue();
        assertThat(((ParseResult.Valid) r).udi().lot()).isEqualTo("ABC12317201225");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("gs1.missing-separator-ambiguous");
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.position()).isEqualTo(raw.indexOf("17201225"));
            assertThat(p.message()).contains("(17)201225", "\"ABC123\"");
        });
        // With a separator anywhere, the scanner sends them: no doubt.
        assertThat(parse("0109506000134352" + "21X" + GS + "10ABC12317201225").problems()).isEmpty();
        // A value holding no valid tail: no warning ("1799" is not a full date).
        assertThat(parse("0109506000134352" + "10ABC1799").problems()).isEmpty();
    }

    @Test
    void weakTailsAreNotReported() {
        // "10LOT" after a serial reads as a lot by chance on countless labels: no warning for variable-only tails.
        ParseResult r = parse("0109506000134352" + "21SN10LOT");
        assertThat(r.isValid()).isTrue();
        assertThat(r.problems()).isEmpty();
        assertThat(((ParseResult.Valid) r).udi().serial()).isEqualTo("SN10LOT");
    }

    @Test
    void spaceInANumericValueIsACharsetFault() {
        ParseResult r = parse("(01)09506000134352 (17)201225");
        assertThat(r.problems()).extracting(Problem::code).containsExactly("gs1.charset");
        assertThat(r.problems().get(0).position()).isEqualTo(18);
    }

    @Test
    void missingSeparatorPastMaxLengthIsAnError() {
        // Lot 20 chars + serial with no GS between: (10) would be 27 characters.
        String raw = "0109506000134352" + "10ABCDEFGHIJKLMNOPQRST" + "21XYZ12";
        ParseResult r = parse(raw);
        assertThat(r.isValid()).isFalse();
        assertThat(codes(r)).contains("gs1.missing-separator");
        Problem p = r.problems().stream().filter(x -> x.code().equals("gs1.missing-separator")).findFirst()
                .orElseThrow();
        assertThat(p.position()).isEqualTo(18);
        assertThat(p.message()).contains("AI (10)", "27 characters", "20 allowed", "ASCII 29", "substitute");
    }

    @Test
    void oneLostSeparatorInAMessageThatHasOthers() {
        String raw = "0109506000134352" + "10LOT1" + GS + "21ABCDEFGHIJKLMNOPQRS" + "17201225";
        ParseResult r = parse(raw);
        assertThat(r.isValid()).isFalse();
        Problem p = r.problems().get(0);
        assertThat(p.code()).isEqualTo("gs1.missing-separator");
        assertThat(p.message()).contains("AI (21)", "lost one").doesNotContain("keyboard-wedge");
        assertThat(p.message()).endsWith("The only valid reading ends the value at position "
                + raw.indexOf("17201225") + ": (21)ABCDEFGHIJKLMNOPQRS(17)201225.");
    }

    @Test
    void hostileLongInputWithoutSeparatorsDoesNotThrow() {
        // 2,000 valid (20) elements after an over-long lot: the split search must stay bounded.
        String raw = "0109506000134352" + "10" + "XXXXX" + "2012".repeat(2000);
        ParseResult r = parse(raw);
        assertThat(r.isValid()).isFalse();
        assertThat(codes(r)).contains("gs1.missing-separator");
    }

    @Test
    void missingSeparatorWithSeveralReadingsListsThem() {
        // "...2121..." : the serial could start at either "21".
        String raw = "0109506000134352" + "10ABCDEFGHIJKLMNOPQ" + "2121X";
        ParseResult r = parse(raw);
        assertThat(r.isValid()).isFalse();
        assertThat(codes(r)).contains("gs1.missing-separator-ambiguous");
    }

    // --- Bracketed human-readable form ---------------------------------------------------------------------

    @Test
    void bracketedSyntaxEngineVectors() {
        // gs1/gs1-syntax-engine src/c-lib/ai.c test_ai_parseAIdata
        assertThat(keysAndValues(parse("(01)12345678901231(10)12345"))).containsExactly("01=12345678901231",
                "10=12345");
        assertThat(keysAndValues(parse("(3100)123456(10)12345"))).containsExactly("3100=123456", "10=12345");
        // escaped bracket
        assertThat(keysAndValues(parse("(01)12345678901231(10)12345\\(11)991225")))
                .containsExactly("01=12345678901231", "10=12345(11)991225");
        assertThat(codes(parse("(01)12345678901231(235)ABCDEFGHIJKLMNOPQRSTUVWXYZ123"))).contains("gs1.length");
        assertThat(codes(parse("(01)12345678901231(10)(11)98765"))).contains("gs1.empty-value");
        assertThat(codes(parse("(01)12345678901231(10)12345(11)"))).contains("gs1.empty-value");
        assertThat(codes(parse("(1A)12345"))).contains("gs1.unknown-ai");
        assertThat(codes(parse("(12345)12345"))).contains("gs1.unknown-ai");
        assertThat(codes(parse("(15"))).contains("gs1.unknown-ai");
        assertThat(codes(parse("("))).contains("gs1.unknown-ai");
        assertThat(codes(parse("(01)123456789012312(10)12345"))).contains("gs1.length");
        assertThat(codes(parse("(01)12345678901231(10)12345^"))).contains("gs1.charset");
        // "(17)9(90)217": must not become ^7990217
        assertThat(codes(parse("(01)12345678901231(17)9(90)217"))).contains("gs1.length");
    }

    @Test
    void bracketedParenthesesInValues() {
        // "(" not followed by a known AI and ")" is data (CSET 82 allows it)
        assertThat(keysAndValues(parse("(01)09506000134352(10)AB(C"))).containsExactly("01=09506000134352",
                "10=AB(C");
        assertThat(parse("(01)09506000134352(10)AB(C").isValid()).isTrue();
        assertThat(keysAndValues(parse("(01)09506000134352(10)AB(C)"))).containsExactly("01=09506000134352",
                "10=AB(C)");
        // "(23)" names no AI: reported, not silently kept in the lot
        ParseResult r = parse("(01)09506000134352(10)AB(23)X(21)S");
        assertThat(keysAndValues(r)).containsExactly("01=09506000134352", "10=AB", "21=S");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("gs1.unknown-ai");
            assertThat(p.position()).isEqualTo(24);
            assertThat(p.message()).startsWith("(23) at position 24 is not a GS1 Application Identifier");
        });
        assertThat(keysAndValues(parse("(01)09506000134352(10)AB\\(23)"))).containsExactly(
                "01=09506000134352", "10=AB(23)");
        assertThat(keysAndValues(parse("(01)09506000134352(10)12345\\("))).containsExactly(
                "01=09506000134352", "10=12345(");
        assertThat(keysAndValues(parse("(01)09506000134352(10)(C)"))).containsExactly("01=09506000134352",
                "10=(C)");
        assertThat(keysAndValues(parse("(01)09506000134352(10)AB(21)C"))).containsExactly("01=09506000134352",
                "10=AB", "21=C");
        assertThat(keysAndValues(parse("(01)09506000134352(10)AB\\(21)C"))).containsExactly("01=09506000134352",
                "10=AB(21)C");
    }

    @Test
    void bracketedSpaceIsAnErrorNotATruncation() {
        ParseResult r = parse("(01)09506000134352(10)AB C");
        assertThat(r.isValid()).isFalse();
        assertThat(keysAndValues(r)).containsExactly("01=09506000134352", "10=AB C");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("gs1.charset");
            assertThat(p.position()).isEqualTo(24);
            assertThat(p.message()).contains("AI (10)", "a space");
        });
    }

    @Test
    void generalSpecificationsExampleGtin() {
        // GS1 General Specifications use GTIN 95012345678903 in their element string examples, e.g.
        // (01)95012345678903(3103)000123 (net weight 0.123 kg).
        ParseResult r = parse("(01)95012345678903(3103)000123");
        assertThat(r.isValid()).isTrue();
        assertThat(keysAndValues(parse("]C1019501234567890331030001231012")))
                .containsExactly("01=95012345678903", "3103=000123", "10=12");
    }

    @Test
    void bracketedPrimerExample() {
        ParseResult r = parse("(01)09506000134352(17)201225(10)ABC123");
        assertThat(r.isValid()).isTrue();
        DataElement lot = r.elements().get(2);
        assertThat(lot.title()).isEqualTo("BATCH/LOT");
        assertThat(lot.position()).isEqualTo(32);
    }

    @Test
    void plainDataAimIsWarnedAbout() {
        ParseResult r = parse("]d10109506000134352");
        assertThat(r.isValid()).isTrue();
        assertThat(codes(r)).containsExactly("gs1.aim-not-gs1");
    }
}
