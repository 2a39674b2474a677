package org.uditrust.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiParser;

/**
 * Scan-to-register: parse, look up the GUDID model, check the label against it, store the device with its audit
 * entry and the scan event, all in one transaction. A UDI already in the inventory is shown, never registered twice.
 */
public final class RegistrationService {

    private final UdiParser parser;
    private final Transactions transactions;
    private final Clock clock;

    public RegistrationService(UdiParser parser, Transactions transactions, Clock clock) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the scan is and what registering it would do; writes nothing. */
    public ScanPreview preview(String scannedText) {
        ParseResult parsed = parser.parse(scannedText);
        if (!(parsed instanceof ParseResult.Valid valid)) {
            return new ScanPreview(parsed, null, null, List.of());
        }
        Udi udi = valid.udi();
        return transactions.read(repos -> {
            DeviceModel model = repos.models().byDi(udi.di()).orElse(null);
            Device existing = repos.devices().byUdiKey(UdiKeys.of(udi)).orElse(null);
            return new ScanPreview(parsed, model, existing, LabelChecks.against(udi, model));
        });
    }

    /** Registers the scanned device at {@code location}, or reports why not. */
    public RegistrationOutcome register(String scannedText, Location location, String owner, String notes,
                                        Actor actor) {
        ParseResult parsed = parser.parse(scannedText);
        return transactions.write(repos -> {
            Instant now = clock.instant();
            if (!(parsed instanceof ParseResult.Valid valid)) {
                repos.scans().insert(new ScanEvent(0, now, actor.user(), actor.workstation(), scannedText, false,
                        null, null, "rejected"));
                return new RegistrationOutcome.Rejected((ParseResult.Invalid) parsed);
            }
            Udi udi = valid.udi();
            String key = UdiKeys.of(udi);
            Device existing = repos.devices().byUdiKey(key).orElse(null);
            if (existing != null) {
                repos.scans().insert(new ScanEvent(0, now, actor.user(), actor.workstation(), scannedText, true,
                        udi.di(), existing.id(), "already-registered"));
                return new RegistrationOutcome.AlreadyRegistered(existing);
            }
            DeviceModel model = repos.models().byDi(udi.di()).orElse(null);
            List<LabelFinding> findings = LabelChecks.against(udi, model);
            Device device = DeviceRegistrar.insert(repos, "device.insert", udi, findings, DeviceStatus.IN_SERVICE,
                    location, owner, notes, actor, now);
            repos.scans().insert(new ScanEvent(0, now, actor.user(), actor.workstation(), scannedText, true,
                    udi.di(), device.id(), "registered"));
            return new RegistrationOutcome.Registered(device, model, findings);
        });
    }
}
