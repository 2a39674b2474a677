package org.uditrust.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every committed sample in samples/labels decodes to the scanner text its manifest (labels.tsv) promises, in
 * order; the degraded photos included. The expected texts are what a scanner in AIM mode types for these UDIs.
 */
class LabelSamplesTest {

    static final Path DIR = Path.of("samples/labels");

    private final LabelDecoder decoder = new LabelDecoder();

    static Stream<Arguments> samples() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(DIR.resolve("labels.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            expected.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1].replace("\\u001d", "\u001d"));
        }
        return expected.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleDecodesToManifestText(String file, List<String> texts) {
        DecodeResult result = decoder.decode(DIR.resolve(file));

        assertThat(result).as(file + " -> " + result).isInstanceOf(DecodeResult.Found.class);
        assertThat(((DecodeResult.Found) result).barcodes()).extracting(DecodedBarcode::text)
                .containsExactlyElementsOf(texts);
    }

    @Test
    void manifestCoversEveryImage() throws IOException {
        List<String> listed = samples().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> images = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".png") || n.endsWith(".jpg")).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(images);
        }
    }

    @Test
    void twoLabelsComeLeftToRightWithTheirPositions() {
        DecodeResult.Found found = (DecodeResult.Found) decoder.decode(DIR.resolve("two-labels.png"));

        assertThat(found.barcodes()).hasSize(2);
        assertThat(found.barcodes().get(0).symbology()).isEqualTo("GS1 DataMatrix");
        assertThat(found.barcodes().get(1).symbology()).isEqualTo("Code 128");
        assertThat(found.barcodes().get(0).centerX()).isLessThan(found.barcodes().get(1).centerX());
    }
}
