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
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("udiKey", d.udiKey());
        m.put("issuer", d.issuer().name());
        m.put("di", d.di());
        m.put("lot", d.lot());
        m.put("serial", d.serial());
        m.put("expiry", d.expiry() == null ? null : d.expiry().display());
        m.put("manufactured", d.manufactured() == null ? null : d.manufactured().display());
        m.put("softwareVersion", d.softwareVersion());
        m.put("donationId", d.donationId());
        m.put("carrier", d.carrier());
        m.put("humanReadable", d.humanReadable());
        m.put("status", d.status().name());
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("site", d.location().site());
        location.put("building", d.location().building());
        location.put("department", d.location().department());
        location.put("room", d.location().room());
        m.put("location", location);
        m.put("owner", d.owner());
        m.put("notes", d.notes());
        List<Map<String, Object>> findings = d.findings().stream()
                .map(f -> Map.<String, Object>of("code", f.code(), "message", f.message())).toList();
        m.put("findings", findings);
        m.put("version", d.version());
        return CanonicalJson.write(m);
    }
}
