package org.uditrust.udi.hibcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
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
import org.uditrust.udi.UdiParser;

/**
 * HIBCC parser tests. Every valid example comes from a published source named next to it:
 * <ul>
 *   <li>udi.md: the project's domain primer (examples from ANSI/HIBC 2.6);</li>
 *   <li>DacoTaco: DacoTaco/BarcodeParserBuilder, HibcBarcodeParserBuilderTestFixture.cs;</li>
 *   <li>HIBC doc (via chriswjones): chriswjones/HibcBarcodeParsing HIBCParserTests.m, "tests from HIBC
 *       documentation lot/serial examples", which use the placeholders L (link) and C (check);</li>
 *   <li>BWIPP: bwipp/postscriptbarcode wiki "HIBC Data Structures";</li>
 *   <li>FHIR R4 device-example-udi3 (carrierHRF).</li>
 * </ul>
 */
class HibccParserTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private final HibccParser parser = new HibccParser(ParseOptions.defaults(CLOCK));

    private ParseResult parse(String raw) {
        return parser.parse(ScanInput.of(raw));
    }

    private Udi valid(String raw) {
        ParseResult result = parse(raw);
        assertThat(result.problems()).filteredOn(Problem::isError).isEmpty();
        assertThat(result).isInstanceOf(ParseResult.Valid.class);
        Udi udi = ((ParseResult.Valid) result).udi();
        assertThat(udi.issuer()).isEqualTo(Issuer.HIBCC);
        assertThat(udi.raw()).isEqualTo(raw);
        return udi;
    }

    private static Map<String, String> fields(List<DataElement> elements) {
        // LINK and CHECK repeat in chains; the first occurrence is enough for these assertions
        return elements.stream().collect(Collectors.toMap(DataElement::key, DataElement::value, (a, b) -> a));
    }

    private static List<String> codes(ParseResult result) {
        return result.problems().stream().filter(Problem::isError).map(Problem::code).toList();
    }

    private static Problem first(ParseResult result, String code) {
        return result.problems().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + result.problems()));
    }

    @Nested
    class Primary {

        @Test
        void primerExample() {
            // udi.md: "Example +A123BJC5D6E71G"; also DacoTaco "1D - ProductCode"
            Udi udi = valid("+A123BJC5D6E71G");
            assertThat(udi.di()).isEqualTo("A123BJC5D6E71");
            assertThat(udi.hasProductionIdentifier()).isFalse();
            assertThat(udi.elements()).containsExactly(
                    new DataElement("LIC", "Labeler identification code", "A123", 1),
                    new DataElement("PCN", "Product or catalog number", "BJC5D6E7", 5),
                    new DataElement("UOM", "Unit of measure", "1", 13),
                    new DataElement("CHECK", "Check character", "G", 14));
            // hibcc.org "Primary Product Identification Data Structure Formatter": caption between asterisks
            assertThat(udi.humanReadable()).isEqualTo("*+A123BJC5D6E71G*");
        }

        @Test
        void bwippExample() {
            // BWIPP wiki: primary data +A999123457 (LIC A999, product 1234, unit of measure 5, check 7)
            Udi udi = valid("+A999123457");
            assertThat(udi.di()).isEqualTo("A99912345");
            assertThat(fields(udi.elements())).containsEntry("PCN", "1234").containsEntry("UOM", "5");
        }

        @Test
        void eighteenCharacterProductNumber() {
            // DacoTaco "2D - Online Example #1": product number ABCDEFGHI123456789 (18 characters, the maximum)
            Udi udi = valid("+A123ABCDEFGHI1234567891/$$420020216LOT123456789012345/SXYZ456789012345678"
                    + "/16D20130202$");
            assertThat(udi.di()).isEqualTo("A123ABCDEFGHI1234567891");
        }
    }

    @Nested
    class Concatenated {

        @Test
        void primerConcatenatedExample() {
            // udi.md: "Concatenated: +A123BJC5D6E71/$$52001510X3C (one check at the end)"
            Udi udi = valid("+A123BJC5D6E71/$$52001510X3C");
            assertThat(udi.di()).isEqualTo("A123BJC5D6E71");
            assertThat(udi.lot()).isEqualTo("10X3");
            assertThat(udi.expiry()).isEqualTo(UdiDate.ofDay(LocalDate.of(2020, 1, 15))); // YYJJJ 20015
            assertThat(udi.elements()).contains(new DataElement("EXPIRY", "Expiration date", "20015", 18),
                    new DataElement("LOT", "Lot/batch number", "10X3", 23),
                    new DataElement("CHECK", "Check character", "C", 27));
            assertThat(udi.humanReadable()).isEqualTo("*+A123BJC5D6E71/$$52001510X3C*");
        }

        @Test
        void yyMMddHHExpiryWithSerialAndManufactureDate() {
            // DacoTaco "2D - Online Example #1": $$4 20020216 -> 2020-02-02 16:00, /S serial, /16D 2013-02-02
            Udi udi = valid("+A123ABCDEFGHI1234567891/$$420020216LOT123456789012345/SXYZ456789012345678"
                    + "/16D20130202$");
            assertThat(udi.expiry()).isEqualTo(new UdiDate(LocalDate.of(2020, 2, 2), LocalTime.of(16, 0),
                    UdiDate.Precision.HOUR));
            assertThat(udi.lot()).isEqualTo("LOT123456789012345");
            assertThat(udi.serial()).isEqualTo("XYZ456789012345678");
            assertThat(udi.manufactured()).isEqualTo(UdiDate.ofDay(LocalDate.of(2013, 2, 2)));
            assertThat(udi.elements()).extracting(DataElement::key).containsExactly(
                    "LIC", "PCN", "UOM", "EXPIRY", "LOT", "SERIAL", "MANUFACTURED", "CHECK");
        }

        @Test
        void yyMMddExpiry() {
            // DacoTaco "2D - Changing DateTime format": $$3 200202 -> 2020-02-02
            Udi udi = valid("+A123ABCDEFGHI1234567891/$$3200202LOT123456789012345/16D20130202"
                    + "/SXYZ456789012345678V");
            assertThat(udi.expiry()).isEqualTo(UdiDate.ofDay(LocalDate.of(2020, 2, 2)));
            assertThat(udi.serial()).isEqualTo("XYZ456789012345678");
        }

        @Test
        void julianExpiryWithSupplementalFields() {
            // DacoTaco "2D - MultipleSegments": $$5 20250 -> day 250 of 2020 = 2020-09-06
            Udi udi = valid("+A99912345/$$52025010X3/16D20111212/S77DEFG458");
            assertThat(udi.di()).isEqualTo("A99912345");
            assertThat(udi.expiry().date()).isEqualTo(LocalDate.of(2020, 9, 6));
            assertThat(udi.manufactured().date()).isEqualTo(LocalDate.of(2011, 12, 12));
            assertThat(udi.serial()).isEqualTo("77DEFG45");
            assertThat(udi.lot()).isEqualTo("10X3");
        }

        @ParameterizedTest(name = "{0} expires {1}")
        @CsvSource({
                // DacoTaco "2D - Expiration format 1": $$1125 -> November 2025 (the flag is MM's first digit)
                "+J123AQ3451/$$1125BC34567/S4012L, 2025-11",
                // DacoTaco "2D - Expiration format 0": $$0125 -> January 2025
                "+J123AQ3451/$$0125BC34567/S4012K, 2025-01",
        })
        void mmYYIsMonthPrecision(String raw, String month) {
            Udi udi = valid(raw);
            assertThat(udi.expiry().precision()).isEqualTo(UdiDate.Precision.MONTH);
            assertThat(udi.expiry().display()).isEqualTo(month);
            assertThat(udi.lot()).isEqualTo("BC34567");
            assertThat(udi.serial()).isEqualTo("4012");
        }

        @Test
        void yyMMddExpiryLotAndSerial() {
            // DacoTaco "2D - Online Example #2": $$3 231231 -> 2023-12-31
            Udi udi = valid("+J123AQ3451/$$3231231BC34567/S4012R");
            assertThat(udi.expiry()).isEqualTo(UdiDate.ofDay(LocalDate.of(2023, 12, 31)));
        }

        @Test
        void olderFiveDigitFormIsReadWithAWarning() {
            // DacoTaco "2D - Old Format": 25330 -> 2025-11-26, lot BC34567, /S4012
            ParseResult result = parse("+J123AQ3451/25330BC34567/S4012X");
            assertThat(result.isValid()).isTrue();
            Udi udi = ((ParseResult.Valid) result).udi();
            assertThat(udi.expiry().date()).isEqualTo(LocalDate.of(2025, 11, 26));
            assertThat(udi.lot()).isEqualTo("BC34567");
            assertThat(udi.serial()).isEqualTo("4012");
            assertThat(result.problems()).extracting(Problem::code).containsExactly("hibcc.legacy-structure");
        }

        @Test
        void fhirDeviceExampleUdi3HasABadCheckCharacter() {
            // FHIR R4 device-example-udi3 carrierHRF: the primer warns its mod-43 check is wrong ('C', should be 'H')
            ParseResult result = parse("+H123PARTNO1234567890120/$$420020216LOT123456789012345"
                    + "/SXYZ456789012345678/16D20130202C");
            assertThat(result.isValid()).isFalse();
            assertThat(codes(result)).containsExactly("hibcc.check-character");
            Problem p = first(result, "hibcc.check-character");
            assertThat(p.position()).isEqualTo(86);
            assertThat(p.message()).contains("'H'").contains("'C'");
            // everything else is still read
            assertThat(fields(result.elements())).containsEntry("LIC", "H123").containsEntry("PCN", "PARTNO123456789012")
                    .containsEntry("UOM", "0").containsEntry("LOT", "LOT123456789012345");
        }
    }

    @Nested
    class PublishedExamplesThatAreWrong {

        @Test
        void accessGudidStyleExampleFailsTheCheck() {
            // The HIBCC sample sent to FDA AccessGUDID's parse_udi in a public client app (repository file quoted by
            // the search index): its 16D date carries a stray 'C' and the final '1' is not the mod-43 check.
            ParseResult result = parse("+B066000325011NS1/$$420020216LOT123456789012345/SXYZ456789012345678"
                    + "/16D20130202C1");
            assertThat(codes(result)).containsExactly("hibcc.date-format", "hibcc.check-character");
            assertThat(fields(result.elements())).containsEntry("LIC", "B066").containsEntry("PCN", "000325011NS");
        }

        @Test
        void missingSlashBeforeConcatenatedData() {
            ParseResult result = parse("+A123BJC5D6E71$$52001510X3C");
            Problem p = first(result, "hibcc.structure");
            assertThat(p.position()).isEqualTo(14);
            assertThat(p.message()).contains("'/'");
        }
    }

    @Nested
    class SeparateSymbols {

        @Test
        void primaryThenSecondaryReadTogether() {
            // udi.md: the separate secondary +$$52001510X3GD links to ...71G; DacoTaco "1D - Multiple Lines concat"
            Udi udi = valid("+A123BJC5D6E71G+$$52001510X3GD");
            assertThat(udi.di()).isEqualTo("A123BJC5D6E71");
            assertThat(udi.lot()).isEqualTo("10X3");
            assertThat(udi.expiry().date()).isEqualTo(LocalDate.of(2020, 1, 15));
            assertThat(udi.elements()).contains(new DataElement("LINK", "Link character", "G", 28));
            assertThat(udi.humanReadable()).isEqualTo("*+A123BJC5D6E71G* *+$$52001510X3GD*");
        }

        @Test
        void spaceAndPlusAsCheckAndLinkCharacters() {
            // DacoTaco "1D - Multiple Lines with special link character": primary check '+', secondary check ' '
            Udi udi = valid("+A123BJCMD6E79++$$52001510X3+ ");
            assertThat(udi.di()).isEqualTo("A123BJCMD6E79");
            assertThat(udi.lot()).isEqualTo("10X3");
            // hibcc.org caption rule: a space check character is printed as '_'
            assertThat(udi.humanReadable()).isEqualTo("*+A123BJCMD6E79+* *+$$52001510X3+_*");
        }

        @Test
        void lotWithoutDate() {
            // DacoTaco "1D - Multiple Lines with batch": $$7 = no date
            Udi udi = valid("+A123BJC5D6E71G+$$710X3G7");
            assertThat(udi.lot()).isEqualTo("10X3");
            assertThat(udi.expiry()).isNull();
        }

        @Test
        void serialWithJulianDate() {
            // DacoTaco "1D - ExpirationDate + SerialNumber": $$+ 5 20015 serial 10X3
            Udi udi = valid("+A123BJC5D6E71G+$$+52001510X3GB");
            assertThat(udi.serial()).isEqualTo("10X3");
            assertThat(udi.lot()).isNull();
            assertThat(udi.expiry().date()).isEqualTo(LocalDate.of(2020, 1, 15));
        }

        @Test
        void threeSymbols() {
            // DacoTaco "1D - Old Format": primary, old 5-digit secondary, then a separate /S-style serial symbol
            ParseResult result = parse("+J123AQ3451T+25330BC34567T2+S4012TJ");
            assertThat(result.isValid()).isTrue();
            Udi udi = ((ParseResult.Valid) result).udi();
            assertThat(udi.di()).isEqualTo("J123AQ3451");
            assertThat(udi.lot()).isEqualTo("BC34567");
            assertThat(udi.serial()).isEqualTo("4012");
            assertThat(udi.expiry().date()).isEqualTo(LocalDate.of(2025, 11, 26));
        }

        @Test
        void olderFiveDigitSecondarySymbol() {
            // DacoTaco "1D - Multiple Lines concat - Old Format"
            Udi udi = valid("+A123BJC5D6E71G+2001510X3GG");
            assertThat(udi.lot()).isEqualTo("10X3");
        }

        @Test
        void wrongLinkCharacter() {
            // DacoTaco invalid "1D - Invalid Secondary LinkCharacter": expected 'G' but got '+'
            ParseResult result = parse("+A123BJC5D6E71G+$$52001510X3+ ");
            assertThat(codes(result)).containsExactly("hibcc.link");
            Problem p = first(result, "hibcc.link");
            assertThat(p.position()).isEqualTo(28);
            assertThat(p.message()).contains("'+'").contains("'G'");
        }

        @Test
        void wrongPrimaryCheckCharacter() {
            // DacoTaco invalid "1D - Invalid Primary CheckCharacter": expected 'G' but got '+'
            ParseResult result = parse("+A123BJC5D6E71++$$52001510X3+D");
            Problem p = first(result, "hibcc.check-character");
            assertThat(p.position()).isEqualTo(14);
            assertThat(p.message()).contains("'G'");
        }

        @Test
        void combineSeparateScans() {
            // udi.md: primary +A123BJC5D6E71G and its separate secondary +$$52001510X3GD, scanned one by one
            ParseResult result = HibccParser.combine("]A0+A123BJC5D6E71G\r\n", "]A0+$$52001510X3GD\r\n");
            assertThat(result.isValid()).isTrue();
            Udi udi = ((ParseResult.Valid) result).udi();
            assertThat(udi.di()).isEqualTo("A123BJC5D6E71");
            assertThat(udi.lot()).isEqualTo("10X3");
        }

        @Test
        void combineRefusesASecondaryOfAnotherLabel() {
            // the primary of DacoTaco "2D - Quantity" (check 7) with the udi.md secondary (link G)
            ParseResult result = HibccParser.combine("+A999123457", "+$$52001510X3GD");
            assertThat(codes(result)).containsExactly("hibcc.link");
        }
    }

    @Nested
    class SecondaryOnly {

        @Test
        void primerSecondaryAloneIsNotAUdi() {
            // udi.md: +$$52001510X3GD is the secondary symbol of +A123BJC5D6E71G
            ParseResult result = parse("+$$52001510X3GD");
            assertThat(result).isInstanceOf(ParseResult.Invalid.class);
            assertThat(codes(result)).containsExactly("hibcc.secondary-only");
            Problem p = first(result, "hibcc.secondary-only");
            assertThat(p.position()).isEqualTo(0);
            assertThat(p.message()).contains("primary");
            assertThat(((ParseResult.Invalid) result).issuer()).isEqualTo(Issuer.HIBCC);
            assertThat(result.elements()).containsExactly(
                    new DataElement("EXPIRY", "Expiration date", "20015", 4),
                    new DataElement("LOT", "Lot/batch number", "10X3", 9),
                    new DataElement("LINK", "Link character", "G", 13),
                    new DataElement("CHECK", "Check character", "D", 14));
        }

        /** HIBC documentation lot/serial examples (via chriswjones); L and C are placeholders, so C fails the check. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(value = {
                "+05271LC|EXPIRY=05271",
                "+$3C001LC|LOT=3C001",
                "+$$09053C001LC|EXPIRY=0905,LOT=3C001",
                "+$$20928053C001LC|EXPIRY=092805,LOT=3C001",
                "+$$30509283C001LC|EXPIRY=050928,LOT=3C001",
                "+$$4050928223C001LC|EXPIRY=05092822,LOT=3C001",
                "+$$5052713C001LC|EXPIRY=05271,LOT=3C001",
                "+$$605271223C001LC|EXPIRY=0527122,LOT=3C001",
                "+$$73C001LC|LOT=3C001",
                "+$$82409053C001LC|QUANTITY=24,EXPIRY=0905,LOT=3C001",
                "+$$82420928053C001LC|QUANTITY=24,EXPIRY=092805,LOT=3C001",
                "+$$82473C001LC|QUANTITY=24,LOT=3C001",
                "+$$824LC|QUANTITY=24",
                "+$$90010009053C001LC|QUANTITY=00100,EXPIRY=0905,LOT=3C001",
                "+$$9001004050928223C001LC|QUANTITY=00100,EXPIRY=05092822,LOT=3C001",
                "+$$900100605271223C001LC|QUANTITY=00100,EXPIRY=0527122,LOT=3C001",
                "+$$90010073C001LC|QUANTITY=00100,LOT=3C001",
                "+$$900100LC|QUANTITY=00100",
                "+$+0001LC|SERIAL=0001",
                "+$$+09050001LC|EXPIRY=0905,SERIAL=0001",
                "+$$+20928050001LC|EXPIRY=092805,SERIAL=0001",
                "+$$+30509280001LC|EXPIRY=050928,SERIAL=0001",
                "+$$+4050928200001LC|EXPIRY=05092820,SERIAL=0001",
                "+$$+5052710001LC|EXPIRY=05271,SERIAL=0001",
                "+$$+605271200001LC|EXPIRY=0527120,SERIAL=0001",
                "+$$+70001LC|SERIAL=0001",
        }, delimiter = '|')
        void hibcDocumentationExamples(String raw, String expected) {
            ParseResult result = parse(raw);
            assertThat(result.isValid()).isFalse();
            assertThat(codes(result)).contains("hibcc.secondary-only")
                    .allMatch(c -> c.equals("hibcc.secondary-only") || c.equals("hibcc.check-character"));
            Map<String, String> fields = fields(result.elements());
            for (String pair : expected.split(",")) {
                String[] kv = pair.split("=");
                assertThat(fields).containsEntry(kv[0], kv[1]);
            }
            assertThat(fields).containsEntry("LINK", "L");
        }
    }

    @Nested
    class Faults {

        @Test
        void wrongCheckCharacterNamesTheExpectedOne() {
            // DacoTaco invalid "2D - Invalid CheckCharacter": expected '7' but got '/'
            ParseResult result = parse("+A99912345/$$52001510X3/16D20111212/S77DEFG45/");
            assertThat(codes(result)).containsExactly("hibcc.check-character");
            Problem p = first(result, "hibcc.check-character");
            assertThat(p.position()).isEqualTo(45);
            assertThat(p.message()).contains("'7'");
        }

        @Test
        void charactersOutsideCode39() {
            // DacoTaco invalid "Bogus Data"
            ParseResult result = parse("+A99912345/$$520\u00b401510X^0/16D20111#2\u00e912/S77DEFG45/");
            assertThat(codes(result)).containsOnly("hibcc.character").hasSize(4);
            assertThat(result.problems().get(0).position()).isEqualTo(16);
        }

        @Test
        void lowerCaseIsNotCode39() {
            ParseResult result = parse("+a123BJC5D6E71G");
            assertThat(first(result, "hibcc.character").position()).isEqualTo(1);
        }

        @Test
        void asterisksAreCaptionNotData() {
            // hibcc.org: the asterisk is not included in the bar code data
            ParseResult result = parse("+A123BJC5D6E71G*");
            assertThat(first(result, "hibcc.character").position()).isEqualTo(15);
        }

        @Test
        void manyBadCharactersAreCapped() {
            ParseResult result = parse("+" + "\u0000".repeat(5000));
            assertThat(result.problems()).hasSize(6);
            assertThat(result.problems().get(0).position()).isEqualTo(-1);
        }

        @Test
        void wrongCheckCharacter() {
            // udi.md primer example with its check character G replaced by H
            ParseResult result = parse("+A123BJC5D6E71H");
            assertThat(codes(result)).containsExactly("hibcc.check-character");
            assertThat(first(result, "hibcc.check-character").message()).contains("'G'").contains("'H'");
        }

        @Test
        void licStartingWithADigit() {
            ParseResult result = parse("+1123BJC5D6E71G");
            Problem p = first(result, "hibcc.lic");
            assertThat(p.position()).isEqualTo(1);
            assertThat(p.message()).contains("'1123'");
        }

        @Test
        void fiveLeadingDigitsReadAsASecondaryAndSaySoAboutTheLic() {
            // an all-numeric start like the numeric-LIC ONC test UDIs the primer warns about
            ParseResult result = parse("+12345678901");
            assertThat(codes(result)).contains("hibcc.secondary-only");
            assertThat(first(result, "hibcc.secondary-only").message()).contains("digit");
        }

        @Test
        void productNumberTooLong() {
            ParseResult result = parse("+A123ABCDEFGHIJ1234567891G");
            Problem p = first(result, "hibcc.pcn-length");
            assertThat(p.position()).isEqualTo(5);
            assertThat(p.message()).contains("19");
        }

        @Test
        void unitOfMeasureMustBeADigit() {
            ParseResult result = parse("+A123BJC5D6E7XG");
            assertThat(first(result, "hibcc.uom").position()).isEqualTo(13);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(value = {"+|hibcc.truncated|1", "+A12|hibcc.truncated|3", "+A1234|hibcc.truncated|5",
                "A123BJC5D6E71G|hibcc.flag|0", "+A123BJC5D6E71/$$5200|hibcc.date-format|17",
                // the last character is always taken as the check character, so "/$$" is '$' lot + check '$'
                "+A123BJC5D6E71/$$X|hibcc.date-flag|17", "+A123BJC5D6E71/$$|hibcc.lot-missing|16",
                "+A123BJC5D6E71/$|hibcc.secondary-missing|15"},
                delimiter = '|')
        void truncatedInput(String raw, String code, int position) {
            ParseResult result = parse(raw);
            assertThat(result.isValid()).isFalse();
            assertThat(first(result, code).position()).isEqualTo(position);
        }

        @Test
        void emptyInput() {
            assertThat(codes(parse(""))).containsExactly("hibcc.flag");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(value = {
                // month 13 in MMYY (DacoTaco "Expiration format 1" with 11 -> 13)
                "+J123AQ3451/$$1325BC34567/S4012L|14|month 13",
                // 30 February in YYMMDD (DacoTaco "Online Example #2" with 231231 -> 250230)
                "+J123AQ3451/$$3250230BC34567/S4012R|15|day 30",
                // day 366 of 2025, not a leap year (udi.md concatenated example with 20015 -> 25366)
                "+A123BJC5D6E71/$$52536610X3C|18|day 366",
                // day 000
                "+A123BJC5D6E71/$$52500010X3C|18|day 0",
                // hour 24 in YYMMDDHH (DacoTaco "Online Example #1" with 16 -> 24)
                "+A123ABCDEFGHI1234567891/$$420020224LOT123456789012345/SXYZ456789012345678/16D20130202$|28|hour 24",
                // 31 April in 16D YYYYMMDD
                "+A99912345/$$52025010X3/16D20110431/S77DEFG458|27|day 31",
                // month 00 in MMDDYY
                "+A99912345/$$2003120LOT1/S77DEFG458|14|month 0",
        }, delimiter = '|')
        void impossibleDates(String raw, int position, String why) {
            ParseResult result = parse(raw);
            Problem p = first(result, "hibcc.date");
            assertThat(p.position()).isEqualTo(position);
            assertThat(p.message()).contains(why);
        }

        @Test
        void day366OfALeapYearIsFine() {
            ParseResult result = parse("+A123BJC5D6E71/$$52436610X3C");
            assertThat(codes(result)).doesNotContain("hibcc.date");
        }

        @Test
        void lotTooLong() {
            // DacoTaco "Online Example #1" lot (18, the maximum) with one more character
            ParseResult result = parse("+A123ABCDEFGHI1234567891/$$420020216LOT1234567890123456/SXYZ456789012345678$");
            Problem p = first(result, "hibcc.lot-length");
            assertThat(p.position()).isEqualTo(36);
            assertThat(p.message()).contains("19").contains("18");
        }

        @Test
        void serialTooLong() {
            ParseResult result = parse("+A123ABCDEFGHI1234567891/$$420020216LOT/SXYZ4567890123456789$");
            assertThat(first(result, "hibcc.serial-length").position()).isEqualTo(41);
        }

        @Test
        void olderFiveDigitFormKeepsItsThirteenCharacterLot() {
            // BWIPP wiki: "A five-digit Julian date, YYJJJ, optionally followed by a lot number of up to 13 characters"
            ParseResult result = parse("+J123AQ3451/25330BC345678901234X");
            assertThat(first(result, "hibcc.lot-length").message()).contains("14").contains("13");
        }

        @Test
        void lotMustBeAlphanumeric() {
            ParseResult result = parse("+A123BJC5D6E71/$$710-X3C");
            assertThat(first(result, "hibcc.lot-character").position()).isEqualTo(20);
        }

        @Test
        void unknownDateFlag() {
            ParseResult result = parse("+A123BJC5D6E71/$$A10X3C");
            assertThat(first(result, "hibcc.date-flag").position()).isEqualTo(17);
        }

        @Test
        void quantityFollowedByDigitsThatAreNoDate() {
            // DacoTaco "2D - Quantity" writes $$8 12 then the lot 10X3 with no date flag; HIBC's documentation
            // examples ($$82409053C001) put a date flag after the quantity, so '1' here announces MMYY "10X3".
            ParseResult result = parse("+A99912345/$$81210X3/16D20111212/14D20200906/S77DEFG45$");
            assertThat(first(result, "hibcc.date-format").position()).isEqualTo(16);
        }

        @Test
        void trailingGarbageAfterTheSecondary() {
            ParseResult result = parse("+A123BJC5D6E71/$$52001510X3/ZZZC");
            assertThat(first(result, "hibcc.field").position()).isEqualTo(28);
        }

        @Test
        void garbageAfterThePrimaryCheckCharacter() {
            ParseResult result = parse("+A123BJC5D6E71G-X");
            assertThat(first(result, "hibcc.structure").position()).isEqualTo(15);
        }

        @Test
        void emptyField() {
            ParseResult result = parse("+A123BJC5D6E71/$$710X3//S12C");
            assertThat(first(result, "hibcc.empty-field").position()).isEqualTo(23);
        }

        @Test
        void duplicateLot() {
            ParseResult result = parse("+A123BJC5D6E71/$$710X3/$$710X4C");
            assertThat(first(result, "hibcc.duplicate").position()).isEqualTo(26);
        }

        @Test
        void duplicateExpiry() {
            ParseResult result = parse("+A99912345/$$52025010X3/14D20200906/S77DEFG458");
            assertThat(codes(result)).contains("hibcc.duplicate");
        }

        @Test
        void badSupplementalQuantity() {
            ParseResult result = parse("+A99912345/$$710X3/Q12A4$");
            assertThat(first(result, "hibcc.quantity").position()).isEqualTo(19);
        }

        @Test
        void veryLongInputDoesNotBlowUp() {
            String raw = "+A123" + "B".repeat(8000) + "1G";
            ParseResult result = parse(raw);
            assertThat(codes(result)).contains("hibcc.pcn-length");
            String plus = "+A123BJC5D6E71G" + "+$$+".repeat(2000);
            assertThat(parse(plus).isValid()).isFalse();
        }

        @Test
        void problemsAreInInputOrder() {
            ParseResult result = parse("+1123BJC5D6E7X/$$1325BC34567/S4012L");
            List<Integer> positions = result.problems().stream().map(Problem::position).toList();
            assertThat(positions).isSorted();
            assertThat(codes(result)).contains("hibcc.lic", "hibcc.uom", "hibcc.date", "hibcc.check-character");
        }
    }

    @Nested
    class ThroughTheFacade {

        private final UdiParser facade = new UdiParser(ParseOptions.defaults(CLOCK));

        @Test
        void dataMatrixAimPrefixAndLineEnding() {
            // DacoTaco "2D - Online Example #1 - DataMatrix" (]d1 prefix), plus the Enter a wedge scanner types
            String raw = "]d1+A123ABCDEFGHI1234567891/$$420020216LOT123456789012345/SXYZ456789012345678"
                    + "/16D20130202$\r\n";
            ParseResult result = facade.parse(raw);
            assertThat(result.isValid()).isTrue();
            Udi udi = ((ParseResult.Valid) result).udi();
            assertThat(udi.raw()).isEqualTo(raw);
            assertThat(udi.di()).isEqualTo("A123ABCDEFGHI1234567891");
            assertThat(udi.elements().get(0)).isEqualTo(new DataElement("LIC", "Labeler identification code",
                    "A123", 4));
            assertThat(udi.humanReadable()).isEqualTo("*+A123ABCDEFGHI1234567891/$$420020216LOT123456789012345"
                    + "/SXYZ456789012345678/16D20130202$*");
        }

        @Test
        void spaceCheckCharacterSurvivesTheLineEnding() {
            // DacoTaco special link character example; the trailing space is the check character, CR LF is not data
            ParseResult result = facade.parse("]A0+A123BJCMD6E79++$$52001510X3+ \r\n");
            assertThat(result.isValid()).isTrue();
        }

        @Test
        void qrCodeOldFormat() {
            // DacoTaco "2D - Old Format - QRCode" (]Q0 prefix)
            ParseResult result = facade.parse("]Q0+J123AQ3451/25330BC34567/S4012X");
            assertThat(result.isValid()).isTrue();
        }

        @Test
        void faultPositionsIndexTheRawInput() {
            ParseResult result = facade.parse("]d1+A123BJC5D6E71H\r\n");
            assertThat(first(result, "hibcc.check-character").position()).isEqualTo(17);
        }

        @Test
        void secondaryOnlyThroughTheFacade() {
            ParseResult result = facade.parse("+$$52001510X3GD\n");
            assertThat(codes(result)).containsExactly("hibcc.secondary-only");
        }
    }
}
