package org.uditrust.udi.hibcc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HibccCheckCharacterTest {

    /** Code 39 value table (ISO/IEC 16388 Table 1, as used by ANSI/HIBC 2.6): digits, letters, then - . space $ / + %. */
    @ParameterizedTest
    @CsvSource(value = {"0|0", "9|9", "A|10", "Z|35", "-|36", ".|37", "' '|38", "$|39", "/|40", "+|41", "%|42"},
            delimiter = '|')
    void valuesFollowTheCode39Table(char c, int value) {
        assertThat(HibccCheckCharacter.value(c)).isEqualTo(value);
    }

    @Test
    void charactersOutsideCode39HaveNoValue() {
        assertThat(HibccCheckCharacter.value('a')).isEqualTo(-1);
        assertThat(HibccCheckCharacter.value('*')).isEqualTo(-1); // start/stop of Code 39, never data
        assertThat(HibccCheckCharacter.value('\u00e9')).isEqualTo(-1);
        assertThat(HibccCheckCharacter.value('\u001d')).isEqualTo(-1);
        assertThat(HibccCheckCharacter.compute("+a123")).isEqualTo('\0');
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(value = {
            // udi.md primer and DacoTaco/BarcodeParserBuilder HibcBarcodeParserBuilderTestFixture: +A123BJC5D6E71G
            "+A123BJC5D6E71|G",
            // bwipp/postscriptbarcode wiki "HIBC Data Structures": primary example +A999123457
            "+A99912345|7",
            // udi.md primer: concatenated +A123BJC5D6E71/$$52001510X3C
            "+A123BJC5D6E71/$$52001510X3|C",
            // DacoTaco fixture "Online Example #1": the check character is '$'
            "+A123ABCDEFGHI1234567891/$$420020216LOT123456789012345/SXYZ456789012345678/16D20130202|$",
            // DacoTaco fixture "2D - MultipleSegments"
            "+A99912345/$$52025010X3/16D20111212/S77DEFG45|8",
    }, delimiter = '|')
    void computesThePublishedCheckCharacters(String data, char check) {
        assertThat(HibccCheckCharacter.compute(data)).isEqualTo(check);
    }

    @Test
    void aSpaceIsALegalCheckCharacter() {
        // DacoTaco fixture "1D - Multiple Lines with special link character": +$$52001510X3+ (link '+', check ' ')
        assertThat(HibccCheckCharacter.compute("+$$52001510X3+")).isEqualTo(' ');
        // and '+' itself: +A123BJCMD6E79+ from the same fixture
        assertThat(HibccCheckCharacter.compute("+A123BJCMD6E79")).isEqualTo('+');
    }

    @Test
    void computesOverARange() {
        String text = "xx+A99912345yy";
        assertThat(HibccCheckCharacter.compute(text, 2, 12)).isEqualTo('7');
    }
}
