package org.uditrust.cli;

import java.util.function.BiFunction;
import org.uditrust.registry.ConcurrentChangeException;
import org.uditrust.registry.Device;
import org.uditrust.registry.RegistryServices;

/**
 * The common path of {@code set-status}, {@code move} and {@code edit}: find the device, change it at the version
 * just read (optimistic locking: if someone changed it in between, the change is refused, not merged), print it.
 */
final class DeviceChange {

    private DeviceChange() {
    }

    /** Exit status: 0 changed, 1 not found or changed by someone else meanwhile. */
    static int apply(CliSession session, Cli.Console console, String ref, boolean json, String verb,
                     BiFunction<RegistryServices, Device, Device> change) {
        RegistryServices registry = session.registry();
        Device before = DeviceRef.find(registry, ref, console);
        if (before == null) {
            return Cli.INVALID;
        }
        Device after;
        try {
            after = change.apply(registry, before);
        } catch (ConcurrentChangeException | IllegalArgumentException e) {
            console.err().println(e.getMessage());
            return Cli.INVALID;
        }
        if (json) {
            console.out().println(DeviceOutput.line(DeviceOutput.json(after)));
        } else {
            console.out().println(verb + " device " + after.id() + ".");
            console.out().print(DeviceOutput.text(after, registry.inventory().model(after.di()).orElse(null)));
        }
        return Cli.OK;
    }
}
