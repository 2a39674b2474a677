package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table against lines of the GS1 Barcode Syntax Dictionary release 2026-01-27 (gs1/gs1-syntax-dictionary,
 * gs1-syntax-dictionary.txt), quoted above each test.
 */
class Gs1AiTableTest {

    @Test
    void readsTheWholeDictionary() {
        assertThat(Gs1AiTable.release()).isEqualTo("2026-01-27");
        // 541 = the entry lines with ranges expanded, counted independently with awk over the dictionary file.
        assertThat(Gs1AiTable.all()).hasSize(541);
        assertThat(Gs1AiTable.lookup("3695")).isPresent();
        assertThat(Gs1AiTable.lookup("3696")).isEmpty();
        assertThat(Gs1AiTable.lookup("99")).isPresent();
        assertThat(Gs1AiTable.lookup("8043")).isPresent();
        assertThat(Gs1AiTable.lookup("04")).isEmpty();
        assertThat(Gs1AiTable.lookup("1")).isEmpty();
        assertThat(Gs1AiTable.lookup("ab")).isEmpty();
    }

    @Test
    void gtin() {
        // 01         *?  N14,csum,gcppos2                  ex=255,37 dlpkey=22,10,21|235                      # GTIN
        Gs1Ai ai = Gs1AiTable.lookup("01").orElseThrow();
        assertThat(ai.title()).isEqualTo("GTIN");
        assertThat(ai.predefinedLength()).isTrue();
        assertThat(ai.fnc1Required()).isFalse();
        assertThat(ai.dlDataAttribute()).isTrue();
        assertThat(ai.minLength()).isEqualTo(14);
        assertThat(ai.maxLength()).isEqualTo(14);
        assertThat(ai.checkDigit()).isTrue();
        assertThat(ai.components().get(0).linters()).containsExactly(Gs1Linter.CSUM, Gs1Linter.GCPPOS2);
        assertThat(ai.excludes()).containsExactly("255", "37");
        assertThat(ai.dlPrimaryKey()).isTrue();
        assertThat(ai.dlQualifiers()).containsExactly(List.of("22", "10", "21"), List.of("235"));
    }

    @Test
    void batchLot() {
        // 10          ?  X..20                             req=01,02,03,8006,8026                             # BATCH/LOT
        Gs1Ai ai = Gs1AiTable.lookup("10").orElseThrow();
        assertThat(ai.title()).isEqualTo("BATCH/LOT");
        assertThat(ai.fnc1Required()).isTrue();
        assertThat(ai.components()).containsExactly(
                new Gs1Ai.Component(Gs1Ai.CharSet.X, 1, 20, false, List.of()));
        assertThat(ai.requires()).containsExactly(new Gs1Ai.Requisite(
                List.of(List.of("01"), List.of("02"), List.of("03"), List.of("8006"), List.of("8026"))));
        assertThat(ai.dlPrimaryKey()).isFalse();
    }

    @Test
    void expiryTimeIsFixedLengthButNeedsFnc1() {
        // 7003        ?  N6,yymmdd N4,hhmi                 req=01,02,03                                       # EXPIRY TIME
        Gs1Ai ai = Gs1AiTable.lookup("7003").orElseThrow();
        assertThat(ai.fnc1Required()).isTrue();
        assertThat(ai.fixedLength()).isTrue();
        assertThat(ai.maxLength()).isEqualTo(10);
        assertThat(ai.dateKind()).isEqualTo(Gs1Ai.DateKind.YYMMDD);
        assertThat(Gs1AiTable.lookup("17").orElseThrow().dateKind()).isEqualTo(Gs1Ai.DateKind.YYMMD0);
    }

    @Test
    void rangesAndDoubleRequisites() {
        // 3920-3929   ?  N..15                             req=01 req=30,31nn,32nn,35nn,36nn ex=392n,393n   # PRICE
        Gs1Ai ai = Gs1AiTable.lookup("3925").orElseThrow();
        assertThat(ai.title()).isEqualTo("PRICE");
        assertThat(ai.requires()).hasSize(2);
        assertThat(ai.requires().get(1).alternatives()).contains(List.of("31nn"));
        assertThat(ai.excludes()).containsExactly("392n", "393n");
        // 8014           X..25,csumalpha,gcppos1,hasnondigit  req=01                                        # MUDI
        Gs1Ai mudi = Gs1AiTable.lookup("8014").orElseThrow();
        assertThat(mudi.checkCharacterPair()).isTrue();
        assertThat(mudi.dlDataAttribute()).isFalse();
        // 8110        ?  X..70,couponcode   (no title)
        assertThat(Gs1AiTable.lookup("8110").orElseThrow().title()).isEmpty();
        // 423         ?  N3,iso3166 [N3],iso3166 [N3],iso3166 [N3],iso3166 [N3],iso3166  req=01,02,03 ex=426
        Gs1Ai c423 = Gs1AiTable.lookup("423").orElseThrow();
        assertThat(c423.minLength()).isEqualTo(3);
        assertThat(c423.maxLength()).isEqualTo(15);
    }

    @Test
    void findsTheAiAtAPosition() {
        String s = "x0109506000134352";
        assertThat(Gs1AiTable.atPosition(s, 1).ai()).isEqualTo("01");
        assertThat(Gs1AiTable.atPosition("7003", 0).ai()).isEqualTo("7003");
        assertThat(Gs1AiTable.atPosition("700", 0)).isNull();
        assertThat(Gs1AiTable.atPosition("0412", 0)).isNull();
        assertThat(Gs1AiTable.aiLengthForPrefix(70)).isEqualTo(4);
        assertThat(Gs1AiTable.aiLengthForPrefix(42)).isEqualTo(3);
        assertThat(Gs1AiTable.aiLengthForPrefix(4)).isZero();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        // gs1/gs1-syntax-engine src/c-lib/ai.c test_ai_checkAIlengthByPrefix
        "00,2", "01,2", "02,2", "10,2", "11,2", "12,2", "13,2", "15,2", "16,2", "17,2", "20,2", "21,2", "22,2",
        "23,3", "24,3", "25,3", "30,2", "31,4", "32,4", "33,4", "34,4", "35,4", "36,4", "37,2", "39,4", "40,3",
        "41,3", "42,3", "43,4", "70,4", "71,3", "72,4", "80,4", "81,4", "82,4", "90,2", "91,2", "99,2"})
    void aiLengthByPrefixAsTheSyntaxEngine(String prefix, int length) {
        assertThat(Gs1AiTable.aiLengthForPrefix(Integer.parseInt(prefix))).isEqualTo(length);
    }

    @Test
    void predefinedLengthFlagMatchesTheGeneralSpecificationsPrefixTable() {
        // GS1 General Specifications figure 7.8.5-2 (as in test_ai_AItableVsIsFNC1required of the Syntax Engine):
        // element strings starting 00-04, 11-20 (not 10), 31-36 and 41 have a predefined length.
        java.util.Set<String> prefixes = java.util.Set.of("00", "01", "02", "03", "04", "11", "12", "13", "14", "15",
                "16", "17", "18", "19", "20", "31", "32", "33", "34", "35", "36", "41");
        for (Gs1Ai ai : Gs1AiTable.all()) {
            assertThat(ai.predefinedLength()).as(ai.ai()).isEqualTo(prefixes.contains(ai.ai().substring(0, 2)));
            if (ai.predefinedLength()) {
                assertThat(ai.fixedLength()).as(ai.ai()).isTrue();
            }
        }
    }

    @Test
    void fixedLengthButFnc1RequiredAisFromThePrimer() {
        for (String ai : List.of("422", "7003", "4326", "8006")) {
            assertThat(Gs1AiTable.lookup(ai).orElseThrow().fnc1Required()).as(ai).isTrue();
            assertThat(Gs1ElementStrings.hasPredefinedLength(ai)).as(ai).isFalse();
        }
    }
}
