package org.uditrust.registry.gudid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.uditrust.registry.DeviceModel;

/**
 * Reads one AccessGUDID lookup response ({@code GET /api/v3/devices/lookup.json?di=…}, saved to a file) into a
 * {@link DeviceModel}. The layout is {@code {"gudid": {"device": {…}}, "productCodes": […]}}: the device object
 * holds the same fields as {@code device.txt} in camelCase (PI flags as booleans) and its child lists wrapped as
 * {@code identifiers.identifier[]}, {@code productCodes.fdaProductCode[]}, {@code gmdnTerms.gmdn[]},
 * {@code premarketSubmissions.premarketSubmission[]}, {@code contacts.customerContact[]{phone, phoneExtension,
 * email}}, {@code deviceSizes.deviceSize[]{sizeType, size{unit, value}, sizeText}},
 * {@code environmentalConditions.storageHandling[]{storageHandlingType, storageHandlingHigh{unit, value},
 * storageHandlingLow{unit, value}, storageHandlingSpecialConditionText}} and {@code sterilization{deviceSterile,
 * sterilizationPriorToUse, methodTypes}}. Sizes and limits are kept as the text of the value (a JSON number is
 * kept as written, {@code 3.0} stays {@code 3.0}). A wrapper that holds a single object instead of an array (as
 * XML-to-JSON conversions produce) is read as a one-element list. Never throws for bad input.
 */
public final class GudidLookupJson {

    private final ReleaseLimits limits;
    private final ObjectMapper mapper;

    public GudidLookupJson() {
        this(ReleaseLimits.defaults());
    }

    public GudidLookupJson(ReleaseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(limits.maxJsonBytes())
                        .maxDocumentLength(limits.maxJsonBytes())
                        .build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Sizes and limits may come as JSON numbers; keep them as written (3.0, 140.50), never through a double.
        this.mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    /** Reads a saved response file, refusing files over the size limit before reading them. */
    public LookupJsonResult read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                return new LookupJsonResult.Rejected(file + " does not exist or is not a file.");
            }
            long size = Files.size(file);
            if (size > limits.maxJsonBytes()) {
                return tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(limits.maxJsonBytes() + 1);
                return parse(bytes, name);
            }
        } catch (IOException e) {
            return new LookupJsonResult.Rejected(file + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a response held in memory.
     *
     * @param source names the document in messages, e.g. its file name
     */
    public LookupJsonResult parse(byte[] json, String source) {
        if (json.length > limits.maxJsonBytes()) {
            return tooLarge(source);
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return new LookupJsonResult.Rejected(source + " is not valid JSON (" + e.getOriginalMessage() + ").");
        } catch (IOException | RuntimeException e) {
            return new LookupJsonResult.Rejected(source + " cannot be read as JSON (" + e.getMessage() + ").");
        }
        if (root == null || !root.isObject()) {
            return new LookupJsonResult.Rejected(source + " is not a JSON object, so it is not an AccessGUDID "
                    + "lookup response.");
        }
        JsonNode device = root.path("gudid").path("device");
        if (!device.isObject()) {
            return new LookupJsonResult.Rejected(source + " has no gudid.device object, so it is not an AccessGUDID "
                    + "devices/lookup.json response (an error response, or another API's answer?).");
        }
        List<DeviceModel.Identifier> identifiers = new ArrayList<>();
        String primaryDi = null;
        String agency = null;
        for (JsonNode id : list(device.path("identifiers"), "identifier")) {
            String deviceId = text(id, "deviceId");
            String type = text(id, "deviceIdType");
            if (deviceId == null || type == null) {
                continue;
            }
            DeviceModel.Identifier identifier = new DeviceModel.Identifier(deviceId, type,
                    text(id, "deviceIdIssuingAgency"), integer(id, "pkgQuantity"), text(id, "pkgType"));
            identifiers.add(identifier);
            if (primaryDi == null && "Primary".equalsIgnoreCase(type)) {
                primaryDi = deviceId;
                agency = identifier.issuingAgency();
            }
        }
        if (primaryDi == null) {
            return new LookupJsonResult.Rejected(source + " has no identifier of type Primary in "
                    + "gudid.device.identifiers, so the model has no primary DI.");
        }
        List<DeviceModel.ProductCode> codes = new ArrayList<>();
        for (JsonNode code : list(device.path("productCodes"), "fdaProductCode")) {
            String value = text(code, "productCode");
            if (value != null) {
                codes.add(new DeviceModel.ProductCode(value, text(code, "productCodeName")));
            }
        }
        List<DeviceModel.GmdnTerm> gmdn = new ArrayList<>();
        for (JsonNode term : list(device.path("gmdnTerms"), "gmdn")) {
            String name = text(term, "gmdnPTName");
            if (name != null) {
                gmdn.add(new DeviceModel.GmdnTerm(text(term, "gmdnCode"), name, text(term, "gmdnPTDefinition"),
                        bool(term, "implantable")));
            }
        }
        List<DeviceModel.PremarketSubmission> submissions = new ArrayList<>();
        for (JsonNode s : list(device.path("premarketSubmissions"), "premarketSubmission")) {
            String number = text(s, "submissionNumber");
            if (number != null) {
                submissions.add(new DeviceModel.PremarketSubmission(number, text(s, "supplementNumber")));
            }
        }
        JsonNode sterilization = device.path("sterilization");
        Boolean sterile = bool(sterilization, "deviceSterile");
        if (sterile == null) {
            sterile = bool(device, "deviceSterile");
        }
        Boolean priorToUse = bool(sterilization, "sterilizationPriorToUse");
        if (priorToUse == null) {
            priorToUse = bool(device, "sterilizationPriorToUse");
        }
        List<String> methods = new ArrayList<>();
        for (JsonNode m : list(sterilization, "methodTypes")) {
            if (m.isTextual()) {
                addText(methods, m);
            } else {
                for (JsonNode inner : list(m, "sterilizationMethod")) {
                    addText(methods, inner);
                }
            }
        }
        List<DeviceModel.Contact> contacts = new ArrayList<>();
        for (JsonNode c : list(device.path("contacts"), "customerContact")) {
            String phone = text(c, "phone");
            String email = text(c, "email");
            if (phone != null || email != null) {
                contacts.add(new DeviceModel.Contact(phone, text(c, "phoneExtension"), email));
            }
        }
        List<DeviceModel.DeviceSize> sizes = new ArrayList<>();
        for (JsonNode size : list(device.path("deviceSizes"), "deviceSize")) {
            String type = text(size, "sizeType");
            if (type != null) {
                JsonNode measure = size.path("size");
                sizes.add(new DeviceModel.DeviceSize(type, text(measure, "unit"), text(measure, "value"),
                        text(size, "sizeText")));
            }
        }
        List<DeviceModel.StorageCondition> storage = new ArrayList<>();
        for (JsonNode condition : list(device.path("environmentalConditions"), "storageHandling")) {
            String type = text(condition, "storageHandlingType");
            if (type != null) {
                JsonNode high = condition.path("storageHandlingHigh");
                JsonNode low = condition.path("storageHandlingLow");
                storage.add(new DeviceModel.StorageCondition(type, text(high, "unit"), text(high, "value"),
                        text(low, "unit"), text(low, "value"),
                        text(condition, "storageHandlingSpecialConditionText")));
            }
        }
        DeviceModel.PiFlags pi = new DeviceModel.PiFlags(flag(device, "lotBatch"), flag(device, "serialNumber"),
                flag(device, "manufacturingDate"), flag(device, "expirationDate"), flag(device, "donationIdNumber"));
        return new LookupJsonResult.Parsed(new DeviceModel(primaryDi, agency, text(device, "brandName"),
                text(device, "versionModelNumber"), text(device, "catalogNumber"), text(device, "companyName"),
                text(device, "dunsNumber"), text(device, "deviceDescription"),
                text(device, "deviceCommDistributionStatus"), date(device, "deviceCommDistributionEndDate"),
                text(device, "MRISafetyStatus"), sterile, priorToUse, bool(device, "singleUse"), pi, identifiers,
                codes, gmdn, submissions, methods, integer(device, "publicVersionNumber"),
                date(device, "publicVersionDate"), contacts, sizes, storage));
    }

    private LookupJsonResult tooLarge(String source) {
        int max = limits.maxJsonBytes();
        String size = max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max / 1024 + " KB";
        return new LookupJsonResult.Rejected(source + " is larger than " + size
                + "; a lookup response for one device is a few kilobytes.");
    }

    /** The elements of {@code wrapper.key}: an array's items, a single object as one item, nothing otherwise. */
    private static List<JsonNode> list(JsonNode wrapper, String key) {
        JsonNode node = wrapper.path(key);
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (node.isObject() || node.isValueNode() && !node.isNull()) {
            items.add(node);
        }
        return items;
    }

    private static void addText(List<String> into, JsonNode node) {
        if (node.isTextual() && !node.asText().isBlank()) {
            into.add(node.asText().strip());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isTextual() || value.isNumber()) {
            String s = value.asText().strip();
            return s.isEmpty() ? null : s;
        }
        return null;
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String s = value.asText().strip();
            if (s.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (s.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    private static boolean flag(JsonNode node, String field) {
        return Boolean.TRUE.equals(bool(node, field));
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isInt()) {
            return value.intValue();
        }
        if (value.isTextual()) {
            try {
                return Integer.valueOf(value.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static LocalDate date(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
