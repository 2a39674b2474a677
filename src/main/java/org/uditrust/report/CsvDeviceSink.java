package org.uditrust.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.csv.CsvWriter;
import org.uditrust.udi.UdiDate;

/**
 * The inventory as CSV. The first eight columns are the ones the device import reads ({@code udi} is the carrier
 * exactly as scanned, separators kept), so an export imports again to the same devices; the rest are for people
 * reading the file and are ignored by the import, which reads the UDI parts from the carrier and the model from
 * GUDID rather than trusting cells.
 */
final class CsvDeviceSink implements DeviceSink {

    static final List<String> HEADER = List.of("udi", "site", "building", "department", "room", "owner", "notes",
            "status", "id", "issuer", "di", "lot", "serial", "expiry", "manufactured", "software_version",
            "donation_id", "human_readable", "brand", "model", "company", "registered_at", "registered_by",
            "findings");

    private final CsvWriter writer;
    private final List<String> cells = new ArrayList<>(HEADER.size());

    CsvDeviceSink(OutputStream out) {
        this.writer = new CsvWriter(out);
        writer.record(HEADER);
    }

    @Override
    public void device(Device d, DeviceModel model) {
        cells.clear();
        cells.add(d.carrier());
        cells.add(d.location().site());
        cells.add(d.location().building());
        cells.add(d.location().department());
        cells.add(d.location().room());
        cells.add(d.owner());
        cells.add(d.notes());
        cells.add(d.status().name());
        cells.add(Long.toString(d.id()));
        cells.add(d.issuer().name());
        cells.add(d.di());
        cells.add(d.lot());
        cells.add(d.serial());
        cells.add(date(d.expiry()));
        cells.add(date(d.manufactured()));
        cells.add(d.softwareVersion());
        cells.add(d.donationId());
        cells.add(d.humanReadable());
        cells.add(model == null ? null : model.brandName());
        cells.add(model == null ? null : model.versionModelNumber());
        cells.add(model == null ? null : model.companyName());
        cells.add(d.registeredAt().toString());
        cells.add(d.registeredBy());
        StringBuilder findings = new StringBuilder();
        d.findings().forEach(f -> findings.append(findings.length() == 0 ? "" : " ").append(f.code()));
        cells.add(findings.toString());
        writer.record(cells);
    }

    @Override
    public void finish() {
        writer.flush();
    }

    private static String date(UdiDate date) {
        return date == null ? null : date.display();
    }
}
