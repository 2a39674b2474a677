package org.uditrust.barcode;

import java.util.Objects;

/**
 * One barcode found in an image.
 *
 * @param text       what a scanner would have typed: the AIM symbology identifier (e.g. {@code ]d2}) followed by
 *                   the data with every FNC1 after the first as GS (ASCII 29); ready for {@code UdiParser.parse}
 * @param symbology  human name of the symbology found, e.g. "Data Matrix"
 * @param centerX    x of the symbol's centre in image pixels (to tell several barcodes in one photo apart)
 * @param centerY    y of the symbol's centre in image pixels
 */
public record DecodedBarcode(String text, String symbology, int centerX, int centerY) {
    public DecodedBarcode {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(symbology, "symbology");
    }
}
