package org.uditrust.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.UdiParser;

/**
 * The FHIR export checked structurally against FHIR R4 (4.0.1): every element name is one the R4 Device resource
 * defines (https://hl7.org/fhir/R4/device.html, element list as in the R4 ShEx hl7.org/fhir/r4/device.shex.html),
 * with the cardinality (array or single) and primitive formats of the R4 data types page
 * (https://hl7.org/fhir/R4/datatypes.html: id, dateTime, base64Binary regular expressions) and the required value
 * sets (FHIRDeviceStatus, UDIEntryType, DeviceNameType).
 */
class FhirExportTest {

    /** Registration order, as the exports' readers expect (the store's default is newest first). */
    private static final DeviceQuery OLDEST_FIRST =
            new DeviceQuery(null, null, null, null, DeviceQuery.Sort.REGISTERED, true);

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final Actor ACTOR = new Actor("biomed", "ws-7");
    private static final ObjectMapper JSON = new ObjectMapper();

    // GS1 scanner data: AIM ]d2, GS after the variable-length lot; GTIN 09506000134352 is GS1's example GTIN.
    static final String GS1_SCAN = "]d20109506000134352" + "17271231" + "10LOT-7\u001d" + "21SN0042";
    // HIBCC example of ANSI/HIBC 2.6 quoted in the UDI primer
    static final String HIBCC = "+A123BJC5D6E71G";
    // ISBT 128 PPIC + DIN example (ICCBBA ST-017 shape) from the project's parser tests
    static final String ISBT = "=/A9999XYZ100T0476=,000025=A99971712345600=>019032=}017032&,1000000000000XYZ123";

    /** R4 Device elements (resourceType is the JSON resource name). Values: true when the element is 0..*. */
    private static final Map<String, Boolean> DEVICE = Map.ofEntries(
            Map.entry("resourceType", false), Map.entry("id", false), Map.entry("meta", false),
            Map.entry("implicitRules", false), Map.entry("language", false), Map.entry("text", false),
            Map.entry("contained", true), Map.entry("extension", true), Map.entry("modifierExtension", true),
            Map.entry("identifier", true), Map.entry("definition", false), Map.entry("udiCarrier", true),
            Map.entry("status", false), Map.entry("statusReason", true), Map.entry("distinctIdentifier", false),
            Map.entry("manufacturer", false), Map.entry("manufactureDate", false),
            Map.entry("expirationDate", false), Map.entry("lotNumber", false), Map.entry("serialNumber", false),
            Map.entry("deviceName", true), Map.entry("modelNumber", false), Map.entry("partNumber", false),
            Map.entry("type", false), Map.entry("specialization", true), Map.entry("version", true),
            Map.entry("property", true), Map.entry("patient", false), Map.entry("owner", false),
            Map.entry("contact", true), Map.entry("location", false), Map.entry("url", false),
            Map.entry("note", true), Map.entry("safety", true), Map.entry("parent", false));
    private static final Set<String> UDI_CARRIER = Set.of("id", "extension", "modifierExtension",
            "deviceIdentifier", "issuer", "jurisdiction", "carrierAIDC", "carrierHRF", "entryType");
    private static final Set<String> DEVICE_NAME = Set.of("id", "extension", "modifierExtension", "name", "type");
    private static final Set<String> CODEABLE_CONCEPT = Set.of("id", "extension", "coding", "text");
    private static final Set<String> REFERENCE = Set.of("id", "extension", "reference", "type", "identifier",
            "display");
    private static final Set<String> ANNOTATION = Set.of("id", "extension", "authorReference", "authorString",
            "time", "text");
    private static final Set<String> VERSION = Set.of("id", "extension", "modifierExtension", "type", "component",
            "value");
    private static final Set<String> STATUS = Set.of("active", "inactive", "entered-in-error", "unknown");
    private static final Set<String> ENTRY_TYPE = Set.of("barcode", "rfid", "manual", "card", "self-reported",
            "unknown");
    private static final Set<String> NAME_TYPE = Set.of("udi-label-name", "user-friendly-name",
            "patient-reported-name", "manufacturer-name", "model-name", "other");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern DATE_TIME = Pattern.compile("([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)"
            + "(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)"
            + "(\\.[0-9]+)?(Z|([+\\-])((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?");
    private static final Pattern BASE64 = Pattern.compile("(\\s*([0-9a-zA-Z+/=]){4}\\s*)+");
    private static final Pattern INSTANT = Pattern.compile("([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-"
            + "(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)"
            + "(\\.[0-9]+)?(Z|([+\\-])((0[0-9]|1[0-3]):[0-5][0-9]|14:00))");

    private final InMemoryRegistry store = new InMemoryRegistry();
    private final InventoryExports exports = new InventoryExports(store, CLOCK);

    @BeforeEach
    void registerOneDevicePerIssuer() {
        store.addModel(new DeviceModel("09506000134352", "GS1", "Acme Pump", "P-100", "CAT-1", "Acme Medical", null,
                "Infusion pump", "In Commercial Distribution", null, null, null, null, null,
                new DeviceModel.PiFlags(true, true, false, true, false), List.of(), List.of(),
                List.of(new DeviceModel.GmdnTerm("13215", "General-purpose infusion pump", null, false)),
                List.of(), List.of(), null, null).withExtras(List.of(
                        new DeviceModel.Contact("+1(555)010-2000", "214", "udi@meridian-medical.example"),
                        new DeviceModel.Contact(null, null, "recalls@meridian-medical.example")), List.of(),
                List.of()));
        RegistrationService registration = new RegistrationService(new UdiParser(ParseOptions.defaults(CLOCK)), store,
                CLOCK);
        registration.register(GS1_SCAN, Location.parse("St Mary/B/ICU/12"), "Biomed", "checked \"ok\"", ACTOR);
        registration.register(HIBCC, Location.UNKNOWN, null, null, ACTOR);
        registration.register(ISBT, Location.parse("St Mary"), null, null, ACTOR);
        Device hibcc = store.devices().get(1);
        new DeviceService(store, CLOCK).setStatus(hibcc.id(), hibcc.version(), DeviceStatus.QUARANTINED, ACTOR);
    }

    @Test
    void ndjsonHoldsOneValidR4DevicePerLine() throws Exception {
        String out = export(ExportFormat.FHIR_NDJSON);

        String[] lines = out.split("\n");
        assertThat(lines).hasSize(3);
        List<JsonNode> devices = new ArrayList<>();
        for (String line : lines) {
            JsonNode device = JSON.readTree(line);
            assertValidDevice(device);
            devices.add(device);
        }
        JsonNode gs1 = devices.get(0);
        JsonNode carrier = gs1.get("udiCarrier").get(0);
        assertThat(carrier.get("deviceIdentifier").asText()).isEqualTo("09506000134352");
        assertThat(carrier.get("issuer").asText()).isEqualTo("http://hl7.org/fhir/NamingSystem/gs1-di");
        assertThat(carrier.get("jurisdiction").asText()).isEqualTo("http://hl7.org/fhir/NamingSystem/fda-udi");
        assertThat(carrier.get("carrierHRF").asText()).isEqualTo("(01)09506000134352(17)271231(10)LOT-7(21)SN0042");
        assertThat(carrier.get("entryType").asText()).isEqualTo("barcode");
        assertThat(gs1.get("status").asText()).isEqualTo("active");
        assertThat(gs1.get("lotNumber").asText()).isEqualTo("LOT-7");
        assertThat(gs1.get("serialNumber").asText()).isEqualTo("SN0042");
        assertThat(gs1.get("expirationDate").asText()).isEqualTo("2027-12-31");
        assertThat(gs1.get("deviceName").get(0).get("name").asText()).isEqualTo("Acme Pump");
        assertThat(gs1.get("deviceName").get(0).get("type").asText()).isEqualTo("udi-label-name");
        assertThat(gs1.get("manufacturer").asText()).isEqualTo("Acme Medical");
        assertThat(gs1.get("modelNumber").asText()).isEqualTo("P-100");
        assertThat(gs1.get("type").get("text").asText()).isEqualTo("General-purpose infusion pump");
        assertThat(gs1.get("location").get("display").asText()).isEqualTo("St Mary / B / ICU / 12");
        assertThat(gs1.get("owner").get("display").asText()).isEqualTo("Biomed");
        assertThat(gs1.get("note").get(0).get("text").asText()).isEqualTo("checked \"ok\"");
        // The model's GUDID customer contacts as ContactPoints, phone with its extension.
        assertThat(gs1.get("contact")).extracting(c -> c.get("system").asText() + " " + c.get("value").asText())
                .containsExactly("phone +1(555)010-2000 ext. 214", "email udi@meridian-medical.example",
                        "email recalls@meridian-medical.example");

        JsonNode hibcc = devices.get(1);
        assertThat(hibcc.get("udiCarrier").get(0).get("issuer").asText())
                .isEqualTo("http://hl7.org/fhir/NamingSystem/hibcc-dI");
        assertThat(hibcc.get("status").asText()).isEqualTo("inactive");
        assertThat(hibcc.get("statusReason").get(0).get("text").asText()).isEqualTo("quarantined");
        assertThat(hibcc.has("deviceName")).isFalse();
        assertThat(hibcc.has("location")).isFalse();

        JsonNode isbt = devices.get(2);
        assertThat(isbt.get("udiCarrier").get(0).get("issuer").asText())
                .isEqualTo("http://hl7.org/fhir/NamingSystem/iccbba-other-di");
        assertThat(isbt.get("distinctIdentifier").asText()).isEqualTo("A999717123456");
    }

    @Test
    void carrierAidcDecodesToTheExactScanWithGroupSeparatorAndAimIdentifier() throws Exception {
        List<String> scans = List.of(GS1_SCAN, HIBCC, ISBT);
        String[] lines = export(ExportFormat.FHIR_NDJSON).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String aidc = JSON.readTree(lines[i]).get("udiCarrier").get(0).get("carrierAIDC").asText();
            byte[] bytes = Base64.getDecoder().decode(aidc);
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).isEqualTo(scans.get(i));
        }
        byte[] gs1 = Base64.getDecoder().decode(JSON.readTree(lines[0]).get("udiCarrier").get(0)
                .get("carrierAIDC").asText());
        assertThat(gs1).contains((byte) 0x1D);
        assertThat(new String(gs1, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("]d2");
    }

    @Test
    void bundleIsACollectionOfTheSameDevices() throws Exception {
        JsonNode bundle = JSON.readTree(export(ExportFormat.FHIR_BUNDLE));

        assertThat(fieldNames(bundle)).containsExactlyInAnyOrder("resourceType", "type", "timestamp", "entry");
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.get("type").asText()).isEqualTo("collection");
        assertThat(bundle.get("timestamp").asText()).matches(INSTANT).isEqualTo("2026-11-25T12:00:00Z");
        assertThat(bundle.get("entry")).hasSize(3);
        for (JsonNode entry : bundle.get("entry")) {
            assertThat(fieldNames(entry)).containsExactly("resource");
            assertValidDevice(entry.get("resource"));
        }
    }

    @Test
    void anEmptyInventoryGivesAnEmptyFileOrABundleWithoutEntries() throws Exception {
        InventoryExports none = new InventoryExports(new InMemoryRegistry(), CLOCK);
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        assertThat(none.export(OLDEST_FIRST, ExportFormat.FHIR_NDJSON, ndjson)).isZero();
        assertThat(ndjson.size()).isZero();
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        none.export(OLDEST_FIRST, ExportFormat.FHIR_BUNDLE, bundle);
        // FHIR JSON forbids empty arrays: an empty Bundle has no entry element at all
        JsonNode node = JSON.readTree(bundle.toString(StandardCharsets.UTF_8));
        assertThat(fieldNames(node)).containsExactly("resourceType", "type", "timestamp");
    }

    @Test
    void monthPrecisionDatesStayMonthsAndTimesBecomeDates() {
        assertThat(FhirDevices.date(org.uditrust.udi.UdiDate.ofMonth(2025, 3))).isEqualTo("2025-03")
                .matches(DATE_TIME);
        assertThat(FhirDevices.date(new org.uditrust.udi.UdiDate(java.time.LocalDate.of(2025, 3, 31),
                java.time.LocalTime.of(14, 0), org.uditrust.udi.UdiDate.Precision.HOUR))).isEqualTo("2025-03-31")
                .matches(DATE_TIME);
    }

    static void assertValidDevice(JsonNode device) {
        assertThat(device.get("resourceType").asText()).isEqualTo("Device");
        assertThat(device.get("id").asText()).matches(ID);
        for (String name : fieldNames(device)) {
            assertThat(DEVICE).as("R4 Device element %s", name).containsKey(name);
            assertThat(device.get(name).isArray()).as("cardinality of %s", name).isEqualTo(DEVICE.get(name));
            assertNoEmptyValues(device.get(name), name);
        }
        JsonNode carriers = device.get("udiCarrier");
        assertThat(carriers).isNotNull().hasSize(1);
        JsonNode carrier = carriers.get(0);
        assertThat(fieldNames(carrier)).allMatch(UDI_CARRIER::contains);
        assertThat(carrier.get("deviceIdentifier").isTextual()).isTrue();
        assertThat(carrier.get("carrierAIDC").asText()).matches(BASE64);
        assertThat(carrier.get("entryType").asText()).isIn(ENTRY_TYPE);
        assertThat(carrier.get("issuer").asText()).startsWith("http://hl7.org/fhir/NamingSystem/");
        assertThat(device.get("status").asText()).isIn(STATUS);
        for (String date : List.of("manufactureDate", "expirationDate")) {
            if (device.has(date)) {
                assertThat(device.get(date).asText()).matches(DATE_TIME);
            }
        }
        // US Core Implantable Device: at least one production identifier
        assertThat(device.has("lotNumber") || device.has("serialNumber") || device.has("expirationDate")
                || device.has("manufactureDate") || device.has("distinctIdentifier")
                || device.get("udiCarrier").get(0).has("carrierHRF")).isTrue();
        if (device.has("deviceName")) {
            for (JsonNode name : device.get("deviceName")) {
                assertThat(fieldNames(name)).allMatch(DEVICE_NAME::contains).contains("name", "type");
                assertThat(name.get("type").asText()).isIn(NAME_TYPE);
            }
        }
        check(device, "type", CODEABLE_CONCEPT);
        check(device, "owner", REFERENCE);
        check(device, "location", REFERENCE);
        checkEach(device, "statusReason", CODEABLE_CONCEPT);
        checkEach(device, "note", ANNOTATION);
        checkEach(device, "version", VERSION);
        checkEach(device, "contact", Set.of("id", "extension", "system", "value", "use", "rank", "period"));
    }

    private static void check(JsonNode device, String name, Set<String> allowed) {
        if (device.has(name)) {
            assertThat(fieldNames(device.get(name))).as(name).allMatch(allowed::contains);
        }
    }

    private static void checkEach(JsonNode device, String name, Set<String> allowed) {
        if (device.has(name)) {
            for (JsonNode item : device.get(name)) {
                assertThat(fieldNames(item)).as(name).allMatch(allowed::contains);
            }
        }
    }

    /** FHIR JSON forbids null, empty strings, empty arrays and empty objects. */
    private static void assertNoEmptyValues(JsonNode node, String path) {
        assertThat(node.isNull()).as(path).isFalse();
        if (node.isTextual()) {
            assertThat(node.asText()).as(path).isNotEmpty();
        } else if (node.isContainerNode()) {
            assertThat(node.size()).as(path).isPositive();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                assertNoEmptyValues(f.getValue(), path + "." + f.getKey());
            }
            if (node.isArray()) {
                for (JsonNode item : node) {
                    assertNoEmptyValues(item, path + "[]");
                }
            }
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String export(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(OLDEST_FIRST, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
