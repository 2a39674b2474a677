package org.uditrust.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files become Unreadable with a message naming the file and the reason; a blank picture is NotFound. */
class LabelDecoderBadInputTest {

    @TempDir
    Path tmp;

    private final LabelDecoder decoder = new LabelDecoder();

    @Test
    void missingFileIsUnreadable() {
        assertUnreadable(decoder.decode(tmp.resolve("nowhere.png")), "nowhere.png", "does not exist");
    }

    @Test
    void emptyFileIsUnreadable() throws IOException {
        Path file = Files.createFile(tmp.resolve("empty.png"));
        assertUnreadable(decoder.decode(file), "empty.png", "empty");
    }

    @Test
    void textFileNamedPngIsUnreadable() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.png"), "(01)09506000134352 is the GTIN\n");
        assertUnreadable(decoder.decode(file), "notes.png", "not an image");
    }

    @Test
    void truncatedPngIsUnreadable() throws IOException {
        byte[] png = Files.readAllBytes(LabelSamplesTest.DIR.resolve("gs1-datamatrix-noise.png"));
        Path file = Files.write(tmp.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        assertUnreadable(decoder.decode(file), "cut.png", "truncated");
    }

    @Test
    void truncatedJpegIsUnreadable() throws IOException {
        byte[] jpg = Files.readAllBytes(LabelSamplesTest.DIR.resolve("hibcc-code128-q40.jpg"));
        Path file = Files.write(tmp.resolve("cut.jpg"), Arrays.copyOf(jpg, jpg.length / 2));
        assertUnreadable(decoder.decode(file), "cut.jpg", "truncated");
    }

    @Test
    void decompressionBombIsRefusedBeforeDecoding() throws IOException {
        // A valid PNG header claiming 100 000 x 100 000 pixels (10 gigapixels) with a tiny compressed body.
        Path file = Files.write(tmp.resolve("bomb.png"), pngClaiming(100_000, 100_000));
        DecodeResult result = decoder.decode(file);
        assertUnreadable(result, "bomb.png", "megapixels");
        assertThat(((DecodeResult.Unreadable) result).message()).contains("100000 × 100000");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path file = tmp.resolve("video.png");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(51L * 1024 * 1024); // sparse: no 51 MB is written
        }
        assertUnreadable(decoder.decode(file), "video.png", "limit of 50 MB");
    }

    @Test
    void imageBytesInMemoryDecodeLikeTheFile() throws IOException {
        byte[] png = Files.readAllBytes(LabelSamplesTest.DIR.resolve("gs1-qr.png"));
        DecodeResult result = decoder.decode(png, "pasted");
        assertThat(result).isInstanceOf(DecodeResult.Found.class);
        assertThat(((DecodeResult.Found) result).barcodes().get(0).text()).startsWith("]Q3010950600013435217");
    }

    @Test
    void garbageBytesAreUnreadable() {
        byte[] bytes = new byte[4096];
        new java.util.Random(1).nextBytes(bytes);
        assertUnreadable(decoder.decode(bytes, "noise.bin"), "noise.bin", "not an image");
    }

    @Test
    void blankImageIsNotFound() throws IOException {
        BufferedImage white = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = white.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        Path file = tmp.resolve("blank.png");
        ImageIO.write(white, "png", file.toFile());

        DecodeResult result = decoder.decode(file);

        assertThat(result).isInstanceOf(DecodeResult.NotFound.class);
        assertThat(((DecodeResult.NotFound) result).message()).contains("blank.png");
    }

    @Test
    void nullImageIsUnreadable() {
        assertThat(decoder.decode((BufferedImage) null)).isInstanceOf(DecodeResult.Unreadable.class);
    }

    private static void assertUnreadable(DecodeResult result, String name, String reason) {
        assertThat(result).isInstanceOf(DecodeResult.Unreadable.class);
        assertThat(((DecodeResult.Unreadable) result).message()).contains(name).contains(reason);
    }

    /** PNG signature, IHDR with the given size (8-bit grey), a small IDAT of zeros, IEND; CRCs correct. */
    static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
            z.write(new byte[1 << 16]);
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
