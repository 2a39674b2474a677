package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `uditrust udi encode` then `uditrust udi decode` on the file it wrote: the UDI comes back unchanged. */
class UdiEncodeDecodeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"datamatrix", "gs1-128", "qr"})
    void encodedGs1LabelDecodesToTheSameUdi(String symbology) throws Exception {
        Path png = dir.resolve("label-" + symbology + ".png");
        CliRunner.Run encode = CliRunner.run("udi", "encode", "--symbology", symbology, "--out", png.toString(),
                "(01)09506000134352(17)201225(10)ABC123(21)XYZ");
        assertThat(encode.exitCode()).as(encode.err()).isZero();
        assertThat(Files.size(png)).isPositive();

        CliRunner.Run decode = CliRunner.run("udi", "decode", "--json", png.toString());

        assertThat(decode.exitCode()).as(decode.out()).isZero();
        JsonNode o = JSON.readTree(decode.out().strip().split("\n")[0]);
        assertThat(o.get("valid").asBoolean()).isTrue();
        assertThat(o.get("di").asText()).isEqualTo("09506000134352");
        assertThat(o.get("lot").asText()).isEqualTo("ABC123");
        assertThat(o.get("serial").asText()).isEqualTo("XYZ");
        assertThat(o.get("expiry").asText()).isEqualTo("2020-12-25");
        assertThat(o.get("image").asText()).isEqualTo(png.toString());
    }

    @Test
    void svgLabelIsWritten() throws Exception {
        Path svg = dir.resolve("label.svg");
        CliRunner.Run encode = CliRunner.run("udi", "encode", "--symbology", "datamatrix", "--out", svg.toString(),
                "+A123BJC5D6E71G");
        assertThat(encode.exitCode()).as(encode.err()).isZero();
        assertThat(Files.readString(svg)).startsWith("<").contains("<svg");
    }

    @Test
    void invalidUdiIsNotEncoded() {
        Path png = dir.resolve("bad.png");
        CliRunner.Run run = CliRunner.run("udi", "encode", "--symbology", "qr", "--out", png.toString(),
                "(01)00208851107345");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(png).doesNotExist();
        assertThat(run.err()).contains("invalid");
    }

    @Test
    void unknownSymbologyOrExtensionIsAUsageError() {
        assertThat(CliRunner.run("udi", "encode", "--symbology", "pdf417", "--out", dir.resolve("a.png").toString(),
                "(01)09506000134352").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("udi", "encode", "--symbology", "qr", "--out", dir.resolve("a.gif").toString(),
                "(01)09506000134352").exitCode()).isEqualTo(2);
    }

    @Test
    void fileThatIsNotAnImageGivesAClearMessageAndExitOne() throws Exception {
        Path fake = dir.resolve("notes.png");
        Files.writeString(fake, "this is text, not a PNG");
        CliRunner.Run run = CliRunner.run("udi", "decode", "--json", fake.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode o = JSON.readTree(run.out().strip());
        assertThat(o.get("valid").asBoolean()).isFalse();
        assertThat(o.get("problems").get(0).get("code").asText()).isEqualTo("barcode.unreadable");
    }
}
