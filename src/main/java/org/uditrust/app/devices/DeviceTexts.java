package org.uditrust.app.devices;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.udi.UdiDate;

/** How devices and models read on screen; shared by the Devices and Scan views so both say the same. */
public final class DeviceTexts {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ResourceBundle text;
    private final ZoneId zone;

    public DeviceTexts(ResourceBundle text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
    }

    public String status(DeviceStatus status) {
        return status == null ? text.getString("devices.status.any") : text.getString("status." + status.name());
    }

    public String date(UdiDate date) {
        return date == null ? "" : date.display();
    }

    public String stamp(Instant at) {
        return at == null ? "" : STAMP.format(at.atZone(zone));
    }

    /** The day only, for a narrow table column; the detail pane shows the time. */
    public String day(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(at.atZone(zone));
    }

    public String location(Device device) {
        String shown = device.location().display();
        return "unknown".equals(shown) ? text.getString("devices.location.unknown") : shown;
    }

    public String yesNo(Boolean value) {
        return value == null ? text.getString("value.unknown") : text.getString(value ? "value.yes" : "value.no");
    }

    /** The GUDID fields a user checks against the label, in the order the Scan view shows them. */
    public List<FieldRow> modelFields(DeviceModel model) {
        List<FieldRow> rows = new ArrayList<>();
        if (model == null) {
            rows.add(new FieldRow(text.getString("model.heading"), text.getString("model.unknown")));
            return rows;
        }
        add(rows, "model.brand", model.brandName());
        add(rows, "model.version", model.versionModelNumber());
        add(rows, "model.catalog", model.catalogNumber());
        add(rows, "model.company", model.companyName());
        add(rows, "model.description", model.deviceDescription());
        add(rows, "model.mri", model.mriSafetyStatus());
        add(rows, "model.sterile", yesNo(model.sterile()));
        add(rows, "model.distribution", model.commercialDistributionStatus()
                + (model.commercialDistributionEndDate() == null ? "" : " (" + model.commercialDistributionEndDate()
                + ")"));
        add(rows, "model.productCodes", model.productCodes().stream()
                .map(p -> p.name() == null ? p.code() : p.code() + " " + p.name()).collect(Collectors.joining(", ")));
        add(rows, "model.gmdn", model.gmdnTerms().stream().map(DeviceModel.GmdnTerm::name)
                .collect(Collectors.joining(", ")));
        // One row each, like the findings: a model may have several contacts, sizes and conditions.
        model.contacts().forEach(c -> add(rows, "model.contact", contact(c)));
        model.deviceSizes().forEach(s -> add(rows, "model.size", size(s)));
        model.storageConditions().forEach(c -> add(rows, "model.storage", storage(c)));
        return rows;
    }

    /** {@code +1(555)010-7500 ext. 214, orders@example.com}. */
    public String contact(DeviceModel.Contact c) {
        String phone = c.phone() == null || c.phoneExtension() == null ? c.phone()
                : MessageFormat.format(text.getString("model.contact.extension"), c.phone(), c.phoneExtension());
        return joinPresent(", ", phone, c.email());
    }

    /** {@code Length: 140 Millimeter}, or the size text GUDID gives instead of (or with) a value. */
    public String size(DeviceModel.DeviceSize s) {
        return typed(s.type(), joinPresent("; ", quantity(s.value(), s.unit()), s.text()));
    }

    /**
     * {@code Storage Environment Temperature: -10 to 40 Degrees Celsius}; a condition given only in words shows
     * just the words (its type, "Special Storage Condition, Specify", adds nothing).
     */
    public String storage(DeviceModel.StorageCondition c) {
        String high = quantity(c.highValue(), c.highUnit());
        String low = quantity(c.lowValue(), Objects.equals(c.lowUnit(), c.highUnit()) && high != null ? null
                : c.lowUnit());
        String limits;
        if (low != null && high != null) {
            limits = MessageFormat.format(text.getString("model.limits.range"), low, high);
        } else if (high != null) {
            limits = MessageFormat.format(text.getString("model.limits.atMost"), high);
        } else if (low != null) {
            limits = MessageFormat.format(text.getString("model.limits.atLeast"), low);
        } else {
            return c.specialConditionText() != null ? c.specialConditionText() : c.type();
        }
        return typed(c.type(), joinPresent("; ", limits, c.specialConditionText()));
    }

    private String typed(String type, String what) {
        return what == null ? type : MessageFormat.format(text.getString("model.typed"), type, what);
    }

    private static String quantity(String value, String unit) {
        if (value == null) {
            return null;
        }
        return unit == null ? value : value + " " + unit;
    }

    /** The parts that are there, joined; null when none is. */
    private static String joinPresent(String separator, String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    /** Every field of a device, for the detail pane. */
    public List<FieldRow> deviceFields(Device d) {
        List<FieldRow> rows = new ArrayList<>();
        add(rows, "device.id", Long.toString(d.id()));
        add(rows, "device.issuer", text.getString("issuer." + d.issuer().name()));
        add(rows, "device.di", d.di());
        add(rows, "device.lot", d.lot());
        add(rows, "device.serial", d.serial());
        add(rows, "device.expiry", date(d.expiry()));
        add(rows, "device.manufactured", date(d.manufactured()));
        add(rows, "device.software", d.softwareVersion());
        add(rows, "device.donation", d.donationId());
        add(rows, "device.hri", d.humanReadable());
        add(rows, "device.status", status(d.status()));
        add(rows, "device.location", location(d));
        add(rows, "device.owner", d.owner());
        add(rows, "device.notes", d.notes());
        add(rows, "device.registered", stamp(d.registeredAt()) + " — " + d.registeredBy());
        add(rows, "device.updated", stamp(d.updatedAt()));
        add(rows, "device.version", Long.toString(d.version()));
        return rows;
    }

    private void add(List<FieldRow> rows, String key, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(new FieldRow(text.getString(key), value));
        }
    }
}
