package org.uditrust.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.LabelFinding;
import org.uditrust.registry.Location;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.UdiDate;

/** Devices and models for the store tests, with every field set so round trips cover them all. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    /** A GS1 device; the DI is the GUDID example from the AccessGUDID parse_udi documentation (gudid.md 2.3). */
    static Device device(String di, String lot, String serial, Location location, Instant at) {
        String key = "GS1|" + di + "|" + (lot == null ? "" : lot) + "|" + (serial == null ? "" : serial)
                + "|2026-01-31||||";
        return new Device(0, key, Issuer.GS1, di, lot, serial, UdiDate.ofDay(LocalDate.of(2026, 1, 31)), null,
                null, null, "]d201" + di + "17260131" + (lot == null ? "" : "10" + lot), "(01)" + di + "(17)260131"
                + (lot == null ? "" : "(10)" + lot) + (serial == null ? "" : "(21)" + serial),
                DeviceStatus.IN_SERVICE, location, null, null, List.of(), at, "tester@ws1", at, 1);
    }

    /** A device with every optional field set, including a month-precision and a minute-precision date. */
    static Device fullDevice(Instant at) {
        return new Device(0, "HIBCC|A123PROD1|LOT7|SER9|2025-03|2024-11-05T14:30|2.1|D-1", Issuer.HIBCC,
                "A123PROD1", "LOT7", "SER9", UdiDate.ofMonth(2025, 3),
                new UdiDate(LocalDate.of(2024, 11, 5), LocalTime.of(14, 30), UdiDate.Precision.MINUTE), "2.1", "D-1",
                "+A123PROD1/$$3250LOT7/S+SER9", "+A123PROD1/$$3250LOT7/S+SER9",
                DeviceStatus.QUARANTINED, new Location("Main Campus", "Building B", "ICU", "Room 12"),
                "Biomed team", "Cracked housing \"left\" side; 100% checked", List.of(
                        new LabelFinding("gudid.serial-unexpected", "The label carries a serial number, but GUDID"
                                + " says this model's label has none."),
                        new LabelFinding("gudid.expiry-missing", "Quote \" and backslash \\ survive.")),
                at, "alice@ws-7", at.plusSeconds(60), 1);
    }

    /** A model with every field and child list set. */
    static DeviceModel fullModel(String primaryDi, String packageDi) {
        return new DeviceModel(primaryDi, "GS1", "Infusomat Space", "8713050", "REF-8713050", "B. Braun Melsungen AG",
                "312345678", "Volumetric infusion pump", "In Commercial Distribution", LocalDate.of(2030, 12, 31),
                "MR Unsafe", Boolean.FALSE, null, Boolean.TRUE,
                new DeviceModel.PiFlags(true, true, false, true, false),
                List.of(new DeviceModel.Identifier(primaryDi, "Primary", "GS1", null, null),
                        new DeviceModel.Identifier(packageDi, "Package", "GS1", 10, "Box")),
                List.of(new DeviceModel.ProductCode("FRN", "Pump, Infusion"),
                        new DeviceModel.ProductCode("MEB", null)),
                List.of(new DeviceModel.GmdnTerm("13215", "General-purpose infusion pump", "A pump ...", false),
                        new DeviceModel.GmdnTerm(null, "Term without code", null, null)),
                List.of(new DeviceModel.PremarketSubmission("K123456", "001"),
                        new DeviceModel.PremarketSubmission("P990001", null)),
                List.of("Ethylene Oxide", "Moist Heat or Steam Sterilization"), 7, LocalDate.of(2024, 5, 2),
                List.of(new DeviceModel.Contact("+1(800)227-2862", "4021", "udi@bbraun.example"),
                        new DeviceModel.Contact(null, null, "recalls@bbraun.example")),
                List.of(new DeviceModel.DeviceSize("Length", "Centimeter", "27.50", null),
                        new DeviceModel.DeviceSize("Size, Specify", null, null, "Fits IV poles 20 to 40 mm")),
                List.of(new DeviceModel.StorageCondition("Storage Environment Temperature", "Degrees Celsius", "40",
                                "Degrees Celsius", "-20", null),
                        new DeviceModel.StorageCondition("Special Storage Condition, Specify", null, null, null, null,
                                "Protect from direct sunlight")));
    }

    /** A minimal model: what a sparse device.txt row gives. */
    static DeviceModel model(String primaryDi, String brand, boolean lot, boolean serial) {
        return new DeviceModel(primaryDi, "GS1", brand, "M-" + primaryDi, null, "Acme Medical", null, null,
                "In Commercial Distribution", null, null, null, null, null,
                new DeviceModel.PiFlags(lot, serial, false, false, false), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null);
    }
}
