package org.uditrust.udi.isbt128;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiDate;
import org.uditrust.udi.UdiParser;

class Isbt128ParserTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final Isbt128Parser PARSER = new Isbt128Parser(ParseOptions.defaults(CLOCK));

    /** ST-017 §5 worked example (the UDI of an MPHO device, as printed and as one Code 128 / Data Matrix). */
    private static final String ST017_EXAMPLE =
            "=/A9999XYZ100T0476=,000025=A99971712345600=>019032=}017032&,1000000000000XYZ123";

    private static ParseResult parse(String input) {
        return PARSER.parse(ScanInput.of(input));
    }

    private static Udi udi(String input) {
        ParseResult r = parse(input);
        assertThat(r.problems()).as("problems of %s", input).filteredOn(Problem::isError).isEmpty();
        assertThat(r).isInstanceOf(ParseResult.Valid.class);
        return ((ParseResult.Valid) r).udi();
    }

    private static List<String> codes(ParseResult r) {
        return r.problems().stream().map(Problem::code).toList();
    }

    private static List<String> errors(ParseResult r) {
        return r.problems().stream().filter(Problem::isError).map(Problem::code).toList();
    }

    // ---- worked examples ------------------------------------------------------------------------

    @Test
    void st017Section5ExampleReadsExactly() {
        // ST-017 §5: DI A9999XYZ100T0476, serial 000025, DIN A999717123456, expiry 2019-02-01 (day 032),
        // manufactured 2017-02-01, lot 000000000000XYZ123.
        ParseResult r = parse(ST017_EXAMPLE);
        assertThat(r.problems()).isEmpty();
        Udi u = ((ParseResult.Valid) r).udi();
        assertThat(u.issuer()).isEqualTo(Issuer.ICCBBA);
        assertThat(u.di()).isEqualTo("A9999XYZ100T0476");
        assertThat(u.serial()).isEqualTo("000025");
        assertThat(u.donationId()).isEqualTo("A999717123456");
        assertThat(u.expiry()).isEqualTo(UdiDate.ofDay(LocalDate.of(2019, 2, 1)));
        assertThat(u.manufactured()).isEqualTo(UdiDate.ofDay(LocalDate.of(2017, 2, 1)));
        assertThat(u.lot()).isEqualTo("000000000000XYZ123");
        assertThat(u.softwareVersion()).isNull();
        assertThat(u.raw()).isEqualTo(ST017_EXAMPLE);
        assertThat(u.humanReadable()).isEqualTo(ST017_EXAMPLE);
        assertThat(u.elements()).containsExactly(
                new DataElement("=/", "Processor Product Identification Code (PPIC) [034]", "A9999XYZ100T0476", 2),
                new DataElement("=,", "Product Divisions [032]", "000025", 20),
                new DataElement("=", "Donation Identification Number (DIN) [001]", "A99971712345600", 27),
                new DataElement("=>", "Expiration Date [004]", "019032", 44),
                new DataElement("=}", "Production Date [008]", "017032", 52),
                new DataElement("&,1", "MPHO Lot Number [035]", "000000000000XYZ123", 61));
    }

    @Test
    void st017CompoundMessageOmitsHeaderFromHumanReadable() {
        // ST-017 §5, the same UDI as one Data Matrix compound message: 6 structures, message type 000.
        String input = "=+06000" + ST017_EXAMPLE;
        Udi u = udi(input);
        assertThat(u.di()).isEqualTo("A9999XYZ100T0476");
        assertThat(u.lot()).isEqualTo("000000000000XYZ123");
        assertThat(u.raw()).isEqualTo(input);
        assertThat(u.humanReadable()).isEqualTo(ST017_EXAMPLE);
        assertThat(u.elements().get(0)).isEqualTo(new DataElement("=+", "Compound Message [023]", "06000", 2));
        assertThat(u.elements().get(1).position()).isEqualTo(9);
    }

    @Test
    void st017UnspecifiedSequenceCompoundMessage() {
        // ST-017 §4.3.1, as quoted in pdesiatnyk/ISBT128 typescript/test/parser.test.ts: expiry 019031.
        Udi u = udi("=+04000=/A9997XYZ100T0479=A99991712345600=,000012=>019031");
        assertThat(u.di()).isEqualTo("A9997XYZ100T0479");
        assertThat(u.donationId()).isEqualTo("A999917123456");
        assertThat(u.serial()).isEqualTo("000012");
        assertThat(u.expiry().date()).isEqualTo(LocalDate.of(2019, 1, 31));
        assertThat(u.manufactured()).isNull();
        assertThat(u.lot()).isNull();
    }

    @Test
    void st017SpecifiedSequenceCompoundMessage() {
        // ST-017 §4.3.2 (message type 035), same source.
        Udi u = udi("=+04035=/A9997XYZ100T0479=,000012=A99991712345600=>019031");
        assertThat(u.di()).isEqualTo("A9997XYZ100T0479");
        assertThat(u.humanReadable()).isEqualTo("=/A9997XYZ100T0479=,000012=A99991712345600=>019031");
    }

    @Test
    void st011AndHl7Example() {
        // ST-011 example, also HL7 v2 / ONC's ICCBBA example and the AccessGUDID client tests.
        Udi u = udi("=/A9999XYZ100T0944=,000025=A99971312345600=>014032=}013032&,1000000000000XYZ123");
        assertThat(u.di()).isEqualTo("A9999XYZ100T0944");
        assertThat(u.donationId()).isEqualTo("A999713123456");
        assertThat(u.expiry().date()).isEqualTo(LocalDate.of(2014, 2, 1));
        assertThat(u.manufactured().date()).isEqualTo(LocalDate.of(2013, 2, 1));
    }

    @Test
    void accessGudidParseUdiExample() {
        // The ICCBBA example of FDA AccessGUDID's parse_udi API documentation.
        Udi u = udi("=/W4146EB0010T0475=,000025=A99971312345600=>014032=}013032&,1000000000000XYZ123");
        assertThat(u.di()).isEqualTo("W4146EB0010T0475");
        assertThat(u.serial()).isEqualTo("000025");
        assertThat(u.lot()).isEqualTo("000000000000XYZ123");
    }

    @Test
    void fhirDeviceExampleUdi2() {
        // HL7 FHIR STU3 Device "example-udi2" (ICCBBA format): udiCarrier with message type 037, whose order
        // ST-017 Table 3 defines as [034] [032] [001] [004] [008]; "DI = A9999XYZ100T0474", made 2013.
        Udi u = udi("=+05037=/A9999XYZ100T0474=,000025=A99971312345600=>014032=}013032");
        assertThat(u.di()).isEqualTo("A9999XYZ100T0474");
        assertThat(u.lot()).isNull();
        assertThat(u.manufactured().date()).isEqualTo(LocalDate.of(2013, 2, 1));
    }

    @Test
    void standalonePpicIsADiOnlyUdi() {
        // ST-017 §2.1 Figure 1 PPIC, via pdesiatnyk/ISBT128 tests.
        Udi u = udi("=/A9997AB3456T0123");
        assertThat(u.di()).isEqualTo("A9997AB3456T0123");
        assertThat(u.hasProductionIdentifier()).isFalse();
    }

    // ---- each structure alone -------------------------------------------------------------------

    @Test
    void dinAloneIsReadButHasNoDi() {
        // ST-017 §3.1 Figure 2 DIN.
        ParseResult r = parse("=A99991712345600");
        assertThat(codes(r)).containsExactly("isbt128.missing-di");
        assertThat(r.problems().get(0).position()).isEqualTo(-1);
        assertThat(r.elements()).containsExactly(
                new DataElement("=", "Donation Identification Number (DIN) [001]", "A99991712345600", 1));
    }

    @Test
    void productDivisionsAlone() {
        ParseResult r = parse("=,000025");
        assertThat(codes(r)).containsExactly("isbt128.missing-di");
        assertThat(r.elements()).extracting(DataElement::value).containsExactly("000025");
    }

    @Test
    void lotAlone() {
        ParseResult r = parse("&,1000000000000XYZ123");
        assertThat(codes(r)).containsExactly("isbt128.missing-di");
        assertThat(r.elements()).extracting(DataElement::key).containsExactly("&,1");
    }

    @Test
    void datesAlone() {
        assertThat(codes(parse("=>019032"))).containsExactly("isbt128.missing-di");
        assertThat(codes(parse("=}017032"))).containsExactly("isbt128.missing-di");
    }

    // ---- dates ----------------------------------------------------------------------------------

    @Test
    void day366OfALeapYearIsTheLastDay() {
        // Primer/ST-001: 020366 = 2020-12-31.
        assertThat(udi("=/A9999XYZ100T0476=>020366").expiry().date()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void day366OfACommonYearIsRejected() {
        ParseResult r = parse("=/A9999XYZ100T0476=>019366");
        assertThat(r.isValid()).isFalse();
        assertThat(errors(r)).containsExactly("isbt128.date");
        assertThat(r.problems().get(0).position()).isEqualTo(23);
        assertThat(r.problems().get(0).message()).contains("2019", "leap");
    }

    @Test
    void dayZeroIsRejected() {
        assertThat(errors(parse("=/A9999XYZ100T0476=}017000"))).containsExactly("isbt128.date");
    }

    @Test
    void expirationDateAndTime() {
        Udi u = udi("=/A9999XYZ100T0476&>0190321430");
        assertThat(u.expiry()).isEqualTo(
                new UdiDate(LocalDate.of(2019, 2, 1), LocalTime.of(14, 30), UdiDate.Precision.MINUTE));
    }

    @Test
    void productionDateAndTime() {
        Udi u = udi("=/A9999XYZ100T0476&}0170320800");
        assertThat(u.manufactured().display()).isEqualTo("2017-02-01T08:00");
    }

    @Test
    void impossibleHourAndMinute() {
        ParseResult hour = parse("=/A9999XYZ100T0476&>0190322400");
        assertThat(errors(hour)).containsExactly("isbt128.time");
        assertThat(hour.problems().get(0).position()).isEqualTo(26);
        assertThat(errors(parse("=/A9999XYZ100T0476&>0190321260"))).containsExactly("isbt128.time");
    }

    @Test
    void centuryDigitNineIsTheNineteenHundreds() {
        // cyy are the year's last three digits; 999 nearest 2026 is 1999.
        assertThat(udi("=/A9999XYZ100T0476=}999365").manufactured().date()).isEqualTo(LocalDate.of(1999, 12, 31));
    }

    @Test
    void dateAndDateTimeMustAgree() {
        ParseResult r = parse("=/A9999XYZ100T0476=>019032&>0190331200");
        assertThat(errors(r)).containsExactly("isbt128.conflicting-dates");
    }

    @Test
    void agreeingDateAndDateTimeGiveTheTime() {
        Udi u = udi("=/A9999XYZ100T0476=>019032&>0190321200");
        assertThat(u.expiry().time()).isEqualTo(LocalTime.NOON);
    }

    // ---- donation identification number ---------------------------------------------------------

    @Test
    void checkCharacterOfRedBookExample() {
        // UK Red Book (JPAC) Annex 2: G123 498 654 321 -> checksum 17, bar code flags 77, eye-readable H.
        assertThat(DinCheckCharacter.checksum("G123498654321")).isEqualTo(17);
        assertThat(DinCheckCharacter.flagCharacters("G123498654321")).isEqualTo("77");
        assertThat(DinCheckCharacter.keyboardCharacter("G123498654321")).isEqualTo('H');
    }

    @Test
    void checkCharacterOfSt001AppendixExample() {
        // ST-001 Appendix A.1/A.2 as quoted in pdesiatnyk/ISBT128 checksum.test.ts: G1234 17 654321 -> K = A,
        // type 3 flags 70.
        assertThat(DinCheckCharacter.keyboardCharacter("G123417654321")).isEqualTo('A');
        assertThat(DinCheckCharacter.flagCharacters("G123417654321")).isEqualTo("70");
    }

    @Test
    void malformedDinHasNoCheck() {
        assertThat(DinCheckCharacter.checksum("G12341765432")).isEqualTo(-1);
        assertThat(DinCheckCharacter.checksum("g123417654321")).isEqualTo(-1);
        assertThat(DinCheckCharacter.flagCharacters(null)).isNull();
    }

    @Test
    void typeThreeFlagsAreVerified() {
        assertThat(udi("=/A9999XYZ100T0476=G12349865432177").donationId()).isEqualTo("G123498654321");
        ParseResult bad = parse("=/A9999XYZ100T0476=G12349865432178");
        assertThat(errors(bad)).containsExactly("isbt128.din-check");
        assertThat(bad.problems().get(0).position()).isEqualTo(32);
        assertThat(bad.problems().get(0).message()).contains("77", "H");
    }

    @Test
    void processControlFlagsAreNotAChecksum() {
        // ST-001 Table 3: 01-19 ICCBBA process control, 20-59 local.
        assertThat(udi("=/A9999XYZ100T0476=A99971712345607").donationId()).isEqualTo("A999717123456");
        assertThat(udi("=/A9999XYZ100T0476=A99971712345642").donationId()).isEqualTo("A999717123456");
    }

    @Test
    void reservedFlagsAreAWarning() {
        ParseResult r = parse("=/A9999XYZ100T0476=,000025=A999717123456A1");
        assertThat(r.isValid()).isTrue();
        assertThat(codes(r)).containsExactly("isbt128.din-flag");
        assertThat(r.problems().get(0).message()).contains("reserved", "00", "A999717123456");
    }

    @Test
    void flagLettersIOQZAreNotFlagCharacters() {
        // ST-017 §3.1: ff is {0-9}, {A-H, J-N, P, R-Y}.
        ParseResult r = parse("=/A9999XYZ100T0476=,000025=A999717123456I1");
        assertThat(errors(r)).containsExactly("isbt128.character");
        assertThat(r.problems().get(0).position()).isEqualTo(40);
    }

    @Test
    void deviceDinFlagsOtherThanZeroAreAWarning() {
        // ST-017 §3.1: flags "shall not be used" on devices with an MPHO element, value 00; §5: readers ignore them.
        ParseResult r = parse("=/A9999XYZ100T0476=,000025=G12349865432177");
        assertThat(codes(r)).containsExactly("isbt128.din-flag");
        assertThat(r.problems().get(0).message()).contains("correct", "Mod 37-2");
    }

    @Test
    void dinWithoutFlagsIsTooShort() {
        ParseResult r = parse("=/A9999XYZ100T0476=A999717123456=,000025");
        assertThat(codes(r)).containsExactly("isbt128.length");
        assertThat(r.problems().get(0).position()).isEqualTo(18);
        assertThat(r.problems().get(0).message()).contains("flag characters are missing");
    }

    @Test
    void finMayNotStartWithLetterO() {
        ParseResult r = parse("=/A9999XYZ100T0476=O99971712345600");
        assertThat(codes(r)).containsExactly("isbt128.unknown-data-identifier");
        assertThat(r.problems().get(0).message()).contains("cannot start with \"O\"");
    }

    // ---- negative matrix ------------------------------------------------------------------------

    static Stream<Arguments> faults() {
        return Stream.of(
                // Primer: ONC/EHR test UDIs put a 14-digit GTIN where the 16-character PPIC belongs (OpenEMR wiki
                // "Implantable device list (MU3)", testing UDIs for ICCBBA; also FHIR "ACME Biomedical" examples).
                Arguments.of("=/08717648200274=,000025=A99971312345600=>014032=}013032&,1000000000000XYZ123",
                        "isbt128.length", 0),
                Arguments.of("=/00028373710005=,000025=A99971312345600=>014032=}013032&,1000000000000XYZ123",
                        "isbt128.length", 0),
                Arguments.of("=/00889095205923=,000025=A99971312345600=>014032=}013032&,1000000000000XYZ123",
                        "isbt128.length", 0),
                Arguments.of("=/A9999XYZ100", "isbt128.truncated", 0),
                Arguments.of("=/A9999XYZ100T04761=,000025", "isbt128.length", 18),
                Arguments.of("=/A999OAB3456T0123", "isbt128.character", 6),
                Arguments.of("=/A9997ab3456T0123", "isbt128.character", 7),
                Arguments.of("=/A9999XYZ100T0476&,1000000000000xYZ123", "isbt128.character", 33),
                Arguments.of("=/A9999XYZ100T0476&,1XYZ123", "isbt128.truncated", 18),
                Arguments.of("=/A9999XYZ100T0476=,00001a", "isbt128.character", 25),
                Arguments.of("=/A9999XYZ100T0476=>01903A", "isbt128.character", 25),
                Arguments.of("=/A9999XYZ100T0476=A99991x12345600", "isbt128.character", 25),
                Arguments.of("=/A9999XYZ100T0476=A9O991712345600", "isbt128.character", 21),
                Arguments.of("=/A9999XYZ100T0476=!12345", "isbt128.unknown-data-identifier", 18),
                Arguments.of("=/A9999XYZ100T0476&,5ABC", "isbt128.unknown-data-identifier", 18),
                Arguments.of("=/A9999XYZ100T0476=", "isbt128.truncated", 18),
                Arguments.of("=/A9999XYZ100T0476=,000025=,000026", "isbt128.duplicate", 26),
                // ST-017 §4.3.1 message with a count of 5 where 4 structures follow (pdesiatnyk/ISBT128 test).
                Arguments.of("=+05000=/A9997XYZ100T0479=A99991712345600=,000012=>019031",
                        "isbt128.compound-count", 0),
                Arguments.of("=+00000=/A9999XYZ100T0476", "isbt128.compound-header", 2),
                Arguments.of("=/A9999XYZ100T0476=+01000=,000025", "isbt128.compound-position", 18),
                Arguments.of("=,000025=A99971712345600", "isbt128.missing-di", -1),
                Arguments.of("=/A9999XYZ100T0476 ", "isbt128.length", 18),
                Arguments.of("X=/A9999XYZ100T0476", "isbt128.unexpected-character", 0),
                Arguments.of("]C0=/A9999XYZ100T0476=>019366\r\n", "isbt128.date", 26),
                Arguments.of("=\u0000\u0001", "isbt128.unknown-data-identifier", 0),
                Arguments.of("]d1", "isbt128.empty", -1));
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @MethodSource("faults")
    void faultIsReportedWithItsCodeAndPosition(String input, String code, int position) {
        ParseResult r = parse(input);
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).filteredOn(p -> p.code().equals(code))
                .as("problems %s", r.problems()).isNotEmpty()
                .first().satisfies(p -> {
                    assertThat(p.position()).isEqualTo(position);
                    assertThat(p.isError()).isTrue();
                    assertThat(p.message()).isNotBlank();
                });
    }

    @Test
    void idolOncExampleHasALetterInTheDinSequence() {
        // Micro Focus IDOL "device/udi" grammar example (an ONC-style test UDI): sequence "890ABC" is not
        // numeric (ST-001 §2.4.1: nnnnnn), and =,000000 names no division.
        ParseResult r = parse("=/1AB370000007JC89=,000000=1234567890ABC00=>030329=}025226");
        assertThat(codes(r)).containsExactly("isbt128.serial-zero", "isbt128.character");
        assertThat(r.problems().get(1).position()).isEqualTo(37);
        assertThat(r.problems().get(1).message()).contains("sequence number");
    }

    @Test
    void repeatedIdenticalStructureIsOnlyAWarning() {
        ParseResult r = parse("=/A9999XYZ100T0476=,000025=A99971712345600=,000025");
        assertThat(r.isValid()).isTrue();
        assertThat(codes(r)).containsExactly("isbt128.repeated");
    }

    @Test
    void ppicNotFirstInCompoundMessageIsAWarning() {
        ParseResult r = parse("=+03000=,000025=/A9999XYZ100T0476=A99971712345600");
        assertThat(r.isValid()).isTrue();
        assertThat(codes(r)).containsExactly("isbt128.compound-order");
    }

    @Test
    void localDataStructureIsKeptWithAWarning() {
        ParseResult r = parse("=/A9999XYZ100T0476=A99971712345600&xLOCAL-42=,000025");
        assertThat(r.isValid()).isTrue();
        assertThat(codes(r)).containsExactly("isbt128.local-data-structure");
        assertThat(r.elements()).extracting(DataElement::value).contains("LOCAL-42");
        assertThat(((ParseResult.Valid) r).udi().serial()).isEqualTo("000025");
    }

    @Test
    void localDataStructureIsNotAllowedInACompoundMessage() {
        // ST-017 §4.1 rules 1 and 3: only ISBT 128 (non-national) data structures in a compound message.
        ParseResult r = parse("=+04000=/A9999XYZ100T0476=,000025=A99971712345600&xLOCAL");
        assertThat(errors(r)).containsExactly("isbt128.compound-local");
        assertThat(r.problems().get(0).position()).isEqualTo(49);
    }

    @Test
    void specifiedSequenceIsChecked() {
        // ST-017 §4.3.1's structures in §4.3.1's order, but labelled message type 035, which ST-017 Table 3 /
        // §4.3.2 defines as [034] [032] [001] [004].
        ParseResult r = parse("=+04035=/A9997XYZ100T0479=A99991712345600=,000012=>019031");
        assertThat(errors(r)).containsExactly("isbt128.compound-sequence");
        assertThat(r.problems().get(0).position()).isEqualTo(4);
        assertThat(r.problems().get(0).message()).contains("[034] [032] [001] [004]", "[034] [001] [032] [004]");
    }

    @Test
    void compoundMessageMustCarryDinAndDivisions() {
        // ST-017 §4.1: Product Divisions [032] and DIN [001] shall also be present.
        ParseResult r = parse("=+02000=/A9999XYZ100T0476=,000025");
        assertThat(errors(r)).containsExactly("isbt128.missing-pi");
        assertThat(r.problems().get(0).message()).contains("Donation Identification Number");
    }

    @Test
    void concatenationWithoutDinIsAWarning() {
        // Linear labels carry each structure in its own Code 128 symbol (ST-017 §5/§6.1): the reader may have
        // scanned only some, so this is a warning.
        ParseResult r = parse("=/A9999XYZ100T0476=>019032");
        assertThat(r.isValid()).isTrue();
        assertThat(codes(r)).containsExactly("isbt128.missing-pi");
        assertThat(r.problems().get(0).position()).isEqualTo(-1);
    }

    @Test
    void basicUdiDiChecksumOfSt017Appendix1() {
        // ST-017 Appendix 1 (via pdesiatnyk/ISBT128 checksum.test.ts): A9990ABC123T0480 -> 08.
        assertThat(DinCheckCharacter.iso7064Mod37x2("A9990ABC123T0480")).isEqualTo(8);
    }

    @Test
    void garbageStopsAfterAFixedNumberOfProblems() {
        ParseResult r = parse("=".repeat(5000));
        assertThat(r.problems()).hasSize(Isbt128Parser.MAX_PROBLEMS + 1);
        assertThat(r.problems().get(r.problems().size() - 1).code()).isEqualTo("isbt128.too-many-problems");
    }

    @Test
    void faultsAfterAFaultAreStillFound() {
        ParseResult r = parse("=/A9999XYZ100T0476=,00025=>019366&,1000000000000XYZ123");
        assertThat(errors(r)).containsExactly("isbt128.length", "isbt128.date");
        assertThat(r.elements()).extracting(DataElement::key).containsExactly("=/", "=>", "&,1");
    }

    // ---- through the facade ---------------------------------------------------------------------

    private final UdiParser facade = new UdiParser(ParseOptions.defaults(CLOCK));

    @Test
    void aimPrefixAndLineEndingAreNotData() {
        String input = "]d1" + ST017_EXAMPLE + "\r\n";
        ParseResult r = facade.parse(input);
        assertThat(r.problems()).isEmpty();
        Udi u = ((ParseResult.Valid) r).udi();
        assertThat(u.issuer()).isEqualTo(Issuer.ICCBBA);
        assertThat(u.di()).isEqualTo("A9999XYZ100T0476");
        assertThat(u.raw()).isEqualTo(input);
        assertThat(u.elements().get(0).position()).isEqualTo(5);
    }

    @Test
    void lotFirstInputGoesToIsbt128() {
        ParseResult r = facade.parse("&,1000000000000XYZ123");
        assertThat(r).isInstanceOf(ParseResult.Invalid.class);
        assertThat(((ParseResult.Invalid) r).issuer()).isEqualTo(Issuer.ICCBBA);
        assertThat(codes(r)).containsExactly("isbt128.missing-di");
    }

    @Test
    void fourteenCharacterDiIsInvalid() {
        ParseResult r = facade.parse("]C0=/08717648200274=,000025=A99971312345600=>014032=}013032");
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems().get(0).code()).isEqualTo("isbt128.length");
        assertThat(r.problems().get(0).position()).isEqualTo(3);
    }
}
