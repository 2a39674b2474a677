package org.uditrust.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uditrust.audit.CanonicalJson;

/** The audit-trail form of a device: every field a user can see or change, as canonical JSON. */
public final class DeviceRecords {

    private DeviceRecords() {
    }

    public static String auditJson(Device d) {
        // Keys put in alphabetical order (the canonical order), which saves CanonicalJson from sorting them.
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("carrier", d.carrier());
        m.put("di", d.di());
        m.put("donationId", d.donationId());
        m.put("expiry", d.expiry() == null ? null : d.expiry().display());
        List<Map<String, Object>> findings = d.findings().stream()
                .map(f -> Map.<String, Object>of("code", f.code(), "message", f.message())).toList();
        m.put("findings", findings);
        m.put("humanReadable", d.humanReadable());
        m.put("id", d.id());
        m.put("issuer", d.issuer().name());
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("building", d.location().building());
        location.put("department", d.location().department());
        location.put("room", d.location().room());
        location.put("site", d.location().site());
        m.put("location", location);
        m.put("lot", d.lot());
        m.put("manufactured", d.manufactured() == null ? null : d.manufactured().display());
        m.put("notes", d.notes());
        m.put("owner", d.owner());
        m.put("serial", d.serial());
        m.put("softwareVersion", d.softwareVersion());
        m.put("status", d.status().name());
        m.put("udiKey", d.udiKey());
        m.put("version", d.version());
        return CanonicalJson.write(m);
    }
}
