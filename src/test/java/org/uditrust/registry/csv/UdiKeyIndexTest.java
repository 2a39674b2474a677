package org.uditrust.registry.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UdiKeyIndexTest {

    @Test
    void remembersEveryKeyWithItsLineThroughGrowth() {
        UdiKeyIndex index = new UdiKeyIndex();
        for (int i = 0; i < 100_000; i++) {
            String key = "GS1|0950600013435" + (i % 10) + "||S" + i + "|||||";
            long h = UdiKeyIndex.hash(key);
            assertThat(index.lineOf(h)).as("new key %s", key).isZero();
            index.add(h, i + 2);
        }
        for (int i = 0; i < 100_000; i++) {
            String key = "GS1|0950600013435" + (i % 10) + "||S" + i + "|||||";
            assertThat(index.lineOf(UdiKeyIndex.hash(key))).isEqualTo(i + 2);
        }
        assertThat(index.lineOf(UdiKeyIndex.hash("GS1|09506000134352||S100000|||||"))).isZero();
    }

    @Test
    void theFirstLineIsKeptForARepeatedKey() {
        UdiKeyIndex index = new UdiKeyIndex();
        long h = UdiKeyIndex.hash("HIBCC|A123BJC5D6E7||||||");
        index.add(h, 5);
        index.add(h, 9);
        assertThat(index.lineOf(h)).isEqualTo(5);
        assertThat(UdiKeyIndex.hash("")).isNotZero();
    }
}
