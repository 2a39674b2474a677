package org.uditrust.cli;

import org.uditrust.registry.Device;
import org.uditrust.registry.RegistryServices;
import org.uditrust.registry.ScanPreview;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;

/**
 * Finds the device a command names: by its UDI as scanned (any carrier form) or by its registry id. A UDI is tried
 * first because a GS1 element string is all digits too; a number that is not a valid UDI is an id.
 */
final class DeviceRef {

    private DeviceRef() {
    }

    /** The device, or null after telling the user (on standard error) why there is none. */
    static Device find(RegistryServices registry, String ref, Cli.Console console) {
        ScanPreview preview = registry.registration().preview(ref);
        if (preview.parse() instanceof ParseResult.Valid) {
            if (preview.existing() == null) {
                console.err().println("No device registered with UDI " + ParseOutput.printable(ref) + ".");
            }
            return preview.existing();
        }
        String id = ref.strip();
        if (!id.isEmpty() && id.length() <= 18 && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            Device device = registry.inventory().device(Long.parseLong(id)).orElse(null);
            if (device == null) {
                console.err().println("No device with id " + id + ".");
            }
            return device;
        }
        console.err().println("Not a device id and not a valid UDI: " + ParseOutput.printable(ref));
        for (Problem p : preview.parse().problems()) {
            if (p.isError()) {
                console.err().println("  [" + p.code() + "] " + p.message());
            }
        }
        return null;
    }
}
