package org.uditrust.registry;

import java.time.Instant;
import java.util.List;
import org.uditrust.audit.AuditChange;
import org.uditrust.udi.Udi;

/**
 * Stores one new device and its audit entry inside the caller's transaction: the single place that turns a parsed
 * UDI into a stored {@link Device}, shared by scan-to-register ({@link RegistrationService}) and bulk imports, so
 * both store the same fields and write the same audit record. The caller has checked that the UDI key is new.
 */
public final class DeviceRegistrar {

    private DeviceRegistrar() {
    }

    /**
     * @param repos    the repositories of the open write transaction
     * @param action   audit action, {@code device.insert} for a scan, {@code device.import} for a file import
     * @param findings label-versus-GUDID findings ({@link LabelChecks#against})
     * @return the stored device with its id
     */
    public static Device insert(Repositories repos, String action, Udi udi, List<LabelFinding> findings,
                                DeviceStatus status, Location location, String owner, String notes, Actor actor,
                                Instant now) {
        Device device = repos.devices().insert(new Device(0, UdiKeys.of(udi), udi.issuer(), udi.di(), udi.lot(),
                udi.serial(), udi.expiry(), udi.manufactured(), udi.softwareVersion(), udi.donationId(),
                udi.raw(), udi.humanReadable(), status == null ? DeviceStatus.IN_SERVICE : status,
                location == null ? Location.UNKNOWN : location, blankToNull(owner), blankToNull(notes),
                findings, now, actor.auditName(), now, 1));
        repos.audit().append(actor.auditName(), new AuditChange(action, "device", Long.toString(device.id()), null,
                DeviceRecords.auditJson(device)));
        return device;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
