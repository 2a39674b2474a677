package org.uditrust.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ordering and de-duplication of several symbols in one photo. */
class LabelDecoderOrderTest {

    @Test
    void rowsTopToBottomThenLeftToRight() {
        DecodedBarcode bottom = new DecodedBarcode("]d1C", "Data Matrix", 100, 900);
        DecodedBarcode topRight = new DecodedBarcode("]d1B", "Data Matrix", 700, 120);
        DecodedBarcode topLeftSlightlyLower = new DecodedBarcode("]d1A", "Data Matrix", 100, 170);

        assertThat(LabelDecoder.order(List.of(bottom, topRight, topLeftSlightlyLower), 1000))
                .containsExactly(topLeftSlightlyLower, topRight, bottom);
    }

    @Test
    void sameTextIsReportedOnce() {
        DecodedBarcode a = new DecodedBarcode("]C0+A123BJC5D6E71G", "Code 128", 100, 100);
        DecodedBarcode again = new DecodedBarcode("]C0+A123BJC5D6E71G", "Code 128", 104, 101);

        assertThat(LabelDecoder.order(List.of(a, again), 500)).containsExactly(a);
    }
}
