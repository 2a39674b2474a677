package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `uditrust gudid import|lookup-import` with the sample release of samples/gudid on a real database file. */
class GudidCommandsTest {

    private static final Path RELEASE = Path.of("samples/gudid/AccessGUDID_Delimited_Sample_Release_20251101");
    private static final Path RELEASE_ZIP = Path.of("samples/gudid/AccessGUDID_Delimited_Sample_Release_20251101.zip");
    private static final Path LOOKUP = Path.of("samples/gudid/lookup/lookup-09506000143217.json");
    /** GS1 example UDI on the sample labels; its DI is the sample release's infusion pump (samples/gudid/README.md). */
    private static final String PUMP_SCAN = "]d2" + "0109506000134352" + "17201225" + "10ABC123" + "\u001d" + "21XYZ";
    /** The hip stem's UDI in the sample lookup response's {@code udi} block. */
    private static final String HIP_STEM = "(01)09506000143217(11)250115(17)300114(10)L2501-A7(21)SN000418";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void database() {
        db = dir.resolve("gudid.db");
    }

    private CliRunner.Run run(String... args) {
        return CliRunner.runOn(db, args);
    }

    private long models() {
        return Jsonl.single(run("db", "info", "--json").out()).get("models").asLong();
    }

    @Test
    void aFullReleaseImportsEveryModelAndScansResolveToThem() {
        CliRunner.Run run = run("gudid", "import", "--json", RELEASE.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode o = Jsonl.single(run.out());
        assertThat(o.get("outcome").asText()).isEqualTo("imported");
        assertThat(o.get("kind").asText()).isEqualTo("full");
        // samples/gudid/README.md: 41 models.
        assertThat(o.get("modelsLive").asLong()).isEqualTo(41);
        assertThat(o.get("rowsRead").get("device.txt").asLong()).isEqualTo(41);
        assertThat(models()).isEqualTo(41);
        assertThat(run.err()).contains("GUDID import");

        JsonNode added = Jsonl.single(run("device", "add", "--json", PUMP_SCAN).out());
        assertThat(added.get("model").get("brandName").asText()).isEqualTo("Meridian VIP");
        assertThat(added.get("model").get("companyName").asText()).isEqualTo("Meridian Medical Devices, Inc.");
        assertThat(run("device", "show", PUMP_SCAN).out()).contains("Model: Meridian VIP VIP-3000");
        assertThat(run("device", "list").out()).contains("MODEL").contains("Meridian VIP VIP-3000");
        assertThat(run("audit", "verify").exitCode()).isZero();
    }

    @Test
    void deviceShowGivesTheModelsContactsSizesAndStorageConditionsFromTheRelease() {
        assertThat(run("gudid", "import", RELEASE_ZIP.toString()).exitCode()).isZero();
        assertThat(run("device", "add", HIP_STEM).exitCode()).isZero();
        assertThat(run("device", "add", PUMP_SCAN).exitCode()).isZero();

        JsonNode hip = Jsonl.single(run("device", "show", "--json", HIP_STEM).out()).get("model");
        JsonNode pump = Jsonl.single(run("device", "show", "--json", PUMP_SCAN).out()).get("model");

        // Rows of the sample's contacts.txt, deviceSizes.txt and environmentalConditions.txt for these DIs.
        assertThat(hip.get("brandName").asText()).isEqualTo("Arcus");
        assertThat(hip.get("contacts")).hasSize(1);
        assertThat(hip.get("contacts").get(0).get("phone").asText()).isEqualTo("+1(555)010-2000");
        assertThat(hip.get("contacts").get(0).get("phoneExtension").isNull()).isTrue();
        assertThat(hip.get("contacts").get(0).get("email").asText()).isEqualTo("udi@meridian-medical.example");
        assertThat(hip.get("deviceSizes")).hasSize(1);
        assertThat(hip.get("deviceSizes").get(0).get("type").asText()).isEqualTo("Length");
        assertThat(hip.get("deviceSizes").get(0).get("unit").asText()).isEqualTo("Millimeter");
        assertThat(hip.get("deviceSizes").get(0).get("value").isTextual()).isTrue();
        assertThat(hip.get("deviceSizes").get(0).get("value").asText()).isEqualTo("140");
        assertThat(hip.get("storageConditions")).hasSize(2);
        JsonNode temperature = hip.get("storageConditions").get(0);
        assertThat(temperature.get("type").asText()).isEqualTo("Storage Environment Temperature");
        assertThat(temperature.get("lowValue").asText()).isEqualTo("-10");
        assertThat(temperature.get("highValue").asText()).isEqualTo("40");
        assertThat(temperature.get("highUnit").asText()).isEqualTo("Degrees Celsius");
        assertThat(hip.get("storageConditions").get(1).get("specialConditionText").asText())
                .isEqualTo("Keep dry. Keep away from sunlight.");
        assertThat(pump.get("deviceSizes")).isEmpty();
        assertThat(pump.get("storageConditions")).extracting(c -> c.get("type").asText())
                .containsExactly("Storage Environment Temperature", "Storage Environment Humidity");
        assertThat(run("device", "show", HIP_STEM).out()).contains("Contact: +1(555)010-2000,"
                + " udi@meridian-medical.example");
    }

    @Test
    void aDeltaReleaseReplacesAModelsContactsSizesAndStorageConditions() throws Exception {
        assertThat(run("gudid", "import", RELEASE.toString()).exitCode()).isZero();
        Path delta = dir.resolve("delta");
        Files.createDirectories(delta);
        // The hip stem's device row; a new contact; no sizes and no storage conditions any more.
        List<String> device = Files.readAllLines(RELEASE.resolve("device.txt"));
        Files.write(delta.resolve("device.txt"), List.of(device.get(0),
                device.stream().filter(l -> l.startsWith("09506000143217|")).findFirst().orElseThrow()));
        Files.write(delta.resolve("contacts.txt"), List.of("PrimaryDI|phone|phoneExtension|email",
                "09506000143217|+1(555)010-2999|77|implants@meridian-medical.example"));
        Files.write(delta.resolve("deviceSizes.txt"), List.of("PrimaryDI|sizeType|size (Unit)|size (Value)|sizeText"));

        CliRunner.Run run = run("gudid", "import", "--delta", "--json", delta.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run("device", "add", HIP_STEM).exitCode()).isZero();
        JsonNode hip = Jsonl.single(run("device", "show", "--json", HIP_STEM).out()).get("model");
        assertThat(hip.get("contacts")).singleElement().satisfies(c -> {
            assertThat(c.get("phone").asText()).isEqualTo("+1(555)010-2999");
            assertThat(c.get("phoneExtension").asText()).isEqualTo("77");
        });
        assertThat(hip.get("deviceSizes")).isEmpty();
        assertThat(hip.get("storageConditions")).isEmpty();
        // A model the delta does not name keeps its rows.
        assertThat(run("device", "add", PUMP_SCAN).exitCode()).isZero();
        assertThat(Jsonl.single(run("device", "show", "--json", PUMP_SCAN).out()).get("model")
                .get("storageConditions")).hasSize(2);
    }

    @Test
    void theZippedReleaseImportsTheSameAndTextOutputSaysSo() {
        CliRunner.Run run = run("gudid", "import", RELEASE_ZIP.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("41 models now live").contains("device.txt: 41 rows");
        assertThat(models()).isEqualTo(41);
    }

    @Test
    void aBrokenReleaseChangesNothingAndExitsOne() throws Exception {
        assertThat(run("gudid", "import", RELEASE.toString()).exitCode()).isZero();
        Path truncated = dir.resolve("truncated.zip");
        byte[] zip = Files.readAllBytes(RELEASE_ZIP);
        Files.write(truncated, java.util.Arrays.copyOf(zip, zip.length / 2));

        CliRunner.Run broken = run("gudid", "import", truncated.toString());
        CliRunner.Run missing = run("gudid", "import", "--json", dir.resolve("nothing-here").toString());

        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).isNotBlank();
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(Jsonl.single(missing.out()).get("outcome").asText()).isEqualTo("failed");
        assertThat(models()).isEqualTo(41);
        assertThat(run("gudid", "import").exitCode()).isEqualTo(2);
    }

    @Test
    void aDeltaReleaseUpdatesOnlyTheModelsItNames() throws Exception {
        assertThat(run("gudid", "import", RELEASE.toString()).exitCode()).isZero();
        Path delta = dir.resolve("delta");
        Files.createDirectories(delta);
        List<String> device = Files.readAllLines(RELEASE.resolve("device.txt"));
        // Header and the pump's row only, its brand renamed.
        Files.write(delta.resolve("device.txt"), List.of(device.get(0),
                device.get(1).replace("Meridian VIP", "Meridian VIP II")));

        CliRunner.Run run = run("gudid", "import", "--delta", "--json", delta.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(Jsonl.single(run.out()).get("kind").asText()).isEqualTo("delta");
        assertThat(models()).isEqualTo(41);
        JsonNode added = Jsonl.single(run("device", "add", "--json", PUMP_SCAN).out());
        assertThat(added.get("model").get("brandName").asText()).isEqualTo("Meridian VIP II");
    }

    @Test
    void aLookupResponseAddsOrUpdatesOneModelWithAnAuditEntry() {
        CliRunner.Run first = run("gudid", "lookup-import", "--json", LOOKUP.toString());
        CliRunner.Run again = run("gudid", "lookup-import", LOOKUP.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode o = Jsonl.single(first.out());
        assertThat(o.get("outcome").asText()).isEqualTo("added");
        assertThat(o.get("primaryDi").asText()).isEqualTo("09506000143217");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith("Updated 09506000143217");
        assertThat(models()).isEqualTo(1);
        List<JsonNode> audit = Jsonl.lines(run("audit", "list", "--json", "--entity-type", "model").out());
        assertThat(audit).extracting(e -> e.get("action").asText()).containsExactly("model.update", "model.insert");
        assertThat(audit.get(1).get("after").get("primaryDi").asText()).isEqualTo("09506000143217");
        assertThat(run("audit", "verify").exitCode()).isZero();
    }

    @Test
    void aLookupResponseStoresTheContactsSizesAndStorageConditionsItGives() {
        assertThat(run("gudid", "lookup-import", LOOKUP.toString()).exitCode()).isZero();
        assertThat(run("device", "add", HIP_STEM).exitCode()).isZero();

        JsonNode hip = Jsonl.single(run("device", "show", "--json", HIP_STEM).out()).get("model");

        // samples/gudid/lookup/lookup-09506000143217.json: contacts.customerContact[], deviceSizes.deviceSize[],
        // environmentalConditions.storageHandling[].
        assertThat(hip.get("contacts").get(0).get("email").asText()).isEqualTo("udi@meridian-medical.example");
        assertThat(hip.get("deviceSizes").get(0).get("value").asText()).isEqualTo("140");
        assertThat(hip.get("storageConditions")).extracting(c -> c.get("type").asText())
                .containsExactly("Storage Environment Temperature", "Special Storage Condition, Specify");
        assertThat(hip.get("storageConditions").get(0).get("lowValue").asText()).isEqualTo("-10");
    }

    @Test
    void aFileThatIsNotALookupResponseIsRefusedAndTheOthersStored() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"gudid\": ");

        CliRunner.Run run = run("gudid", "lookup-import", "--json", bad.toString(), LOOKUP.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<JsonNode> lines = Jsonl.lines(run.out());
        assertThat(lines).extracting(l -> l.get("outcome").asText()).containsExactly("rejected", "added");
        assertThat(lines.get(0).get("message").asText()).contains("bad.json");
        assertThat(models()).isEqualTo(1);
    }
}
