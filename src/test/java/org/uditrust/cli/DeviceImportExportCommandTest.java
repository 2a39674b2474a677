package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `uditrust device import|export`: CSV in, CSV/JSON/FHIR out, nothing half-imported, exit codes 0/1/2. */
class DeviceImportExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** GS1 example UDIs (samples/labels/README.md) and the ANSI/HIBC 2.6 example, in human-readable form. */
    private static final String GOOD_CSV = "udi,site,department,owner,status\n"
            + "(01)09506000134352(17)201225(10)ABC123(21)XYZ,North,ICU,ICU nursing,in service\n"
            + "(01)09506000143217(11)250115(17)300114(10)L2501-A7(21)SN000418,South,Theatres,,quarantined\n"
            + "+A123BJC5D6E71G,North,Cardiology,Biomed,\n";
    /** The second row's GTIN check digit is wrong (AccessGUDID documented example, domain primer). */
    private static final String ONE_BAD_ROW = "udi,site\n"
            + "(01)09506000134352(17)201225(10)ABC123(21)XYZ,North\n"
            + "(01)00208851107345(17)150331,North\n"
            + "+A123BJC5D6E71G,North\n";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void database() {
        db = dir.resolve("inventory.db");
    }

    private CliRunner.Run run(String... args) {
        return CliRunner.runOn(db, args);
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private int devices() {
        return Jsonl.lines(run("device", "list", "--json", "--limit", "1000").out()).size();
    }

    @Test
    void aValidFileImportsEveryRowWithItsAuditEntries() throws Exception {
        CliRunner.Run run = run("device", "import", "--json", file("good.csv", GOOD_CSV).toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode o = Jsonl.single(run.out());
        assertThat(o.get("outcome").asText()).isEqualTo("imported");
        assertThat(o.get("rowsRead").asLong()).isEqualTo(3);
        assertThat(o.get("imported").asLong()).isEqualTo(3);
        assertThat(o.get("rejectedCount").asLong()).isZero();
        assertThat(devices()).isEqualTo(3);
        assertThat(Jsonl.lines(run("device", "list", "--json", "--status", "quarantined").out())).hasSize(1);
        assertThat(run("audit", "verify", "--json").out()).contains("\"entries\":3");
    }

    @Test
    void oneBadRowImportsNothingByDefaultAndNamesTheLine() throws Exception {
        Path csv = file("bad.csv", ONE_BAD_ROW);

        CliRunner.Run json = run("device", "import", "--json", csv.toString());
        CliRunner.Run text = run("device", "import", csv.toString());

        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode o = Jsonl.single(json.out());
        assertThat(o.get("outcome").asText()).isEqualTo("rolled-back");
        assertThat(o.get("imported").asLong()).isZero();
        assertThat(o.get("rejected").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(o.get("rejected").get(0).get("message").asText()).isNotBlank();
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("Nothing imported").contains("line 3 [");
        assertThat(devices()).isZero();
    }

    @Test
    void acceptedRowsStoresTheValidOnesAndValidateOnlyStoresNothing() throws Exception {
        Path csv = file("bad.csv", ONE_BAD_ROW);

        CliRunner.Run check = run("device", "import", "--validate-only", "--json", csv.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(Jsonl.single(check.out()).get("outcome").asText()).isEqualTo("validated");
        assertThat(devices()).isZero();

        CliRunner.Run partial = run("device", "import", "--accepted-rows", "--json", csv.toString());
        assertThat(partial.exitCode()).isEqualTo(1);
        assertThat(Jsonl.single(partial.out()).get("imported").asLong()).isEqualTo(2);
        assertThat(devices()).isEqualTo(2);

        assertThat(run("device", "import", "--accepted-rows", "--validate-only", csv.toString()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void anUnreadableFileIsRefusedWithAReason() throws Exception {
        CliRunner.Run noUdi = run("device", "import", "--json", file("x.csv", "name,room\nPump,4\n").toString());
        CliRunner.Run missing = run("device", "import", dir.resolve("none.csv").toString());

        assertThat(noUdi.exitCode()).isEqualTo(1);
        JsonNode o = Jsonl.single(noUdi.out());
        assertThat(o.get("outcome").asText()).isEqualTo("failed");
        assertThat(o.get("message").asText()).isNotBlank();
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(devices()).isZero();
    }

    @Test
    void csvExportImportsAgainIntoAnEmptyDatabase() throws Exception {
        assertThat(run("device", "import", file("good.csv", GOOD_CSV).toString()).exitCode()).isZero();
        Path export = dir.resolve("inventory.csv");

        CliRunner.Run run = run("device", "export", "--format", "csv", "--out", export.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Exported 3 devices");
        assertThat(Files.readAllLines(export)).hasSize(4);
        assertThat(dir.resolve("inventory.csv.part")).doesNotExist();
        Path other = dir.resolve("other.db");
        CliRunner.Run reimport = CliRunner.runOn(other, "device", "import", "--json", export.toString());
        assertThat(reimport.exitCode()).as(reimport.out()).isZero();
        assertThat(Jsonl.single(reimport.out()).get("imported").asLong()).isEqualTo(3);
    }

    @Test
    void jsonAndFhirExportsFollowTheFileNameOrTheFormatAndTheFilters() throws Exception {
        assertThat(run("device", "import", file("good.csv", GOOD_CSV).toString()).exitCode()).isZero();
        Path json = dir.resolve("north.json");
        Path fhir = dir.resolve("devices.ndjson");
        Path bundle = dir.resolve("bundle.out");

        assertThat(run("device", "export", "--out", json.toString(), "--site", "North").exitCode()).isZero();
        assertThat(run("device", "export", "--out", fhir.toString()).exitCode()).isZero();
        assertThat(run("device", "export", "--format", "fhir-bundle", "--out", bundle.toString()).exitCode())
                .isZero();

        assertThat(JSON.readTree(Files.readString(json))).hasSize(2);
        List<JsonNode> resources = Jsonl.lines(Files.readString(fhir));
        assertThat(resources).hasSize(3);
        // FHIR R4 Device with udiCarrier (domain primer fhir.md).
        assertThat(resources).allSatisfy(r -> {
            assertThat(r.get("resourceType").asText()).isEqualTo("Device");
            assertThat(r.get("udiCarrier").get(0).get("deviceIdentifier").asText()).isNotBlank();
        });
        JsonNode b = JSON.readTree(Files.readString(bundle));
        assertThat(b.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(b.get("entry")).hasSize(3);
    }

    @Test
    void anUnknownFormatOrAMissingOutIsAUsageError() {
        assertThat(run("device", "export", "--format", "xml", "--out", dir.resolve("a.xml").toString()).exitCode())
                .isEqualTo(2);
        assertThat(run("device", "export", "--out", dir.resolve("a.xml").toString()).exitCode()).isEqualTo(2);
        assertThat(run("device", "export", "--format", "csv").exitCode()).isEqualTo(2);
        assertThat(dir.resolve("a.xml")).doesNotExist();
    }
}
