package org.uditrust.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.Location;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.UdiDate;

/**
 * Writes a device as a FHIR R4 (4.0.1) {@code Device} resource with its {@code udiCarrier}, following the
 * element definitions of https://hl7.org/fhir/R4/device.html and what the US Core Implantable Device profile
 * must-supports (deviceIdentifier with carrierAIDC and carrierHRF, and the parsed PI).
 *
 * <p>Mapping decisions:
 * <ul>
 *   <li>{@code issuer}: the FHIR naming systems for the FDA-accredited agencies. ICCBBA has two,
 *   {@code iccbba-blood-di} (blood containers) and {@code iccbba-other-di}; a device in this inventory is a medical
 *   device identified by an ISBT 128 PPIC (ST-017), not a blood container, so it is {@code iccbba-other-di}.</li>
 *   <li>{@code carrierAIDC}: base64 of the carrier exactly as stored (the AIM symbology identifier and every GS
 *   kept), as ISO-8859-1 bytes, the default byte interpretation of DataMatrix and Code 128, or UTF-8 when a
 *   character lies beyond it. Decoding gives back the scan byte for byte.</li>
 *   <li>{@code jurisdiction} is FDA's ({@code fda-udi}): the inventory's UDIs are read against GUDID.</li>
 *   <li>{@code entryType} is {@code barcode}: devices come from scanned or exported carriers.</li>
 *   <li>Dates keep the label's precision, which FHIR dateTime allows ({@code 2025-03}); a label time (GS1 7003,
 *   HIBCC hour) is written as its date, because a FHIR dateTime with a time needs a time zone the label does not
 *   give.</li>
 *   <li>{@code status}: in service is {@code active}; quarantined, recalled and retired are {@code inactive}, with
 *   the inventory status as {@code statusReason.text} so it is not lost.</li>
 *   <li>GUDID, when it knows the DI: brand as {@code deviceName} of type {@code udi-label-name}, company as
 *   {@code manufacturer}, version/model as {@code modelNumber}, catalog number as {@code partNumber}, first GMDN
 *   term as {@code type.text}. The software version PI (GS1 AI 8012) is {@code version.value}.</li>
 *   <li>Location and owner are references by {@code display} only: the inventory has no Location or Organization
 *   resources to point at. Notes are a {@code note}.</li>
 * </ul>
 */
final class FhirDevices {

    static final String GS1_ISSUER = "http://hl7.org/fhir/NamingSystem/gs1-di";
    static final String HIBCC_ISSUER = "http://hl7.org/fhir/NamingSystem/hibcc-dI";
    static final String ICCBBA_ISSUER = "http://hl7.org/fhir/NamingSystem/iccbba-other-di";
    static final String FDA_JURISDICTION = "http://hl7.org/fhir/NamingSystem/fda-udi";

    private FhirDevices() {
    }

    static String issuerUri(Issuer issuer) {
        return switch (issuer) {
            case GS1 -> GS1_ISSUER;
            case HIBCC -> HIBCC_ISSUER;
            case ICCBBA -> ICCBBA_ISSUER;
        };
    }

    /** The bytes {@code carrierAIDC} encodes: ISO-8859-1 when every character fits, else UTF-8. */
    static Charset carrierCharset(String carrier) {
        for (int i = 0; i < carrier.length(); i++) {
            if (carrier.charAt(i) > 0xFF) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.ISO_8859_1;
    }

    private static void contactPoint(JsonGenerator json, String system, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("system", system);
        json.writeStringField("value", value);
        json.writeEndObject();
    }

    static void write(JsonGenerator json, Device d, DeviceModel model) throws IOException {
        json.writeStartObject();
        json.writeStringField("resourceType", "Device");
        json.writeStringField("id", Long.toString(d.id()));
        json.writeArrayFieldStart("udiCarrier");
        json.writeStartObject();
        json.writeStringField("deviceIdentifier", d.di());
        json.writeStringField("issuer", issuerUri(d.issuer()));
        json.writeStringField("jurisdiction", FDA_JURISDICTION);
        json.writeStringField("carrierAIDC",
                Base64.getEncoder().encodeToString(d.carrier().getBytes(carrierCharset(d.carrier()))));
        json.writeStringField("carrierHRF", d.humanReadable());
        json.writeStringField("entryType", "barcode");
        json.writeEndObject();
        json.writeEndArray();
        json.writeStringField("status", d.status() == DeviceStatus.IN_SERVICE ? "active" : "inactive");
        if (d.status() != DeviceStatus.IN_SERVICE) {
            json.writeArrayFieldStart("statusReason");
            json.writeStartObject();
            json.writeStringField("text", d.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            json.writeEndObject();
            json.writeEndArray();
        }
        field(json, "distinctIdentifier", d.donationId());
        field(json, "manufacturer", model == null ? null : model.companyName());
        field(json, "manufactureDate", date(d.manufactured()));
        field(json, "expirationDate", date(d.expiry()));
        field(json, "lotNumber", d.lot());
        field(json, "serialNumber", d.serial());
        if (model != null && model.brandName() != null) {
            json.writeArrayFieldStart("deviceName");
            json.writeStartObject();
            json.writeStringField("name", model.brandName());
            json.writeStringField("type", "udi-label-name");
            json.writeEndObject();
            json.writeEndArray();
        }
        field(json, "modelNumber", model == null ? null : model.versionModelNumber());
        field(json, "partNumber", model == null ? null : model.catalogNumber());
        if (model != null && !model.gmdnTerms().isEmpty()) {
            json.writeObjectFieldStart("type");
            json.writeStringField("text", model.gmdnTerms().get(0).name());
            json.writeEndObject();
        }
        if (d.softwareVersion() != null) {
            json.writeArrayFieldStart("version");
            json.writeStartObject();
            json.writeStringField("value", d.softwareVersion());
            json.writeEndObject();
            json.writeEndArray();
        }
        if (d.owner() != null) {
            json.writeObjectFieldStart("owner");
            json.writeStringField("display", d.owner());
            json.writeEndObject();
        }
        if (model != null && !model.contacts().isEmpty()) {
            // Device.contact: "details for human/organization for support" - the labeler's GUDID customer contact.
            json.writeArrayFieldStart("contact");
            for (DeviceModel.Contact c : model.contacts()) {
                if (c.phone() != null) {
                    contactPoint(json, "phone", c.phoneExtension() == null ? c.phone()
                            : c.phone() + " ext. " + c.phoneExtension());
                }
                if (c.email() != null) {
                    contactPoint(json, "email", c.email());
                }
            }
            json.writeEndArray();
        }
        if (!d.location().equals(Location.UNKNOWN)) {
            json.writeObjectFieldStart("location");
            json.writeStringField("display", d.location().display());
            json.writeEndObject();
        }
        if (d.notes() != null) {
            json.writeArrayFieldStart("note");
            json.writeStartObject();
            json.writeStringField("text", d.notes());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(name, value);
        }
    }

    /** FHIR dateTime at the label's precision; a time of day is dropped (no time zone to go with it). */
    static String date(UdiDate date) {
        if (date == null) {
            return null;
        }
        return date.precision() == UdiDate.Precision.MONTH ? date.display() : date.date().toString();
    }
}
