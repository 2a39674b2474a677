package org.uditrust.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.registry.UdiKeys;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.UdiParser;

/** The demo builder's inputs: sample label texts, GUDID DIs, and generated scans that are valid, distinct UDIs. */
class DemoDataTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void gtinCheckDigitFollowsGs1() {
        // GS1 General Specifications example GTINs and the AccessGUDID example with its wrong check digit (primer).
        assertThat(DemoData.isGtin14("09506000134352")).isTrue();
        assertThat(DemoData.isGtin14("09506000143217")).isTrue();
        assertThat(DemoData.isGtin14("00208851107347")).isTrue();
        assertThat(DemoData.isGtin14("00208851107345")).isFalse();
        assertThat(DemoData.isGtin14("0950600013435")).isFalse();
        assertThat(DemoData.isGtin14("0950600013435X")).isFalse();
    }

    @Test
    void generatedScansAreValidDistinctGs1Udis() {
        UdiParser parser = new UdiParser(ParseOptions.defaults(CLOCK));
        Random random = new Random(1);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String scan = DemoData.generatedCarrier("09506000134352", i, random);
            ParseResult result = parser.parse(scan);
            assertThat(result.isValid()).as(scan + " " + result.problems()).isTrue();
            keys.add(UdiKeys.of(((ParseResult.Valid) result).udi()));
        }
        assertThat(keys).hasSize(200);
    }

    @Test
    void sampleLabelTextsAreReadOnceEachWithTheGroupSeparator() {
        List<String> texts = DemoData.labelTexts(Path.of("samples/labels/labels.tsv"));

        assertThat(texts).doesNotHaveDuplicates();
        assertThat(texts).contains("]d201095060001343521720122510ABC123\u001d21XYZ", "]C0+A123BJC5D6E71G");
        assertThat(DemoData.labelTexts(dir.resolve("missing.tsv"))).isEmpty();
    }

    @Test
    void gudidDisComeFromDeviceTxtOrFallBackToGs1Examples() throws Exception {
        assertThat(DemoData.gtins(dir.resolve("none"))).containsExactly("09506000134352", "09506000143217");

        Files.writeString(dir.resolve("device.txt"), "PrimaryDI|publicDeviceRecordKey|brandName\n"
                + "00208851107347|k1|Pump\n" + "00208851107345|k2|Bad check digit\n" + "A123BJC5D6E71|k3|HIBCC\n");

        assertThat(DemoData.gtins(dir)).containsExactly("00208851107347");
    }

    @Test
    void findsTheUnzippedSampleReleaseAndItsGs1Dis() {
        Path release = DemoData.releaseFolder(Path.of("samples/gudid"));

        assertThat(release).isNotNull();
        assertThat(release.resolve("device.txt")).isRegularFile();
        // samples/gudid/README.md: the label's DIs are models of the sample release.
        assertThat(DemoData.gtins(release)).contains("09506000134352", "09506000143217")
                .allMatch(DemoData::isGtin14);
        assertThat(DemoData.releaseFolder(dir.resolve("none"))).isNull();
    }
}
