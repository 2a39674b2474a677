package org.uditrust.registry;

import java.util.ArrayList;
import java.util.List;
import org.uditrust.audit.CanonicalJson;

/** The audit-trail form of a device: every field a user can see or change, as canonical JSON. */
public final class DeviceRecords {

    private DeviceRecords() {
    }

    public static String auditJson(Device d) {
        // Written member by member in canonical (ascending) key order: a bulk import writes a million of these,
        // and building a map first cost more than the writing. DeviceRecordsTest holds it to CanonicalJson.write.
        List<String[]> findings = new ArrayList<>(d.findings().size());
        for (LabelFinding f : d.findings()) {
            findings.add(new String[] {"code", f.code(), "message", f.message()});
        }
        return CanonicalJson.object()
                .put("carrier", d.carrier())
                .put("di", d.di())
                .put("donationId", d.donationId())
                .put("expiry", d.expiry() == null ? null : d.expiry().display())
                .putObjects("findings", findings)
                .put("humanReadable", d.humanReadable())
                .put("id", d.id())
                .put("issuer", d.issuer().name())
                .beginObject("location")
                    .put("building", d.location().building())
                    .put("department", d.location().department())
                    .put("room", d.location().room())
                    .put("site", d.location().site())
                .endObject()
                .put("lot", d.lot())
                .put("manufactured", d.manufactured() == null ? null : d.manufactured().display())
                .put("notes", d.notes())
                .put("owner", d.owner())
                .put("serial", d.serial())
                .put("softwareVersion", d.softwareVersion())
                .put("status", d.status().name())
                .put("udiKey", d.udiKey())
                .put("version", d.version())
                .toJson();
    }
}
