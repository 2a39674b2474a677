package org.uditrust.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds and decodes UDI barcodes in label images: GS1 DataMatrix, GS1-128, GS1 QR, and the plain Data Matrix,
 * Code 128, Code 39 and QR symbols that carry HIBCC and ISBT 128 data.
 *
 * <p>Each {@link DecodedBarcode#text()} is what a scanner in AIM mode would type (symbology identifier, then the
 * data with FNC1 separators as GS), ready for the UDI parser. The decoder tries cheap passes first and stops at
 * the first pass that finds anything, so a clean label costs one pass; photos that are rotated, blurred or dim
 * fall through to harder passes. It never throws for bad input: files that are not images, truncated or too large
 * give {@link DecodeResult.Unreadable}, images without a readable symbol give {@link DecodeResult.NotFound}.
 *
 * <p>Instances hold no state and may be shared between threads.
 */
public final class LabelDecoder {

    /** UDI carriers only: fewer readers is faster and avoids false EAN/UPC hits in the text of a label. */
    private static final List<BarcodeFormat> UDI_FORMATS = List.of(
            BarcodeFormat.DATA_MATRIX, BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE, BarcodeFormat.CODE_39);

    /** Small-angle rotations tried last, for 1D symbols photographed askew (2D detectors handle any angle). */
    private static final int[] SKEW_ANGLES = {15, -15, 30, -30, 45, -45};
    /** Longest side of the rotated copies; 2000 px keeps a 10-mil Code 128 on a phone photo above 1 px/module. */
    private static final int MAX_ROTATED_SIDE = 2000;

    private final Map<DecodeHintType, Object> fastHints;
    private final Map<DecodeHintType, Object> hardHints;
    private final Map<DecodeHintType, Object> pureHints;

    public LabelDecoder() {
        Map<DecodeHintType, Object> base = new EnumMap<>(DecodeHintType.class);
        base.put(DecodeHintType.POSSIBLE_FORMATS, UDI_FORMATS);
        // UDI data is ASCII; naming a charset stops ZXing guessing Shift_JIS for QR byte segments.
        base.put(DecodeHintType.CHARACTER_SET, "ISO-8859-1");
        // Without it the Code 128 reader drops every FNC1 and GS1-128 separators are lost.
        base.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
        fastHints = Collections.unmodifiableMap(new EnumMap<>(base));
        Map<DecodeHintType, Object> hard = new EnumMap<>(base);
        hard.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hardHints = Collections.unmodifiableMap(hard);
        Map<DecodeHintType, Object> pure = new EnumMap<>(hard);
        pure.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        pureHints = Collections.unmodifiableMap(pure);
    }

    /** Reads an image file (PNG, JPEG, or another format the JDK reads) and decodes the barcodes in it. */
    public DecodeResult decode(Path imageFile) {
        BufferedImage image;
        try {
            image = ImageLoader.load(imageFile);
        } catch (ImageLoader.UnreadableImage e) {
            return new DecodeResult.Unreadable(e.getMessage());
        }
        return decodeLoaded(image, imageFile.getFileName() == null ? imageFile.toString()
                : imageFile.getFileName().toString());
    }

    /** Decodes image bytes (for example a dropped or pasted file); {@code name} is used in messages only. */
    public DecodeResult decode(byte[] imageBytes, String name) {
        String label = name == null ? "image" : name;
        BufferedImage image;
        try {
            image = ImageLoader.load(imageBytes, label);
        } catch (ImageLoader.UnreadableImage e) {
            return new DecodeResult.Unreadable(e.getMessage());
        }
        return decodeLoaded(image, label);
    }

    /** Decodes the barcodes in an image already in memory. */
    public DecodeResult decode(BufferedImage image) {
        if (image == null) {
            return new DecodeResult.Unreadable("No image was given.");
        }
        return decodeLoaded(image, "the image");
    }

    private DecodeResult decodeLoaded(BufferedImage image, String name) {
        try {
            List<DecodedBarcode> found = findAll(image);
            if (found.isEmpty()) {
                return new DecodeResult.NotFound("No UDI barcode (Data Matrix, Code 128, QR Code, Code 39) "
                        + "could be read in " + quoted(name) + ".");
            }
            return new DecodeResult.Found(found);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError | AssertionError e) {
            // ZXing is robust, but a bug in it (or one of its assertions, under -ea) must not take the caller down
            // with a picture the user chose.
            return new DecodeResult.Unreadable("Decoding " + quoted(name) + " failed: " + e);
        }
    }

    private static String quoted(String name) {
        return name.equals("the image") ? name : "'" + name + "'";
    }

    /** The passes, cheapest first; the first pass that finds anything wins. */
    private List<DecodedBarcode> findAll(BufferedImage image) {
        LuminanceSource source = GreyLuminanceSource.of(image);
        List<DecodedBarcode> found = multi(source, HybridBinarizer::new, fastHints, null);
        if (found.isEmpty()) {
            found = multi(source, HybridBinarizer::new, hardHints, null);
        }
        if (found.isEmpty()) {
            // Global thresholding copes better with soft, low-contrast images than the local one.
            found = multi(source, GlobalHistogramBinarizer::new, hardHints, null);
        }
        if (found.isEmpty()) {
            found = pure(source);
        }
        if (found.isEmpty()) {
            // Sensor noise breaks module edges into speckles that the binarizer keeps; averaging first removes it.
            found = multi(smoothed(source), HybridBinarizer::new, hardHints, null);
        }
        if (found.isEmpty()) {
            found = rotated(image);
        }
        return order(found, image.getHeight());
    }

    private List<DecodedBarcode> multi(LuminanceSource source, Function<LuminanceSource, Binarizer> binarizer,
            Map<DecodeHintType, Object> hints, AffineTransform toOriginal) {
        try {
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader())
                    .decodeMultiple(new BinaryBitmap(binarizer.apply(source)), hints);
            List<DecodedBarcode> out = new ArrayList<>(results.length);
            for (Result r : results) {
                out.add(toBarcode(r, toOriginal));
            }
            return out;
        } catch (ReaderException e) {
            return List.of();
        }
    }

    /** A clean, tightly cropped symbol (a screenshot of a label) is decoded best without any detection. */
    private List<DecodedBarcode> pure(LuminanceSource source) {
        try {
            Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), pureHints);
            return List.of(toBarcode(r, null));
        } catch (ReaderException e) {
            return List.of();
        }
    }

    /** The luminance averaged over 3 × 3 neighbourhoods (a box blur), as a new source of the same size. */
    static LuminanceSource smoothed(LuminanceSource source) {
        int w = source.getWidth();
        int h = source.getHeight();
        byte[] in = source.getMatrix();
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - 1);
            int y1 = Math.min(h - 1, y + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - 1);
                int x1 = Math.min(w - 1, x + 1);
                int sum = 0;
                for (int yy = y0; yy <= y1; yy++) {
                    int row = yy * w;
                    for (int xx = x0; xx <= x1; xx++) {
                        sum += in[row + xx] & 0xff;
                    }
                }
                out[y * w + x] = (byte) (sum / ((y1 - y0 + 1) * (x1 - x0 + 1)));
            }
        }
        return GreyLuminanceSource.of(out, w, h);
    }

    private List<DecodedBarcode> rotated(BufferedImage image) {
        for (int angle : SKEW_ANGLES) {
            double theta = Math.toRadians(angle);
            double sin = Math.abs(Math.sin(theta));
            double cos = Math.abs(Math.cos(theta));
            int w = image.getWidth();
            int h = image.getHeight();
            // Large photos are shrunk for these last-resort passes so a blank 40 MP picture still returns quickly.
            double scale = Math.min(1.0, MAX_ROTATED_SIDE / (double) Math.max(w, h));
            int rw = (int) Math.ceil((w * cos + h * sin) * scale);
            int rh = (int) Math.ceil((h * cos + w * sin) * scale);
            AffineTransform rotate = new AffineTransform();
            rotate.translate(rw / 2.0, rh / 2.0);
            rotate.rotate(theta);
            rotate.scale(scale, scale);
            rotate.translate(-w / 2.0, -h / 2.0);
            BufferedImage canvas = new BufferedImage(rw, rh, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = canvas.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, rw, rh);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, rotate, null);
            } finally {
                g.dispose();
            }
            AffineTransform back;
            try {
                back = rotate.createInverse();
            } catch (NoninvertibleTransformException e) {
                continue;
            }
            List<DecodedBarcode> found = multi(GreyLuminanceSource.of(canvas), HybridBinarizer::new,
                    hardHints, back);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static DecodedBarcode toBarcode(Result r, AffineTransform toOriginal) {
        String text = ScannerText.of(r);
        String aim = text.substring(0, 3); // as corrected by ScannerText, not ZXing's raw metadata
        double x = 0;
        double y = 0;
        int n = 0;
        ResultPoint[] points = r.getResultPoints();
        if (points != null) {
            for (ResultPoint p : points) {
                if (p != null) {
                    x += p.getX();
                    y += p.getY();
                    n++;
                }
            }
        }
        Point2D centre = new Point2D.Double(n == 0 ? 0 : x / n, n == 0 ? 0 : y / n);
        if (toOriginal != null) {
            centre = toOriginal.transform(centre, null);
        }
        return new DecodedBarcode(text, ScannerText.symbologyName(r.getBarcodeFormat(), aim),
                (int) Math.round(centre.getX()), (int) Math.round(centre.getY()));
    }

    /**
     * Top-to-bottom, then left-to-right within a row; the same text found twice (ZXing may see one symbol from two
     * sub-regions) is kept once. Symbols whose centres are within a tenth of the image height count as one row,
     * so labels side by side in a slightly tilted photo still read left to right.
     */
    static List<DecodedBarcode> order(List<DecodedBarcode> found, int imageHeight) {
        Map<String, DecodedBarcode> unique = new LinkedHashMap<>();
        for (DecodedBarcode b : found) {
            unique.putIfAbsent(b.text(), b);
        }
        List<DecodedBarcode> byY = new ArrayList<>(unique.values());
        byY.sort(Comparator.comparingInt(DecodedBarcode::centerY));
        int tolerance = Math.max(1, imageHeight / 10);
        List<DecodedBarcode> out = new ArrayList<>(byY.size());
        int i = 0;
        while (i < byY.size()) {
            int rowTop = byY.get(i).centerY();
            int j = i;
            while (j < byY.size() && byY.get(j).centerY() - rowTop <= tolerance) {
                j++;
            }
            List<DecodedBarcode> row = new ArrayList<>(byY.subList(i, j));
            row.sort(Comparator.comparingInt(DecodedBarcode::centerX));
            out.addAll(row);
            i = j;
        }
        return out;
    }
}
