package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Vectors from the unit tests of the reference linters, gs1/gs1-syntax-dictionary release 2026-01-27,
 * {@code src/lint_<name>.c} (UNIT_TEST_PASS / UNIT_TEST_FAIL lines).
 */
class Gs1LinterTest {

    private static Gs1Linter.Failure check(Gs1Linter linter, String s) {
        return linter.check(s, 0, s.length(), 2026);
    }

    @ParameterizedTest
    @ValueSource(strings = {"02345673", "416000336108", "1234567890128", "12345678901231", "123456789012345675",
        "09506000134352", "00208851107347"})
    void csumPasses(String s) {
        assertThat(check(Gs1Linter.CSUM, s)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"12345673,7,3,0", "416000336109,11,9,8", "1234567890129,12,9,8", "12345678901232,13,2,1",
        "123456789012345670,17,0,5",
        // primer udi.md: AccessGUDID example and NLM tutorial GTINs
        "00208851107345,13,5,7", "12345678901234,13,4,1"})
    void csumFails(String s, int offset, char actual, char expected) {
        Gs1Linter.Failure f = check(Gs1Linter.CSUM, s);
        assertThat(f.code()).isEqualTo("gs1.check-digit");
        assertThat(f.offset()).isEqualTo(offset);
        assertThat(f.reason()).isEqualTo("check digit is " + actual + " but should be " + expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"22", "!22", "!!22", "1987654Ad4X4bL5ttr2310c2K", "12345678901234567890123NT",
        "12345_ABCDEFGHIJKLMCP", "12345_NOPQRSTUVWXYZDN", "12345_abcdefghijklmN3", "12345_nopqrstuvwxyzP2",
        "12345_!\"%&'()*+,-./LC", "12345_0123456789:;<=>?62", "7907665Bm8v2AB", "97850l6KZm0yCD",
        "225803106GSpEF", "149512464PM+GH", "62577B8fRG7HJK", "515942070CYxLM", "390800494sP6NP",
        "386830132uO+QR", "53395376X1:nST"})
    void csumAlphaPasses(String s) {
        assertThat(check(Gs1Linter.CSUMALPHA, s)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "33", "1987654Ad4X4bL5ttr2310cXK", "1987654Ad4X4bL5ttr2310c2X"})
    void csumAlphaFails(String s) {
        assertThat(check(Gs1Linter.CSUMALPHA, s)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000606", "250606", "500606", "750606", "990606", "200131", "200229", "200200"})
    void yymmd0Passes(String s) {
        assertThat(check(Gs1Linter.YYMMD0, s)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"200010,2", "201310,2", "209910,2", "200132,4", "210229,4", "200431,4", "1111111,0", "11111,0"})
    void yymmd0Fails(String s, int offset) {
        Gs1Linter.Failure f = check(Gs1Linter.YYMMD0, s);
        assertThat(f.code()).isEqualTo("gs1.date");
        assertThat(f.offset()).isEqualTo(offset);
    }

    @Test
    void yymmddRefusesDayZero() {
        assertThat(check(Gs1Linter.YYMMDD, "200131")).isNull();
        assertThat(check(Gs1Linter.YYMMDD, "200100").reason()).isEqualTo("day 00 is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000", "2359", "1200"})
    void hhmiPasses(String s) {
        assertThat(check(Gs1Linter.HHMI, s)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2400", "0060", "000", "00000", "ab00"})
    void hhmiFails(String s) {
        assertThat(check(Gs1Linter.HHMI, s)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "13", "23", "99", "0101", "9899", "001003", "999999"})
    void pieceOfTotalPasses(String s) {
        assertThat(check(Gs1Linter.PIECEOFTOTAL, s)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "111", "21", "0001", "0100", "9998"})
    void pieceOfTotalFails(String s) {
        assertThat(check(Gs1Linter.PIECEOFTOTAL, s)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "%00", "%FF", "%fF", "ABC%20XYZ"})
    void pcencPasses(String s) {
        assertThat(check(Gs1Linter.PCENC, s)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%fg", "%gf", "%g", "ABC%g", "ABC%gfXYZ"})
    void pcencFails(String s) {
        assertThat(check(Gs1Linter.PCENC, s)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR7630006000011234567890189", "DE91100000000123456789", "GB98MIDL07009312345678",
        "BE71096123456769", "MT90MALT011000012345MTLCAST001SABC"})
    void ibanPasses(String s) {
        assertThat(check(Gs1Linter.IBAN, s)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE71096123456760", "", "BE71", "MTXXMALT011000012345MTLCAST001SABCD",
        "LC14BOSLxx3456789012345678901230"})
    void ibanFails(String s) {
        assertThat(check(Gs1Linter.IBAN, s)).isNotNull();
    }

    @Test
    void countryAndCurrencyCodes() {
        // lint_iso3166.c: 004 passes, 000-003 and 999 fail; lint_iso4217.c: 008 passes, 004 fails
        assertThat(check(Gs1Linter.ISO3166, "004")).isNull();
        assertThat(check(Gs1Linter.ISO3166, "894")).isNull();
        assertThat(check(Gs1Linter.ISO3166, "003")).isNotNull();
        assertThat(check(Gs1Linter.ISO3166, "999")).isNotNull();
        assertThat(check(Gs1Linter.ISO3166999, "999")).isNull();
        assertThat(check(Gs1Linter.ISO3166999, "998")).isNotNull();
        assertThat(check(Gs1Linter.ISO4217, "008")).isNull();
        assertThat(check(Gs1Linter.ISO4217, "004")).isNotNull();
        assertThat(check(Gs1Linter.ISO3166ALPHA2, "AD")).isNull();
        assertThat(check(Gs1Linter.ISO3166ALPHA2, "AA")).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({
        // GS1 General Specifications 7.12 sliding window, as implemented by lint_yymmd0.c:
        // YY - current YY >= 51 -> previous century; <= -50 -> next century; else this century.
        "76,2026,2076", "77,2026,1977", "00,2026,2000", "99,2026,1999", "26,2026,2026",
        "10,2060,2110", "11,2060,2011", "49,1999,2049", "50,1999,1950", "98,2000,1998"})
    void centuryWindow(int yy, int currentYear, int expected) {
        assertThat(Gs1Linter.fullYear(yy, currentYear)).isEqualTo(expected);
    }
}
