package org.uditrust.barcode;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** Finds and decodes UDI barcodes in label images. (Stub: being written.) */
public final class LabelDecoder {

    public DecodeResult decode(Path imageFile) {
        return new DecodeResult.Unreadable("Image decoding is not available yet.");
    }

    public DecodeResult decode(BufferedImage image) {
        return new DecodeResult.Unreadable("Image decoding is not available yet.");
    }
}
