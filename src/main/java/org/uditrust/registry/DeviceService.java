package org.uditrust.registry;

import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.uditrust.audit.AuditChange;

/** Changes to registered devices: status, location, owner and notes. Each change is audited with before and after. */
public final class DeviceService {

    private final Transactions transactions;
    private final Clock clock;

    public DeviceService(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Device setStatus(long deviceId, long expectedVersion, DeviceStatus status, Actor actor) {
        return change(deviceId, expectedVersion, "device.status", d -> d.withStatus(status, clock.instant()), actor);
    }

    public Device move(long deviceId, long expectedVersion, Location location, Actor actor) {
        return change(deviceId, expectedVersion, "device.move", d -> d.withLocation(location, clock.instant()),
                actor);
    }

    public Device edit(long deviceId, long expectedVersion, String owner, String notes, Actor actor) {
        return change(deviceId, expectedVersion, "device.edit",
                d -> d.withOwnerAndNotes(owner, notes, clock.instant()), actor);
    }

    private Device change(long deviceId, long expectedVersion, String action, UnaryOperator<Device> edit,
                          Actor actor) {
        return transactions.write(repos -> {
            Device before = repos.devices().byId(deviceId)
                    .orElseThrow(() -> new IllegalArgumentException("No device with id " + deviceId + "."));
            if (before.version() != expectedVersion) {
                throw new ConcurrentChangeException("Device " + deviceId + " was changed by someone else (version "
                        + before.version() + ", you had " + expectedVersion + "); reload it and try again.");
            }
            Device after = repos.devices().update(edit.apply(before));
            repos.audit().append(actor.auditName(), new AuditChange(action, "device", Long.toString(deviceId),
                    DeviceRecords.auditJson(before), DeviceRecords.auditJson(after)));
            return after;
        });
    }
}
