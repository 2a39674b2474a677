package org.uditrust.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Arbitrary bytes as an image file: the decoder never throws, and every outcome is well-formed. The bytes get one
 * of the magic numbers the JDK's readers look for, so the fuzzer reaches the PNG, JPEG, GIF and BMP parsers
 * instead of stopping at "not an image".
 */
class LabelDecoderFuzzTest {

    private static final byte[][] MAGIC = {
        {},
        {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
        {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0},
        {'G', 'I', 'F', '8', '9', 'a'},
        {'B', 'M'},
    };

    private static final LabelDecoder DECODER = new LabelDecoder();
    private static final Path FILE = tempFile();

    private static Path tempFile() {
        try {
            Path file = Files.createTempFile("fuzz", ".img");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void arbitraryBytesNeverThrow(FuzzedDataProvider data) throws IOException {
        boolean asFile = data.consumeBoolean();
        byte[] magic = MAGIC[data.consumeInt(0, MAGIC.length - 1)];
        byte[] body = data.consumeRemainingAsBytes();
        byte[] bytes = new byte[magic.length + body.length];
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        System.arraycopy(body, 0, bytes, magic.length, body.length);

        DecodeResult result;
        if (asFile) {
            // The file path: size checks, then the same reading as for bytes.
            Files.write(FILE, bytes);
            result = DECODER.decode(FILE);
        } else {
            result = DECODER.decode(bytes, "fuzz.img");
        }

        assertThat(result).isNotNull();
        if (result instanceof DecodeResult.Found f) {
            assertThat(f.barcodes()).allSatisfy(b -> assertThat(b.text()).startsWith("]"));
        } else if (result instanceof DecodeResult.NotFound n) {
            assertThat(n.message()).contains(".img");
        } else {
            assertThat(((DecodeResult.Unreadable) result).message()).isNotBlank();
        }
    }
}
