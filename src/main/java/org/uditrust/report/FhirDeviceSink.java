package org.uditrust.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;

/**
 * FHIR {@code Device} resources ({@link FhirDevices}) as NDJSON, one resource per line (FHIR Bulk Data), or as one
 * {@code Bundle} of type {@code collection} with a timestamp and one {@code entry.resource} per device. Streamed:
 * the Bundle is written as it goes, never built in memory.
 */
final class FhirDeviceSink implements DeviceSink {

    private final JsonGenerator json;
    private final boolean bundle;
    /** FHIR JSON forbids empty arrays, so an empty Bundle has no {@code entry} at all. */
    private boolean entryOpen;

    FhirDeviceSink(OutputStream out, boolean bundle, Instant timestamp) {
        this.bundle = bundle;
        try {
            this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(null);
            if (bundle) {
                json.writeStartObject();
                json.writeStringField("resourceType", "Bundle");
                json.writeStringField("type", "collection");
                json.writeStringField("timestamp", timestamp.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void device(Device device, DeviceModel model) {
        try {
            if (bundle) {
                if (!entryOpen) {
                    json.writeArrayFieldStart("entry");
                    entryOpen = true;
                }
                json.writeStartObject();
                json.writeFieldName("resource");
                FhirDevices.write(json, device, model);
                json.writeEndObject();
            } else {
                FhirDevices.write(json, device, model);
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        try {
            if (bundle) {
                if (entryOpen) {
                    json.writeEndArray();
                }
                json.writeEndObject();
                json.writeRaw('\n');
            }
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
