package org.uditrust.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uditrust.registry.Actor;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceService;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.InMemoryRegistry;
import org.uditrust.registry.Location;
import org.uditrust.registry.RegistrationService;
import org.uditrust.registry.csv.CsvReader;
import org.uditrust.registry.csv.CsvRow;
import org.uditrust.registry.csv.DeviceImportService;
import org.uditrust.registry.csv.ImportOptions;
import org.uditrust.registry.csv.ImportOutcome;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.UdiParser;

class CsvJsonExportTest {

    /** Registration order, as the exports' readers expect (the store's default is newest first). */
    private static final DeviceQuery OLDEST_FIRST =
            new DeviceQuery(null, null, null, null, DeviceQuery.Sort.REGISTERED, true);

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final Actor ACTOR = new Actor("biomed", "ws-7");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UdiParser PARSER = new UdiParser(ParseOptions.defaults(CLOCK));

    private final InMemoryRegistry store = new InMemoryRegistry();

    @BeforeEach
    void inventory() {
        store.addModel(new DeviceModel("09506000134352", "GS1", "Acme Pump", "P-100", "CAT-1", "Acme Medical", null,
                null, "In Commercial Distribution", null, null, null, null, null,
                new DeviceModel.PiFlags(true, true, false, true, false), List.of(), List.of(),
                List.of(new DeviceModel.GmdnTerm("13215", "General-purpose infusion pump", null, false)),
                List.of(), List.of(), null, null));
        RegistrationService registration = new RegistrationService(PARSER, store, CLOCK);
        registration.register(FhirExportTest.GS1_SCAN, new Location("St Mary's", "B, east", "@ICU", "-12"),
                "Biomed", "line 1\nline \"2\"; -3 dB", ACTOR);
        registration.register(FhirExportTest.HIBCC, Location.UNKNOWN, "=SUM(A1)", null, ACTOR);
        registration.register(FhirExportTest.ISBT, Location.parse("Main/Lab"), null, " padded ", ACTOR);
        Device hibcc = store.devices().get(1);
        new DeviceService(store, CLOCK).setStatus(hibcc.id(), hibcc.version(), DeviceStatus.RECALLED, ACTOR);
    }

    @Test
    void csvExportImportsAgainToTheSameDevices() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        long written = new InventoryExports(store, CLOCK).export(OLDEST_FIRST, ExportFormat.CSV, csv);
        assertThat(written).isEqualTo(3);

        InMemoryRegistry other = new InMemoryRegistry();
        ImportOutcome outcome = new DeviceImportService(PARSER, other, CLOCK)
                .importCsv(new ByteArrayInputStream(csv.toByteArray()), ImportOptions.defaults(), ACTOR);

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(outcome.report().ignoredColumns()).isEmpty();
        List<Device> before = store.devices();
        List<Device> after = other.devices();
        assertThat(after).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Device a = before.get(i);
            Device b = after.get(i);
            assertThat(b.udiKey()).isEqualTo(a.udiKey());
            assertThat(b.carrier()).isEqualTo(a.carrier());
            assertThat(b.humanReadable()).isEqualTo(a.humanReadable());
            assertThat(b.location()).isEqualTo(a.location());
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.owner()).isEqualTo(a.owner());
            assertThat(b.notes()).isEqualTo(a.notes() == null ? null : a.notes().strip());
            assertThat(b.findings()).isEqualTo(a.findings());
        }
    }

    @Test
    void csvHasTheImportColumnsFirstAndGuardsFormulaCells() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new InventoryExports(store, CLOCK).export(OLDEST_FIRST, ExportFormat.CSV, csv);
        String text = csv.toString(StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFudi,site,building,department,room,owner,notes,status,id,issuer,di,");
        assertThat(text).contains("'+A123BJC5D6E71G").contains("'=SUM(A1)").contains("'=/A9999XYZ100T0476");
        CsvReader reader = CsvReader.of(text);
        CsvRow.Record header = (CsvRow.Record) reader.next();
        CsvRow.Record first = (CsvRow.Record) reader.next();
        assertThat(first.fields()).hasSameSizeAs(header.fields());
        assertThat(first.fields().get(0)).isEqualTo(FhirExportTest.GS1_SCAN);
        assertThat(first.fields().subList(1, 5)).containsExactly("St Mary's", "B, east", "'@ICU", "'-12");
        assertThat(first.fields().get(header.fields().indexOf("brand"))).isEqualTo("Acme Pump");
        assertThat(first.fields().get(header.fields().indexOf("expiry"))).isEqualTo("2027-12-31");
    }

    @Test
    void jsonArrayAndJsonLinesCarryTheDeviceAndItsModel() throws Exception {
        ByteArrayOutputStream array = new ByteArrayOutputStream();
        new InventoryExports(store, CLOCK).export(OLDEST_FIRST, ExportFormat.JSON, array);
        JsonNode devices = JSON.readTree(array.toByteArray());
        assertThat(devices.isArray()).isTrue();
        assertThat(devices).hasSize(3);

        JsonNode gs1 = devices.get(0);
        assertThat(gs1.get("udi").get("issuer").asText()).isEqualTo("GS1");
        assertThat(gs1.get("udi").get("di").asText()).isEqualTo("09506000134352");
        assertThat(gs1.get("udi").get("serial").asText()).isEqualTo("SN0042");
        assertThat(gs1.get("udi").get("carrier").asText()).isEqualTo(FhirExportTest.GS1_SCAN);
        assertThat(gs1.get("location").get("building").asText()).isEqualTo("B, east");
        assertThat(gs1.get("model").get("brandName").asText()).isEqualTo("Acme Pump");
        assertThat(gs1.get("model").get("versionModelNumber").asText()).isEqualTo("P-100");
        assertThat(gs1.get("model").get("gmdnTerms").get(0).asText()).isEqualTo("General-purpose infusion pump");
        assertThat(gs1.get("status").asText()).isEqualTo("IN_SERVICE");

        JsonNode hibcc = devices.get(1);
        assertThat(hibcc.has("model")).isFalse();
        assertThat(hibcc.get("udi").has("lot")).isFalse();
        assertThat(hibcc.get("status").asText()).isEqualTo("RECALLED");
        assertThat(hibcc.get("version").asLong()).isEqualTo(2);

        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        new InventoryExports(store, CLOCK).export(OLDEST_FIRST, ExportFormat.JSON_LINES, lines);
        String[] split = lines.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(split).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(JSON.readTree(split[i])).isEqualTo(devices.get(i));
        }
    }

    @Test
    void theQueryFiltersTheExport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = new InventoryExports(store, CLOCK).export(
                new DeviceQuery(null, null, DeviceStatus.RECALLED, null, null, true), ExportFormat.JSON_LINES, out);
        assertThat(n).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("RECALLED").doesNotContain("IN_SERVICE");
    }

    @Test
    void formatFromFileName() {
        assertThat(ExportFormat.forFileName("inventory.CSV")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.forFileName("inventory.json")).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.forFileName("inventory.jsonl")).isEqualTo(ExportFormat.JSON_LINES);
        assertThat(ExportFormat.forFileName("Device.ndjson")).isEqualTo(ExportFormat.FHIR_NDJSON);
        assertThat(ExportFormat.forFileName("devices.fhir.json")).isEqualTo(ExportFormat.FHIR_BUNDLE);
        assertThat(ExportFormat.forFileName("devices.xlsx")).isNull();
    }
}
