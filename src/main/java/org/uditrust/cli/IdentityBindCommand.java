package org.uditrust.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.registry.Actor;
import org.uditrust.registry.BindResult;
import org.uditrust.registry.Device;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust identity bind REF FINGERPRINT}. */
@Command(name = "bind", mixinStandardHelpOptions = true,
        description = {"Bind a stored identity to a registered device: its model and serial (read where the",
                "manufacturer's binding rule says) must equal the device's label. A certificate naming another",
                "device is recorded as conflicting and never bound.",
                "Exit status: 0 bound, 1 conflicting, not asserted or impossible (with the field and both values),",
                "2 usage error."})
final class IdentityBindCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "REF", description = "Device id or UDI.")
    String ref;

    @Parameters(index = "1", paramLabel = "FINGERPRINT", description = "SHA-256 of the certificate (or 8+ digits).")
    String fingerprint;

    @Option(names = "--json", description = "One JSON object: outcome, field, certificateValue, labelValue.")
    boolean json;

    IdentityBindCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        Device device = DeviceRef.find(session.registry(), ref, console);
        if (device == null) {
            return Cli.INVALID;
        }
        BindResult result = session.services().identities().bind(device.id(), fingerprint,
                Actor.operatingSystemUser());
        if (result instanceof BindResult.Impossible) {
            BindResult.Impossible impossible = (BindResult.Impossible) result;
            if (json) {
                console.out().println(DeviceOutput.line(Map.of("outcome", "impossible", "problem",
                        IdentityOutput.json(impossible.problem()))));
            }
            console.err().println("Not bound: " + IdentityOutput.problem(impossible.problem()));
            return Cli.INVALID;
        }
        BindResult.Checked checked = (BindResult.Checked) result;
        if (json) {
            Map<String, Object> o = IdentityOutput.json(checked.outcome());
            o.put("deviceId", device.id());
            o.put("fingerprint", checked.identity().fingerprint());
            console.out().println(DeviceOutput.line(o));
        } else {
            (checked.bound() ? console.out() : console.err()).println(IdentityOutput.sentence(checked.outcome()));
        }
        return checked.bound() ? Cli.OK : Cli.INVALID;
    }
}
