package org.uditrust.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceIdentity;
import org.uditrust.registry.IdentityService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust identity show REF|FINGERPRINT}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a stored identity (by its SHA-256 fingerprint, or a unique prefix of at least 8 hex",
                "digits) or every identity held for a device (by registry id or UDI): subject, issuer, key, validity,",
                "extensions, fingerprints, hardwareModuleName, subject serialNumber, binding and validation state.",
                "Exit status: 0 found, 1 not found, 2 usage error."})
final class IdentityShowCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "REF|FINGERPRINT", description = "Device id or UDI, or a fingerprint.")
    String ref;

    @Option(names = "--json", description = "One JSON object per identity (JSON Lines).")
    boolean json;

    IdentityShowCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        IdentityService identities = session.services().identities();
        Optional<DeviceIdentity> byFingerprint = looksLikeFingerprint(ref) ? identities.find(ref) : Optional.empty();
        List<DeviceIdentity> shown;
        if (byFingerprint.isPresent()) {
            shown = List.of(byFingerprint.get());
        } else {
            Device device = DeviceRef.find(session.registry(), ref, console);
            if (device == null) {
                return Cli.INVALID;
            }
            shown = identities.ofDevice(device.id());
            if (shown.isEmpty()) {
                console.err().println("Device " + device.id() + " (" + device.humanReadable()
                        + ") has no identity; import one with: uditrust identity import FILE --device "
                        + device.id());
                return Cli.INVALID;
            }
        }
        boolean first = true;
        for (DeviceIdentity identity : shown) {
            var info = identities.inspect(identity).orElse(null);
            if (json) {
                console.out().println(DeviceOutput.line(IdentityOutput.json(identity, info)));
            } else {
                if (!first) {
                    console.out().println();
                }
                console.out().print(IdentityOutput.text(identity, info));
            }
            first = false;
        }
        return Cli.OK;
    }

    /** Hex (colons allowed) of 8+ digits with at least one letter a-f or longer than a registry id can be. */
    static boolean looksLikeFingerprint(String s) {
        String hex = s.strip().replace(":", "");
        return hex.length() >= 8 && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)
                && (hex.length() > 18 || hex.chars().anyMatch(Character::isLetter));
    }
}
