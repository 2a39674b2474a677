package org.uditrust.barcode;

import java.util.List;

/** What reading an image gave: barcodes, none, or a file that is not a readable image. */
public sealed interface DecodeResult permits DecodeResult.Found, DecodeResult.NotFound, DecodeResult.Unreadable {

    /** One or more barcodes, top-to-bottom then left-to-right. */
    record Found(List<DecodedBarcode> barcodes) implements DecodeResult {
        public Found {
            barcodes = List.copyOf(barcodes);
            if (barcodes.isEmpty()) {
                throw new IllegalArgumentException("Found needs at least one barcode");
            }
        }
    }

    /** The image was read but holds no barcode that could be decoded. */
    record NotFound(String message) implements DecodeResult {
    }

    /** The file could not be read as an image (missing, not PNG/JPEG, truncated, too large). */
    record Unreadable(String message) implements DecodeResult {
    }
}
