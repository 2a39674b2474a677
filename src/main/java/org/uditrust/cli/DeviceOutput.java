package org.uditrust.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.LabelFinding;
import org.uditrust.registry.Location;
import org.uditrust.udi.UdiDate;

/**
 * Renders registered devices for the console: text for people, JSON for tools.
 *
 * <p>The JSON object of a device is an interface other tools rely on: {@code id, issuer, di, lot, serial, expiry,
 * manufactured, softwareVersion, donationId, carrier, humanReadable, status, location {site, building, department,
 * room}, owner, notes, findings [{code, message}], registeredAt, registeredBy, updatedAt, version}; dates are
 * {@code YYYY-MM-DD}, instants ISO-8601 UTC, status in lower case with hyphens ({@code in-service}). Its GUDID
 * model ({@link #model}) is {@code primaryDi, brandName, versionModelNumber, catalogNumber, companyName,
 * deviceDescription, commercialDistributionStatus, mriSafetyStatus, contacts [{phone, phoneExtension, email}],
 * deviceSizes [{type, unit, value, text}], storageConditions [{type, highUnit, highValue, lowUnit, lowValue,
 * specialConditionText}]}; sizes and limits are strings exactly as GUDID gives them. Fields are only ever added,
 * never renamed or removed.
 */
final class DeviceOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeviceOutput() {
    }

    /** One object per line. */
    static String line(Map<String, ?> object) {
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static Map<String, Object> json(Device d) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", d.id());
        o.put("issuer", d.issuer().name());
        o.put("di", d.di());
        o.put("lot", d.lot());
        o.put("serial", d.serial());
        o.put("expiry", iso(d.expiry()));
        o.put("manufactured", iso(d.manufactured()));
        o.put("softwareVersion", d.softwareVersion());
        o.put("donationId", d.donationId());
        o.put("carrier", d.carrier());
        o.put("humanReadable", d.humanReadable());
        o.put("status", status(d.status()));
        o.put("location", location(d.location()));
        o.put("owner", d.owner());
        o.put("notes", d.notes());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (LabelFinding f : d.findings()) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("code", f.code());
            finding.put("message", f.message());
            findings.add(finding);
        }
        o.put("findings", findings);
        o.put("registeredAt", d.registeredAt().toString());
        o.put("registeredBy", d.registeredBy());
        o.put("updatedAt", d.updatedAt().toString());
        o.put("version", d.version());
        return o;
    }

    /** The GUDID facts a person needs to recognise the model; null when GUDID does not know the DI. */
    static Map<String, Object> model(DeviceModel m) {
        if (m == null) {
            return null;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("primaryDi", m.primaryDi());
        o.put("brandName", m.brandName());
        o.put("versionModelNumber", m.versionModelNumber());
        o.put("catalogNumber", m.catalogNumber());
        o.put("companyName", m.companyName());
        o.put("deviceDescription", m.deviceDescription());
        o.put("commercialDistributionStatus", m.commercialDistributionStatus());
        o.put("mriSafetyStatus", m.mriSafetyStatus());
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (DeviceModel.Contact c : m.contacts()) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("phone", c.phone());
            contact.put("phoneExtension", c.phoneExtension());
            contact.put("email", c.email());
            contacts.add(contact);
        }
        o.put("contacts", contacts);
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (DeviceModel.DeviceSize s : m.deviceSizes()) {
            Map<String, Object> size = new LinkedHashMap<>();
            size.put("type", s.type());
            size.put("unit", s.unit());
            size.put("value", s.value());
            size.put("text", s.text());
            sizes.add(size);
        }
        o.put("deviceSizes", sizes);
        List<Map<String, Object>> storage = new ArrayList<>();
        for (DeviceModel.StorageCondition s : m.storageConditions()) {
            Map<String, Object> condition = new LinkedHashMap<>();
            condition.put("type", s.type());
            condition.put("highUnit", s.highUnit());
            condition.put("highValue", s.highValue());
            condition.put("lowUnit", s.lowUnit());
            condition.put("lowValue", s.lowValue());
            condition.put("specialConditionText", s.specialConditionText());
            storage.add(condition);
        }
        o.put("storageConditions", storage);
        return o;
    }

    static Map<String, Object> location(Location l) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("site", l.site());
        o.put("building", l.building());
        o.put("department", l.department());
        o.put("room", l.room());
        return o;
    }

    /** {@code IN_SERVICE} as {@code in-service}: the form the CLI reads and writes. */
    static String status(DeviceStatus s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String iso(UdiDate date) {
        return date == null ? null : date.date().toString();
    }

    /** A few lines per device for people. */
    static String text(Device d, DeviceModel model) {
        StringBuilder out = new StringBuilder();
        out.append("Device ").append(d.id()).append("  ").append(ParseOutput.printable(d.humanReadable()))
                .append('\n');
        field(out, "Status", status(d.status()));
        field(out, "Location", d.location().display());
        field(out, "Issuer", d.issuer().name());
        field(out, "UDI-DI", d.di());
        if (model != null) {
            field(out, "Model", join(model.brandName(), model.versionModelNumber()));
            field(out, "Company", model.companyName());
            for (DeviceModel.Contact c : model.contacts()) {
                field(out, "Contact", contact(c));
            }
        }
        field(out, "Lot", d.lot());
        field(out, "Serial", d.serial());
        field(out, "Expiry", d.expiry() == null ? null : d.expiry().display());
        field(out, "Manufactured", d.manufactured() == null ? null : d.manufactured().display());
        field(out, "Software", d.softwareVersion());
        field(out, "Donation ID", d.donationId());
        field(out, "Carrier", d.carrier());
        field(out, "Owner", d.owner());
        field(out, "Notes", d.notes());
        field(out, "Registered", d.registeredAt() + " by " + d.registeredBy());
        field(out, "Updated", d.updatedAt() + " (version " + d.version() + ")");
        for (LabelFinding f : d.findings()) {
            out.append("  finding [").append(f.code()).append("] ").append(f.message()).append('\n');
        }
        return out.toString();
    }

    /** {@code +1(555)010-7500 ext. 214, orders@example.com}: what a recall team dials or writes to. */
    static String contact(DeviceModel.Contact c) {
        StringBuilder text = new StringBuilder();
        if (c.phone() != null) {
            text.append(c.phone());
            if (c.phoneExtension() != null) {
                text.append(" ext. ").append(c.phoneExtension());
            }
        }
        if (c.email() != null) {
            text.append(text.length() > 0 ? ", " : "").append(c.email());
        }
        return text.toString();
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append("  ").append(name).append(": ").append(ParseOutput.printable(value)).append('\n');
        }
    }

    /** One table row for {@code device list}; {@code model} is the GUDID model or null. */
    static String row(Device d, DeviceModel model) {
        String brand = model == null ? "-" : nullToDash(join(model.brandName(), model.versionModelNumber()));
        return String.format(Locale.ROOT, "%6d  %-11s  %-16s  %-24s  %-12s  %-14s  %-10s  %s", d.id(),
                status(d.status()), d.di(), clip(brand, 24), nullToDash(d.lot()), nullToDash(d.serial()),
                d.expiry() == null ? "-" : d.expiry().date().toString(),
                ParseOutput.printable(d.location().display()));
    }

    static String header() {
        return String.format(Locale.ROOT, "%6s  %-11s  %-16s  %-24s  %-12s  %-14s  %-10s  %s", "ID", "STATUS", "DI",
                "MODEL", "LOT", "SERIAL", "EXPIRY", "LOCATION");
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : ParseOutput.printable(s);
    }
}
