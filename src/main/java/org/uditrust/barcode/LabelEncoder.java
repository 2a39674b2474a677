package org.uditrust.barcode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.uditrust.udi.CarrierText;
import org.uditrust.udi.Udi;

/**
 * Draws UDI labels as a manufacturer prints them: the symbol with its quiet zone and the human-readable
 * interpretation under it (wrapped when long).
 *
 * <p>The symbol carries {@link CarrierText#of(Udi)}: for GS1 a GS1 DataMatrix, GS1-128 or GS1 QR Code with FNC1 in
 * first position and FNC1 as separator; for HIBCC and ISBT 128 a plain Data Matrix, Code 128 or QR Code. Decoding
 * the result with {@link LabelDecoder} gives back exactly the scanner text ({@code ]d2}/{@code ]C1}/{@code ]Q3}
 * plus the element string for GS1).
 *
 * <p>Bad input (data a symbology cannot carry) gives {@link IllegalArgumentException}; instances are immutable and
 * thread-safe.
 */
public final class LabelEncoder {

    /** Default size of one 2D module in pixels: 8 px is 0.68 mm at 300 dpi, inside GS1's range for healthcare. */
    public static final int DEFAULT_MODULE_PIXELS = 8;

    private final int modulePixels;

    public LabelEncoder() {
        this(DEFAULT_MODULE_PIXELS);
    }

    /** @param modulePixels size of one Data Matrix / QR module in pixels (Code 128 bars are scaled to match) */
    public LabelEncoder(int modulePixels) {
        if (modulePixels < 1 || modulePixels > 100) {
            throw new IllegalArgumentException("module size must be 1 to 100 pixels, was " + modulePixels);
        }
        this.modulePixels = modulePixels;
    }

    /** Writes a label to {@code out}; the format (PNG or SVG) follows the file extension. */
    public void write(Udi udi, Symbology symbology, Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            Files.write(out, png(udi, symbology));
        } else if (name.endsWith(".svg")) {
            Files.writeString(out, svg(udi, symbology), StandardCharsets.UTF_8);
        } else {
            throw new IllegalArgumentException("Cannot tell the label format from '" + out.getFileName()
                    + "': use a name ending in .png or .svg.");
        }
    }

    /** The label as PNG bytes. */
    public byte[] png(Udi udi, Symbology symbology) {
        return PngLabelRenderer.png(layout(udi, symbology));
    }

    /** The label as an image (for showing it on screen). */
    public BufferedImage image(Udi udi, Symbology symbology) {
        return PngLabelRenderer.image(layout(udi, symbology));
    }

    /** The label as an SVG document (UTF-8 text). */
    public String svg(Udi udi, Symbology symbology) {
        return SvgLabelRenderer.svg(layout(udi, symbology));
    }

    private LabelLayout layout(Udi udi, Symbology symbology) {
        Objects.requireNonNull(udi, "udi");
        Objects.requireNonNull(symbology, "symbology");
        String data = CarrierText.of(udi);
        if (data.isEmpty()) {
            throw new IllegalArgumentException("The UDI has no data to encode.");
        }
        return LabelLayout.of(CarrierSymbols.encode(data, udi.issuer(), symbology), symbology, udi.humanReadable(),
                modulePixels);
    }
}
