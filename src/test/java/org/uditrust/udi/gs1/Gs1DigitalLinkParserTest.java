package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiDate;

/**
 * GS1 Digital Link URIs. Unless said otherwise, the vectors are those of GS1's reference parser: gs1/gs1-syntax-engine,
 * {@code src/c-lib/dl.c}, {@code test_dl_parseDLuri} (commit 50657dbd04ce78d8734e8793e054bf70dcba294b), whose expected
 * element strings ({@code ^01...}) are written here as bracketed HRI. Those marked "DL spec" are the ones that file
 * quotes as "Examples from DL specification".
 */
class Gs1DigitalLinkParserTest {

    private static final ParseOptions OPTIONS =
            ParseOptions.defaults(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

    private final Gs1DigitalLinkParser parser = new Gs1DigitalLinkParser(OPTIONS);

    private ParseResult parse(String uri) {
        return parser.parse(ScanInput.of(uri));
    }

    /**
     * The URI reads as {@code hri} with no Digital Link problem. Keys other than (01) are not UDI-DIs, so for them the
     * only error allowed is {@code gs1.missing-di}.
     */
    private void assertReads(String uri, String hri) {
        ParseResult r = parse(uri);
        assertThat(Gs1ElementStrings.toHumanReadable(r.elements())).as(uri).isEqualTo(hri);
        assertThat(r.problems()).as(uri).filteredOn(Problem::isError).extracting(Problem::code)
                .isSubsetOf("gs1.missing-di");
        if (hri.startsWith("(01)") || hri.contains("(01)")) {
            assertThat(r.isValid()).as(uri + " " + r.problems()).isTrue();
            assertThat(((ParseResult.Valid) r).udi().humanReadable()).isEqualTo(hri);
        }
    }

    private List<String> errorCodes(String uri) {
        ParseResult r = parse(uri);
        assertThat(r.isValid()).as(uri).isFalse();
        return r.problems().stream().filter(Problem::isError).map(Problem::code).toList();
    }

    @Test
    void schemesAndHosts() {
        assertReads("http://a/00/006141411234567890", "(00)006141411234567890");
        assertReads("HTTP://a/00/006141411234567890", "(00)006141411234567890");
        assertReads("https://a/00/006141411234567890", "(00)006141411234567890");
        assertReads("HTTPS://a/00/006141411234567890", "(00)006141411234567890");
        assertReads("https://a/01/12312312312333", "(01)12312312312333");
        // "To prevent ossification, we don't strictly validate the form of the domain, only the character set"
        assertReads("https://xn--fsq.xn--0zwm56d/01/12312312312333", "(01)12312312312333");
        assertReads("https://a./01/12312312312333", "(01)12312312312333");
        assertReads("https://a:65535/01/12312312312333", "(01)12312312312333");
        assertReads("https://192.0.2.1/01/12312312312333", "(01)12312312312333");
        assertReads("https://3232235777/01/12312312312333", "(01)12312312312333");
        assertReads("https://0xC0.0xA8.0x01.0x01/01/12312312312333", "(01)12312312312333");
        assertReads("https://[2001:db8::1]/01/12312312312333", "(01)12312312312333");
    }

    @Test
    void mixedCaseSchemeIsAcceptedUnlikeTheSyntaxEngine() {
        // dl.c refuses "HtTp://a/b/00/006141411234567890"; RFC 3986 §3.1 says schemes are case-insensitive and
        // UdiParser routes http:// case-insensitively, so we read it (deliberate deviation).
        assertReads("HtTp://a/b/00/006141411234567890", "(00)006141411234567890");
    }

    @Test
    void pathPrefixBeforeThePrimaryKey() {
        assertReads("https://a/stem/00/006141411234567890", "(00)006141411234567890");
        assertReads("https://a/more/stem/00/006141411234567890", "(00)006141411234567890");
        // "Fake AI in stem, stop at rightmost key"
        assertReads("https://a/00/faux/00/006141411234567890", "(00)006141411234567890");
    }

    @Test
    void keyQualifiersAndKeys() {
        assertReads("https://a/01/12312312312333/22/TEST/10/ABC/21/XYZ", "(01)12312312312333(22)TEST(10)ABC(21)XYZ");
        assertReads("https://a/01/12312312312333/235/TEST", "(01)12312312312333(235)TEST");
        assertReads("https://a/253/1231231231232", "(253)1231231231232");
        assertReads("https://a/253/1231231231232TEST5678901234567", "(253)1231231231232TEST5678901234567");
        assertReads("https://a/8018/123456789012345675/8019/123", "(8018)123456789012345675(8019)123");
    }

    @Test
    void queryStrings() {
        assertReads("https://a/stem/00/006141411234567890?", "(00)006141411234567890");
        assertReads("https://a/stem/00/006141411234567890?99=ABC", "(00)006141411234567890(99)ABC");
        assertReads("https://a/stem/401/12345678?99=ABC", "(401)12345678(99)ABC");
        assertReads("https://a/01/12312312312333?99=ABC&98=XYZ", "(01)12312312312333(99)ABC(98)XYZ");
        assertReads("https://a/01/12312312312333?&&&99=ABC&&&&&&98=XYZ&&&", "(01)12312312312333(99)ABC(98)XYZ");
        assertReads("https://a/01/12312312312333?99=ABC&unknown=666&98=XYZ", "(01)12312312312333(99)ABC(98)XYZ");
        assertReads("https://a/01/12312312312333?unknown=666&99=ABC&98=XYZ", "(01)12312312312333(99)ABC(98)XYZ");
        assertReads("https://a/01/12312312312333?99=ABC&98=XYZ&unknown=666", "(01)12312312312333(99)ABC(98)XYZ");
        assertReads("https://a/01/12312312312333?99=ABC&singleton&98=XYZ", "(01)12312312312333(99)ABC(98)XYZ");
        assertReads("https://a/01/12312312312333?singleton1&unknown1=555&99=ABC&singleton2&unknown2=6666&98=XYZ"
                + "&unknown3=777&singleton3", "(01)12312312312333(99)ABC(98)XYZ");
    }

    @Test
    void percentEscapesPlusAndFragments() {
        assertReads("https://a/01/12312312312333/22/ABC%2d123?99=ABC&98=XYZ%2f987",
                "(01)12312312312333(22)ABC-123(99)ABC(98)XYZ/987");
        // "+" means "+" in path info
        assertReads("https://a/01/12312312312333/22/ABC+123?99=ABC&98=XYZ%2f987",
                "(01)12312312312333(22)ABC+123(99)ABC(98)XYZ/987");
        // ... and a space in the query, which no AI allows
        assertThat(errorCodes("https://a/01/12312312312333/22/ABC%2d123?99=ABC&98=XYZ+987"))
                .containsExactly("gs1.charset");
        assertReads("https://a/01/12312312312333/22/test/10/abc/21/xyz#", "(01)12312312312333(22)test(10)abc(21)xyz");
        assertReads("https://a/01/12312312312333/22/test/10/abc/21/xyz#fragment",
                "(01)12312312312333(22)test(10)abc(21)xyz");
        assertReads("https://a/stem/00/006141411234567890?99=ABC#", "(00)006141411234567890(99)ABC");
        assertReads("https://a/stem/00/006141411234567890?99=ABC#fragment", "(00)006141411234567890(99)ABC");
    }

    @Test
    void examplesFromTheDigitalLinkStandard() {
        // DL spec
        assertReads("https://id.gs1.org/01/09520123456788", "(01)09520123456788");
        assertReads("https://id.gs1.org/01/09520123456788/22/2A", "(01)09520123456788(22)2A");
        assertReads("https://id.gs1.org/01/09520123456788/10/ABC123", "(01)09520123456788(10)ABC123");
        assertReads("https://id.gs1.org/01/09520123456788/21/12345", "(01)09520123456788(21)12345");
        assertReads("https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426",
                "(01)09520123456788(10)ABC1(21)12345(17)180426");
        assertReads("https://id.gs1.org/01/09520123456788?3103=000195", "(01)09520123456788(3103)000195");
        assertReads("https://example.com/01/09520123456788?3103=000195&3922=0299&17=201225",
                "(01)09520123456788(3103)000195(3922)0299(17)201225");
        assertReads("https://id.gs1.org/01/09520123456788?17=201225&3103=000195&3922=0299",
                "(01)09520123456788(17)201225(3103)000195(3922)0299");
        assertReads("https://id.gs1.org/00/952012345678912345", "(00)952012345678912345");
        assertReads("https://id.gs1.org/00/952012345678912345?02=09520123456788&37=25&10=ABC123",
                "(00)952012345678912345(02)09520123456788(37)25(10)ABC123");
        assertReads("https://id.gs1.org/414/9520123456788", "(414)9520123456788");
        assertReads("https://id.gs1.org/414/9520123456788/254/32a%2Fb", "(414)9520123456788(254)32a/b");
        // A second primary key, (01), as a data attribute of (8004)
        assertReads("https://example.com/8004/9520614141234567?01=09520123456788",
                "(8004)9520614141234567(01)09520123456788");
        // (10) may be a data attribute when the path took the other qualifier sequence, (235)
        assertReads("https://id.gs1.org/01/09520123456788/235/XYZ?10=ABC123", "(01)09520123456788(235)XYZ(10)ABC123");
    }

    @Test
    void theUdiOfAFullExample() {
        ParseResult r = parse("https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426");
        Udi udi = ((ParseResult.Valid) r).udi();
        assertThat(udi.issuer()).isEqualTo(Issuer.GS1);
        assertThat(udi.di()).isEqualTo("09520123456788");
        assertThat(udi.lot()).isEqualTo("ABC1");
        assertThat(udi.serial()).isEqualTo("12345");
        assertThat(udi.expiry()).isEqualTo(UdiDate.ofDay(LocalDate.of(2018, 4, 26)));
        assertThat(udi.raw()).isEqualTo("https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426");
        assertThat(r.problems()).isEmpty();
        // Positions are those of the values in the URI.
        assertThat(r.elements()).extracting(DataElement::position).containsExactly(22, 40, 48, 57);
    }

    @Test
    void zeroSuppressedGtinsArePaddedWithAWarning() {
        // dl.c with setPermitZeroSuppressedGTINinDLuris(true): GTIN-13, -12, -8 -> GTIN-14
        assertPadded("https://a/01/2112345678900", "02112345678900");
        assertPadded("https://a/01/416000336108", "00416000336108");
        assertPadded("https://a/01/02345673", "00000002345673");
        // DL spec
        assertPadded("https://brand.example.com/01/9520123456788", "09520123456788");
        assertPadded("https://brand.example.com/some-extra/pathinfo/01/9520123456788", "09520123456788");
        assertReads("https://a/8004/9520614141234567?01=09521234543213", "(8004)9520614141234567(01)09521234543213");
        ParseResult q = parse("https://a/8004/9520614141234567?01=02345673");
        assertThat(q.elements().get(1).value()).isEqualTo("00000002345673");
    }

    private void assertPadded(String uri, String gtin) {
        ParseResult r = parse(uri);
        assertThat(r.isValid()).as(uri + " " + r.problems()).isTrue();
        assertThat(((ParseResult.Valid) r).udi().di()).isEqualTo(gtin);
        assertThat(r.problems()).extracting(Problem::code).containsExactly("gs1dl.gtin-padded");
        assertThat(r.problems().get(0).position()).isEqualTo(uri.lastIndexOf('/') + 1);
    }

    @Test
    void malformedUris() {
        assertThat(errorCodes("")).containsExactly("gs1dl.malformed-uri");
        assertThat(errorCodes("ftp://")).containsExactly("gs1dl.malformed-uri");
        assertThat(errorCodes("http://")).containsExactly("gs1dl.malformed-uri");
        assertThat(errorCodes("http:///")).containsExactly("gs1dl.malformed-uri");
        assertThat(errorCodes("https://[fe80::1%25lo]/01/12312312312333")).containsExactly("gs1dl.malformed-uri");
        assertThat(errorCodes("https://$a/006141411234567890"))
                .containsExactly("gs1dl.malformed-uri", "gs1dl.no-primary-key");
        assertThat(errorCodes("https://a$/006141411234567890"))
                .containsExactly("gs1dl.malformed-uri", "gs1dl.no-primary-key");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://a", "http://a/", "http://a/b", "http://a/b/", "https://00/006141411234567890",
        "https://example.com/products/abc?linkType=all"})
    void noPrimaryKey(String uri) {
        assertThat(errorCodes(uri)).containsExactly("gs1dl.no-primary-key");
        assertThat(parse(uri).elements()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"<", ">", "{", "}", "\\", "^", "`"})
    void illegalUriCharacters(String c) {
        String uri = "https://a/01/12312312312333" + c + "bad";
        ParseResult r = parse(uri);
        assertThat(r.problems()).filteredOn(Problem::isError).extracting(Problem::code)
                .contains("gs1dl.illegal-character");
        assertThat(r.problems()).filteredOn(p -> p.code().equals("gs1dl.illegal-character"))
                .extracting(Problem::position).containsExactly(27);
    }

    @Test
    void badPercentEscapesAreErrorsNotLiterals() {
        // dl.c's URIunescape keeps "%4g" literally; an invalid escape is a malformed URI (RFC 3986 §2.1), so we
        // report it where it is.
        ParseResult r = parse("https://a/01/12312312312333/10/A%4gB");
        assertThat(r.problems()).extracting(Problem::code).containsExactly("gs1dl.bad-percent-escape");
        assertThat(r.problems().get(0).position()).isEqualTo(32);
        assertThat(r.elements().get(1).value()).isEqualTo("A%4gB");
        assertThat(errorCodes("https://a/01/12312312312333/10/ABC%2")).containsExactly("gs1dl.bad-percent-escape");
        assertThat(errorCodes("https://a/01/12312312312333/10/ABCD%")).containsExactly("gs1dl.bad-percent-escape");
    }

    @Test
    void percentEncodedNullAndNonAscii() {
        // dl.c: "Percent-encoded null in DL path value" / "... in DL query value" fail
        // 13 digits, a NUL and a digit: 14 characters, so the fault is the NUL (charset), not the length.
        assertThat(errorCodes("https://a/01/1231231231233%003")).containsExactly("gs1.charset");
        assertThat(errorCodes("https://a/01/12312312312333/10/A%00B")).containsExactly("gs1.charset");
        assertThat(errorCodes("https://a/01/12312312312333?99=ABC%00DEF")).containsExactly("gs1.charset");
        ParseResult r = parse("https://a/01/12312312312333/10/caf%C3%A9");
        assertThat(r.problems()).extracting(Problem::code).containsExactly("gs1.charset");
        assertThat(r.problems().get(0).message()).contains("U+00E9");
        assertThat(r.problems().get(0).position()).isEqualTo(34);
    }

    @Test
    void validatorPositionsPointIntoTheEncodedUri() {
        // Bad check digit (…3 instead of …8): the validator points at the check digit, in the URI.
        String uri = "https://id.gs1.org/01/09520123456783/10/A%2FB";
        ParseResult r = parse(uri);
        assertThat(r.problems()).extracting(Problem::code).containsExactly("gs1.check-digit");
        assertThat(r.problems().get(0).position()).isEqualTo(uri.indexOf("/10/") - 1);
        // A space (escaped) in the lot: at its "%20".
        String lot = "https://id.gs1.org/01/09520123456788/10/A%2FB%20C";
        ParseResult s = parse(lot);
        assertThat(s.problems()).extracting(Problem::code).containsExactly("gs1.charset");
        assertThat(s.problems().get(0).position()).isEqualTo(lot.indexOf("%20"));
        // A pairing problem at the AI, not at the value.
        String req = "https://id.gs1.org/8004/9520614141234567?10=ABC";
        ParseResult t = parse(req);
        assertThat(t.problems()).filteredOn(p -> p.code().equals("gs1.requires")).extracting(Problem::position)
                .containsExactly(req.indexOf("10="));
    }

    @Test
    void negativeMatrixFromTheSyntaxEngine() {
        // Convenience alphas are off by default in dl.c; URI Syntax 1.2 withdrew them.
        assertThat(errorCodes("https://a/gtin/12312312312333")).containsExactly("gs1dl.convenience-alpha");
        assertThat(errorCodes("https://a/gtin/12312312312333/ser/ABC123"))
                .containsExactly("gs1dl.convenience-alpha", "gs1dl.convenience-alpha");
        assertThat(parse("https://a/gtin/12312312312333/ser/ABC123").elements()).extracting(DataElement::key)
                .containsExactly("01", "21");
        assertThat(errorCodes("https://a/zzz/12312312312333")).containsExactly("gs1dl.no-primary-key");
        assertThat(errorCodes("https://a/cps/12312312312333")).containsExactly("gs1dl.no-primary-key");
        assertThat(errorCodes("https://a/253/1231231231232TEST56789012345678")).contains("gs1.length");
        assertThat(errorCodes("https://a/stem/00/006141411234567890/"))
                .containsExactly("gs1dl.empty-segment", "gs1.missing-di");
        assertThat(errorCodes("https://a/01/12312312312333?99=")).containsExactly("gs1.empty-value");
        assertThat(errorCodes("https://a/01/12312312312333?99=ABC&999=faux")).containsExactly("gs1dl.unknown-ai");
        assertThat(errorCodes("https://example.com/01/09520123456788?10=ABC123"))
                .containsExactly("gs1dl.qualifier-in-query");
        assertThat(errorCodes("https://id.gs1.org/01/09520123456788/10/ABC123?99=XYZ789&01=09520123456788"))
                .containsExactly("gs1dl.duplicate-ai");
        assertThat(errorCodes("https://id.gs1.org/01/09520123456788/10/ABC123?99=XYZ789&10=ABC123"))
                .containsExactly("gs1dl.duplicate-ai");
        assertThat(errorCodes("https://id.gs1.org/01/09520123456788/10/ABC123?99=XYZ789&99=XYZ789"))
                .containsExactly("gs1dl.duplicate-ai");
        assertThat(errorCodes("https://example.com/01/09520123456788/89/ABC123?99=XYZ"))
                .containsExactly("gs1dl.unknown-ai");
        assertThat(errorCodes("https://example.com/01/09520123456788?99=XYZ&89=ABC123"))
                .containsExactly("gs1dl.unknown-ai");
        assertThat(errorCodes("https://a/01//12312312312333")).containsExactly("gs1dl.empty-segment");
        assertThat(errorCodes("https://a/01/12312312312333/10/")).containsExactly("gs1dl.missing-value");
        assertThat(errorCodes("https://a/01/12312312312333/99/ABC")).containsExactly("gs1dl.qualifier-not-allowed");
    }

    @Test
    void internalAiValueLengthBoundary() {
        // dl.c: "MAX_AI_VALUE_LEN boundary: AI (99) accepts X..90 in query"
        assertThat(parse("https://a/01/12312312312333?99=" + "A".repeat(90)).isValid()).isTrue();
        assertThat(errorCodes("https://a/01/12312312312333?99=" + "A".repeat(91))).containsExactly("gs1.length");
    }

    @Test
    void qualifierRules() {
        // The dictionary's own examples for dlpkey=22,10,21|235 (gs1-syntax-dictionary.txt header).
        assertThat(parse("https://a/01/09520123456788/22/A/21/S").isValid()).isTrue();
        assertThat(errorCodes("https://a/01/09520123456788/10/L/22/A")).containsExactly("gs1dl.qualifier-order");
        assertThat(errorCodes("https://a/01/09520123456788/22/A/10/L/235/T"))
                .containsExactly("gs1dl.qualifier-not-allowed");
        ParseResult r = parse("https://a/01/09520123456788/17/201225");
        assertThat(r.problems()).extracting(Problem::code).containsExactly("gs1dl.qualifier-not-allowed");
        assertThat(r.problems().get(0).message()).contains("?17=");
        assertThat(r.problems().get(0).position()).isEqualTo(28);
        // Qualifiers repeated in the path.
        assertThat(errorCodes("https://a/01/09520123456788/10/L/10/M")).containsExactly("gs1dl.duplicate-ai");
    }

    @Test
    void queryRules() {
        assertThat(errorCodes("https://a/01/09520123456788?21=S")).containsExactly("gs1dl.qualifier-in-query");
        assertThat(errorCodes("https://a/01/09520123456788/235/T?21=S"))
                .containsExactlyInAnyOrder("gs1dl.not-data-attribute", "gs1.excluded-pair");
        assertThat(errorCodes("https://a/01/09520123456788?8200=http%3A%2F%2Fx"))
                .containsExactly("gs1dl.not-data-attribute");
        assertThat(errorCodes("https://a/stem?01=09520123456788&17=201225")).containsExactly("gs1dl.key-in-query");
        assertThat(errorCodes("https://a/?17=201225")).containsExactlyInAnyOrder("gs1dl.no-primary-key", "gs1.requires",
                "gs1.missing-di");
        assertThat(errorCodes("https://a/01/09520123456788?17")).containsExactly("gs1dl.missing-value");
        // Percent-encoded digits in a parameter name are still digits (RFC 3986 §2.3 equivalence).
        assertThat(parse("https://a/01/09520123456788?%31%37=201225").elements()).extracting(DataElement::key)
                .containsExactly("01", "17");
        // linkType and other non-GS1 parameters are ignored, never read as data.
        ParseResult r = parse("https://id.gs1.org/01/09520123456788?linkType=gs1:pip&context=x&17=201225");
        assertThat(r.isValid()).isTrue();
        assertThat(r.elements()).extracting(DataElement::key).containsExactly("01", "17");
    }

    @Test
    void pathProblems() {
        assertThat(errorCodes("https://a/01/09520123456788/lot/L1")).containsExactly("gs1dl.convenience-alpha");
        assertThat(errorCodes("https://a/01/09520123456788/batch/L1")).containsExactly("gs1dl.non-numeric-ai");
        assertThat(errorCodes("https://a/01/09520123456788/10")).containsExactly("gs1dl.missing-value");
        assertThat(errorCodes("https://a/01/09520123456788//10/L")).containsExactly("gs1dl.empty-segment");
    }

    @Test
    void nothingThrowsOnOddInputs() {
        for (String s : new String[] {"https://", "https://a/01", "https://a/01/", "https://a?", "https://a#",
            "https://a/%", "https://a/01/%%%", "https://a/01/0952012345678\u0000",
            "https://a/01/09520123456788?01", "http://a/" + "01/".repeat(2000)}) {
            ParseResult r = parse(s);
            assertThat(r.isValid()).as(s).isFalse();
            assertThat(r.problems()).allMatch(p -> p.position() < s.length());
        }
    }
}
