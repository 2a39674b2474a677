package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Percent-decoding and the key-qualifier rule. Decoding vectors are gs1/gs1-syntax-engine {@code src/c-lib/dl.c},
 * {@code test_dl_URIunescape} (input, path reading, query reading); qualifier sequences are its
 * {@code test_dl_testValidateDLpathAIseq}.
 */
class Gs1DigitalLinkSyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "test|test|test",
        "+|+|' '",
        "%20|' '|' '",
        "%20AB|' AB'|' AB'",
        "A%20B|A B|A B",
        "AB%20|'AB '|'AB '",
        "ABC%2|ABC%2|ABC%2",
        "ABCD%|ABCD%|ABCD%",
        "A%20%20B|A  B|A  B",
        "A%4FB|AOB|AOB",
        "A%4fB|AOB|AOB",
        "A%4gB|A%4gB|A%4gB",
        "A%4GB|A%4GB|A%4GB",
        "A%g4B|A%g4B|A%g4B",
        "A%G4B|A%G4B|A%G4B"})
    void unescape(String in, String path, String query) {
        assertThat(Gs1DigitalLinkSyntax.decode(in, 0, in.length(), false).text()).isEqualTo(path);
        assertThat(Gs1DigitalLinkSyntax.decode(in, 0, in.length(), true).text()).isEqualTo(query);
    }

    @Test
    void escapedBytesAreUtf8NotLatin1() {
        // dl.c keeps the byte 0xFF; Java strings hold characters, so bytes are read as UTF-8 (invalid -> U+FFFD).
        assertThat(Gs1DigitalLinkSyntax.decode("A%ffB", 0, 5, false).text()).isEqualTo("A\uFFFDB");
        assertThat(Gs1DigitalLinkSyntax.decode("caf%C3%A9!", 0, 10, false).text()).isEqualTo("café!");
        assertThat(Gs1DigitalLinkSyntax.decode("A%01B", 0, 5, false).text()).isEqualTo("A\u0001B");
    }

    @Test
    void decodedCharactersKnowWhereTheyCameFrom() {
        Gs1DigitalLinkSyntax.Decoded d = Gs1DigitalLinkSyntax.decode("xA%2FB%C3%A9C", 1, 13, false);
        assertThat(d.text()).isEqualTo("A/BéC");
        assertThat(d.rawIndex()).containsExactly(1, 2, 5, 6, 12, 13);
    }

    @Test
    void keyQualifierSequences() {
        Gs1Ai gtin = Gs1AiTable.lookup("01").orElseThrow();
        for (List<String> ok : List.of(List.<String>of(), List.of("21"), List.of("10"), List.of("10", "21"),
                List.of("22"), List.of("22", "21"), List.of("22", "10"), List.of("22", "10", "21"), List.of("235"))) {
            assertThat(Gs1DigitalLinkSyntax.isValidQualifierSequence(gtin, ok)).as(ok.toString()).isTrue();
        }
        for (List<String> bad : List.of(List.of("10", "22"), List.of("21", "10"), List.of("22", "235"),
                List.of("235", "10"), List.of("10", "10"), List.of("17"))) {
            assertThat(Gs1DigitalLinkSyntax.isValidQualifierSequence(gtin, bad)).as(bad.toString()).isFalse();
        }
        Gs1Ai gln = Gs1AiTable.lookup("414").orElseThrow();
        assertThat(Gs1DigitalLinkSyntax.isValidQualifierSequence(gln, List.of("254"))).isTrue();
        assertThat(Gs1DigitalLinkSyntax.isValidQualifierSequence(gln, List.of("7040"))).isTrue();
        assertThat(Gs1DigitalLinkSyntax.isValidQualifierSequence(gln, List.of("254", "7040"))).isFalse();
        Gs1Ai sscc = Gs1AiTable.lookup("00").orElseThrow();
        assertThat(Gs1DigitalLinkSyntax.isValidQualifierSequence(sscc, List.of())).isTrue();
        assertThat(Gs1DigitalLinkSyntax.isValidQualifierSequence(sscc, List.of("10"))).isFalse();
        assertThat(Gs1DigitalLinkSyntax.isValidQualifierSequence(Gs1AiTable.lookup("8018").orElseThrow(),
                List.of("8019"))).isTrue();
        assertThat(Gs1DigitalLinkSyntax.isValidQualifierSequence(Gs1AiTable.lookup("8010").orElseThrow(),
                List.of("8011"))).isTrue();
    }
}
