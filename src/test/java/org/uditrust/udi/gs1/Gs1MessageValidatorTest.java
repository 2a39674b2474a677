package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.UdiDate;

class Gs1MessageValidatorTest {

    static final Clock CLOCK_2026 = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    private final Gs1MessageValidator validator = new Gs1MessageValidator(ParseOptions.defaults(CLOCK_2026));

    /** Elements as key/value pairs, positions as if in HRI form. */
    private static List<DataElement> elements(String... kv) {
        List<DataElement> out = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < kv.length; i += 2) {
            pos += kv[i].length() + 2;
            out.add(new DataElement(kv[i], kv[i], kv[i + 1], pos));
            pos += kv[i + 1].length();
        }
        return out;
    }

    private ParseResult validate(String... kv) {
        List<DataElement> es = elements(kv);
        return validator.toResult(ScanInput.of(Gs1ElementStrings.toHumanReadable(es)), es, List.of());
    }

    private static List<String> codes(ParseResult r) {
        return r.problems().stream().map(Problem::code).toList();
    }

    @Test
    void gs1GeneralSpecificationsExample() {
        // GS1 example GTIN 09506000134352 (GS1 Digital Link standard / Syntax Engine examples)
        ParseResult r = validate("01", "09506000134352", "17", "201225", "10", "ABC123");
        assertThat(r).isInstanceOf(ParseResult.Valid.class);
        ParseResult.Valid v = (ParseResult.Valid) r;
        assertThat(v.udi().issuer()).isEqualTo(Issuer.GS1);
        assertThat(v.udi().di()).isEqualTo("09506000134352");
        assertThat(v.udi().lot()).isEqualTo("ABC123");
        assertThat(v.udi().expiry()).isEqualTo(UdiDate.ofDay(LocalDate.of(2020, 12, 25)));
        assertThat(v.udi().humanReadable()).isEqualTo("(01)09506000134352(17)201225(10)ABC123");
    }

    @Test
    void accessGudidExampleHasBadCheckDigit() {
        // AccessGUDID's documented parse_udi example; GS1 mod 10 gives 7, the example prints 5 (primer udi.md).
        ParseResult r = validate("01", "00208851107345", "17", "150331");
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("gs1.check-digit");
            assertThat(p.message()).isEqualTo("AI (01): check digit is 5 but should be 7.");
        });
        assertThat(validate("01", "00208851107347", "17", "150331").isValid()).isTrue();
    }

    @Test
    void nlmTutorialGtinShouldEndIn1() {
        ParseResult r = validate("01", "12345678901234");
        assertThat(r.problems()).extracting(Problem::message)
                .contains("AI (01): check digit is 4 but should be 1.");
    }

    @Test
    void dayZeroMeansTheMonthForYymmd0Only() {
        ParseResult.Valid v = (ParseResult.Valid) validate("01", "09506000134352", "17", "250200");
        assertThat(v.udi().expiry()).isEqualTo(UdiDate.ofMonth(2025, 2));
        ParseResult r = validate("01", "09506000134352", "7003", "2502001230");
        assertThat(r.problems()).extracting(Problem::message).contains("AI (7003): day 00 is not allowed.");
    }

    @Test
    void expiryTimeFrom7003WhenNo17() {
        ParseResult.Valid v = (ParseResult.Valid) validate("01", "09506000134352", "7003", "2502281230");
        assertThat(v.udi().expiry()).isEqualTo(
                new UdiDate(LocalDate.of(2025, 2, 28), LocalTime.of(12, 30), UdiDate.Precision.MINUTE));
    }

    @Test
    void bestBeforeAndSellByAreNotExpiry() {
        ParseResult.Valid v = (ParseResult.Valid) validate("01", "09506000134352", "15", "250228", "16", "250228");
        assertThat(v.udi().expiry()).isNull();
    }

    @Test
    void centuryWindow() {
        // GenSpecs 7.12 in 2026: YY 76 is 2076 (50 ahead), 77 is 1977 (51 ahead).
        ParseResult.Valid a = (ParseResult.Valid) validate("01", "09506000134352", "11", "760101");
        assertThat(a.udi().manufactured().date().getYear()).isEqualTo(2076);
        ParseResult.Valid b = (ParseResult.Valid) validate("01", "09506000134352", "11", "770101");
        assertThat(b.udi().manufactured().date().getYear()).isEqualTo(1977);
        // 29 February exists in 2028 but not in 1929 / 2029.
        assertThat(validate("01", "09506000134352", "11", "280229").isValid()).isTrue();
        assertThat(validate("01", "09506000134352", "11", "290229").isValid()).isFalse();
    }

    @Test
    void centuryFollowsTheInjectedClock() {
        // In 2060 the window is 2010-2109: YY 10 is 50 behind -> next century (2110), 11 is 2011.
        Gs1MessageValidator in2060 = new Gs1MessageValidator(ParseOptions.defaults(
                Clock.fixed(Instant.parse("2060-03-01T00:00:00Z"), ZoneOffset.UTC)));
        List<DataElement> a = elements("01", "09506000134352", "11", "100101");
        ParseResult.Valid ra = (ParseResult.Valid) in2060.toResult(ScanInput.of("x"), a, List.of());
        assertThat(ra.udi().manufactured().date()).isEqualTo(LocalDate.of(2110, 1, 1));
        List<DataElement> b = elements("01", "09506000134352", "11", "110101");
        ParseResult.Valid rb = (ParseResult.Valid) in2060.toResult(ScanInput.of("x"), b, List.of());
        assertThat(rb.udi().manufactured().date()).isEqualTo(LocalDate.of(2011, 1, 1));
    }

    @Test
    void messageRules() {
        assertThat(validate("01", "09506000134352", "10", "A", "10", "A").isValid()).isTrue();
        assertThat(codes(validate("01", "09506000134352", "10", "A", "10", "B"))).contains("gs1.duplicate-ai");
        assertThat(codes(validate("01", "09506000134352", "02", "09506000134352", "37", "1")))
                .contains("gs1.excluded-pair");
        ParseResult r = validate("10", "ABC");
        assertThat(r.problems()).extracting(Problem::message)
                .contains("AI (10) needs (01), (02), (03), (8006) or (8026) in the same message.");
        assertThat(codes(r)).contains("gs1.requires", "gs1.missing-di");
    }

    @Test
    void valueChecks() {
        assertThat(codes(validate("01", "0950600013435"))).containsExactly("gs1.length");
        assertThat(codes(validate("01", "09506000134352", "10", "AB C"))).containsExactly("gs1.charset");
        assertThat(codes(validate("01", "09506000134352", "10", ""))).containsExactly("gs1.empty-value");
        assertThat(codes(validate("01", "09506000134352", "10", "123456789012345678901")))
                .containsExactly("gs1.length");
        assertThat(codes(validate("01", "09506000134352", "422", "999"))).containsExactly("gs1.value");
        assertThat(validate("01", "09506000134352", "422", "276").isValid()).isTrue();
    }
}
