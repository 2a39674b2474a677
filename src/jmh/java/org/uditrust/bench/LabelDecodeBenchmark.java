package org.uditrust.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.uditrust.barcode.DecodeResult;
import org.uditrust.barcode.LabelDecoder;
import org.uditrust.barcode.bench.ZxingDefaultDecode;

/**
 * Decoding the 600 × 600 GS1 DataMatrix sample label: our {@link LabelDecoder} (multi-symbol reader, UDI formats
 * only, fast pass first) against ZXing's {@code MultiFormatReader} with default hints on the same pixels, and our
 * decoder from the PNG file (file read and PNG decoding included). Target: median ≤ 5 ms for
 * {@code labelDecoderImage}. Run from the project root:
 * {@code ./mvnw -Pbench package && java -jar target/benchmarks.jar LabelDecode -f 1 -wi 3 -i 5 -t 1}; the image
 * can be changed with {@code -jvmArgs -Dbench.image=path}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LabelDecodeBenchmark {

    private final LabelDecoder decoder = new LabelDecoder();
    private Path file;
    private BufferedImage image;

    @Setup
    public void load() throws IOException {
        file = Path.of(System.getProperty("bench.image", "samples/labels/gs1-datamatrix-600.png"));
        image = ImageIO.read(Files.newInputStream(file));
        if (!(decoder.decode(image) instanceof DecodeResult.Found) || ZxingDefaultDecode.decode(image) == null) {
            throw new IllegalStateException("the benchmark image does not decode: " + file.toAbsolutePath());
        }
    }

    @Benchmark
    public DecodeResult labelDecoderImage() {
        return decoder.decode(image);
    }

    @Benchmark
    public DecodeResult labelDecoderFile() {
        return decoder.decode(file);
    }

    @Benchmark
    public String zxingMultiFormatReaderDefaultHints() {
        return ZxingDefaultDecode.decode(image);
    }
}
