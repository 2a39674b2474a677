package org.uditrust.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.LabelFinding;
import org.uditrust.udi.UdiDate;

/**
 * The inventory as JSON, written with Jackson's streaming generator so a million devices take constant memory:
 * either one array or JSON Lines. Absent values are left out rather than written as null. Each object:
 * {@code id, udi{issuer, di, lot, serial, expiry, manufactured, softwareVersion, donationId, carrier,
 * humanReadable}, status, location{site, building, department, room}, owner, notes, findings[{code, message}],
 * registeredAt, registeredBy, updatedAt, version, model{brandName, versionModelNumber, catalogNumber, companyName,
 * deviceDescription, gmdnTerms[], productCodes[], mriSafetyStatus, commercialDistributionStatus}} — {@code model}
 * only when GUDID knows the DI. Dates keep the precision the label gave ({@code 2025-03} for a month).
 */
final class JsonDeviceSink implements DeviceSink {

    private final JsonGenerator json;
    private final boolean lines;

    JsonDeviceSink(OutputStream out, boolean lines) {
        this.lines = lines;
        try {
            this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(null);
            if (!lines) {
                json.writeStartArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void device(Device d, DeviceModel model) {
        try {
            json.writeStartObject();
            json.writeNumberField("id", d.id());
            json.writeObjectFieldStart("udi");
            json.writeStringField("issuer", d.issuer().name());
            json.writeStringField("di", d.di());
            field("lot", d.lot());
            field("serial", d.serial());
            field("expiry", date(d.expiry()));
            field("manufactured", date(d.manufactured()));
            field("softwareVersion", d.softwareVersion());
            field("donationId", d.donationId());
            json.writeStringField("carrier", d.carrier());
            json.writeStringField("humanReadable", d.humanReadable());
            json.writeEndObject();
            json.writeStringField("status", d.status().name());
            json.writeObjectFieldStart("location");
            field("site", d.location().site());
            field("building", d.location().building());
            field("department", d.location().department());
            field("room", d.location().room());
            json.writeEndObject();
            field("owner", d.owner());
            field("notes", d.notes());
            json.writeArrayFieldStart("findings");
            for (LabelFinding f : d.findings()) {
                json.writeStartObject();
                json.writeStringField("code", f.code());
                json.writeStringField("message", f.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("registeredAt", d.registeredAt().toString());
            json.writeStringField("registeredBy", d.registeredBy());
            json.writeStringField("updatedAt", d.updatedAt().toString());
            json.writeNumberField("version", d.version());
            if (model != null) {
                json.writeObjectFieldStart("model");
                field("brandName", model.brandName());
                field("versionModelNumber", model.versionModelNumber());
                field("catalogNumber", model.catalogNumber());
                field("companyName", model.companyName());
                field("deviceDescription", model.deviceDescription());
                json.writeArrayFieldStart("gmdnTerms");
                for (DeviceModel.GmdnTerm term : model.gmdnTerms()) {
                    json.writeString(term.name());
                }
                json.writeEndArray();
                json.writeArrayFieldStart("productCodes");
                for (DeviceModel.ProductCode code : model.productCodes()) {
                    json.writeString(code.code());
                }
                json.writeEndArray();
                field("mriSafetyStatus", model.mriSafetyStatus());
                field("commercialDistributionStatus", model.commercialDistributionStatus());
                json.writeEndObject();
            }
            json.writeEndObject();
            if (lines) {
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        try {
            if (!lines) {
                json.writeEndArray();
                json.writeRaw('\n');
            }
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void field(String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static String date(UdiDate date) {
        return date == null ? null : date.display();
    }
}
