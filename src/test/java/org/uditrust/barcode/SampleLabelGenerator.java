package org.uditrust.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code39Writer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.uditrust.udi.CarrierText;
import org.uditrust.udi.Udi;

/**
 * Writes the sample label images in {@code samples/labels/} and their manifest {@code labels.tsv}: clean labels
 * made by {@link LabelEncoder}, and degraded copies (rotated, blurred, noisy, dim, JPEG, two labels in one photo,
 * sheared) made here with plain Java2D. Deterministic: the noise has a fixed seed, so re-running gives the same
 * files. See samples/labels/README.md for how to run it.
 */
public final class SampleLabelGenerator {

    // GS1 DataMatrix guideline example: (01)09506000134352(17)201225(10)ABC123(21)XYZ
    static final Udi GS1_EXAMPLE = TestUdis.gs1("01", "09506000134352", "17", "201225", "10", "ABC123",
            "21", "XYZ");
    // A realistic implant label: GTIN in the GS1 example prefix 950600 (check digit per GS1 mod 10), manufacture and expiry dates, lot, serial.
    static final Udi GS1_IMPLANT = TestUdis.gs1("01", "09506000143217", "11", "250115", "17", "300114",
            "10", "L2501-A7", "21", "SN000418");
    // Software as a medical device: (01) + (8012) software version, which needs GS when not last.
    static final Udi GS1_SOFTWARE = TestUdis.gs1("01", "09506000134352", "8012", "4.2.1");
    // ANSI/HIBC 2.6 examples (primer): primary, and primary + secondary concatenated.
    static final Udi HIBCC_PRIMARY = TestUdis.hibcc("+A123BJC5D6E71");
    static final Udi HIBCC_CONCAT = TestUdis.hibcc("+A123BJC5D6E71/$$52001510X3");
    // ICCBBA ST-017 section 5 worked example.
    static final Udi ISBT_EXAMPLE = TestUdis.isbt(
            "=/A9999XYZ100T0476=,000025=A99971712345600=>019032=}017032&,1000000000000XYZ123", "A9999XYZ100T0476");

    private final Path dir;
    private final List<String> manifest = new ArrayList<>();
    private final LabelEncoder encoder = new LabelEncoder();

    private SampleLabelGenerator(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/labels");
        Files.createDirectories(dir);
        new SampleLabelGenerator(dir).generate();
    }

    private void generate() throws IOException {
        BufferedImage gs1Dm = encoder.image(GS1_EXAMPLE, Symbology.DATAMATRIX);
        BufferedImage gs1128 = encoder.image(GS1_EXAMPLE, Symbology.GS1_128);
        BufferedImage gs1Qr = encoder.image(GS1_EXAMPLE, Symbology.QR);
        BufferedImage implantDm = encoder.image(GS1_IMPLANT, Symbology.DATAMATRIX);
        BufferedImage implant128 = encoder.image(GS1_IMPLANT, Symbology.GS1_128);
        BufferedImage hibccDm = encoder.image(HIBCC_CONCAT, Symbology.DATAMATRIX);
        BufferedImage hibcc128 = encoder.image(HIBCC_PRIMARY, Symbology.GS1_128);

        clean("gs1-datamatrix.png", GS1_EXAMPLE, Symbology.DATAMATRIX, "]d2", "GS1 DataMatrix, GS1 example UDI");
        clean("gs1-128.png", GS1_EXAMPLE, Symbology.GS1_128, "]C1", "GS1-128, GS1 example UDI");
        clean("gs1-qr.png", GS1_EXAMPLE, Symbology.QR, "]Q3", "GS1 QR Code, GS1 example UDI");
        clean("gs1-implant-datamatrix.png", GS1_IMPLANT, Symbology.DATAMATRIX, "]d2",
                "GS1 DataMatrix, implant: (11)(17)(10)(21), GS after the lot");
        clean("gs1-implant-128.png", GS1_IMPLANT, Symbology.GS1_128, "]C1", "GS1-128, implant UDI");
        clean("gs1-software-qr.png", GS1_SOFTWARE, Symbology.QR, "]Q3", "GS1 QR Code, (8012) software version");
        clean("hibcc-datamatrix.png", HIBCC_CONCAT, Symbology.DATAMATRIX, "]d1",
                "HIBCC primary+secondary concatenated, plain Data Matrix");
        clean("hibcc-code128.png", HIBCC_PRIMARY, Symbology.GS1_128, "]C0", "HIBCC primary, plain Code 128");
        clean("isbt128-datamatrix.png", ISBT_EXAMPLE, Symbology.DATAMATRIX, "]d1",
                "ISBT 128 ST-017 example, plain Data Matrix");
        encoder.write(GS1_EXAMPLE, Symbology.DATAMATRIX, dir.resolve("gs1-datamatrix.svg"));

        // HIBC in Code 39 is common on older labels; LabelEncoder does not print it, so draw it here.
        String hibc39 = CarrierText.of(HIBCC_PRIMARY);
        BitMatrix bars = new Code39Writer().encode(hibc39, BarcodeFormat.CODE_39, 0, 1);
        png("hibcc-code39.png", code39Label(bars));
        row("hibcc-code39.png", "]A0" + hibc39, "HIBCC", "HIBCC primary, Code 39 (drawn by the generator)");

        String dm = "]d2" + CarrierText.of(GS1_EXAMPLE);
        String c128 = "]C1" + CarrierText.of(GS1_EXAMPLE);
        String qr = "]Q3" + CarrierText.of(GS1_EXAMPLE);
        String implant = "]d2" + CarrierText.of(GS1_IMPLANT);
        String implantLinear = "]C1" + CarrierText.of(GS1_IMPLANT);
        String hibcDm = "]d1" + CarrierText.of(HIBCC_CONCAT);
        String hibcLinear = "]C0" + CarrierText.of(HIBCC_PRIMARY);

        png("gs1-datamatrix-rot90.png", rotate(photo(gs1Dm, 40), 90));
        row("gs1-datamatrix-rot90.png", dm, "GS1", "degraded: rotated 90 degrees");
        png("gs1-datamatrix-rot17.png", rotate(photo(gs1Dm, 40), 17));
        row("gs1-datamatrix-rot17.png", dm, "GS1", "degraded: rotated 17 degrees");
        png("gs1-128-rot180.png", rotate(photo(gs1128, 40), 180));
        row("gs1-128-rot180.png", c128, "GS1", "degraded: upside down");
        png("gs1-128-rot90.png", rotate(photo(gs1128, 40), 90));
        row("gs1-128-rot90.png", c128, "GS1", "degraded: GS1-128 rotated 90 degrees (bars horizontal)");
        png("gs1-128-rot17.png", rotate(photo(implant128, 40), 17));
        row("gs1-128-rot17.png", implantLinear, "GS1", "degraded: GS1-128 rotated 17 degrees");
        png("gs1-qr-rot270.png", rotate(photo(gs1Qr, 40), 270));
        row("gs1-qr-rot270.png", qr, "GS1", "degraded: rotated 270 degrees");
        png("gs1-datamatrix-blur.png", blur(photo(implantDm, 40), 5));
        row("gs1-datamatrix-blur.png", implant, "GS1", "degraded: 5x5 box blur");
        png("gs1-128-blur.png", blur(photo(gs1128, 40), 3));
        row("gs1-128-blur.png", c128, "GS1", "degraded: 3x3 box blur");
        png("gs1-datamatrix-noise.png", noise(photo(gs1Dm, 40), 40, 17));
        row("gs1-datamatrix-noise.png", dm, "GS1", "degraded: gaussian noise sigma 40");
        png("hibcc-datamatrix-noise.png", noise(photo(hibccDm, 40), 40, 23));
        row("hibcc-datamatrix-noise.png", hibcDm, "HIBCC", "degraded: gaussian noise sigma 40");
        png("gs1-qr-lowcontrast.png", lowContrast(photo(gs1Qr, 40), 105, 150));
        row("gs1-qr-lowcontrast.png", qr, "GS1", "degraded: contrast squeezed to grey 105..150");
        png("gs1-datamatrix-lowcontrast.png", lowContrast(photo(gs1Dm, 40), 110, 150));
        row("gs1-datamatrix-lowcontrast.png", dm, "GS1", "degraded: contrast squeezed to grey 110..150");
        jpeg("gs1-datamatrix-q40.jpg", photo(gs1Dm, 40), 0.4f);
        row("gs1-datamatrix-q40.jpg", dm, "GS1", "degraded: JPEG quality 40");
        jpeg("hibcc-code128-q40.jpg", photo(hibcc128, 40), 0.4f);
        row("hibcc-code128-q40.jpg", hibcLinear, "HIBCC", "degraded: JPEG quality 40");
        png("gs1-datamatrix-shear.png", shear(photo(gs1Dm, 40), 0.18, 0.06));
        row("gs1-datamatrix-shear.png", dm, "GS1", "degraded: sheared (skewed) like a photo taken at an angle");

        // Two labels side by side: the decoder must report both, left one first.
        png("two-labels.png", sideBySide(implantDm, hibcc128));
        row("two-labels.png", implant, "GS1", "two labels in one photo: left");
        row("two-labels.png", hibcLinear, "HIBCC", "two labels in one photo: right");

        // The benchmark image: the GS1 example label centred on a 600x600 white picture.
        png("gs1-datamatrix-600.png", centred(gs1Dm, 600, 600));
        row("gs1-datamatrix-600.png", dm, "GS1", "600x600 benchmark image (LabelDecodeBenchmark)");

        writeManifest();
    }

    private void clean(String file, Udi udi, Symbology symbology, String aim, String note) throws IOException {
        encoder.write(udi, symbology, dir.resolve(file));
        row(file, aim + CarrierText.of(udi), udi.issuer().name(), note);
    }

    private void row(String file, String expected, String issuer, String note) {
        manifest.add(file + "\t" + expected.replace("\u001d", "\\u001d") + "\t" + issuer + "\t" + note);
    }

    private void writeManifest() throws IOException {
        StringBuilder out = new StringBuilder("file\texpected\tissuer\tnote\n");
        for (String line : manifest) {
            out.append(line).append('\n');
        }
        Files.writeString(dir.resolve("labels.tsv"), out.toString(), StandardCharsets.UTF_8);
    }

    private void png(String file, BufferedImage image) throws IOException {
        ImageIO.write(image, "png", dir.resolve(file).toFile());
    }

    private void jpeg(String file, BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (OutputStream os = Files.newOutputStream(dir.resolve(file));
                ImageOutputStream out = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb(image), null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** The label on a light grey desk with a border, as a photo would frame it. */
    static BufferedImage photo(BufferedImage label, int border) {
        BufferedImage out = new BufferedImage(label.getWidth() + 2 * border, label.getHeight() + 2 * border,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(200, 200, 195));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(label, border, border, null);
        g.dispose();
        return out;
    }

    static BufferedImage rotate(BufferedImage in, double degrees) {
        double t = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(t));
        double cos = Math.abs(Math.cos(t));
        int w = (int) Math.round(in.getWidth() * cos + in.getHeight() * sin);
        int h = (int) Math.round(in.getHeight() * cos + in.getWidth() * sin);
        AffineTransform at = new AffineTransform();
        at.translate(w / 2.0, h / 2.0);
        at.rotate(t);
        at.translate(-in.getWidth() / 2.0, -in.getHeight() / 2.0);
        return transformed(in, at, w, h);
    }

    static BufferedImage shear(BufferedImage in, double shx, double shy) {
        int w = (int) Math.round(in.getWidth() + in.getHeight() * shx);
        int h = (int) Math.round(in.getHeight() + in.getWidth() * shy);
        return transformed(in, AffineTransform.getShearInstance(shx, shy), w, h);
    }

    private static BufferedImage transformed(BufferedImage in, AffineTransform at, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(200, 200, 195));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.drawImage(in, at, null);
        g.dispose();
        return out;
    }

    static BufferedImage blur(BufferedImage in, int size) {
        float[] k = new float[size * size];
        java.util.Arrays.fill(k, 1f / (size * size));
        return new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(rgb(in), null);
    }

    static BufferedImage noise(BufferedImage in, double sigma, long seed) {
        Random random = new Random(seed);
        BufferedImage out = rgb(in);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int v = (out.getRGB(x, y) & 0xff) + (int) Math.round(random.nextGaussian() * sigma);
                v = Math.max(0, Math.min(255, v));
                out.setRGB(x, y, 0xff000000 | v << 16 | v << 8 | v);
            }
        }
        return out;
    }

    static BufferedImage lowContrast(BufferedImage in, int dark, int light) {
        BufferedImage out = rgb(in);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int v = dark + (out.getRGB(x, y) & 0xff) * (light - dark) / 255;
                out.setRGB(x, y, 0xff000000 | v << 16 | v << 8 | v);
            }
        }
        return out;
    }

    static BufferedImage sideBySide(BufferedImage left, BufferedImage right) {
        int gap = 80;
        int w = left.getWidth() + right.getWidth() + gap + 80;
        int h = Math.max(left.getHeight(), right.getHeight()) + 100;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(190, 195, 200));
        g.fillRect(0, 0, w, h);
        g.drawImage(left, 40, 50, null);
        g.drawImage(right, 40 + left.getWidth() + gap, 30, null);
        g.dispose();
        return out;
    }

    static BufferedImage centred(BufferedImage label, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(label, (w - label.getWidth()) / 2, (h - label.getHeight()) / 2, null);
        g.dispose();
        return out;
    }

    private static BufferedImage code39Label(BitMatrix bars) {
        int x = 3;
        int quiet = 10 * x;
        BufferedImage out = new BufferedImage(bars.getWidth() * x + 2 * quiet, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setColor(Color.BLACK);
        for (int i = 0; i < bars.getWidth(); i++) {
            if (bars.get(i, 0)) {
                g.fillRect(quiet + i * x, 20, x, 120);
            }
        }
        g.dispose();
        return out;
    }

    private static BufferedImage rgb(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(in, 0, 0, null);
        g.dispose();
        return out;
    }
}
