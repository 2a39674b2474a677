package org.uditrust.registry.gudid;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Arbitrary bytes as the lines of {@code device.txt} and {@code productCodes.txt}, under the real header or an
 * arbitrary one, with small limits so the too-long and too-many-fields paths are reached: the reader either refuses
 * the release with a message, or reads it without throwing, with every problem on a line that exists and every
 * staged model keyed by a non-empty DI.
 */
class AccessGudidReleaseFuzzTest {

    private static final Path DIR = tempDir();
    private static final ReleaseLimits LIMITS = new ReleaseLimits(300, 40, 50, 4096);

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("gudid-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void arbitraryLinesNeverThrow(FuzzedDataProvider data) throws IOException {
        boolean realHeader = data.consumeBoolean();
        byte[] codes = data.consumeBytes(200);
        byte[] body = data.consumeRemainingAsBytes();
        String header = realHeader ? SyntheticGudidRelease.DEVICE_HEADER + "\n" : "";
        byte[] headerBytes = header.getBytes(StandardCharsets.UTF_8);
        byte[] device = new byte[headerBytes.length + body.length];
        System.arraycopy(headerBytes, 0, device, 0, headerBytes.length);
        System.arraycopy(body, 0, device, headerBytes.length, body.length);
        Files.write(DIR.resolve("device.txt"), device);
        byte[] codesHeader = "PrimaryDI|productCode|productCodeName\n".getBytes(StandardCharsets.UTF_8);
        byte[] codesFile = new byte[codesHeader.length + codes.length];
        System.arraycopy(codesHeader, 0, codesFile, 0, codesHeader.length);
        System.arraycopy(codes, 0, codesFile, codesHeader.length, codes.length);
        Files.write(DIR.resolve("productCodes.txt"), codesFile);

        long deviceLines = lines(device);
        AccessGudidRelease release;
        try {
            release = AccessGudidRelease.open(DIR, LIMITS);
        } catch (GudidReleaseException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        RecordingVisitor visitor = new RecordingVisitor();
        ReadSummary summary;
        try (release) {
            summary = release.read(visitor, Cancellation.NEVER, AccessGudidRelease.Progress.NONE);
        }
        RowProblemReport report = summary.problems();
        assertThat(report.listed().size()).isLessThanOrEqualTo((int) Math.min(report.total(), 50));
        assertThat(report.rowsSkipped()).isLessThanOrEqualTo(report.total());
        for (RowProblem p : report.listed()) {
            long max = p.file().equals("device.txt") ? deviceLines : lines(codesFile);
            assertThat(p.line()).isBetween(2L, max);
            assertThat(p.message()).isNotBlank();
        }
        assertThat(summary.rows(GudidFile.DEVICE)).isLessThanOrEqualTo(deviceLines - 1);
        assertThat(visitor.devices.keySet()).allSatisfy(di -> assertThat(di).isNotBlank().doesNotContain("|"));
    }

    /** Lines as the reader counts them: one per LF, plus a last line without LF. */
    private static long lines(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? n + 1 : n;
    }
}
