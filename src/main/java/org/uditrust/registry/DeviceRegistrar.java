package org.uditrust.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.uditrust.audit.AuditChange;
import org.uditrust.udi.Udi;

/**
 * Stores new devices and their audit entries inside the caller's transaction: the single place that turns a parsed
 * UDI into a stored {@link Device}, shared by scan-to-register ({@link RegistrationService}) and bulk imports
 * ({@link Batch}), so both store the same fields and write the same audit record. The caller has checked that the
 * UDI key is new.
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
        Device device = repos.devices().insert(newDevice(UdiKeys.of(udi), udi, findings, status, location, owner,
                notes, actor, now));
        repos.audit().append(actor.auditName(), change(action, device));
        return device;
    }

    private static Device newDevice(String udiKey, Udi udi, List<LabelFinding> findings, DeviceStatus status,
                                    Location location, String owner, String notes, Actor actor, Instant now) {
        return new Device(0, udiKey, udi.issuer(), udi.di(), udi.lot(), udi.serial(), udi.expiry(),
                udi.manufactured(), udi.softwareVersion(), udi.donationId(), udi.raw(), udi.humanReadable(),
                status == null ? DeviceStatus.IN_SERVICE : status, location == null ? Location.UNKNOWN : location,
                blankToNull(owner), blankToNull(notes), findings, now, actor.auditName(), now, 1);
    }

    private static AuditChange change(String action, Device stored) {
        return new AuditChange(action, "device", Long.toString(stored.id()), null, DeviceRecords.auditJson(stored));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Many new devices for one transaction, stored a few hundred at a time through
     * {@link DeviceRepository#insertAll} and {@link org.uditrust.audit.AuditLog#appendAll}: the same rows and the
     * same audit entries (one per device, in order) as {@link #insert} per device, with far fewer statements.
     * Devices added are stored at the latest by {@link #flush()}, which the caller must call before it reads them
     * back or commits.
     */
    public static final class Batch {

        private final Repositories repos;
        private final String action;
        private final Actor actor;
        private final Instant now;
        private final int size;
        private final List<Device> pending;

        /** @param size devices held before they are written together */
        public Batch(Repositories repos, String action, Actor actor, Instant now, int size) {
            if (size < 1) {
                throw new IllegalArgumentException("batch size must be positive: " + size);
            }
            this.repos = Objects.requireNonNull(repos, "repos");
            this.action = Objects.requireNonNull(action, "action");
            this.actor = Objects.requireNonNull(actor, "actor");
            this.now = Objects.requireNonNull(now, "now");
            this.size = size;
            this.pending = new ArrayList<>(size);
        }

        /**
         * Adds one device (arguments as {@link DeviceRegistrar#insert}, and {@code udiKey}, which must be
         * {@link UdiKeys#of} of {@code udi}: a bulk import has made it already); writes the batch when it is full.
         */
        public void add(String udiKey, Udi udi, List<LabelFinding> findings, DeviceStatus status, Location location,
                        String owner, String notes) {
            pending.add(newDevice(udiKey, udi, findings, status, location, owner, notes, actor, now));
            if (pending.size() >= size) {
                flush();
            }
        }

        /** Stores the devices added since the last flush, with their audit entries. */
        public void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Device> stored = repos.devices().insertAll(pending);
            List<AuditChange> changes = new ArrayList<>(stored.size());
            for (Device device : stored) {
                changes.add(change(action, device));
            }
            repos.audit().appendAll(actor.auditName(), changes);
            pending.clear();
        }
    }
}
