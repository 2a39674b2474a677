package org.uditrust.barcode.bench;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;

/**
 * The baseline for LabelDecodeBenchmark: what a plain ZXing user writes, {@link MultiFormatReader} with default
 * hints (all formats, no TRY_HARDER). It lives under {@code barcode} because only that package may use ZXing
 * (ArchitectureTest), and the JMH classes are compiled into the main output.
 */
public final class ZxingDefaultDecode {

    private ZxingDefaultDecode() {
    }

    /** The decoded text, or null when nothing was found. */
    public static String decode(BufferedImage image) {
        try {
            Result result = new MultiFormatReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
            return result.getText();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
